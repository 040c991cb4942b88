"""One module per command: NAME, HELP, add_arguments(parser), run(args) -> exit code."""

from newsreader.commands import dates, extract, index, search, show, timeline, versions

COMMANDS = [index, search, show, extract, dates, timeline, versions]

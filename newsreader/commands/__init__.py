"""One module per command: NAME, HELP, add_arguments(parser), run(args) -> exit code."""

from newsreader.commands import dates, extract, show, timeline

COMMANDS = [show, extract, dates, timeline]

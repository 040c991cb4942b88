"""One module per command: NAME, HELP, add_arguments(parser), run(args) -> exit code."""

from newsreader.commands import (
    coverage,
    dates,
    entities,
    export,
    extract,
    index,
    quotes,
    search,
    show,
    timeline,
    versions,
)

COMMANDS = [
    index,
    search,
    show,
    extract,
    dates,
    timeline,
    versions,
    quotes,
    entities,
    coverage,
    export,
]

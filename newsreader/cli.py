"""The command line: one parser, a module per command, one-line errors."""

from __future__ import annotations

import argparse
import sys

from newsreader import __version__
from newsreader.commands import NAMES, load
from newsreader.errors import UserError

QUERY_HELP = """\
query syntax (Whoosh):
  words            all must match (stemmed: vest finds vests)
  a OR b, NOT a    boolean operators; ( ) group
  a -b             without b (a query that starts with "-": search -- "-b")
  "two words"      a phrase
  field:word       title: subtitle: outlet: byline: (outlet:"Washington Post")
  published:2017-08            a day, month or year
  published:[2017-06 to 2017-08]   a date range
  published:>2017-07           after (>, >=, <, <=) a whole day, month or year
  polic*           a prefix
  person:"Richard Berry"  place:Stockton  org:"Justice Department"
                   articles naming that person, place or organization
  malformed queries fall back to a literal search of their words
"""


class Parser(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser(argv: list[str] | None = None) -> Parser:
    """The whole command line; only the command named in `argv` is loaded in full
    (every one for `newsreader --help`; none to open the TUI: some pull in numpy
    and the story code, 0.23 s before the app could start)."""
    common = _common_options(argparse.SUPPRESS)
    parser = Parser(
        prog="newsreader",
        description="A terminal reader for an archive of related news articles. "
        "Without a command, opens the TUI.",
        epilog=QUERY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    wanted = _command_in(argv)
    every = wanted is None and any(word in ("-h", "--help") for word in argv or [])
    for name in NAMES:
        if name != wanted and not every:
            sub.add_parser(name, parents=[common])  # named, for the usage line only
            continue
        module = load(name)
        command = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.HELP,
            parents=[common],
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(handler=module.run)
    return parser


def _common_options(default: object) -> argparse.ArgumentParser:
    """--archive and --debug, before the command or after it. After it, their default
    is SUPPRESS: a command's parser would otherwise set the value given before the
    command back to the default (`newsreader --archive DIR search q` searched the
    sample corpus)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--archive",
        metavar="DIR",
        default=default,
        help="the archive folder (default: configured, else the sample corpus)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="show tracebacks on errors",
    )
    return common


def _command_in(argv: list[str] | None) -> str | None:
    """The command `argv` names: its first word that is not an option or an option's value."""
    words = iter(argv or [])
    for word in words:
        if word == "--archive":
            next(words, None)
        elif word in NAMES:
            return word
        elif not word.startswith("-"):
            return None
    return None


def run(argv: list[str]) -> int:
    _no_collections_at_exit()
    args = build_parser(argv).parse_args(argv)
    try:
        if getattr(args, "handler", None) is None:
            from newsreader.commands.tui import run as run_tui

            return run_tui(args)
        return args.handler(args)
    except UserError as exc:
        return _fail(args, str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error
        return 0
    except Exception as exc:  # the last line of defence: one line unless --debug
        return _fail(args, f"internal error: {exc.__class__.__name__}: {exc}", 1)


def _no_collections_at_exit() -> None:
    """At the process's exit, the cyclic GC frozen: tearing down Whoosh's and numpy's
    modules ran collections over everything still alive, 40-50 ms of a 20k search
    process (a third of its time after the results were out). Objects are still
    freed and atexit handlers run; cycles left at exit are not collected (Python
    never promised their finalizers at exit)."""
    global _EXIT_REGISTERED
    if not _EXIT_REGISTERED:
        import atexit

        atexit.register(_freeze_gc)
        _EXIT_REGISTERED = True


_EXIT_REGISTERED = False


def _freeze_gc() -> None:
    import gc

    gc.disable()
    gc.freeze()


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    if args.debug:
        import traceback

        traceback.print_exc()
    print(f"newsreader: error: {' '.join(message.split())}", file=sys.stderr)
    return code

"""`newsreader dates [FILE]`: temporal expressions and their calendar values."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from newsreader.commands.common import add_json, print_json
from newsreader.errors import UserError
from newsreader.sanitize import one_line

NAME = "dates"
HELP = "list the temporal expressions in a text and the values they resolve to"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        nargs="?",
        default="-",
        help="a text or HTML file (default: standard input)",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        type=_date,
        help="the reference date, YYYY-MM-DD (default: the text's own date)",
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    from newsreader.ingest.decode import DecodeError, decode
    from newsreader.story.timex import find_timexes

    data = sys.stdin.buffer.read() if args.file == "-" else _read(Path(args.file))
    try:
        text = decode(data)
    except DecodeError as exc:
        raise UserError(f"cannot read {args.file}: {exc}") from None
    reference = args.published or _own_date(data, args.file)
    found = find_timexes(text, reference)
    expressions = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        | {"mod": t.mod}  # TIMEX3 mod ("EQUAL_OR_LESS" for "up to 48 hours"), or null
        for t in found
    ]
    published = reference.isoformat() if reference else None
    if args.json:
        print_json({"published": published, "expressions": expressions})
    else:
        _print_table(published, expressions)
    return 0


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


def _own_date(data: bytes, name: str) -> dt.date | None:
    """The text's publication date, as ingest finds it (metadata or the text)."""
    from newsreader.ingest.reader import parse_bytes

    kind = (
        "html" if name.lower().endswith((".html", ".htm")) or data.lstrip()[:1] == b"<" else "txt"
    )
    result = parse_bytes(data, kind, None, None)
    published = result.articles[0].published if result.articles else None
    return dt.date.fromisoformat(published) if published else None


def _print_table(published: str | None, expressions: list[dict]) -> None:
    print(f"reference date: {published or 'unknown'}")
    values = [f"{e['value']} ({e['mod']})" if e["mod"] else e["value"] for e in expressions]
    width = max((len(v) for v in values), default=0)
    for e, value in zip(expressions, values, strict=True):
        print(f"{e['start']:>6}  {e['type']:<8}  {value:<{width}}  {one_line(e['text'])}")

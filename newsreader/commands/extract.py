"""`newsreader extract FILE`: clean one file without an archive."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsreader.commands.common import add_json, is_terminal, print_json
from newsreader.commands.render import print_plain, print_rich
from newsreader.errors import UserError

NAME = "extract"
HELP = "clean one file (.txt .md .html .htm .jsonl) as show would; '-' reads standard input"
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|\?xml|!--|meta|div|p\b)", re.IGNORECASE
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a file, or - for standard input")
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    from newsreader.ingest.listing import KINDS
    from newsreader.ingest.reader import parse_bytes

    data, kind, path = _read(args.file, KINDS)
    result = parse_bytes(data, kind, path, None)
    if not result.articles:
        reason = result.skipped[0].reason if result.skipped else "no article found"
        raise UserError(f"cannot extract {args.file}: {reason}")
    article = result.articles[0]
    if args.json:
        print_json(article.to_json())
    elif is_terminal():
        print_rich(article)
    else:
        print_plain(article)
    return 0


def _read(name: str, kinds: dict[str, str]) -> tuple[bytes, str, str | None]:
    if name == "-":
        data = sys.stdin.buffer.read()
        return data, "html" if _HTML_START.match(data) else "txt", None
    path = Path(name)
    kind = kinds.get(path.suffix.lower())
    if kind is None:
        raise UserError(
            f"unknown format {path.suffix or '(no extension)'}: use .txt .md .html .jsonl"
        )
    try:
        return path.read_bytes(), kind, str(path)
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None

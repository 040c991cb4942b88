"""`newsreader search QUERY`: ranked results with highlighted snippets."""

from __future__ import annotations

import argparse
import re

from newsreader.commands.common import (
    add_json,
    archive_folder,
    is_terminal,
    positive,
    print_json,
    search_checked,
)
from newsreader.errors import UserError

# html and newsreader.sanitize are imported by the text outputs only: --json needs neither.

NAME = "search"
HELP = "search the archive: ranked results with highlighted snippets"
EPILOG = None  # the query syntax is in `newsreader --help`
_BOLD = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY", help="Whoosh syntax; see newsreader --help")
    parser.add_argument(
        "--limit", metavar="N", type=positive, default=10, help="results to show (default 10)"
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    if not args.query.strip():
        raise UserError("empty query (to list every article, open the TUI)")
    folder = archive_folder(args)
    found = search_checked(folder, lambda library: library.search(args.query, limit=args.limit))
    if args.json:
        print_json(found.to_json())
    elif is_terminal():
        _print_rich(found)
    else:
        _print_plain(found)
    return 0


def _header(found) -> list[str]:
    from newsreader.sanitize import one_line

    lines = []
    if found.fallback:
        lines.append("(the query could not be parsed; searched its words literally)")
    shown = len(found.results)
    lines.append(f"{found.total} match{'es' if found.total != 1 else ''}, showing {shown}")
    if found.suggestion:
        lines.append(f"did you mean: {one_line(found.suggestion)}")
    return lines


def _meta(hit) -> str:
    from newsreader.sanitize import one_line

    facts = [one_line(f) for f in (hit.outlet, hit.published) if f]
    return " · ".join([*facts, one_line(hit.id)])


def _plain_snippet(snippet: str) -> str:
    import html

    from newsreader.sanitize import one_line

    return one_line(html.unescape(_BOLD.sub(r"\1", snippet)))


def _print_plain(found) -> None:
    from newsreader.sanitize import one_line

    for line in _header(found):
        print(line)
    for n, hit in enumerate(found.results, 1):
        print(f"\n{n}. {one_line(hit.title or hit.id)}\n   {_meta(hit)}")
        print(f"   {_plain_snippet(hit.snippet)}")


def _print_rich(found) -> None:
    from rich.console import Console
    from rich.text import Text

    from newsreader.sanitize import one_line

    console = Console(highlight=False)
    for line in _header(found):
        console.print(Text(line, style="dim"))
    for n, hit in enumerate(found.results, 1):
        console.print()
        console.print(Text(f"{n}. {one_line(hit.title or hit.id)}", style="bold"))
        console.print(Text(f"   {_meta(hit)}", style="dim"))
        console.print(_rich_snippet(hit.snippet, Text))


def _rich_snippet(snippet: str, text_class):
    text = text_class("   ")
    cursor = 0
    for match in _BOLD.finditer(snippet):
        text.append(_piece(snippet[cursor : match.start()]))
        text.append(_piece(match.group(1)), style="bold yellow")
        cursor = match.end()
    text.append(_piece(snippet[cursor:]))
    return text


def _piece(fragment: str) -> str:
    import html

    from newsreader.sanitize import clean_text

    return clean_text(html.unescape(fragment)).replace("\n", " ")

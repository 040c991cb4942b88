"""`newsreader quotes`: direct quotations grouped across articles, with speakers and sources."""

from __future__ import annotations

import argparse

from newsreader.commands.common import add_json, is_terminal, positive, print_json
from newsreader.commands.story_data import ArticleFacts, coverage_store, open_archive
from newsreader.errors import UserError
from newsreader.sanitize import one_line
from newsreader.story.quotes import QuoteGroup, spoken_by
from newsreader.wording import plural

NAME = "quotes"
HELP = "direct quotations grouped across articles, with resolved speakers and sources"
EPILOG = """\
The same quotation in several articles is one entry, even when outlets trim or
reword it slightly; its speaker is the full name the articles give ("Sessions said"
after "Attorney General Jeff Sessions" is Jeff Sessions). Most-quoted first.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--speaker", metavar="NAME", help='only quotations by this person ("Sessions")'
    )
    parser.add_argument("--limit", metavar="N", type=positive, help="show the N most quoted")
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    if args.speaker is not None and not args.speaker.strip():
        raise UserError("empty --speaker")
    with open_archive(args) as archive, coverage_store(archive) as store:
        groups = store.quote_groups()
        facts = archive.facts
    if args.speaker is not None:
        groups = [g for g in groups if spoken_by(g, args.speaker)]
    groups = groups[: args.limit]
    if args.json:
        print_json({"speaker": args.speaker, "quotes": [_json(g, facts) for g in groups]})
    else:
        _print(groups, facts, args.speaker)
    return 0


def _json(group: QuoteGroup, facts: dict[str, ArticleFacts]) -> dict:
    return {
        "speaker": group.speaker,
        "text": group.text,
        "articles": len({q.article_id for q in group.quotes}),
        "sources": [
            {
                "id": q.article_id,
                "outlet": _fact(facts, q.article_id).outlet,
                "published": _fact(facts, q.article_id).published,
                "speaker": q.speaker,
                "text": q.text,
                "offset": q.offset,
            }
            for q in group.quotes
        ],
    }


def _fact(facts: dict[str, ArticleFacts], article_id: str) -> ArticleFacts:
    return facts.get(article_id) or ArticleFacts(article_id, None, None, None)


def _print(groups: list[QuoteGroup], facts: dict[str, ArticleFacts], speaker: str | None) -> None:
    if not groups:
        print(f"no quotations by {one_line(speaker)}" if speaker else "no quotations found")
        return
    lines: list[tuple[int, str, str]] = []  # (indent, style, text)
    for group in groups:
        count = len({q.article_id for q in group.quotes})
        who = one_line(group.speaker) if group.speaker else "(speaker not named)"
        lines += [
            (0, "bold", f"{who} · {plural(count, 'article')}"),
            (2, "", f"“{one_line(group.text)}”"),
        ]
        lines += [(4, "dim", _source(facts, q.article_id)) for q in _by_article(group)]
        lines.append((0, "", ""))
    lines.pop()
    if is_terminal():
        from rich.console import Console
        from rich.padding import Padding
        from rich.text import Text

        console = Console(highlight=False)
        for indent, style, text in lines:
            console.print(Padding(Text(text, style=style), (0, 0, 0, indent)))
    else:
        print("\n".join(" " * indent + text for indent, _, text in lines))


def _by_article(group: QuoteGroup):
    seen = set()
    for q in group.quotes:
        if q.article_id not in seen:
            seen.add(q.article_id)
            yield q


def _source(facts: dict[str, ArticleFacts], article_id: str) -> str:
    fact = _fact(facts, article_id)
    return " · ".join(one_line(f) for f in (fact.outlet, fact.published, fact.id) if f)

"""`newsreader timeline`: the story's events in date order, each with its sources."""

from __future__ import annotations

import argparse
import hashlib
import shutil

from newsreader.commands.common import add_json, open_index, print_json, resolve_archive
from newsreader.errors import UserError
from newsreader.model import Event
from newsreader.sanitize import one_line

NAME = "timeline"
HELP = "the story's events in date order, each with its sources"
_SEARCH_ALL = 1_000_000


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--query", metavar="QUERY", help="only the events told by articles matching a search"
    )
    parser.add_argument(
        "--limit", metavar="N", type=_positive, help="keep the N most-cited events (date order)"
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    from newsreader.story.store import StoryStore

    archive = resolve_archive(args)
    index = open_index(archive)
    with StoryStore(archive) as store:
        store.sync(current_tokens(index), index.get)
        ids = _matching(index, args.query) if args.query is not None else None
        events = store.timeline(ids, args.limit)
    if args.json:
        print_json({"events": [e.to_json() for e in events]})
    else:
        _print(events)
    return 0


def current_tokens(index) -> dict[str, str]:
    """Every indexed article id -> a token that changes when the article does."""
    tokens = {}
    for hit in index.articles():
        token = next(
            (
                getattr(hit, name)
                for name in ("token", "digest", "version")
                if getattr(hit, name, None)
            ),
            None,
        )
        tokens[hit.id] = token if token is not None else _content_token(index.get(hit.id))
    return tokens


def _content_token(article) -> str:
    if article is None:
        return ""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass"))
    digest.update(f"{article.published}|{article.published_from}".encode())
    return digest.hexdigest()


def _matching(index, query: str) -> set[str]:
    if not query.strip():
        raise UserError("empty --query")
    return {hit.id for hit in index.search(query, _SEARCH_ALL).results}


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return number


def _print(events: list[Event]) -> None:
    if not events:
        print("no dated events found")
        return
    width = max(40, shutil.get_terminal_size((100, 24)).columns - 24)
    for event in events:
        count = len({s.id for s in event.sources})
        label = f"{count} source" + ("s" if count != 1 else "")
        summary = one_line(event.summary)
        if len(summary) > width:
            summary = summary[: width - 1].rstrip() + "…"
        print(f"{event.date:<10}  {label:>10}  {summary}")

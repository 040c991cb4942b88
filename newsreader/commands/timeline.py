"""`newsreader timeline`: the story's events in date order, each with its sources."""

from __future__ import annotations

import argparse
import shutil

from newsreader.commands.common import (
    add_json,
    open_library,
    positive,
    print_json,
    resolve_archive,
)
from newsreader.errors import UserError
from newsreader.model import Event
from newsreader.sanitize import one_line
from newsreader.wording import plural

NAME = "timeline"
HELP = "the story's events in date order, each with its sources"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--query", metavar="QUERY", help="only the events told by articles matching a search"
    )
    parser.add_argument(
        "--limit", metavar="N", type=positive, help="keep the N most-cited events (date order)"
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    if args.query is not None and not args.query.strip():
        raise UserError("empty --query")
    with open_library(resolve_archive(args)) as library:
        events = library.timeline(args.query, args.limit)
    if args.json:
        print_json({"events": [e.to_json() for e in events]})
    else:
        _print(events)
    return 0


def _print(events: list[Event]) -> None:
    if not events:
        print("no dated events found")
        return
    labels = [plural(event.article_count, "article") for event in events]
    column = max(map(len, labels))
    width = max(40, shutil.get_terminal_size((100, 24)).columns - column - 14)
    for event, label in zip(events, labels, strict=True):
        summary = one_line(event.summary)
        if len(summary) > width:
            summary = summary[: width - 1].rstrip() + "…"
        print(f"{event.date:<10}  {label:>{column}}  {summary}")

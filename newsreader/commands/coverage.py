"""`newsreader coverage`: outlets by timeline events, who reported what."""

from __future__ import annotations

import argparse
import shutil

from newsreader.commands.common import add_json, is_terminal, positive, print_json
from newsreader.commands.story_data import open_archive
from newsreader.sanitize import one_line
from newsreader.story.coverage import Coverage, coverage
from newsreader.wording import plural

NAME = "coverage"
HELP = "outlets by timeline events: who reported what"
EPILOG = """\
Rows are the timeline's events (as `newsreader timeline` lists them), columns the
archive's outlets, numbered in the legend: ● the outlet has an article citing the
event, · it has none. Outlets reporting the most events come first.
"""
_YES, _NO = "●", "·"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit", metavar="N", type=positive, help="keep the N most-cited events (date order)"
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        events = archive.timeline(args.limit)
        found = coverage(events, {i: f.outlet for i, f in archive.facts.items()})
    if args.json:
        print_json(to_json(found))
    else:
        _print(found)
    return 0


def to_json(found: Coverage) -> dict:
    return {
        "outlets": [
            {"outlet": o.outlet, "articles": list(o.articles), "events": o.events}
            for o in found.outlets
        ],
        "events": [
            {
                "date": row.event.date,
                "start": row.event.start,
                "end": row.event.end,
                "precision": row.event.precision,
                "summary": row.event.summary,
                "reported_by": [
                    {"outlet": outlet, "ids": list(ids)} for outlet, ids in row.reported_by
                ],
            }
            for row in found.events
        ],
    }


def _print(found: Coverage) -> None:
    lines = [("bold", "Outlets")]
    for k, o in enumerate(found.outlets, 1):
        name = one_line(o.outlet) if o.outlet else "(no outlet known)"
        counts = f"{plural(len(o.articles), 'article')}, {plural(o.events, 'event')} reported"
        lines.append(("", f"{k:>4}  {name} ({counts})"))
    lines.append(("", ""))
    if not found.events:
        lines.append(("", "no dated events found"))
    else:
        lines += _matrix(found)
    if is_terminal():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        for style, text in lines:
            console.print(Text(text, style=style), no_wrap=True, overflow="ellipsis")
    else:
        print("\n".join(text for _, text in lines))


def _matrix(found: Coverage) -> list[tuple[str, str]]:
    width = len(str(len(found.outlets)))
    header = " ".join(f"{k:>{width}}" for k in range(1, len(found.outlets) + 1))
    lines = [("bold", f"{'date':<10}  {header}  event")]
    room = max(30, shutil.get_terminal_size((100, 24)).columns - len(header) - 14)
    for row, cells in zip(found.events, found.matrix(), strict=True):
        marks = " ".join(f"{_YES if n else _NO:>{width}}" for n in cells)
        summary = one_line(row.event.summary)
        if len(summary) > room:
            summary = summary[: room - 1].rstrip() + "…"
        lines.append(("", f"{row.event.date:<10}  {marks}  {summary}"))
    return lines

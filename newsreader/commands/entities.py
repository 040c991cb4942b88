"""`newsreader entities`: the people, places and organizations of the archive, counted."""

from __future__ import annotations

import argparse

from newsreader.commands.common import add_json, is_terminal, positive, print_json
from newsreader.commands.story_data import coverage_store, open_archive
from newsreader.sanitize import one_line
from newsreader.story.entities import Entity

NAME = "entities"
HELP = "the people (with their roles), places and organizations of the archive, counted"
EPILOG = """\
Found by rule, no model: titles and roles before names ("Police Chief Jarrod
Burguan"), appositions ("Peter Simonson, executive director of ..."), capitalized
names, and a bundled gazetteer of places. "Sessions", "Mr. Sessions" and "Attorney
General Jeff Sessions" count as one person. Most mentioned first.
"""
KINDS = {"person": "People", "place": "Places", "organization": "Organizations"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", choices=list(KINDS), help="only people, places or organizations")
    parser.add_argument(
        "--limit", metavar="N", type=positive, help="the N most mentioned of each kind"
    )
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    with open_archive(args) as archive, coverage_store(archive) as store:
        entities = store.archive_entities()
    kinds = [args.kind] if args.kind else list(KINDS)
    found = {k: [e for e in entities if e.kind == k] for k in kinds}
    if args.json:
        print_json({"entities": [e.to_json() for k in kinds for e in found[k][: args.limit]]})
    else:
        _print(found, args.limit)
    return 0


def _print(found: dict[str, list[Entity]], limit: int | None) -> None:
    lines: list[tuple[str, str]] = []  # (style, text)
    for kind, entities in found.items():
        if lines:
            lines.append(("", ""))
        shown = entities[:limit]
        count = f"{len(shown)} of {len(entities)}" if len(shown) < len(entities) else len(shown)
        lines.append(("bold", f"{KINDS[kind]} ({count})"))
        if shown:
            lines.append(("dim", f"  {'mentions':>8}  {'articles':>8}  name"))
        lines += [("", _row(e)) for e in shown]
    if is_terminal():
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
        for style, text in lines:
            console.print(Text(text, style=style), no_wrap=True, overflow="ellipsis")
    else:
        print("\n".join(text for _, text in lines))


def _row(entity: Entity) -> str:
    role = f" — {one_line(entity.role)}" if entity.role else ""
    return f"  {entity.mentions:>8}  {entity.articles:>8}  {one_line(entity.name)}{role}"

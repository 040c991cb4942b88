"""`newsreader export timeline|article`: the timeline or an article for other tools."""

from __future__ import annotations

import argparse
import sys

from newsreader.commands.common import positive, print_json
from newsreader.commands.story_data import open_archive
from newsreader.sanitize import one_line
from newsreader.story import export

NAME = "export"
HELP = "the timeline (md, csv, json, timelinejs) or an article (md, json) for other tools"
EPILOG = """\
examples:
  newsreader export timeline --format timelinejs > story.json   (TimelineJS 3 JSON)
  newsreader export timeline --format csv > timeline.csv        (one row per event)
  newsreader export timeline --format md                        (a heading per date)
  newsreader export article 2017/aug/story --format md          (front matter + Markdown)
"""
FORMATS = {"timeline": ("md", "csv", "json", "timelinejs"), "article": ("md", "json")}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=list(FORMATS), help="what to export")
    parser.add_argument("id", metavar="ID", nargs="?", help="the article id (for `article`)")
    parser.add_argument(
        "--format",
        choices=sorted({f for formats in FORMATS.values() for f in formats}),
        help="output format (default md)",
    )
    parser.add_argument(
        "--limit", metavar="N", type=positive, help="timeline: the N most-cited events"
    )
    parser.add_argument("--title", help="timeline: the title (default: the archive's name)")
    parser.add_argument("--json", action="store_true", help="the same as --format json")
    parser.set_defaults(usage_error=parser.error)


def run(args: argparse.Namespace) -> int:
    _check(args)
    with open_archive(args) as archive:
        if args.what == "article":
            article = archive.article(args.id)
            if args.format == "json":
                print_json(article.to_json())
            else:
                sys.stdout.write(export.article_markdown(article))
            return 0
        events = archive.timeline(args.limit)
        title = one_line(args.title or f"Timeline: {archive.path.name}")
        if args.format == "json":
            print_json(export.timeline_json(events, archive.facts))
        elif args.format == "timelinejs":
            print_json(export.timelinejs(events, archive.facts, title))
        elif args.format == "csv":
            sys.stdout.write(export.timeline_csv(events, archive.facts))
        else:
            sys.stdout.write(export.timeline_markdown(events, archive.facts, title))
    return 0


def _check(args: argparse.Namespace) -> None:
    """Usage errors (exit 2) that argparse cannot see alone."""
    if args.json and args.format not in (None, "json"):
        args.usage_error(f"--json and --format {args.format} disagree")
    args.format = "json" if args.json else args.format or "md"
    if args.what == "article" and not args.id:
        args.usage_error("export article needs an article ID")
    if args.what == "timeline" and args.id:
        args.usage_error(f"export timeline takes no ID (got {args.id!r})")
    if args.format not in FORMATS[args.what]:
        formats = ", ".join(FORMATS[args.what])
        args.usage_error(f"export {args.what} --format must be one of: {formats}")
    if args.what == "article" and (args.limit or args.title):
        args.usage_error("--limit and --title are for export timeline")

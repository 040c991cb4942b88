"""`newsreader index`: bring the archive's index up to date."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.commands.common import (
    add_json,
    index_errors_explained,
    print_json,
    progress_bar,
    resolve_archive,
)
from newsreader.sanitize import one_line

if TYPE_CHECKING:
    from newsreader.index import IndexReport

NAME = "index"
HELP = "bring the index up to date: new, changed and deleted files only (unless --rebuild)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rebuild", action="store_true", help="index every file again")
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    archive = resolve_archive(args)
    started = time.monotonic()
    with index_errors_explained("`newsreader index`"):
        report = _index(archive, args.rebuild)
    report.seconds = round(time.monotonic() - started, 3)
    if args.json:
        print_json(report.to_json())
        return 0
    print(
        f"{report.indexed} new, {report.updated} updated, {report.removed} removed, "
        f"{report.unchanged} unchanged articles in {report.seconds:.1f} s"
    )
    for skip in report.skipped:
        print(f"skipped {one_line(skip.path)}: {one_line(skip.reason)}", file=sys.stderr)
    return 0


def _index(archive: Path, rebuild: bool) -> IndexReport:
    """Update the index, then read what changed into the story (its per-article data
    and dates, at index time)."""
    from newsreader.index import ArchiveIndex, index_dir, removal_explained, update_index
    from newsreader.library import Library

    with progress_bar("Indexing") as progress:
        report = update_index(archive, rebuild=rebuild, progress=progress)
    folder = index_dir(archive)  # removed since: reopening it fails, or reading from it
    with removal_explained(folder), Library(archive, ArchiveIndex.open(archive)) as library:
        library.catch_up()
    return report

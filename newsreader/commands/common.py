"""What the commands share: the archive, JSON, terminal detection, progress."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsreader import paths
from newsreader.config import load_config
from newsreader.errors import UserError

Progress = Callable[[int, int], None]


def resolve_archive(args: argparse.Namespace) -> Path:
    """--archive, else the configured default, else the bundled sample corpus."""
    archive = (args.archive or load_config().archive or paths.sample_corpus()).expanduser()
    if not archive.exists():
        raise UserError(f"archive not found: {archive}")
    if not archive.is_dir():
        raise UserError(f"archive is not a folder: {archive}")
    return archive.resolve()


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (the stable shape)")


def print_json(data: object) -> None:
    # ensure_ascii=False keeps text readable; json escapes every control character.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def is_terminal(stream=None) -> bool:
    stream = stream or sys.stdout
    return hasattr(stream, "isatty") and stream.isatty()


@contextmanager
def progress_bar(label: str) -> Iterator[Progress | None]:
    """A progress callback drawing a bar on stderr when it is a terminal, else None."""
    if not is_terminal(sys.stderr):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        console=_stderr_console(),
    ) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def open_library(archive: Path):
    """The archive's index and story data, caught up with the archive first
    (progress on stderr). Searching works on it as on the index."""
    from newsreader.index import IndexBusy
    from newsreader.library import Library

    with progress_bar("Indexing") as progress:
        try:
            return Library.open(archive, progress=progress)
        except IndexBusy as exc:
            raise UserError(str(exc)) from None


open_index = open_library  # the name the search command knows it by

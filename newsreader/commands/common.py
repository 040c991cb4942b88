"""What the commands share: the archive, JSON, terminal detection, progress.

Imported by `search` before its staleness check is forked: what is not needed
by then (json, the config, typing, pathlib) is imported where used."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsreader.commands.quickcheck import QuickCheck
from newsreader.errors import UserError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TypeVar

    T = TypeVar("T")

Progress = Callable[[int, int], None]


def resolve_archive(args: argparse.Namespace) -> Path:
    """--archive, else the configured default, else the bundled sample corpus."""
    from pathlib import Path

    return Path(archive_folder(args))


def archive_folder(args: argparse.Namespace) -> str:
    """resolve_archive's folder as a string: `search` asks before its staleness
    check is forked, which importing pathlib (7 ms) would delay."""
    archive = os.path.expanduser(args.archive or _configured_archive())
    if not os.path.exists(archive):
        raise UserError(f"archive not found: {archive}")
    if not os.path.isdir(archive):
        raise UserError(f"archive is not a folder: {archive}")
    return os.path.realpath(archive)


def _configured_archive() -> Path:
    from newsreader import paths
    from newsreader.config import load_config

    return load_config().archive or paths.sample_corpus()


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (the stable shape)")


def print_json(data: object) -> None:
    import json

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
    from newsreader.library import Library

    with progress_bar("Indexing") as progress, index_errors_explained("the command"):
        return Library.open(archive, progress=progress)


@contextmanager
def index_errors_explained(command: str) -> Iterator[None]:
    """The index's "not now" (another process writes it, or removed it) as one line
    saying so; `command` is what to run again."""
    from newsreader.index import IndexBusy, IndexRemoved

    try:
        yield
    except IndexBusy as exc:
        raise UserError(str(exc)) from None
    except IndexRemoved as exc:
        raise UserError(f"{exc}: run {command} again") from None


def search_checked(folder: str, search: Callable[..., T]) -> T:
    """`search(library)` on the index of the archive in `folder` (archive_folder's),
    returned only once the index is known to be up to date; else as open_library
    gives it (caught up with the archive first, or found up to date file by file),
    searched again.

    The quick check (the archive's listing hashed, compared with the index's
    fingerprint) runs in a forked child meanwhile: it takes about as long as
    importing Whoosh and searching, which it would otherwise come before."""
    with QuickCheck(folder) as check:
        from pathlib import Path

        archive = Path(folder)
        # numpy (imported by the story's catch-up when articles changed: MinHash)
        # starts a BLAS thread per core, which only burns the core the check runs
        # on (0.1 s of CPU at import; no BLAS is used).
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        from newsreader.index import ArchiveIndex, IndexMissing, fresh, index_dir
        from newsreader.library import Library

        _stamp, saved = fresh.snapshot(index_dir(archive))  # before the search: it sees
        try:  # that state's index or a newer one
            index = ArchiveIndex.open(archive) if saved is not None else None
        except IndexMissing:
            index = None
        if index is not None and check.done() and not check.agrees(saved):
            index.close()  # not known fresh already: no story catch-up, no search
            index = None
        if index is not None:
            with Library(archive, index) as library:
                library.catch_up()
                found = search(library)
            if check.agrees(saved):
                return found
    with open_library(archive) as library:
        return search(library)


def positive(value: str) -> int:
    """An argparse type: a whole number from 1 up."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return number

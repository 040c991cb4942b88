"""What the index raises."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class IndexBusy(Exception):
    """Another writer holds the archive's index longer than the caller would wait."""


class IndexMissing(Exception):
    """The archive has no index yet (or one from an incompatible version)."""


class IndexRemoved(Exception):
    """The index's folder was removed (by another process) while this one used it."""


@contextmanager
def removal_explained(folder: Path) -> Iterator[None]:
    """Around work in an index's folder that exists: a failure that finds the
    folder, or the index it held, gone is raised as IndexRemoved (whichever step
    failed first: Whoosh's EmptyIndexError, a missing file, IndexMissing)."""
    had_index = _holds_an_index(folder)
    try:
        yield
    except Exception as exc:
        if not folder.is_dir() or (had_index and not _holds_an_index(folder)):
            message = "the index was removed while it was being updated (by another process?)"
            raise IndexRemoved(message) from exc
        raise


def _holds_an_index(folder: Path) -> bool:
    """A Whoosh table of contents is there (every committed index has one)."""
    return any(folder.glob("_*.toc"))

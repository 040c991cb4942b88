"""The archive's search index (Whoosh): build it incrementally, search it, read from it.

Nothing outside this package imports Whoosh; these names are the interface.
"""

import newsreader.index.lean_whoosh  # noqa: F401  (first: the modules below import Whoosh)
from newsreader.index.errors import IndexBusy, IndexMissing, IndexRemoved, removal_explained
from newsreader.index.schema import every_word
from newsreader.index.search import ArchiveIndex, Hit, SearchResult, ensure_index
from newsreader.index.state import index_dir


def __getattr__(name: str):
    """The writing side (update_index, IndexReport) is imported when first used:
    searching an up-to-date index does not need it."""
    if name in ("IndexReport", "update_index"):
        from newsreader.index import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ArchiveIndex",
    "Hit",
    "IndexBusy",
    "IndexMissing",
    "IndexRemoved",
    "IndexReport",
    "SearchResult",
    "ensure_index",
    "every_word",
    "index_dir",
    "removal_explained",
    "update_index",
]

"""The archive's search index (Whoosh): build it incrementally, search it, read from it.

Nothing outside this package imports Whoosh; these names are the interface.
"""

from newsreader.index.errors import IndexBusy, IndexMissing
from newsreader.index.search import ArchiveIndex, Hit, SearchResult, ensure_index
from newsreader.index.writer import IndexReport, index_dir, update_index

__all__ = [
    "ArchiveIndex",
    "Hit",
    "IndexBusy",
    "IndexMissing",
    "IndexReport",
    "SearchResult",
    "ensure_index",
    "index_dir",
    "update_index",
]

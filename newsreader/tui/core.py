"""The core as the TUI uses it: open the index, search, read, timeline. No Textual here.

Every method may block (disk, Whoosh): the app calls them from thread workers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Progress = Callable[[int, int], None]
RESULT_LIMIT = 200  # results shown in the list; `total` still counts them all


@dataclass(slots=True)
class Results:
    """What one query gave, as the result list shows it."""

    query: str
    total: int
    hits: list[Any] = field(default_factory=list)  # index Hit objects
    suggestion: str | None = None
    fallback: bool = False


class IndexUnavailable(Exception):
    """The index cannot be opened or updated now (another process holds it)."""


class Core:
    """One archive's index and story data (a Library)."""

    def __init__(self, archive: Path) -> None:
        self.archive = archive
        self.index: Any = None
        self.library: Any = None

    def open_existing(self) -> bool:
        """Open an index that is already built (fast: reads only). False if none."""
        from newsreader.index import ArchiveIndex, IndexMissing

        try:
            self._use(ArchiveIndex.open(self.archive))
        except IndexMissing:
            return False
        return True

    def is_stale(self) -> bool:
        return self.index is None or bool(self.index.is_stale())

    def catch_up(self, progress: Progress | None) -> None:
        """Index new, changed and deleted files, then (re)open."""
        from newsreader.index import IndexBusy, ensure_index

        try:
            self._use(ensure_index(self.archive, progress=progress))
        except IndexBusy as exc:
            raise IndexUnavailable(str(exc) or "another newsreader is indexing") from None

    def rebuild(self, progress: Progress | None) -> None:
        from newsreader.index import ArchiveIndex, IndexBusy, update_index

        try:
            update_index(self.archive, rebuild=True, progress=progress)
        except IndexBusy as exc:
            raise IndexUnavailable(str(exc) or "another newsreader is indexing") from None
        self._use(ArchiveIndex.open(self.archive))

    def _use(self, index: Any) -> None:
        from newsreader.library import Library

        self.index, self.library = index, Library(self.archive, index)

    def search(self, query: str, limit: int = RESULT_LIMIT) -> Results:
        if self.library is None:
            return Results(query, 0)
        if not query.strip():
            hits = self.library.articles()
            return Results(query, len(hits), hits[:limit])
        found = self.library.search(query, limit=limit)
        return Results(
            query, found.total, list(found.results), found.suggestion, bool(found.fallback)
        )

    def article(self, article_id: str) -> Any:
        return None if self.library is None else self.library.get(article_id)

    def timeline(self, query: str) -> list[Any] | None:
        """The dated events of the query's results (of all articles for an empty
        query); None before the index is open."""
        if self.library is None:
            return None
        return self.library.timeline(query)

    def sync_story(self) -> bool:
        """Bring the story data (dates, then events) up to date with the index:
        only new and changed articles are read."""
        if self.library is None:
            return False
        self.library.catch_up()
        self.library.derive()
        return True

    def titles(self, ids: list[str]) -> dict[str, str]:
        """Article titles for a few ids (the sources of one event)."""
        titles = {}
        for article_id in ids:
            article = self.article(article_id)
            if article is not None and article.title:
                titles[article_id] = article.title
        return titles

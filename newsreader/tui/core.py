"""The core as the TUI uses it: open the index, search, read, timeline, and the views
that compare the coverage (versions, quotes, names, outlets by events). No Textual here.

Every method may block (disk, Whoosh): the app calls them from thread workers.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Progress = Callable[[int, int], None]
RESULT_LIMIT = 200  # results shown in the list; `total` still counts them all
# Events shown, the most cited: a big archive has thousands, which no one reads
# through, and laying them out took the app's thread a second (~0.3 ms an event).
TIMELINE_LIMIT = 100
SUGGEST_BELOW = 3  # "did you mean" comes below this many matches (index.suggest's rule)
SEARCH_ALL = 1_000_000  # a filtered search reads every match, then keeps the filter's


@dataclass(frozen=True, slots=True)
class NameFilter:
    """Only the articles that mention one person, place or organization."""

    kind: str
    name: str
    ids: frozenset[str]


@dataclass(slots=True)
class Results:
    """What one query gave, as the result list shows it."""

    query: str
    total: int
    hits: list[Any] = field(default_factory=list)  # index Hit objects
    suggestion: str | None = None
    fallback: bool = False
    only: NameFilter | None = None  # the filter the hits passed
    partial: bool = False  # a first page: the rest (and any suggestion) follows
    counted: bool = True  # False: `total` is a lower bound (a first page)


@dataclass(slots=True)
class Names:
    """The archive's people, places and organizations, and who mentions each."""

    entities: list[Any]  # story Entity objects, most mentioned first
    articles: dict[tuple[str, str], frozenset[str]]  # (kind, name) -> article ids

    def filter(self, kind: str, name: str) -> NameFilter:
        return NameFilter(kind, name, self.articles.get((kind, name), frozenset()))


class OneAtATime:
    """The index as the app's worker threads share it: one call at a time. Whoosh's
    readers are not safe to use from several threads (stored fields come through one
    file: concurrent reads fail with zlib errors). Locking each call, not each task,
    keeps a long task (reading every article) from holding up a search. Snippets
    made on first read need the hit's text only: they take no lock."""

    def __init__(self, index: Any) -> None:
        self._index = index
        self.lock = threading.RLock()  # held around a whole task by `Core.search`

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._index, name)
        return self._locked(value) if callable(value) else value

    def _locked(self, call: Callable) -> Callable:
        def locked(*args: Any, **kwargs: Any) -> Any:
            with self.lock:
                return call(*args, **kwargs)

        return locked


class IndexUnavailable(Exception):
    """The index cannot be opened or updated now (another process holds it)."""


class Core:
    """One archive's index and story data (a Library)."""

    def __init__(self, archive: Path) -> None:
        self.archive = archive
        self.index: Any = None
        self.library: Any = None
        self._names: tuple[int, Names] | None = None  # (key of the articles, names)
        # Catching the story up and deriving from it (events, versions) take turns: a
        # timeline derived while a catch-up writes marks the store done with no events.
        self._story = threading.RLock()
        # Set from opening an index the story has not caught up with until `sync_story`
        # has caught it up: a timeline asked for meanwhile says "not yet", not "no events".
        self._catching_up = threading.Event()

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
        from newsreader.index import ensure_index

        with _unavailable():
            self._use(ensure_index(self.archive, progress=progress))

    def rebuild(self, progress: Progress | None) -> None:
        from newsreader.index import ArchiveIndex, update_index

        with _unavailable():
            update_index(self.archive, rebuild=True, progress=progress)
            self._use(ArchiveIndex.open(self.archive))

    def _use(self, index: Any) -> None:
        from newsreader.library import Library

        index = OneAtATime(index)
        library = Library(self.archive, index)
        if not library.story_is_current():  # set first: whoever sees the library sees it
            self._catching_up.set()
        self.index, self.library = index, library

    def search(
        self,
        query: str,
        limit: int = RESULT_LIMIT,
        only: NameFilter | None = None,
        first_page: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Results | None:
        """`first_page`: quickly, without the "did you mean" and the exact total.
        None when `cancelled()` says so once the index is free (typing went on
        while an earlier keystroke's search held it: its own search would be
        wasted)."""
        if self.library is None:
            return Results(query, 0, only=only)
        with self.index.lock:
            if cancelled is not None and cancelled():
                return None
            return self._search(query, limit, only, first_page)

    def _search(self, query: str, limit: int, only: NameFilter | None, first_page: bool) -> Results:
        if only is not None:
            return self._filtered(query, limit, only)
        if not query.strip():
            hits = self.library.articles()
            return Results(query, len(hits), hits[:limit])
        # Snippets are left to the caller, who makes them outside the index's lock.
        found = self.library.search(
            query, limit, suggestions=not first_page, counted=not first_page, eager=0
        )
        return Results(
            query,
            found.total,
            list(found.results),
            found.suggestion,
            bool(found.fallback),
            counted=found.counted,
        )

    def _filtered(self, query: str, limit: int, only: NameFilter) -> Results:
        """The query's matches among the articles of the filter (all of them when empty)."""
        if not query.strip():
            hits = [hit for hit in self.library.articles() if hit.id in only.ids]
            return Results(query, len(hits), hits[:limit], only=only)
        found = self.library.search(query, limit=SEARCH_ALL)
        hits = [hit for hit in found.results if hit.id in only.ids]
        for hit in hits[:limit]:
            _ = hit.snippet  # made here, in the worker, not while the list is drawn
        return Results(query, len(hits), hits[:limit], found.suggestion, bool(found.fallback), only)

    def article(self, article_id: str) -> Any:
        return None if self.library is None else self.library.get(article_id)

    def timeline(self, query: str, only: NameFilter | None = None) -> list[Any] | None:
        """The dated events of the query's results (of all articles for an empty
        query), told by the filter's articles, the TIMELINE_LIMIT most cited; None
        before the index is open and until the story has caught up with it."""
        if self.library is None:
            return None
        with self._story_turn() as current:
            if not current:
                return None
            events = self.library.timeline(query)
        from newsreader.story.store import most_cited

        return most_cited(events if only is None else _told_by(events, only.ids), TIMELINE_LIMIT)

    @contextmanager
    def _story_turn(self) -> Iterator[bool]:
        """The story's lock, held while True: the store is the open index's. False at
        once while the story is behind it (its catch-up takes minutes on a big
        archive; waiting would hold one of the few worker threads per query typed).
        Another reader holding the lock is waited for: it takes milliseconds."""
        while not self._story.acquire(timeout=0.05):
            if self._catching_up.is_set():
                yield False
                return
        try:
            yield not self._catching_up.is_set()
        finally:
            self._story.release()

    def sync_story(self) -> bool:
        """Bring the story data (dates, then events) up to date with the index:
        only new and changed articles are read."""
        if self.library is None:
            return False
        self._catching_up.set()
        with self._story:
            self.library.catch_up()
            self.library.derive_elsewhere()  # in a thread it would starve the search
        self._catching_up.clear()  # not after a failure: the store is not the index's
        return True

    def titles(self, ids: list[str]) -> dict[str, str]:
        """Article titles for a few ids (the sources of one event)."""
        titles = {}
        for article_id in ids:
            article = self.article(article_id)
            if article is not None and article.title:
                titles[article_id] = article.title
        return titles

    # -- comparing the coverage ----------------------------------------------------

    def facts(self) -> dict[str, Any]:
        """Every article's listing (title, outlet, date: an index Hit) by id."""
        return {} if self.library is None else {hit.id: hit for hit in self.library.articles()}

    def versions(self, article_id: str) -> list[Any] | None:
        """The article against each of its other versions (story Version objects,
        oldest first); None when the article is not there."""
        from newsreader.story.versions import compare_versions

        article = self.article(article_id)
        if article is None:
            return None
        with self._story:
            ids = self.library.versions(article_id)
        others = [self.article(i) for i in ids]
        return compare_versions(article, [a for a in others if a is not None])

    def quote_groups(self, progress: Progress | None = None) -> list[Any] | None:
        """Every quotation grouped across articles, most quoted first."""
        if self.library is None:
            return None
        with self._coverage_store(progress) as (store, _):
            return store.quote_groups()

    def names(self, progress: Progress | None = None) -> Names | None:
        """People, places and organizations with the articles mentioning each (kept
        until an article changes)."""
        from newsreader.story.entities import entity_articles

        if self.library is None:
            return None
        with self._coverage_store(progress) as (store, key):
            if self._names is None or self._names[0] != key:
                mentions = entity_articles(store.entities())
                articles = {name: frozenset(ids) for name, ids in mentions.items()}
                self._names = (key, Names(store.archive_entities(), articles))
            return self._names[1]

    @contextmanager
    def _coverage_store(self, progress: Progress | None) -> Iterator[tuple[Any, int]]:
        """The coverage store, new and changed articles analysed first (on all cores),
        and a key that changes when the articles do."""
        from newsreader.library import coverage_tokens
        from newsreader.parallel import mapper
        from newsreader.story.coverage_store import CoverageStore

        tokens = coverage_tokens(self.library)
        with CoverageStore(self.archive) as store:
            with mapper(store.pending(tokens), 64) as map_fn:
                store.sync(tokens, self.article, progress, map_fn)
            yield store, hash(frozenset(tokens.items()))

    def coverage(self) -> Any:
        """Outlets by timeline events (a story Coverage); None before the index is open."""
        from newsreader.story.coverage import coverage

        if self.library is None:
            return None
        with self._story:
            events = self.library.timeline(None)
        return coverage(events, {hit.id: hit.outlet for hit in self.library.articles()})


@contextmanager
def _unavailable() -> Iterator[None]:
    """The index's "not now" (another process writes it, or removed it) as IndexUnavailable."""
    from newsreader.index import IndexBusy, IndexRemoved

    try:
        yield
    except (IndexBusy, IndexRemoved) as exc:
        raise IndexUnavailable(str(exc) or "another newsreader is indexing") from None


def _told_by(events: list[Any], ids: frozenset[str]) -> list[Any]:
    """The events some of these articles cite, with only their sources."""
    kept = []
    for event in events:
        sources = [source for source in event.sources if source.id in ids]
        if sources:
            kept.append(dataclasses.replace(event, sources=sources))
    return kept

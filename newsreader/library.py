"""One archive as the commands and the app use it: the search index and the story
data (versions, related dates, events), kept in step.

- After the index changes, the story store reads the new and changed articles
  (per-article work, on all cores) and recomputes version groups and related
  dates (cheap: from stored signatures): `catch_up`.
- The events (a clustering of every dated sentence of the archive) are derived
  when first needed after a change, and kept: `timeline`, `versions`.
- A publication date taken from other versions of the story (`related`) is shown
  wherever the article is: `get`, search results, the listing.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsreader.index import ArchiveIndex, Hit, SearchResult, ensure_index, index_dir
from newsreader.index.state import STATE_NAME, IndexState
from newsreader.model import FROM_RELATED, Article, Event
from newsreader.parallel import die_with_parent, mapper, start_context
from newsreader.paths import HOME_ENV
from newsreader.story.store import StoryStore

Progress = Callable[[int, int], None]
_FACET_KINDS = {"person": "person", "place": "place", "org": "organization"}


class Library:
    """An archive's index and story store. Not shared between threads: open the
    store per call (sqlite connections belong to their thread)."""

    def __init__(self, archive: Path, index: ArchiveIndex) -> None:
        self.archive = archive
        self.index = index
        self._mentions: tuple[int, dict[tuple[str, str], set[str]]] | None = None

    @classmethod
    def open(cls, archive: Path, progress: Progress | None = None) -> Library:
        """The archive's index, caught up with its files, and the story with it."""
        library = cls(archive, ensure_index(archive, progress=progress))
        library.catch_up()
        return library

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keeping the story in step --------------------------------------------------

    def catch_up(self) -> bool:
        """Read what changed in the index into the story store, and date the undated
        from their versions; True if anything changed."""
        stamp = _index_stamp(self.archive)
        with self._store() as store:
            changed = stamp is None or store.stamp() != stamp
            if changed:
                tokens = article_tokens(self.archive)
                todo, _ = store.changes(tokens)
                with mapper(len(todo), inline_max=64) as map_fn:
                    store.update(tokens, self.index.get, map_fn)
                if stamp is not None:
                    store.set_stamp(stamp)
            self._derive(store, dates_only=True)
            return changed

    def story_is_current(self) -> bool:
        """The story store has read the index as it is on disk and derived its events
        (what `catch_up`, then `derive`, leave): a timeline read now is this index's."""
        stamp = _index_stamp(self.archive)
        with self._store() as store:
            return stamp is not None and store.stamp() == stamp and store.is_clean()

    def derive(self) -> bool:
        """Versions, related dates and events, when the articles changed; True if run."""
        with self._store() as store:
            return self._derive(store, dates_only=False)

    def derive_elsewhere(self) -> bool:
        """`derive` in a child process: clustering a big archive's events takes
        minutes of pure Python, which in a thread would starve the app's other
        threads (searching while it ran took seconds instead of milliseconds)."""
        with self._store() as store:
            if store.is_dated() and store.is_clean():
                return False
        from concurrent.futures import ProcessPoolExecutor

        context = start_context()
        home = os.environ.get(HOME_ENV)
        with ProcessPoolExecutor(1, mp_context=context, initializer=die_with_parent) as pool:
            return pool.submit(_derive_in, self.archive, home).result()

    def _derive(self, store: StoryStore, dates_only: bool) -> bool:
        if store.is_dated() and (dates_only or store.is_clean()):
            return False
        with mapper(store.undated_count(), inline_max=64) as map_fn:
            if dates_only:
                return store.derive_dates(self.index.get, map_fn)
            return store.derive(self.index.get, map_fn)

    # -- reading ---------------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        article = self.index.get(article_id)
        if article is None or article.published:
            return article
        return _dated(article, self.related())

    def search(self, query: str, limit: int = 10, **options: Any) -> SearchResult:
        """The index's search (see ArchiveIndex.search for the options), names and
        related dates in."""
        related = self.related()
        found = self.index.search(query, limit, self.naming, _dated_in(related), **options)
        found.results = [_dated_hit(hit, related) for hit in found.results]
        return found

    def articles(self) -> list[Hit]:
        """Every article, newest first (undated last), related dates included."""
        related = self.related()
        if not related:  # the index's own order (50 ms saved at 20,000 articles)
            return self.index.articles()
        hits = [_dated_hit(hit, related) for hit in self.index.articles()]
        hits.sort(key=lambda h: h.id)
        hits.sort(key=lambda h: h.published or "", reverse=True)
        return hits

    def naming(self, facet: str, name: str) -> set[str]:
        """The articles naming `name` as a person, place or org (the search facets):
        every word given, case and titles ignored ("berry" finds Richard Berry)."""
        from newsreader.story.quotes import name_words

        kind = _FACET_KINDS[facet]
        wanted = name_words(name)
        found: set[str] = set()
        for (entity_kind, entity), ids in self.mentions().items():
            if entity_kind == kind and wanted and wanted <= name_words(entity):
                found |= ids
        return found

    def mentions(self) -> dict[tuple[str, str], set[str]]:
        """(kind, name) -> ids of the articles mentioning that person, place or
        organization; new and changed articles are analysed first (on all cores)."""
        from newsreader.story.coverage_store import CoverageStore
        from newsreader.story.entities import entity_articles

        tokens = coverage_tokens(self)
        key = hash(frozenset(tokens.items()))
        if self._mentions is None or self._mentions[0] != key:
            with CoverageStore(self.archive) as store:
                with mapper(store.pending(tokens), inline_max=64) as map_fn:
                    store.sync(tokens, self.index.get, None, map_fn)
                self._mentions = (key, entity_articles(store.entities()))
        return self._mentions[1]

    def timeline(self, query: str | None = None, limit: int | None = None) -> list[Event]:
        """The events in date order; only those told by the query's matches."""
        self.derive()
        ids = None
        if query is not None and query.strip():
            ids = self.index.matching_ids(query, self.naming, _dated_in(self.related()))
        with self._store() as store:
            return store.timeline(ids, limit)

    def versions(self, article_id: str) -> list[str]:
        """The other articles that are versions of the same text."""
        with self._store() as store:
            self._derive(store, dates_only=True)
            return store.versions(article_id)

    def related(self) -> dict[str, str]:
        """{id: date} of the articles dated from other versions of their story."""
        with self._store() as store:
            self._derive(store, dates_only=True)  # a no-op unless a catch-up was cut short
            return {i: date for i, (date, _) in store.related().items()}

    @contextmanager
    def _store(self):
        with StoryStore(self.archive) as store:
            yield store


def _derive_in(archive: Path, home: str | None) -> bool:
    """A child process's `derive` (the archive's index opened anew there), under the
    parent's NEWSREADER_HOME: a forkserver's child has the environment the server
    started with, maybe another home's (tests set one each)."""
    if home is None:
        os.environ.pop(HOME_ENV, None)
    else:
        os.environ[HOME_ENV] = home
    with Library(archive, ArchiveIndex.open(archive)) as library:
        return library.derive()


def article_tokens(archive: Path) -> dict[str, str]:
    """Every indexed article id -> a token that changes when its file does."""
    state = IndexState.load(index_dir(archive))
    if state is None:
        return {}
    return {i: entry.digest for entry in state.files.values() for i in entry.ids}


def _index_stamp(archive: Path) -> str | None:
    """Changes whenever the index does: its state file is rewritten at each commit."""
    try:
        info = (index_dir(archive) / STATE_NAME).stat()
    except OSError:
        return None
    return f"{info.st_mtime_ns}:{info.st_size}"


def _dated_in(related: dict[str, str]) -> Callable[[dt.date, dt.date], set[str]]:
    """The related-dated articles of a day range (what `published:` adds to the index's)."""

    def between(first: dt.date, last: dt.date) -> set[str]:
        low, high = first.isoformat(), last.isoformat()
        return {i for i, date in related.items() if low <= date <= high}

    return between


def _dated(article: Article, related: dict[str, str]) -> Article:
    date = related.get(article.id or "")
    if date and not article.published:
        article.published, article.published_from = date, FROM_RELATED
    return article


def _dated_hit(hit: Hit, related: dict[str, str]) -> Hit:
    date = related.get(hit.id)
    if not date or hit.published:
        return hit
    dated = copy.copy(hit)  # the index caches its hits
    dated.published = date
    return dated


# -- the coverage store's keys (the app's quotes and names views) ------------------------


def coverage_tokens(library: Library) -> dict[str, str]:
    """{id: token} that key the coverage store (for the commands and the app alike):
    the index's digest of each article, else a hash of its text and date."""
    tokens = {}
    for hit in library.articles():
        tokens[hit.id] = hit.digest or _content_token(library.get(hit.id))
    return tokens


def _content_token(article: Article | None) -> str:
    if article is None:
        return ""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass"))
    digest.update(f"{article.published}|{article.published_from}".encode())
    return digest.hexdigest()

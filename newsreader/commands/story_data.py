"""What the coverage commands (versions, quotes, entities, coverage, export) share:
the archive's library (index and story) and coverage store brought up to date, and
the facts about each article (outlet, title, date) their listings show."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsreader.commands.common import open_library, progress_bar, resolve_archive
from newsreader.errors import UserError
from newsreader.model import Article, Event


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What a listing says about a source article."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None


@dataclass
class Archive:
    """An archive's path, its open library and each article's facts and token."""

    path: Path
    library: Any  # newsreader.library.Library (imported lazily: Whoosh is slow to load)
    facts: dict[str, ArticleFacts]
    tokens: dict[str, str]  # id -> a value that changes when the article does

    def article(self, article_id: str) -> Article:
        article = self.library.get(article_id)
        if article is None:
            raise UserError(f"no article with id {article_id!r} (try: newsreader search)")
        return article

    def load(self, article_id: str) -> Article | None:
        return self.library.get(article_id)

    def versions(self, article_id: str) -> list[str]:
        """The ids of the article's other versions (the story store's groups)."""
        return self.library.versions(article_id)

    def timeline(self, limit: int | None = None) -> list[Event]:
        return self.library.timeline(None, limit)


@contextmanager
def open_archive(args: argparse.Namespace) -> Iterator[Archive]:
    """The archive of --archive (else the default), indexed and up to date."""
    from newsreader.library import coverage_tokens

    path = resolve_archive(args)
    library = open_library(path)
    try:
        facts = {
            hit.id: ArticleFacts(hit.id, hit.title, hit.outlet, hit.published)
            for hit in library.articles()
        }
        yield Archive(path, library, facts, coverage_tokens(library))
    finally:
        library.close()


@contextmanager
def coverage_store(archive: Archive):
    """Quotes and entities of every article; new and changed ones analysed first."""
    from newsreader.parallel import mapper
    from newsreader.story.coverage_store import CoverageStore

    with CoverageStore(archive.path) as store:
        todo = store.pending(archive.tokens)
        with progress_bar("Reading quotes and names") as progress, mapper(todo, 64) as map_fn:
            store.sync(archive.tokens, archive.load, progress, map_fn)
        yield store

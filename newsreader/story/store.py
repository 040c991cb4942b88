"""Derived story data, computed at index time and kept in SQLite beside the index.

`update` brings it up to date with the index: it reads only new and changed
articles and forgets deleted ones (the per-article work, done at index time);
`derive` then recomputes what depends on all articles (version groups, related
dates, events), when the first reader needs them; `sync` is both. Every step is a
transaction and a `clean` flag is cleared before the reads and set after the
derived steps, so a sync killed midway is finished by the next one.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.model import FROM_METADATA, FROM_RELATED, FROM_TEXT, Article, Event, Source
from newsreader.parallel import Mapper
from newsreader.paths import archive_data_dir
from newsreader.story.code_digest import code_digest

if TYPE_CHECKING:
    from newsreader.story.candidates import Candidate
    from newsreader.story.events import Coverage

# The computing modules (numpy, the tagger, clustering) are imported where they are
# used: reading related dates or a stamp, as every search does, needs none of them.

# What the stored rows are and mean: a change drops the store and every article is read
# again. (A change of the code that finds candidates needs no bump: `candidate_rules`.)
# 2: own MinHash signatures; 3: version groups split around their longest text;
# 4-5: candidates of new rules (before `candidate_rules` followed them)
SCHEMA = 5
_BATCH = 200  # articles read per transaction
# From this many articles on, an event only one article tells is left out of the
# timeline: in a big archive it is a detail, and hundreds of them drown the story.
CROWD = 50
_OWN = (FROM_METADATA, FROM_TEXT)  # a related date is ours to recompute, not the article's
_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, token TEXT NOT NULL,
    own_date TEXT, weekday INTEGER,
    text_sig BLOB NOT NULL, text_size INTEGER NOT NULL, topic_sig BLOB NOT NULL,
    grp TEXT, date TEXT, date_from TEXT,
    cand_ref TEXT  -- the date candidates were resolved against (NULL: not yet)
);
CREATE TABLE IF NOT EXISTS candidates (article_id TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS candidates_article ON candidates (article_id);
CREATE TABLE IF NOT EXISTS events (
    pos INTEGER PRIMARY KEY, date TEXT, start TEXT, "end" TEXT, precision TEXT,
    summary TEXT, score REAL
);
CREATE TABLE IF NOT EXISTS sources (
    event INTEGER NOT NULL, rank INTEGER NOT NULL, article_id TEXT NOT NULL,
    sentence TEXT, expression TEXT, "offset" INTEGER, published TEXT
);
CREATE INDEX IF NOT EXISTS sources_event ON sources (event);
"""

Loader = Callable[[str], Article | None]


# {store path: (events_id, events)}: the events as last read, by the derivation
# that wrote them.
_EVENTS: dict[str, tuple[str, list[Event]]] = {}

# The related dates are read at every search (a full scan of 20,000 rows: 13 ms).
_DATE_INDEX = "CREATE INDEX IF NOT EXISTS articles_date_from ON articles (date_from)"
_HAS_DATE_INDEX = "SELECT 1 FROM sqlite_master WHERE name = 'articles_date_from'"


class StoryStore:
    """Version groups, related dates and events of one archive."""

    def __init__(self, archive: Path) -> None:
        folder = archive_data_dir(archive)
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "story.sqlite"
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> StoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sync -------------------------------------------------------------------------

    def sync(
        self, current: dict[str, str], load: Loader, mapper: Mapper = map
    ) -> dict[str, tuple[str, str]]:
        """Catch up with the index; returns {id: (date, "related")} for every article
        whose publication date comes from related articles."""
        self.update(current, load, mapper)
        self.derive(load, mapper)
        return self.related()

    def update(self, current: dict[str, str], load: Loader, mapper: Mapper = map) -> bool:
        """Read new and changed articles, forget deleted ones (the per-article work,
        done at index time); True when anything changed. `mapper` may be a process
        pool's ordered map. What depends on all articles waits for `derive`."""
        changed, removed = self.changes(current)
        if not (changed or removed):
            return False
        self._stale()
        self._forget(removed)
        self._read({i: current[i] for i in changed}, load, mapper)
        self._stale()  # a derive that ran meanwhile (another thread) saw half the reads
        return True

    def _stale(self) -> None:
        with self._transaction():
            self._set_meta("clean", "0", commit=False)
            self._set_meta("dated", "0", commit=False)

    def changes(self, current: dict[str, str]) -> tuple[list[str], list[str]]:
        """(new or changed ids, removed ids) of `current` against what was read."""
        stored = dict(self.db.execute("SELECT id, token FROM articles"))
        changed = [i for i, token in current.items() if stored.get(i) != token]
        return changed, [i for i in stored if i not in current]

    def undated_count(self) -> int:
        """Articles with no date of their own (`derive` re-reads them)."""
        row = self.db.execute("SELECT COUNT(*) FROM articles WHERE own_date IS NULL").fetchone()
        return row[0]

    def is_clean(self) -> bool:
        """Derived data (versions, related dates, events) matches the articles read,
        and the events were built by this code, from candidates found by this code."""
        return self._meta("clean") == events_code() and self._has_current_rules()

    def is_dated(self) -> bool:
        """Version groups and related dates match the articles read, and every
        article's candidates were found by this code."""
        return self._meta("dated") == "1" and self._has_current_rules()

    def derive_dates(self, load: Loader, mapper: Mapper = map) -> bool:
        """Version groups and related dates (cheap: from stored signatures), when
        something changed; True if they were recomputed. After an upgrade that changed
        how candidates are found (the tagger ...), every article's are found again."""
        if self.is_dated():
            return False
        rules = candidate_rules()
        if not self._has_current_rules():
            with self._transaction():
                self.db.execute("UPDATE articles SET cand_ref = NULL")
        self._dates()
        self._redo_undated(load, mapper)
        with self._transaction():
            self._set_meta("dated", "1", commit=False)
            self._set_meta("rules", rules, commit=False)
        return True

    def _has_current_rules(self) -> bool:
        return self._meta("rules") == candidate_rules()

    def derive(self, load: Loader, mapper: Mapper = map) -> bool:
        """Recompute what depends on all articles (dates, then events), when
        something changed; True if it ran."""
        if self.is_clean():
            return False
        self.derive_dates(load, mapper)
        self._derive_events()
        return True

    def stamp(self) -> str | None:
        """What the caller recorded with `set_stamp` (e.g. the index generation read)."""
        return self._meta("stamp")

    def set_stamp(self, stamp: str) -> None:
        self._set_meta("stamp", stamp)

    def related(self) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("SELECT id, date FROM articles WHERE date_from = ?", (FROM_RELATED,))
        return {i: (date, FROM_RELATED) for i, date in rows}

    def _forget(self, ids: list[str]) -> None:
        with self._transaction():
            for chunk in _chunks(ids, 500):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM candidates WHERE article_id IN ({marks})", chunk)

    def _read(self, tokens: dict[str, str], load: Loader, mapper: Mapper) -> None:
        for chunk in _chunks(list(tokens), _BATCH):
            loaded = ((i, tokens[i], load(i)) for i in chunk)
            work = [item for item in loaded if item[2] is not None]
            rows, candidates = [], []
            for row, found in mapper(_features_of, work):
                rows.append(row)
                candidates.extend(found)
            with self._transaction():
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"DELETE FROM candidates WHERE article_id IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)
                self.db.executemany(
                    "INSERT INTO articles (id, token, own_date, weekday, text_sig, text_size,"
                    " topic_sig, cand_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                self._insert_candidates(candidates)

    # -- derived data ----------------------------------------------------------------

    def _derive_events(self) -> None:
        from newsreader.story.events import build_events, earliest_published

        candidates = self._candidates()
        version_of = dict(self.db.execute("SELECT id, grp FROM articles WHERE grp IS NOT NULL"))
        events = build_events(candidates, version_of)
        with self._transaction():
            self._write_events(events)
            self._set_meta("earliest", earliest_published(candidates) or "", commit=False)
            self._set_meta("events_id", _new_events_id(), commit=False)  # see _events
            self._set_meta("clean", events_code(), commit=False)

    def _dates(self) -> None:
        """Version groups of all articles, then related dates for the undated ones."""
        rows = self.db.execute(
            "SELECT id, own_date, weekday, text_sig, text_size, topic_sig FROM articles ORDER BY id"
        ).fetchall()
        if not rows:
            return
        ids = [r[0] for r in rows]
        import numpy as np

        from newsreader.story.related import related_dates
        from newsreader.story.versions import version_groups

        texts = np.stack([np.frombuffer(r[3], dtype=np.uint32) for r in rows])
        topics = np.stack([np.frombuffer(r[5], dtype=np.uint32) for r in rows])
        groups = version_groups(texts, np.array([r[4] for r in rows], dtype=np.float64))
        own = [r[1] for r in rows]
        related = related_dates(groups, own, topics, [r[2] for r in rows])
        with self._transaction():
            self.db.executemany(
                "UPDATE articles SET grp = ?, date = ?, date_from = ? WHERE id = ?",
                [
                    (ids[g], o or r, _origin(o, r), i)
                    for i, g, o, r in zip(ids, groups, own, related, strict=True)
                ],
            )

    def _redo_undated(self, load: Loader, mapper: Mapper) -> None:
        """Candidates of articles whose reference date changed (a related date came or
        went), or all of them after new candidate rules (`derive_dates`)."""
        stale = self.db.execute(
            "SELECT id, date FROM articles WHERE cand_ref IS NULL OR cand_ref != IFNULL(date, '')"
        ).fetchall()
        for chunk in _chunks(stale, _BATCH):
            loaded = ((i, load(i), date) for i, date in chunk)
            work = [(i, article.text, date) for i, article, date in loaded if article is not None]
            found = [c for listed in mapper(_candidates_of, work) for c in listed]
            with self._transaction():
                ids = [i for i, _ in chunk]
                marks = ",".join("?" * len(ids))
                self.db.execute(f"DELETE FROM candidates WHERE article_id IN ({marks})", ids)
                self._insert_candidates(found)
                self.db.executemany(
                    "UPDATE articles SET cand_ref = ? WHERE id = ?",
                    [(date or "", i) for i, date in chunk],
                )

    def _candidates(self) -> list[Candidate]:
        rows = self.db.execute("SELECT article_id, data FROM candidates")
        return [_candidate_from(article_id, data) for article_id, data in rows]

    def _insert_candidates(self, candidates: Iterable[Candidate]) -> None:
        self.db.executemany(
            "INSERT INTO candidates (article_id, data) VALUES (?, ?)",
            [(c.article_id, _candidate_json(c)) for c in candidates],
        )

    def _write_events(self, events: list[Event]) -> None:
        self.db.execute("DELETE FROM events")
        self.db.execute("DELETE FROM sources")
        self.db.executemany(
            'INSERT INTO events (pos, date, start, "end", precision, summary, score)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (n, e.date, e.start, e.end, e.precision, e.summary, e.score)
                for n, e in enumerate(events)
            ],
        )
        self.db.executemany(
            'INSERT INTO sources (event, rank, article_id, sentence, expression, "offset",'
            " published) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (n, rank, s.id, s.sentence, s.expression, s.offset, s.published)
                for n, e in enumerate(events)
                for rank, s in enumerate(e.sources)
            ],
        )

    # -- reading --------------------------------------------------------------------

    def timeline(self, ids: set[str] | None = None, limit: int | None = None) -> list[Event]:
        """The events in date order; restricted to the sources in `ids`; the `limit`
        most important kept (still in date order)."""
        if ids is not None and not ids:
            return []
        events = self._events()
        scope = self._count() if ids is None else len(ids)
        if ids is not None:
            events = _restricted(events, ids, self._meta("earliest") or None)
        if scope >= CROWD:
            events = [e for e in events if e.article_count > 1]
        return events if limit is None else most_cited(events, limit)

    def _count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def versions(self, article_id: str) -> list[str]:
        """The other articles that are versions of the same text."""
        row = self.db.execute("SELECT grp FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row or row[0] is None:
            return []
        others = self.db.execute(
            "SELECT id FROM articles WHERE grp = ? AND id != ? ORDER BY id", (row[0], article_id)
        )
        return [r[0] for r in others]

    def _events(self) -> list[Event]:
        """Every event, read once per derivation (20,000 articles' events take 0.4 s
        to read, and a timeline is asked for at every query); callers never change them."""
        written = self._meta("events_id")  # _migrate gives older stores one
        cached = _EVENTS.get(str(self.path))
        if written is not None and cached is not None and cached[0] == written:
            return list(cached[1])
        events = self._read_events()
        _EVENTS[str(self.path)] = (written, events)
        return list(events)

    def _read_events(self) -> list[Event]:
        sources: dict[int, list[Source]] = {}
        for event, *fields in self.db.execute(
            'SELECT event, article_id, sentence, expression, "offset", published FROM sources'
            " ORDER BY event, rank"
        ):
            sources.setdefault(event, []).append(Source(*fields))
        rows = self.db.execute(
            'SELECT pos, date, start, "end", precision, summary, score FROM events ORDER BY pos'
        )
        return [
            Event(*fields, sources=sources.get(pos, []), score=score)
            for pos, *fields, score in rows
        ]

    # -- plumbing -------------------------------------------------------------------

    def _migrate(self) -> None:
        """Create the store, or bring one made before the related-dates index and the
        events id up to date. Checked again inside the write transaction: two
        openers of a new store (the app's story catch-up and a search) must not
        both rebuild it, the second dropping what the first had begun to write."""
        if self._is_current():
            return
        with self._transaction():
            if self._version() != SCHEMA:
                for table in ("meta", "articles", "candidates", "events", "sources"):
                    self.db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in _SCHEMA_SQL.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {SCHEMA}")
                self._set_meta("rules", candidate_rules(), commit=False)  # reads will use them
            self.db.execute(_DATE_INDEX)  # IF NOT EXISTS
            if self._meta("events_id") is None:
                self._set_meta("events_id", _new_events_id(), commit=False)

    def _is_current(self) -> bool:
        return (
            self._version() == SCHEMA
            and self.db.execute(_HAS_DATE_INDEX).fetchone() is not None
            and self._meta("events_id") is not None
        )

    def _version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str, commit: bool = True) -> None:
        statement = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"
        if commit:
            with self._transaction():
                self.db.execute(statement, (key, value))
        else:
            self.db.execute(statement, (key, value))

    def _transaction(self):
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error: one writer at a time."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *exc: object) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def _candidates_of(item: tuple[str, str, str | None]) -> list[Candidate]:
    from newsreader.story.candidates import event_candidates

    return event_candidates(*item)


def _features_of(item: tuple[str, str, Article]) -> tuple[tuple, list[Candidate]]:
    return _features(*item)


def _features(article_id: str, token: str, article: Article) -> tuple[tuple, list[Candidate]]:
    """What one article contributes, computed once when it is read."""
    from newsreader.story.candidates import event_candidates
    from newsreader.story.minhash import text_signature, topic_signature
    from newsreader.story.pubdate import dating_dates, news_weekday

    own = article.published if article.published_from in _OWN else None
    text_sig, size = text_signature(article.text)
    topic_sig = topic_signature(article.text)
    weekday = None if own else news_weekday(article.text, dating_dates(article.text))
    # Candidates of a dated article are final now; undated ones wait for related dates.
    found = event_candidates(article_id, article.text, own) if own else []
    row = (article_id, token, own, weekday, text_sig.tobytes(), size, topic_sig.tobytes(), own)
    return row, found


def _origin(own: str | None, related: str | None) -> str | None:
    return "own" if own else (FROM_RELATED if related else None)


def most_cited(events: list[Event], limit: int) -> list[Event]:
    """The `limit` most important events (by score; ties: the earlier), in date order."""
    if limit >= len(events):
        return events
    keep = sorted(range(len(events)), key=lambda n: (-events[n].score, n))[:limit]
    return [events[n] for n in sorted(keep)]


@cache
def events_code() -> str:
    """Changes whenever the code that builds events from candidates does: the events
    are built again from the stored candidates, no article read."""
    return code_digest("events.py")


@cache
def candidate_rules() -> str:
    """Changes whenever the code that finds an article's candidates does (the tagger,
    sentences, boilerplate and captions, `candidates.py`)."""
    return code_digest("timex*.py", "candidates.py", "text.py", "layout.py")


def _new_events_id() -> str:
    return os.urandom(8).hex()


def _restricted(events: list[Event], ids: set[str], earliest: str | None) -> list[Event]:
    """The events as the given articles tell them, ranked against their coverage."""
    from newsreader.story.events import Coverage

    told = {s.id: s.published for e in events for s in e.sources if s.id in ids}
    coverage = Coverage.of(told, earliest)
    return [e for e in (_restrict(e, ids, coverage) for e in events) if e is not None]


def _restrict(event: Event, ids: set[str], coverage: Coverage) -> Event | None:
    """The event as told by the given articles only (None when none of them tells it)."""
    from newsreader.story.events import importance, summarize

    sources = [s for s in event.sources if s.id in ids]
    if not sources:
        return None
    summary = event.summary if sources[0] is event.sources[0] else summarize(sources[0].sentence)
    return Event(
        event.date,
        event.start,
        event.end,
        event.precision,
        summary,
        sources,
        importance(sources, event.precision, (event.start, event.end), coverage),
    )


def _candidate_json(candidate: Candidate) -> str:
    from newsreader.story.candidates import Candidate

    fields = {name: getattr(candidate, name) for name in Candidate.__slots__}
    fields.pop("article_id")
    return json.dumps(fields, ensure_ascii=False)


def _candidate_from(article_id: str, data: str) -> Candidate:
    from newsreader.story.candidates import Candidate

    fields = json.loads(data)
    fields["terms"] = tuple(fields["terms"])
    fields["context"] = tuple(fields["context"])
    return Candidate(article_id=article_id, **fields)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]

"""A generated multi-month wire archive (benchmarks/wire_archive.py, 120 articles)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from story_helpers import DATA, read_archive

from newsreader.story.store import StoryStore

FOLDER = DATA / "wire_small"
GOLD = [
    dt.date.fromisoformat(e["date"])
    for e in json.loads((FOLDER / "gold.json").read_text())["events"]
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    # Module-scoped, so the per-test NEWSREADER_HOME is not set yet: set our own.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSREADER_HOME", str(tmp_path_factory.mktemp("home")))
        articles = read_archive(FOLDER)
        with StoryStore(FOLDER) as opened:
            opened.sync({i: "1" for i in articles}, articles.get)
            yield opened


def _on_key_day(event) -> bool:
    day = dt.date.fromisoformat(event.start)
    return event.start == event.end and any(abs((day - g).days) <= 1 for g in GOLD)


def test_the_most_cited_events_are_the_key_events(store):
    top = store.timeline(limit=len(GOLD))
    hits = sum(_on_key_day(e) for e in top)
    assert hits >= 0.75 * len(GOLD)


def test_the_timeline_is_compact_and_sorted(store):
    events = store.timeline()
    assert len(GOLD) <= len(events) <= 80
    assert [(e.start, e.end) for e in events] == sorted((e.start, e.end) for e in events)


def test_key_events_cite_many_articles_over_several_days(store):
    top = [e for e in store.timeline(limit=len(GOLD)) if _on_key_day(e)]
    assert max(len({s.published for s in e.sources}) for e in top) >= 3

"""The sample corpus's timeline against the gold facts (tests/data/sample_gold_timeline.json)."""

from __future__ import annotations

import json
import re

import pytest
from story_helpers import DATA, SAMPLE, Recorder

from newsreader.story import store as story_store
from newsreader.story.store import StoryStore

GOLD = json.loads((DATA / "sample_gold_timeline.json").read_text(encoding="utf-8"))


@pytest.fixture
def events(sample_store):
    return sample_store.timeline()


def _inside(event, gold) -> bool:
    return gold["start"] <= event.start and event.end <= gold["end"]


@pytest.mark.parametrize("gold", GOLD["events"], ids=[g["name"] for g in GOLD["events"]])
def test_gold_event_is_found_and_cued(events, gold):
    inside = [e for e in events if _inside(e, gold)]
    cited = {s.id for e in inside for s in e.sources}
    assert len(cited) >= gold["min_sources"], (gold["name"], cited)
    cues = [c.lower() for c in gold["cues"]]
    assert any(c in s.sentence.lower() for e in inside for s in e.sources for c in cues)


def test_gold_events_come_in_order(events):
    firsts = [next(n for n, e in enumerate(events) if _inside(e, g)) for g in GOLD["events"]]
    assert firsts == sorted(firsts)


def test_reads_as_a_timeline(events):
    assert 5 <= len(events) <= 40


def test_events_are_sorted_by_start_then_end(events):
    keys = [(e.start, e.end) for e in events]
    assert keys == sorted(keys)


def test_no_event_from_boilerplate(events):
    for event in events:
        for year in GOLD["forbidden_years"]:
            assert not event.start.startswith(str(year)), event
        for source in event.sources:
            assert not re.search(r"subscri|dear reader|cookie", source.sentence, re.IGNORECASE)


def test_every_source_sentence_is_at_its_offset(events, sample_articles):
    for event in events:
        for source in event.sources:
            text = sample_articles[source.id].text
            assert text[source.offset :].startswith(source.sentence)
            assert source.expression in source.sentence


def test_every_article_gets_a_publication_date(sample_store, sample_articles):
    related = sample_store.related()
    for article_id, article in sample_articles.items():
        date = article.published or related[article_id][0]
        assert date in GOLD["published_any_of"][article_id], article_id
    # Most of the sample has no date in its text: those come from related articles.
    assert len(related) >= 2
    assert all(origin == "related" for _, origin in related.values())


def test_limit_keeps_the_most_cited_in_date_order(sample_store, events):
    top = sample_store.timeline(limit=3)
    assert len(top) == 3
    assert [(e.start, e.end) for e in top] == sorted((e.start, e.end) for e in top)
    cutoff = sorted((e.score for e in events), reverse=True)[2]
    assert all(e.score >= cutoff for e in top)
    letters = next(e for e in top if e.start == "2017-08-03")
    assert len({s.id for s in letters.sources}) >= 4


def test_restricting_to_articles_keeps_only_their_sentences(sample_store):
    wapo = "003_291ebfcdde789490"
    events = sample_store.timeline(ids={wapo})
    assert events
    assert {s.id for e in events for s in e.sources} == {wapo}
    assert all(e.summary for e in events)
    assert sample_store.timeline(ids=set()) == []


def test_sync_is_incremental(sample_articles):
    tokens = {i: "1" for i in sample_articles}
    with StoryStore(SAMPLE) as store:
        first = Recorder(sample_articles)
        store.sync(tokens, first)
        assert set(first.loaded) == set(sample_articles)
        again = Recorder(sample_articles)
        store.sync(tokens, again)
        assert again.loaded == []
        gone = "003_291ebfcdde789490"
        store.sync({i: t for i, t in tokens.items() if i != gone}, again)
        assert again.loaded == []
        assert gone not in {s.id for e in store.timeline() for s in e.sources}


def test_events_built_by_older_code_are_built_again_without_reading(sample_articles):
    tokens = {i: "1" for i in sample_articles}
    with StoryStore(SAMPLE) as store:
        store.sync(tokens, sample_articles.get)
        before = store.timeline()
        store._set_meta("clean", "5")  # what a store written by older code holds
        assert not store.is_clean()
        again = Recorder(sample_articles)
        store.sync(tokens, again)
        assert again.loaded == [] and store.is_clean()
        assert store.timeline() == before


def test_new_candidate_rules_find_every_articles_candidates_again(sample_articles, monkeypatch):
    tokens = {i: "1" for i in sample_articles}
    with StoryStore(SAMPLE) as store:
        first = Recorder(sample_articles)
        store.sync(tokens, first)
        assert set(first.loaded) == set(sample_articles)  # read once, not again to re-tag
        before = store.timeline()
        monkeypatch.setattr(story_store, "candidate_rules", lambda: "an upgraded tagger")
        assert not store.is_clean()
        again = Recorder(sample_articles)
        store.sync(tokens, again)
        assert set(again.loaded) == set(sample_articles) and store.is_clean()
        assert store.timeline() == before
        third = Recorder(sample_articles)
        store.sync(tokens, third)
        assert third.loaded == []


def test_a_sync_killed_midway_is_finished_by_the_next(sample_articles):
    tokens = {i: "1" for i in sample_articles}

    def dying(article_id):
        if article_id.startswith("003"):
            raise KeyboardInterrupt
        return sample_articles[article_id]

    with StoryStore(SAMPLE) as store, pytest.raises(KeyboardInterrupt):
        store.sync(tokens, dying)
    with StoryStore(SAMPLE) as store:
        store.sync(tokens, sample_articles.get)
        cited = {s.id for e in store.timeline() for s in e.sources}
        assert cited == set(sample_articles)


def test_dates_derived_during_a_read_are_derived_again(sample_articles):
    """Another thread or process may derive while articles are still being read:
    what it derived from half the articles is not kept as done."""
    tokens = {i: "1" for i in sample_articles}

    def meanwhile(article_id):
        with StoryStore(SAMPLE) as other:
            other.derive_dates(sample_articles.get)
        return sample_articles[article_id]

    with StoryStore(SAMPLE) as store:
        store.update(tokens, meanwhile)
        assert not store.is_dated()
        store.derive(sample_articles.get)
        assert {date for date, _ in store.related().values()} <= {"2017-08-03", "2017-08-04"}
        assert len(store.related()) == 3  # AP, Denver Post, Washington Post: no date of their own


def test_related_dates_are_read_through_an_index_also_in_older_stores(sample_store):
    plan = "EXPLAIN QUERY PLAN SELECT id, date FROM articles WHERE date_from = 'related'"
    assert "articles_date_from" in str(sample_store.db.execute(plan).fetchall())
    sample_store.db.execute("DROP INDEX articles_date_from")  # a store made before it
    sample_store.close()
    with StoryStore(SAMPLE) as reopened:
        assert "articles_date_from" in str(reopened.db.execute(plan).fetchall())
        assert reopened.related()  # the sample's undated copies, dated from their versions


def test_events_are_read_once_per_derivation(sample_store, sample_articles):
    from newsreader.story import store as store_module

    first = sample_store.timeline()
    cached = store_module._EVENTS[str(sample_store.path)]
    assert (
        sample_store.timeline() == first and cached is store_module._EVENTS[str(sample_store.path)]
    )
    assert sample_store.timeline(ids=set()) == []
    sample_store._set_meta("clean", "0")  # something changed: the events are derived again
    sample_store.derive(sample_articles.get)
    assert store_module._EVENTS.get(str(sample_store.path)) is cached  # not read since
    assert sample_store.timeline() == first  # same articles, same events, read anew
    assert store_module._EVENTS[str(sample_store.path)][0] != cached[0]


def test_a_store_another_opener_just_created_is_not_rebuilt(sample_store, monkeypatch):
    """Two openers of a new store: the second read the old version before the first
    committed; inside its write transaction it sees the store made and keeps it."""
    before = sample_store.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert before > 0
    monkeypatch.setattr(StoryStore, "_is_current", lambda self: False)  # read too early
    with StoryStore(SAMPLE) as late:
        assert late.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == before

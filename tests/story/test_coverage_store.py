"""The per-article quotes and entities cache: computed once, redone only for changes."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

import pytest

from newsreader.story import coverage_store
from newsreader.story.coverage_store import CoverageStore
from newsreader.story.entities import find_entities, merge_entities
from newsreader.story.quotes import find_quotes, group_quotes


@pytest.fixture
def store(tmp_path):
    with CoverageStore(tmp_path / "archive") as opened:
        yield opened


def test_first_sync_reads_all_then_nothing(store, sample_articles):
    tokens = {i: "1" for i in sample_articles}
    assert store.sync(tokens, sample_articles.get) == len(sample_articles)
    assert store.sync(tokens, sample_articles.get) == 0


def test_stored_results_are_the_extractors(store, sample_articles):
    store.sync({i: "1" for i in sample_articles}, sample_articles.get)
    expected = [q for i in sorted(sample_articles) for q in find_quotes(sample_articles[i])]
    assert store.quotes() == expected
    for article_id, entities in store.entities().items():
        assert entities == find_entities(sample_articles[article_id])


def test_changed_and_removed_articles(store, sample_articles):
    tokens = {i: "1" for i in sample_articles}
    store.sync(tokens, sample_articles.get)
    first, second, *_ = sorted(sample_articles)
    tokens[first] = "2"
    del tokens[second]
    progress = []
    assert store.sync(tokens, sample_articles.get, lambda d, t: progress.append((d, t))) == 1
    assert progress[-1] == (1, 1)
    assert second not in {q.article_id for q in store.quotes()}
    assert set(store.entities()) == set(tokens)
    assert {q.article_id for q in store.quotes({first})} == {first}


def test_new_rules_recompute_everything(store, sample_articles, monkeypatch):
    tokens = {i: "1" for i in sample_articles}
    store.sync(tokens, sample_articles.get)
    monkeypatch.setattr(coverage_store, "rules_version", lambda: "next release")
    assert store.sync(tokens, sample_articles.get) == len(sample_articles)


def test_an_article_gone_from_the_index_is_skipped(store, sample_articles):
    tokens = {i: "1" for i in sample_articles} | {"vanished": "1"}
    store.sync(tokens, sample_articles.get)
    assert "vanished" not in store.entities()


def test_rules_version_follows_the_extractors_code():
    version = coverage_store.rules_version()
    assert version == coverage_store.rules_version()
    assert len(version) == 40


def test_archive_results_are_kept_until_an_article_changes(store, sample_articles, monkeypatch):
    tokens = {i: "1" for i in sample_articles}
    store.sync(tokens, sample_articles.get)
    groups, entities = store.quote_groups(), store.archive_entities()
    assert groups == group_quotes(store.quotes())
    assert entities == merge_entities(list(store.entities().values()))

    def fail():
        raise AssertionError("recomputed")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_grouped", fail)
        patch.setattr(store, "_merged", fail)
        assert store.quote_groups() == groups  # read back, not recomputed
        assert store.archive_entities() == entities
    del tokens[min(tokens)]
    store.sync(tokens, sample_articles.get)
    assert store.quote_groups() != groups  # one article fewer: grouped again
    assert min(sample_articles) not in {
        q.article_id for g in store.quote_groups() for q in g.quotes
    }


def test_analysis_runs_in_worker_processes(store, sample_articles):
    tokens = {i: "1" for i in sample_articles}
    with ProcessPoolExecutor(2) as pool:
        assert store.sync(tokens, sample_articles.get, mapper=pool.map) == len(sample_articles)
    expected = [q for i in sorted(sample_articles) for q in find_quotes(sample_articles[i])]
    assert store.quotes() == expected
    assert store.pending(tokens) == 0 and store.pending({**tokens, "new": "1"}) == 1


def test_a_speaker_named_by_surname_alone_is_the_archive_s_full_name(store):
    from newsreader.model import Article

    full = Article(
        id="a",
        text='Gov. Kristi Noem defended the campaign. "We are on it," Noem said on Monday.',
    )
    short = Article(id="b", text='"The backlash proves the point," Noem said in a statement.')
    articles = {"a": full, "b": short}
    store.sync({i: "1" for i in articles}, articles.get)
    assert {q.speaker for q in store.quotes()} == {"Kristi Noem", "Noem"}  # as each article says
    assert {g.speaker for g in store.quote_groups()} == {"Kristi Noem"}

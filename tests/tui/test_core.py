"""The TUI's core: its timeline answers readers at once (never "not yet" because
another reader was busy, never "no events" before the story caught up with the
index), and what a first page of results says."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from newsreader.index import IndexRemoved
from newsreader.tui.core import Core, IndexUnavailable


def _opened(archive: Path) -> Core:
    core = Core(archive)
    assert core.open_existing()
    return core


def _reader(core: Core, answers: list[object]) -> threading.Thread:
    reader = threading.Thread(target=lambda: answers.append(core.timeline("")))
    reader.start()
    return reader


def test_a_reader_waits_for_another_reader_not_for_a_catch_up(indexed_sample: Path) -> None:
    core = _opened(indexed_sample)
    answers: list[object] = []
    with core._story:  # another reader deriving events
        reader = _reader(core, answers)
        reader.join(0.3)
        assert reader.is_alive()  # waiting its turn
    reader.join(10)
    assert answers and answers[0]  # events, not "no timeline yet"

    answers.clear()
    core._catching_up.set()  # the story catching up (minutes on a big archive)
    with core._story:
        reader = _reader(core, answers)
        reader.join(5)
        assert not reader.is_alive() and answers == [None]  # says so at once
    core._catching_up.clear()


def test_sync_story_leaves_the_timeline_answering(indexed_sample: Path) -> None:
    core = _opened(indexed_sample)
    assert core.sync_story()
    assert not core._catching_up.is_set()
    assert core.timeline("police")


def test_a_timeline_asked_for_before_the_story_caught_up_says_not_yet(sample_copy: Path) -> None:
    core = Core(sample_copy)
    core.catch_up(None)  # a first run: the index is built, the story not read yet
    assert core.timeline("police") is None  # "not yet", never "no events"
    assert core.sync_story()
    assert core.timeline("police")


def test_an_index_the_story_caught_up_with_answers_before_sync_story(sample_copy: Path) -> None:
    first = Core(sample_copy)
    first.catch_up(None)
    first.sync_story()
    again = Core(sample_copy)  # the next start: the old timeline at once, as the lists
    assert again.open_existing() and again.timeline("police")


def test_a_first_page_says_more_matches_follow() -> None:
    from newsreader.tui.core import Results
    from newsreader.tui.widgets.search_pane import status_line

    first = Results("police", 15, hits=[object()] * 15, counted=False)
    assert str(status_line(first)).startswith("15+ matches")
    whole = Results("police", 40, hits=[object()] * 15)
    assert str(status_line(whole)).startswith("15 of 40 matches")


def test_snippets_are_made_by_the_worker_and_stop_when_it_is_cancelled(indexed_sample) -> None:
    from types import SimpleNamespace

    from newsreader.tui.screens.main import _snippets_made

    core = _opened(indexed_sample)
    hits = core.search("police").hits
    assert len(hits) == 4 and all(hit._snippet is None for hit in hits)  # not made yet
    assert not _snippets_made(hits, SimpleNamespace(is_cancelled=True))
    assert all(hit._snippet is None for hit in hits)  # cancelled: nothing made
    assert _snippets_made(hits, SimpleNamespace(is_cancelled=False))
    assert all("<b>" in hit._snippet for hit in hits)  # the match marked


def test_a_search_overtaken_while_it_waited_for_the_index_is_skipped(indexed_sample) -> None:
    core = _opened(indexed_sample)
    assert core.search("police", cancelled=lambda: True) is None
    assert core.search("police", cancelled=lambda: False).total == 4


def test_the_timeline_keeps_the_most_cited_events_in_date_order(indexed_sample, monkeypatch):
    from newsreader.tui import core as core_module

    core = _opened(indexed_sample)
    every = core.timeline("")
    assert len(every) > 3
    monkeypatch.setattr(core_module, "TIMELINE_LIMIT", 3)
    kept = core.timeline("")
    assert len(kept) == 3 and kept == sorted(kept, key=every.index)
    least_kept = min(event.score for event in kept)
    assert all(event.score <= least_kept for event in every if event not in kept)


def test_an_index_removed_while_catching_up_is_unavailable(sample_copy, monkeypatch) -> None:
    def removed(*args: object, **kwargs: object) -> None:
        raise IndexRemoved("the index was removed while it was being updated")

    monkeypatch.setattr("newsreader.index.writer.update_index", removed)
    with pytest.raises(IndexUnavailable, match="removed while"):
        Core(sample_copy).catch_up(None)

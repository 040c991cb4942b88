"""Event building from candidates: what a rerun article's relative dates mean."""

from __future__ import annotations

from newsreader.story.candidates import event_candidates
from newsreader.story.events import build_events

LEAD = "The county council voted Tuesday to close the harbor bridge for six weeks of repairs."
REST = "Engineers had warned in January that the deck was failing under heavy trucks."


def _events(*articles: tuple[str, str, str]):
    candidates = [c for a in articles for c in event_candidates(*a)]
    return build_events(candidates)


def _days(events) -> dict[str, set[str]]:
    return {e.start: {s.id for s in e.sources} for e in events if e.precision == "day"}


def test_a_story_run_again_a_week_later_keeps_its_first_days():
    # 2024-03-07 is a Thursday: "Tuesday" is 03-05; read against 03-14 it would be 03-12.
    first = ("a", f"{LEAD}\n\n{REST}", "2024-03-07")
    rerun = ("b", f"{LEAD}\n\n{REST}", "2024-03-14")
    days = _days(_events(first, rerun))
    assert days == {"2024-03-05": {"a", "b"}}


def test_a_rewritten_sentence_is_read_against_its_own_date():
    first = ("a", LEAD, "2024-03-07")
    reopen = "The county council voted Tuesday to reopen the harbor bridge early."
    update = ("b", reopen, "2024-03-14")
    days = _days(_events(first, update))
    assert days == {"2024-03-05": {"a"}, "2024-03-12": {"b"}}


def test_the_first_dated_printing_decides_whatever_the_order_read():
    rerun = ("b", LEAD, "2024-03-14")
    undated = ("c", LEAD, None)
    first = ("a", LEAD, "2024-03-07")
    days = _days(_events(rerun, undated, first))
    assert days == {"2024-03-05": {"a", "b"}}

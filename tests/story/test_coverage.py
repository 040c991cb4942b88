"""Who reported what: the sample's outlets against its timeline, and the matrix rules."""

from __future__ import annotations

import json

from story_helpers import SAMPLE

from newsreader.model import Event, Source
from newsreader.story.coverage import coverage, outlet_key

# The outlets the manifest gives (what the index reads; the story fixtures skip it).
OUTLETS = {
    name.removesuffix(".txt"): entry["outlet"]
    for name, entry in json.loads((SAMPLE / "manifest.json").read_text()).items()
}

MONITOR, AP, DENVER, WAPO, ROUTE50 = (
    "000_20c8876e33a6016b",
    "001_6127b6edf6514e49",
    "002_ff24366a36f78b69",
    "003_291ebfcdde789490",
    "004_cd46838aa5b83279",
)


def _event(date: str, *ids: str) -> Event:
    return Event(date, date, date, "day", f"event on {date}", [Source(i, "s", "e", 0) for i in ids])


def test_sample_matrix(sample_store):
    events = sample_store.timeline()
    found = coverage(events, OUTLETS)
    names = [o.outlet for o in found.outlets]
    assert sorted(names) == sorted(OUTLETS.values())
    matrix = found.matrix()
    assert len(matrix) == len(events) and all(len(r) == len(names) for r in matrix)
    # every source of every event is in its row, under its article's outlet
    for row, event in zip(found.events, events, strict=True):
        cited = {(OUTLETS[s.id], s.id) for s in event.sources}
        assert {(o, i) for o, ids in row.reported_by for i in ids} == cited
    # the letters of Thursday Aug. 3 are reported by all five outlets
    lede = [r for r in found.events if r.event.start == "2017-08-03" and len(r.reported_by) == 5]
    assert lede
    by_name = {o.outlet: o for o in found.outlets}
    assert by_name["The Denver Post"].events < by_name["The Christian Science Monitor"].events
    assert [o.events for o in found.outlets] == sorted(
        (o.events for o in found.outlets), reverse=True
    )


def test_outlet_spellings_are_one_column():
    outlets = {"a": "The Associated Press", "b": "Associated Press", "c": "Associated  Press"}
    found = coverage([_event("2017-01-02", "a", "b")], outlets)
    [column] = found.outlets
    assert column.outlet == "Associated Press"  # the most common spelling
    assert column.articles == ("a", "b", "c") and column.events == 1
    assert found.matrix() == [[2]]


def test_unknown_outlets_and_silent_outlets():
    outlets = {"a": "Daily Planet", "b": None, "c": "Quiet Gazette"}
    found = coverage([_event("2017-01-02", "a", "b"), _event("2017-01-03", "b", "z")], outlets)
    assert [(o.outlet, o.events) for o in found.outlets] == [
        (None, 2),  # "b" has no outlet, "z" is not in the listing
        ("Daily Planet", 1),
        ("Quiet Gazette", 0),  # listed, reported nothing
    ]
    assert found.matrix() == [[1, 1, 0], [2, 0, 0]]


def test_no_events():
    found = coverage([], {"a": "Daily Planet"})
    assert found.events == [] and found.matrix() == []
    assert found.outlets[0].events == 0


def test_outlet_key():
    assert outlet_key("The  Denver Post") == outlet_key("denver post") == "denver post"
    assert outlet_key("The") == "the"
    assert outlet_key("  ") is None and outlet_key(None) is None

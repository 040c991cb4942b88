"""`newsreader timeline`: the JSON shape, --limit, --query, a clean terminal listing."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("newsreader.story.timex")
index = pytest.importorskip("newsreader.index")
if not hasattr(index, "ensure_index"):
    pytest.skip("the index is not built yet", allow_module_level=True)

EVENT_KEYS = {"date", "start", "end", "precision", "summary", "sources"}
SOURCE_KEYS = {"id", "sentence", "expression"}


def test_json_shape(cli, sample_copy):
    out = cli("timeline", "--archive", str(sample_copy), "--json")
    assert out.code == 0, out.err
    events = out.json()["events"]
    assert events
    for event in events:
        assert set(event) >= EVENT_KEYS
        assert event["precision"] in {"day", "week", "month", "quarter", "year"}
        assert event["start"] <= event["end"]
        assert event["sources"] and all(set(s) >= SOURCE_KEYS for s in event["sources"])
    keys = [(e["start"], e["end"]) for e in events]
    assert keys == sorted(keys)


def test_limit_keeps_n_events_in_date_order(cli, sample_copy):
    out = cli("timeline", "--archive", str(sample_copy), "--json", "--limit", "2")
    events = out.json()["events"]
    assert len(events) == 2
    assert events[0]["start"] <= events[1]["start"]
    assert any(e["start"] == "2017-08-03" for e in events)


def test_query_restricts_to_matching_articles(cli, sample_copy):
    out = cli("timeline", "--archive", str(sample_copy), "--json", "--query", "Congress")
    ids = {s["id"] for e in out.json()["events"] for s in e["sources"]}
    assert ids == {"003_291ebfcdde789490"}


def test_bad_limit_is_a_usage_error(cli, sample_copy):
    out = cli("timeline", "--archive", str(sample_copy), "--limit", "0")
    assert out.code == 2


def test_terminal_listing_is_clean(cli, sample_copy):
    out = cli("timeline", "--archive", str(sample_copy))
    assert out.code == 0
    assert "2017-08-03" in out.out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.out)

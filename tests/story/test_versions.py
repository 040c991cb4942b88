"""Versions of one text: the sample's AP story in three outlets, and nothing else."""

from __future__ import annotations

MONITOR, AP, DENVER, WAPO, ROUTE50 = (
    "000_20c8876e33a6016b",
    "001_6127b6edf6514e49",
    "002_ff24366a36f78b69",
    "003_291ebfcdde789490",
    "004_cd46838aa5b83279",
)


def test_wire_story_versions_are_grouped(sample_store):
    assert sample_store.versions(AP) == [MONITOR, DENVER]
    assert sample_store.versions(MONITOR) == [AP, DENVER]
    assert sample_store.versions(DENVER) == [MONITOR, AP]


def test_other_reports_are_not_versions(sample_store):
    assert sample_store.versions(WAPO) == []
    assert sample_store.versions(ROUTE50) == []
    assert sample_store.versions("no-such-id") == []

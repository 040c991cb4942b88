"""Versions of one text: the sample's AP story in three outlets, and nothing else; what
each copy adds, cuts and rewords."""

from __future__ import annotations

from newsreader.story.diff import ADDED, CUT, SAME
from newsreader.story.versions import compare_versions

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


def _paragraph_with(diff, words: str):
    found = [p for p in diff.paragraphs if any(words in s.text for s in p.segments)]
    assert len(found) == 1, words
    return found[0]


def test_monitor_copy_adds_the_stockton_chief_paragraph(sample_articles):
    [version] = compare_versions(sample_articles[MONITOR], [sample_articles[AP]])
    assert version.other.id == AP
    diff = version.diff
    assert _paragraph_with(diff, "Stockton Police Chief Eric Jones").op == ADDED
    assert _paragraph_with(diff, "not a function of ours").op == ADDED
    assert _paragraph_with(diff, "vision of terror").op == SAME  # shared text is not flagged
    assert diff.same > 0.7 * (diff.same + diff.added + diff.reworded)


def test_denver_print_copy_stops_after_the_mayors_letter(sample_articles):
    [version] = compare_versions(sample_articles[DENVER], [sample_articles[AP]])
    ops = [p.op for p in version.diff.paragraphs]
    last_own = max(k for k, op in enumerate(ops) if op != CUT)
    assert "Berry wrote" in version.diff.paragraphs[last_own].segments[-1].text
    tail = ops[last_own + 1 :]
    assert len(tail) >= 8 and set(tail) == {CUT}  # everything after it is cut
    assert "48-hour notice" in version.diff.paragraphs[-1].segments[-1].text  # AP's last words
    assert version.diff.cut > version.diff.same


def test_versions_compared_are_the_stores_group(sample_store, sample_articles):
    others = [sample_articles[i] for i in sample_store.versions(AP)]
    versions = compare_versions(sample_articles[AP], others)
    assert [v.other.id for v in versions] == [MONITOR, DENVER]  # same day: by id
    assert compare_versions(sample_articles[WAPO], []) == []

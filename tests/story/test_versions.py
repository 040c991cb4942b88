"""Versions of one text: the sample's AP story in three outlets, and nothing else; what
each copy adds, cuts and rewords."""

from __future__ import annotations

import json
import random

import numpy as np
from story_helpers import DATA

from newsreader.story.diff import ADDED, CUT, SAME
from newsreader.story.minhash import SHINGLE, text_signature
from newsreader.story.text import words
from newsreader.story.versions import compare_versions, version_groups

WIRE = DATA / "wire_small" / "archive.jsonl"

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


def _shingles(text: str) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}


def _groups(texts: list[str]) -> dict[int, list[int]]:
    signed = [text_signature(t) for t in texts]
    signatures = np.stack([s for s, _ in signed])
    sizes = np.array([n for _, n in signed], dtype=np.float64)
    out: dict[int, list[int]] = {}
    for i, g in enumerate(version_groups(signatures, sizes)):
        out.setdefault(g, []).append(i)
    return out


def test_reports_sharing_background_do_not_chain_into_one_group():
    """A shares two thirds of its text with B, B with C, C a third with A: no group of
    three; a copy of C with a paragraph added stays C's version."""
    rng = random.Random(3)
    vocabulary = [f"w{n}" for n in range(3000)]
    p, q, r, s, t, u = (" ".join(rng.choice(vocabulary) for _ in range(60)) for _ in range(6))
    a, b, c = "\n\n".join([p, q, r]), "\n\n".join([q, r, s]), "\n\n".join([r, s, t])
    copy_of_c = "\n\n".join([r, s, t, u])
    groups = _groups([a, b, c, copy_of_c])
    assert not any({0, 1, 2} <= set(m) for m in groups.values())
    assert any({2, 3} <= set(m) for m in groups.values())


def test_generated_wire_archive_groups_are_versions_of_their_fullest_text():
    records = [json.loads(line) for line in WIRE.read_text().splitlines() if line.strip()]
    texts = [r["text"] for r in records]
    groups = _groups(texts)
    assert max(len(m) for m in groups.values()) < len(texts) / 4
    for members in groups.values():
        if len(members) < 3:
            continue
        fullest = _shingles(max((texts[i] for i in members), key=lambda t: len(_shingles(t))))
        for i in members:
            mine = _shingles(texts[i])
            assert len(mine & fullest) / len(mine) >= 0.5, records[i]["id"]

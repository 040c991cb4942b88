"""Word diff of two versions: table-driven cases, invariants on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.story.diff import ADDED, CHANGED, CUT, REWORDED, SAME, _normal, diff_texts


def _ops(other: str, this: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    diff = diff_texts(other, this)
    return [(p.op, [(s.op, s.text, s.was) for s in p.segments]) for p in diff.paragraphs]


@pytest.mark.parametrize(
    ("other", "this", "expected"),
    [
        ("The cat sat.", "The cat sat.", [(SAME, [(SAME, "The cat sat.", "")])]),
        (
            "The cat sat on the mat.",
            "The black cat sat on the mat.",
            [
                (
                    CHANGED,
                    [(SAME, "The", ""), (ADDED, "black", ""), (SAME, "cat sat on the mat.", "")],
                )
            ],
        ),
        (
            "The cat sat on the old mat.",
            "The cat sat on the mat.",
            [(CHANGED, [(SAME, "The cat sat on the", ""), (CUT, "old", ""), (SAME, "mat.", "")])],
        ),
        (
            "Officials met on Monday in the city.",
            "Officials gathered on Monday in the city.",
            [
                (
                    CHANGED,
                    [
                        (SAME, "Officials", ""),
                        (REWORDED, "gathered", "met"),
                        (SAME, "on Monday in the city.", ""),
                    ],
                )
            ],
        ),
        # case, punctuation, quote style and possessives are not changes; this copy's
        # spelling is shown
        (
            'Sessions\' plan, he said, is "simple."',
            "Sessions’s plan he said is “simple”",
            [(SAME, [(SAME, "Sessions’s plan he said is “simple”", "")])],
        ),
        (
            "First paragraph here.\nLast paragraph here.",
            "First paragraph here.\nA new paragraph.\nLast paragraph here.",
            [
                (SAME, [(SAME, "First paragraph here.", "")]),
                (ADDED, [(ADDED, "A new paragraph.", "")]),
                (SAME, [(SAME, "Last paragraph here.", "")]),
            ],
        ),
        (
            "Lead stays.\nThis one goes.\nEnd stays.",
            "Lead stays.\n\nEnd stays.",
            [
                (SAME, [(SAME, "Lead stays.", "")]),
                (CUT, [(CUT, "This one goes.", "")]),
                (SAME, [(SAME, "End stays.", "")]),
            ],
        ),
        ("", "Only here.", [(ADDED, [(ADDED, "Only here.", "")])]),
        ("Only there.", "", [(CUT, [(CUT, "Only there.", "")])]),
        ("", "", []),
    ],
)
def test_cases(other, this, expected):
    assert _ops(other, this) == expected


def test_a_matched_stopword_inside_a_rewrite_is_absorbed():
    ops = _ops(
        "The mayor said on Monday that the plan was dead on arrival and would not pass.",
        "The mayor said on Monday that the idea of a tax was a mistake and would not pass.",
    )
    assert ops == [
        (
            CHANGED,
            [
                (SAME, "The mayor said on Monday that the", ""),
                (REWORDED, "idea of a tax was a mistake", "plan was dead on arrival"),
                (SAME, "and would not pass.", ""),
            ],
        )
    ]


def test_a_rewritten_paragraph_between_new_ones_stays_paired():
    other = "Intro line stays.\nPolice do not enforce immigration laws in the city, he said."
    this = (
        "Intro line stays.\nA chief added a brand new remark about jails and courts.\n"
        "Nor do police enforce immigration laws in the city, he said."
    )
    ops = _ops(other, this)
    assert [op for op, _ in ops] == [SAME, ADDED, CHANGED]


def test_this_copy_first_then_what_it_cut():
    other = "Lead.\nOld tail one is here.\nOld tail two is here."
    this = "Lead.\nA different ending entirely, word for word."
    assert [op for op, _ in _ops(other, this)] == [SAME, ADDED, CUT, CUT]


def test_word_counts():
    diff = diff_texts("one two three four", "one two five four six")
    assert (diff.same, diff.added, diff.cut, diff.reworded) == (3, 1, 0, 1)


def test_json_shape():
    data = diff_texts("a b c", "a x c").to_json()
    assert data["words"] == {"same": 2, "added": 0, "cut": 0, "reworded": 1}
    [paragraph] = data["paragraphs"]
    assert paragraph["op"] == CHANGED
    assert paragraph["segments"][1] == {"op": REWORDED, "text": "x", "was": "b"}
    assert "was" not in paragraph["segments"][0]


_WORDS = st.sampled_from(["the", "cat", "Mat", "sat,", "“on”", "a", "dog's", "—", "\n", "\n\n"])
_TEXT = st.lists(_WORDS, max_size=60).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=200)), st.one_of(_TEXT, st.text(max_size=200)))
def test_both_texts_can_be_read_back(other, this):
    """This copy's words in order are same+added+reworded; the other's are same+cut+was."""
    diff = diff_texts(other, this)
    mine, theirs = [], []
    for paragraph in diff.paragraphs:
        assert paragraph.segments
        for s in paragraph.segments:
            words = s.text.split()
            if s.op in (SAME, ADDED, REWORDED):
                mine += words
            if s.op in (SAME, CUT):
                theirs += [_normal(w) for w in words]
            if s.op == REWORDED:
                theirs += [_normal(w) for w in s.was.split()]
    assert mine == this.split()
    assert theirs == [_normal(w) for w in other.split()]
    assert diff.same + diff.added + diff.reworded == len(this.split())

"""The viewer's find-in-document: a query's words found as search matches them
(stemmed), phrases as runs of words, prefixes, negated and field-only terms left out."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsreader.tui.find import Term, find_spans, query_terms

TEXT = "Police departments buy bulletproof vests. The vest, a policy said, is out of stock."


def _found(query: str, text: str = TEXT) -> list[str]:
    return [text[start:end] for start, end in find_spans(text, query_terms(query))]


def test_stemmed_words_and_phrases():
    assert _found("vest") == ["vests", "vest"]
    assert _found('"bulletproof vests"') == ["bulletproof vests"]
    assert _found('"out of stock"') == ["out of stock"]  # stop words count in a phrase


def test_prefixes_negations_and_fields():
    assert _found("polic*") == ["Police", "policy"]
    assert _found("vest -police NOT policy") == ["vests", "vest"]
    assert _found("outlet:police title:vests") == ["vests", "vest"]
    assert query_terms("published:2017-08 [a TO b]") == []


def test_terms_are_stems():
    assert query_terms('Departments "bulletproof vests"') == [
        Term(("depart",)),
        Term(("bulletproof", "vest")),
    ]


@given(st.text(max_size=40), st.text(max_size=80))
def test_any_query_finds_ordered_spans_inside_the_text(query, text):
    spans = find_spans(text, query_terms(query))
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))

"""A query of plain words is built without Whoosh's parser, as the parser builds it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.index.query import QueryParser, exclusions
from newsreader.index.schema import build_schema

SCHEMA = build_schema()
# Stopwords, capitals, digits, one letter, operators in capitals and not, stems.
WORDS = ["the", "The", "a", "I", "x", "vests", "Vest", "BUDGET", "2017", "covid19",
         "and", "or", "not", "AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "to", "TO",
         "police", "Stockton", "running", "cities", "e", "s"]  # fmt: skip
GAPS = st.sampled_from([" ", "  ", "\t", " \n "])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), GAPS, GAPS)
def test_plain_words_give_the_parsers_query(words, gap, edge):
    text = edge + gap.join(words) + edge
    ours = QueryParser(SCHEMA)
    assert outcome(ours.parse, text) == outcome(QueryParser(SCHEMA).whoosh().parse, text)
    operators = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
    assert (ours._whoosh is None) == (not operators & set(words))  # built without it


@given(st.text(alphabet="aB1 -'.é", max_size=12))
def test_other_words_go_to_the_parser(text):
    """Hyphens, apostrophes, dots, letters beyond ASCII: the parser's own query (of the
    text with a word's leading minus read as NOT)."""
    assert outcome(QueryParser(SCHEMA).parse, text) == outcome(
        QueryParser(SCHEMA).whoosh().parse, exclusions(text)
    )


@given(st.text(alphabet='ab -"(', max_size=14))
def test_only_a_minus_opening_a_word_phrase_or_group_excludes(text):
    rewritten = exclusions(text)
    assert rewritten.replace("NOT ", "-") == text  # nothing else changes
    inside = text.split('"')[1::2]
    assert rewritten.split('"')[1::2] == inside  # phrases are left as typed
    assert "a-b" not in text or "a-b" in rewritten  # a hyphen inside a word stays


def outcome(parse, text: str) -> object:
    """The query, or the kind of error (Whoosh's parser fails on "NOT AND")."""
    try:
        return parse(text)
    except Exception as exc:
        return type(exc)

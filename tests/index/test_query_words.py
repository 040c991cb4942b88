"""A query of plain words is built without Whoosh's parser, as the parser builds it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.index.query import QueryParser
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
    """Hyphens, apostrophes, dots, letters beyond ASCII: the parser's own query."""
    assert outcome(QueryParser(SCHEMA).parse, text) == outcome(
        QueryParser(SCHEMA).whoosh().parse, text
    )


def outcome(parse, text: str) -> object:
    """The query, or the kind of error (Whoosh's parser fails on "NOT AND")."""
    try:
        return parse(text)
    except Exception as exc:
        return type(exc)

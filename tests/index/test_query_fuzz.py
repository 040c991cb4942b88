"""No query string crashes search; malformed ones fall back to a literal search."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.index import ArchiveIndex, update_index

SYNTAX = st.sampled_from(
    ['"', "(", ")", "[", "]", "{", "}", "*", "?", ":", "^", "~", "-", "+", " OR ", " AND ",
     " NOT ", "title:", "outlet:", "published:", "published:[", " to ", "2017-08", "\x00",
     "\x1b[31m", "\\", "'", "vest", "Sessions", "pres*", "ü", "名"]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(SYNTAX, max_size=12).map("".join),
    st.lists(st.one_of(SYNTAX, st.text(max_size=5)), max_size=8).map("".join),
)


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    import os

    from index_helpers import SAMPLE

    os.environ["NEWSREADER_HOME"] = str(tmp_path_factory.mktemp("fuzzhome"))
    try:
        update_index(SAMPLE)
        opened = ArchiveIndex.open(SAMPLE)
    finally:
        os.environ.pop("NEWSREADER_HOME")
    yield opened
    opened.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_any_query_is_answered(index, text):
    found = index.search(text, limit=5)
    assert found.total >= len(found.results)
    assert found.suggestion is None or isinstance(found.suggestion, str)
    for hit in found.results:
        assert "\x00" not in hit.snippet and "\x1b" not in hit.snippet


@pytest.mark.parametrize(
    "text",
    ['"unbalanced', "title:", "((", "*", "x" * 5000, "\x1b[31mvests\x00", "outlet:(", "a:b"],
    ids=range(8),
)
def test_malformed_queries_fall_back(index, text):
    found = index.search(text)
    assert found.fallback


def test_fallback_searches_the_words(index):
    found = index.search('"bulletproof vests')
    assert found.fallback
    assert {h.id[:3] for h in found.results} == {"000", "001"}
    assert index.search("\x1b[31mCongress\x00").total == 1


def test_long_input_is_bounded(index):
    import time

    started = time.monotonic()
    index.search("vests " * 1000)
    index.search("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p*")
    assert time.monotonic() - started < 5

"""rank.top ranks words across fields as Whoosh does: the same documents, the same
scores, the same total, with or without the segments' side files of frequent terms."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as Q
from whoosh.writing import NO_MERGE, SegmentWriter

from newsreader.index import frequent, rank
from newsreader.index.query import DEFAULT_FIELDS, CappedPrefix
from newsreader.index.schema import build_schema, stem, to_document
from newsreader.index.segment import FastWriter, commit_segments
from newsreader.model import Article

WORDS = ["otter", "river", "council", "budget", "vests", "flood", "mayor", "grant", "city"]


def _articles(first: int, count: int, seed: int) -> list[Article]:
    """Word frequencies from every document to a few: terms of one block and of many."""
    rng = random.Random(seed)
    found = []
    for n in range(first, first + count):
        words = [w for k, w in enumerate(WORDS) if rng.random() < 1 / (k + 1)]
        body = " ".join(rng.choice(words or WORDS) for _ in range(rng.randint(1, 60)))
        title = " ".join(rng.sample(WORDS, rng.randint(0, 3))) or None
        found.append(Article(id=f"d{n}", path=f"d{n}.txt", title=title, text=body))
    return found


def _build(folder, segments: list[list[Article]], deleted: tuple[str, ...] = ()):
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), build_schema())
    finished = []
    for articles in segments:
        writer = FastWriter(ix, compound=False)
        for article in articles:
            writer.add_document(**to_document(article, article.path))
        finished.append(writer.finish())
    commit_segments(SegmentWriter(ix), finished, NO_MERGE)
    if deleted:
        writer = ix.writer()
        for article_id in deleted:
            writer.delete_by_term("id", article_id)
        writer.commit(mergetype=NO_MERGE)
    return whoosh_index.open_dir(str(folder))


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """The same documents (three segments, two deleted) with and without side files
    (every term of 8+ documents in the first; none in the second)."""
    segments = [_articles(0, 300, 1), _articles(300, 40, 2), _articles(340, 150, 3)]
    tmp = tmp_path_factory.mktemp("rank")
    built = []
    for name, least in (("side", 8), ("blocks", 10**9)):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(frequent, "MIN_DOCS", least)
            built.append(_build(tmp / name, segments, deleted=("d5", "d320")))
    assert list((tmp / "side").glob("*.nrf")) and not list((tmp / "blocks").glob("*.nrf"))
    return built


def test_side_files_hold_the_postings_the_blocks_hold(indexes):
    with_side, without = indexes
    for side_sub, block_sub in zip(_segments(with_side), _segments(without), strict=True):
        for word in ("otter", "citi", "flood"):
            if ("body", word) not in block_sub:
                continue
            side = frequent.postings(side_sub, "body", word.encode())
            count, df = side_sub.doc_count_all(), side_sub.doc_frequency("body", word)
            assert (side is not None) == (df >= max(8, count * frequent.MIN_SHARE))
            matcher = block_sub.postings("body", word)
            if hasattr(matcher, "child"):
                matcher = matcher.child
            blocks = frequent.read(block_sub, "body", word, matcher)
            if side is not None:
                assert list(side[0]) == list(blocks[0])
                assert list(side[1]) == list(blocks[1])


def _segments(ix) -> list:
    return [reader for reader, _offset in ix.reader().leaf_readers()]


def _word_query(words: list[str], fields=DEFAULT_FIELDS) -> Q.Query:
    return Q.Or([Q.Term(f, stem(w)) for w in words for f in fields])


def _check_against_whoosh(ix, query: Q.Query, limit: int) -> None:
    with ix.searcher() as searcher:
        every = {r.docnum: r.score for r in searcher.search(query, limit=None)}
        found, total = rank.top(searcher, query, limit)
        matching = rank.matching(searcher, query)
    assert total == len(every) and sorted(matching) == sorted(every)
    assert len(found) == min(limit, len(every))
    for docnum, score in found:
        assert score == pytest.approx(every[docnum], rel=1e-12)
    assert found == sorted(found, key=lambda item: (-item[1], item[0]))
    if found:  # nothing left out scores above the last one kept
        kept = {docnum for docnum, _ in found}
        left = [score for docnum, score in every.items() if docnum not in kept]
        assert max(left, default=0.0) <= found[-1][1] * (1 + 1e-12)


_FIELDS = st.sampled_from([DEFAULT_FIELDS, ("body",), ("title",), ("title", "body")])
_WORDS = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True)
_LIMITS = st.sampled_from([1, 5, 20, 1000])


@settings(max_examples=60)
@given(words=_WORDS, fields=_FIELDS, limit=_LIMITS)
def test_same_ranking_as_whoosh(indexes, words, fields, limit):
    query = _word_query(words, fields)
    for ix in indexes:
        _check_against_whoosh(ix, query, limit)


@settings(max_examples=40)
@given(
    wanted=st.lists(_WORDS, min_size=1, max_size=3),
    unwanted=st.lists(_WORDS, max_size=2),
    fields=_FIELDS,
    limit=_LIMITS,
)
def test_and_not_ranked_as_whoosh_does(indexes, wanted, unwanted, fields, limit):
    positive = [_word_query(words, fields) for words in wanted]
    negative = [_word_query(words, fields) for words in unwanted]
    query = Q.And(positive + [Q.Not(q) for q in negative])
    for ix in indexes:
        _check_against_whoosh(ix, query, limit)


@settings(max_examples=40)
@given(
    words=st.lists(_WORDS, min_size=1, max_size=2),
    unwanted=st.lists(_WORDS, max_size=1),
    boosts=st.lists(st.sampled_from([1.0, 2.0, 0.5, 3.0]), min_size=4, max_size=4),
    limit=_LIMITS,
)
def test_boosts_ranked_as_whoosh_does(indexes, words, unwanted, boosts, limit):
    """`title:otter^2`, `(otter OR river)^3`, `(otter river)^0.5`, `NOT x^2`."""
    term_boost, or_boost, and_boost, not_boost = boosts
    ors = []
    for group in words:
        terms = [Q.Term(f, stem(w), boost=term_boost) for w in group for f in ("title", "body")]
        ors.append(Q.Or(terms, boost=or_boost))
    nots = [Q.Not(_word_query(w), boost=not_boost) for w in unwanted]
    query = Q.And(ors + nots, boost=and_boost) if len(ors) + len(nots) > 1 else ors[0]
    for ix in indexes:
        _check_against_whoosh(ix, query, limit)


@settings(max_examples=30)
@given(
    heads=st.lists(st.sampled_from(["ri", "riv", "c", "ci", "b", "m", "f", "x"]), min_size=1,
                   max_size=2, unique=True),
    words=st.lists(_WORDS, max_size=2),
    fields=_FIELDS,
    limit=_LIMITS,
)  # fmt: skip
def test_prefixes_ranked_as_whoosh_does(indexes, heads, words, fields, limit):
    prefixes = Q.Or([CappedPrefix(f, head) for head in heads for f in fields])
    query = Q.And([prefixes, *(_word_query(w, fields) for w in words)]) if words else prefixes
    for ix in indexes:
        _check_against_whoosh(ix, query, limit)


def test_and_not_operator_ranks_as_and_with_not(indexes):
    """`a ANDNOT b` is `a NOT b` less the point Whoosh gives a NOT inside an AND.
    (Whoosh's own AndNot matcher lets through a first document having `b`.)"""
    wanted, unwanted = _word_query(["otter"]), _word_query(["city", "flood"])
    for ix in indexes:
        with ix.searcher() as searcher:
            found, total = rank.top(searcher, Q.AndNot(wanted, unwanted), 1000)
            other, other_total = rank.top(searcher, Q.And([wanted, Q.Not(unwanted)]), 1000)
        assert total == other_total and [d for d, _ in found] == [d for d, _ in other]
        assert [s for _, s in found] == pytest.approx([s - 1 for _, s in other], rel=1e-12)


def test_side_files_and_blocks_give_the_same_ranking(indexes):
    query = _word_query(["otter", "river"])
    ranked = []
    for ix in indexes:
        with ix.searcher() as searcher:
            ranked.append(rank.top(searcher, query, 50))
    assert ranked[0] == ranked[1]


def test_deleted_documents_are_left_out(indexes):
    for ix in indexes:
        with ix.searcher() as searcher:
            found, total = rank.top(searcher, _word_query(WORDS), 1000)
            ids = {searcher.stored_fields(docnum)["id"] for docnum, _ in found}
        assert total == 488 and len(ids) == 488
        assert not {"d5", "d320"} & ids


def test_a_damaged_side_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(frequent, "MIN_DOCS", 8)
    ix = _build(tmp_path / "ix", [_articles(0, 200, 4)])
    query = _word_query(["otter"])
    with ix.searcher() as searcher:
        expected = rank.top(searcher, query, 10)
    for side in tmp_path.glob("ix/*.nrf"):
        side.write_bytes(side.read_bytes()[:-5])
    with whoosh_index.open_dir(str(tmp_path / "ix")).searcher() as searcher:
        assert frequent.postings(searcher.reader(), "body", b"otter") is None
        assert rank.top(searcher, query, 10) == expected


@pytest.mark.parametrize(
    "query",
    [
        Q.Or([Q.Term("body", "otter"), Q.Term("body", "otter")]),
        Q.Or([Q.Term("body", "otter"), Q.Prefix("body", "riv")]),  # Whoosh's own Prefix
        Q.And([Q.Term("body", "otter"), Q.Phrase("body", ["otter", "river"])]),
        Q.Or([Q.Term("body", "otter"), Q.And([Q.Term("body", "a"), Q.Term("body", "b")])]),
        Q.Not(Q.Term("body", "otter")),
        Q.And([Q.Not(Q.Term("body", "otter"))]),
    ],
)
def test_other_queries_are_left_to_whoosh(indexes, query):
    with indexes[0].searcher() as searcher:
        assert rank.top(searcher, query, 10) is None


def test_a_merged_segment_gets_its_side_file(tmp_path, monkeypatch):
    """Whoosh's merges write segments of their own: their frequent terms are read
    back into a side file, and rank the same."""
    from whoosh.writing import OPTIMIZE

    monkeypatch.setattr(frequent, "MIN_DOCS", 8)
    ix = _build(tmp_path / "ix", [_articles(0, 60, 5), _articles(60, 60, 6)], deleted=("d7",))
    query = _word_query(["otter", "river"])
    with ix.searcher() as searcher:
        before = rank.top(searcher, query, 30)
    commit_segments(SegmentWriter(ix), [], OPTIMIZE)
    merged = whoosh_index.open_dir(str(tmp_path / "ix"))
    (segment,) = merged._segments()
    assert [p.name for p in (tmp_path / "ix").glob("*.nrf")] == [f"{segment.segment_id()}.nrf"]
    with merged.searcher() as searcher:
        assert frequent.postings(searcher.reader(), "body", b"otter") is not None
        total = rank.top(searcher, query, 30)[1]
    assert total == before[1]  # scores differ: the deleted article left the statistics
    _check_against_whoosh(merged, query, 30)

"""Exact result sets for the query language, on the sample corpus and a small archive."""

from __future__ import annotations

import re

import pytest
from index_helpers import ids

from newsreader.index import ArchiveIndex, IndexMissing, ensure_index

CSM, AP, DENVER, WAPO, ROUTE50 = (
    "000_20c8876e33a6016b",
    "001_6127b6edf6514e49",
    "002_ff24366a36f78b69",
    "003_291ebfcdde789490",
    "004_cd46838aa5b83279",
)
ALL = {CSM, AP, DENVER, WAPO, ROUTE50}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vest", {CSM, AP}),  # stemmed: the texts say "vests"
        ("vests", {CSM, AP}),
        ('"bulletproof vests"', {CSM, AP}),
        ("Congress", {WAPO}),
        ("Baltimore Stockton", ALL),
        ("Baltimore NOT Stockton", set()),
        ("Congress OR vests", {CSM, AP, WAPO}),
        ('outlet:"Washington Post"', {WAPO}),
        ("outlet:Denver", {DENVER}),
        ("title:Sessions", {CSM, AP, DENVER}),
        ("published:2017-08-03", {CSM, ROUTE50}),
        ("published:2017-08", {CSM, ROUTE50}),
        ("published:[2017-06 to 2017-08]", {CSM, ROUTE50}),
        ("published:[2018-01 to 2019-12]", set()),
        ("Philadelphia", set()),
    ],
)
def test_sample_queries(sample_index, query, expected):
    found = sample_index.search(query, limit=10)
    assert ids(found) == expected
    assert found.total == len(expected)
    assert not found.fallback


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vest", {"a", "b"}),
        ('"bulletproof vests"', {"a"}),
        ('"vests bulletproof"', set()),
        ("council budget", {"a", "b", "c", "sub/d"}),
        ("president", {"b", "c"}),  # "presidential" and "presidency" stem elsewhere
        ("presiden*", {"b", "c"}),
        ("pres*", {"b", "c"}),
        ("title:budget", {"b"}),
        ("title:(police OR libraries)", {"a", "sub/d"}),
        ('outlet:"Washington Post"', {"a"}),
        ("outlet:post", {"a", "b"}),
        ("byline:Reporter", {"a"}),
        ("published:2017", {"a", "b"}),
        ("published:2017-06", {"b"}),
        ("published:[2017-07 to 2018-02]", {"a", "c"}),
        ("published:>2017-08", {"c"}),  # after the whole month
        ("published:>=2017-08-03", {"a", "c"}),
        ("published:<2017-08-03", {"b"}),
        ("published:<=2017-06", {"b"}),
        ("vest published:>2017-06-15", {"a"}),
        ("vest NOT police", {"b"}),
        ("vest -police", {"b"}),  # a leading minus excludes, as in search engines
        ('council -"bulletproof vests"', {"b", "c", "sub/d"}),
        ("libraries NOT title:libraries", {"a", "b", "c"}),
    ],
)
def test_small_archive_queries(small_index, query, expected):
    found = small_index.search(query, limit=10)
    assert ids(found) == expected, query
    assert found.total == len(expected)


@pytest.mark.parametrize(
    ("minus", "spelled_out"),
    [
        ("council -(police OR libraries)", "council NOT (police OR libraries)"),
        ("council -president", "council NOT president"),
        ('-"bulletproof vests" council', 'NOT "bulletproof vests" council'),
    ],
)
def test_a_leading_minus_is_not(small_index, minus, spelled_out):
    assert ids(small_index.search(minus, limit=10)) == ids(
        small_index.search(spelled_out, limit=10)
    )


def test_total_counts_all_matches_not_only_returned(small_index):
    found = small_index.search("council", limit=2)
    assert found.total == 4
    assert len(found.results) == 2


def test_title_matches_rank_first(small_index):
    found = small_index.search("libraries", limit=10)
    assert found.results[0].id == "sub/d"


def test_snippet_marks_stemmed_matches_and_escapes(small_archive, tmp_path):
    from index_helpers import write_article

    from newsreader.index import update_index

    write_article(small_archive, "e.txt", "Markup", "Vests <script> & vested interests in a vest.")
    update_index(small_archive)
    with ArchiveIndex.open(small_archive) as index:
        hit = next(h for h in index.search("vest", 10).results if h.id == "e")
    assert "<b>Vests</b>" in hit.snippet and "<b>vest</b>" in hit.snippet
    assert "&lt;script&gt; &amp;" in hit.snippet
    assert re.sub(r"</?b>", "", hit.snippet).count("<") == 0


def test_snippet_phrase_and_prefix(small_index):
    phrase = small_index.search('"bulletproof vests"').results[0]
    assert "<b>bulletproof</b> <b>vests</b>" in phrase.snippet
    prefix = small_index.search("presiden*").results
    assert any("<b>president</b>" in h.snippet for h in prefix)


def test_hit_fields_and_json(small_index):
    found = small_index.search("bulletproof", 5)
    hit = found.results[0]
    assert (hit.id, hit.outlet, hit.published) == ("a", "The Washington Post", "2017-08-03")
    assert hit.title == "Police buy bulletproof vests"
    data = found.to_json()
    assert set(data) >= {"query", "total", "results", "suggestion"}
    assert set(data["results"][0]) >= {"id", "title", "outlet", "published", "score", "snippet"}


def test_suggestion_for_a_typo(sample_index):
    found = sample_index.search("imigration")
    assert found.total == 0
    assert found.suggestion == "immigration"
    assert sample_index.search("immigration").suggestion is None


def test_get_returns_the_stored_article(small_index):
    article = small_index.get("sub/d")
    assert article.title == "Libraries extend hours"
    assert article.path == "sub/d.txt"
    assert article.outlet == "Route Fifty"
    assert "Libraries will stay open later" in article.text
    assert article.markdown
    assert small_index.get("nope") is None


def test_articles_newest_first(small_index):
    listing = small_index.articles()
    assert [h.id for h in listing] == ["c", "a", "b", "sub/d"]
    assert all(h.score == 0 and h.snippet for h in listing)


def test_open_missing_index_raises(small_archive):
    with pytest.raises(IndexMissing):
        ArchiveIndex.open(small_archive)


def test_ensure_index_builds_then_reuses(small_archive):
    calls = []
    with ensure_index(small_archive, progress=lambda d, t: calls.append((d, t))) as index:
        assert index.search("vest").total == 2
    assert calls[-1] == (4, 4)
    calls.clear()
    with ensure_index(small_archive, progress=lambda d, t: calls.append((d, t))):
        assert calls == []


TOTAL_QUERIES = [
    "council", "council budget", "council OR vests", "council NOT vests", "NOT vests",
    "vests OR NOT council", '"bulletproof vests"', '"city council" budget', "coun*",
    "coun* NOT budget", "title:police OR council", "published:2017-08 council",
    "published:[2017-06 to 2017-09] NOT vests", "(council OR police) AND NOT budget",
]  # fmt: skip


@pytest.mark.parametrize("query", TOTAL_QUERIES)
@pytest.mark.parametrize("limit", [1, 10])
def test_total_is_the_exact_number_of_matches(small_index, query, limit):
    """`total` (counted by sets, or while ranking) = every live match, whatever the limit."""
    from newsreader.index.query import parse

    found = small_index.search(query, limit=limit)
    searcher = small_index._fresh()
    exact = set(searcher.docs_for_query(parse(small_index._parser, query).query))
    assert found.total == len(exact)
    assert len(found.results) == min(limit, len(exact))


def test_facets_resolve_to_the_articles_naming_them(sample_index):
    named = {("person", "richard berry"): {CSM, DENVER}, ("org", "justice"): ALL}

    def names(facet: str, name: str) -> set[str]:
        return named.get((facet, name.lower()), set())

    def search(query: str) -> set[str]:
        return ids(sample_index.search(query, limit=10, facets=names))

    assert search('person:"Richard Berry"') == {CSM, DENVER}
    assert search('person:"Richard Berry" vests') == {CSM}
    assert search('Congress OR person:"Richard Berry"') == {CSM, DENVER, WAPO}
    assert search('org:justice NOT person:"Richard Berry"') == ALL - {CSM, DENVER}
    assert search("person:nobody") == set()
    assert ids(sample_index.search('person:"Richard Berry"', limit=10)) == set()  # no resolver


def test_date_ranges_take_dates_from_elsewhere(sample_index):
    def dated(first, last) -> set[str]:
        return {AP} if first.isoformat() <= "2017-08-03" <= last.isoformat() else set()

    found = sample_index.search("published:2017-08", limit=10, dated=dated)
    assert ids(found) == {CSM, ROUTE50, AP} and found.total == 3
    assert ids(sample_index.search("published:2017-09", limit=10, dated=dated)) == set()
    assert ids(sample_index.search("vests published:2017", limit=10, dated=dated)) == {CSM, AP}


@pytest.mark.parametrize(
    "query",
    ["vests", '"bulletproof vests"', "Congress OR vests", "Baltimore NOT Stockton",
     "published:2017-08", "polic*", "title:Sessions", '"unbalanced', "Philadelphia"],
)  # fmt: skip
def test_matching_ids_are_the_search_results(sample_index, query):
    assert sample_index.matching_ids(query) == ids(sample_index.search(query, limit=100))


def test_an_uncounted_search_gives_a_lower_bound_only_for_a_full_page(sample_index):
    full = sample_index.search("NOT vests", limit=2, counted=False)
    assert not full.counted and full.total == len(full.results) == 2
    assert sample_index.search("NOT vests", limit=2).total == 3  # counted
    short = sample_index.search("NOT vests", limit=10, counted=False)
    assert short.counted and short.total == 3  # the page holds every match


def test_words_across_fields_are_counted_while_ranked(sample_index):
    found = sample_index.search("police", limit=2, counted=False)
    assert found.counted and found.total == 4 and len(found.results) == 2


def test_a_query_typed_again_is_ranked_once_until_the_index_changes(small_archive, small_index):
    from index_helpers import write_article

    from newsreader.index import update_index

    first = small_index.search("vests", limit=5)
    again = small_index.search("vests OR", limit=5)  # a trailing operator: the same query
    assert [h.id for h in again.results] == [h.id for h in first.results]
    assert again.results[0] is first.results[0]  # ranked once, kept
    assert small_index.search("vests", limit=2, counted=False).total == 2  # its own key
    write_article(small_archive, "z.txt", "More vests", "The vests came late.")
    update_index(small_archive)
    changed = small_index.search("vests", limit=5)
    assert "z" in {h.id for h in changed.results}  # the new commit ranked anew

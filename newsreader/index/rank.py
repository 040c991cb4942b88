"""Top-N ranking of words across fields (OR-ed, AND-ed, NOT), without Whoosh's matchers.

A word typed in the search box is an OR of one term per default field. For a word
in most articles ("was", "govern") Whoosh's union matcher moves and scores
thousands of postings one at a time (its block skipping prunes little: a block's
bound pairs its highest weight with its shortest text), and unpickles nearly every
posting block, positions included; an AND of two such words walks both. Here each
term's documents and weights come from the segment's side file of frequent terms
(`frequent.py`) or, for the others, from its blocks, and are scored in one list
comprehension each by Whoosh's own BM25F formula and statistics: the same scores
(summed in the same order for an OR, within rounding for an AND of three or more),
the same order (ties: lower document number first), and the exact count of matches
on the way. (Pure Python: numpy would be faster here, but its import costs a
one-shot `newsreader search` more than the ranking it saves.)
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

from newsreader.index import frequent
from newsreader.index.query import _UnionOfTerms

_LENGTHS = [float(byte_to_length(b) or 0) for b in range(256)]
Scores = dict[int, float]  # document number in the segment -> score


@dataclass(slots=True)
class _Words:
    """A term, or terms OR-ed: a document's score is the sum of its terms' scores."""

    terms: list  # (field, text, boost) of a term; a capped prefix or wildcard
    boost: float = 1.0  # of the OR: its sum is multiplied by it


@dataclass(slots=True)
class _All:
    """Every one of `wanted` (scores added), none of `unwanted`."""

    wanted: list[_Words | _All]
    unwanted: list[_Words | _All]
    bonus: float = 0.0  # Whoosh scores each NOT inside an AND as a match of weight 1
    boost: float = 1.0  # the sum (bonus included) is multiplied by it


def plan(query: Q.Query) -> _Words | _All | None:
    """What `top` ranks: terms, capped prefixes and wildcards, ORs of those
    (without repeats), and ANDs of those with NOTs, boosted or not; None for any
    other query (phrases, ranges)."""
    if type(query) is Q.Term or isinstance(query, _UnionOfTerms):
        return _Words([_leaf(query)])
    if type(query) is Q.Or and not (query.minmatch or query.scale):
        terms = [_leaf(q) for q in query.subqueries]
        if not terms or None in terms or len(set(terms)) < len(terms):
            return None
        return _Words(terms, query.boost)
    if type(query) is Q.AndNot and query.boost == 1:
        parts = [plan(query.a), plan(query.b)]
        return None if None in parts else _All([parts[0]], [parts[1]])
    if type(query) is Q.And:
        wanted = [plan(q) for q in query.subqueries if type(q) is not Q.Not]
        nots = [q for q in query.subqueries if type(q) is Q.Not]
        unwanted = [plan(q.query) for q in nots]
        if not wanted or None in wanted or None in unwanted:
            return None
        return _All(wanted, unwanted, float(len(nots)), query.boost)
    return None


def _leaf(query: Q.Query):
    """(field, text, boost) of a term; a capped prefix or wildcard as it is."""
    if type(query) is Q.Term:
        return (query.fieldname, query.text, query.boost)
    return query if isinstance(query, _UnionOfTerms) else None


def top(searcher, query: Q.Query, limit: int) -> tuple[list[tuple[int, float]], int] | None:
    """The `limit` best (docnum, score) pairs, best first, as Whoosh's search ranks
    them, and how many documents match; None when the query (see `plan`) or the
    index is of another kind."""
    planned = plan(query)
    if planned is None or limit < 1:
        return None
    scored = _scored(searcher, planned)
    if scored is None:
        return None
    best: list[tuple[float, int]] = []  # (score, -docnum): larger is better
    for offset, found in scored:
        best.extend((score, -(docnum + offset)) for docnum, score in _best(found, limit))
    best.sort(reverse=True)
    total = sum(len(found) for _offset, found in scored)
    return [(-negdoc, score) for score, negdoc in best[:limit]], total


def matching(searcher, query: Q.Query) -> list[int] | None:
    """Every matching live document (unordered); None as for `top`."""
    planned = plan(query)
    scored = None if planned is None else _scored(searcher, planned)
    if scored is None:
        return None
    return [docnum + offset for offset, found in scored for docnum in found]


def _scored(searcher, planned) -> list[tuple[int, Scores]] | None:
    """(document offset, scores of its live matches) of each segment."""
    scored = []
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        segment = _Segment(searcher, sub)
        found = segment.scores(planned)
        if found is None:
            return None
        for docnum in segment.deleted.intersection(found):
            del found[docnum]
        scored.append((offset, found))
    return scored


class _Segment:
    """Scores of one segment's matching documents."""

    def __init__(self, top_searcher, sub) -> None:
        self.top, self.sub, self.reader = top_searcher, sub, sub.reader()
        self.deleted: frozenset = frozenset()

    def scores(self, planned: _Words | _All) -> Scores | None:
        """The matching documents' scores, or None if the index does not score by BM25F."""
        if isinstance(planned, _Words):
            found = self._words(planned.terms)
            return None if found is None else _boosted(found, planned.boost)
        found = [self.scores(p) for p in planned.wanted + planned.unwanted]
        if None in found:
            return None
        wanted, unwanted = found[: len(planned.wanted)], found[len(planned.wanted) :]
        docs = set(min(wanted, key=len)).intersection(*wanted)
        docs.difference_update(*unwanted)
        first, rest, bonus = wanted[0], wanted[1:], planned.bonus
        totals = {}
        for doc in docs:  # added in the query's order, as Whoosh's intersection does
            score = first[doc]
            for more in rest:
                score += more[doc]
            totals[doc] = score + bonus if bonus else score
        return _boosted(totals, planned.boost)

    def _words(self, terms) -> Scores | None:
        reader, totals = self.reader, {}
        for leaf in terms:  # summed in the query's order, as Whoosh's union
            if isinstance(leaf, _UnionOfTerms):
                expanded = self._expanded(leaf)
                totals = _added(totals, expanded.keys(), expanded.values())
                continue
            fieldname, text, boost = leaf
            if (fieldname, text) not in reader:
                continue
            scorer = self.top.weighting.scorer(self.sub, fieldname, text)
            norms = _norms(reader, fieldname, scorer) if type(scorer) is BM25FScorer else None
            if norms is None:
                return None
            docs, weights = frequent.read(reader, fieldname, text, self._matcher(fieldname, text))
            scores = _bm25(scorer, docs, weights, norms)
            totals = _added(totals, docs, [s * boost for s in scores] if boost != 1 else scores)
        return totals

    def _expanded(self, query) -> Scores:
        """A prefix's or wildcard's score: the weights of its expansions, summed
        (what its matcher in query.py gives: live documents only), times its boost."""
        return _boosted(query.doc_weights(self.reader), query.boost)

    def _matcher(self, fieldname: str, text):
        matcher = self.reader.postings(fieldname, text)
        if isinstance(matcher, FilterMatcher) and matcher._exclude:  # deleted documents
            matcher, self.deleted = matcher.child, matcher._ids
        return matcher


def _boosted(scores: Scores, boost: float) -> Scores:
    """Scores times a boost, as Whoosh's wrapping matcher multiplies them."""
    return scores if boost == 1 else {doc: score * boost for doc, score in scores.items()}


def _added(totals: Scores, docs, scores) -> Scores:
    """totals plus the scores of docs (each sum in that order: earlier + later),
    looping over the smaller of the two."""
    more = dict(zip(docs, scores, strict=True))
    if len(more) < len(totals):
        get = totals.get
        totals.update((doc, get(doc, 0.0) + score) for doc, score in more.items())
        return totals
    for doc, score in totals.items():
        more[doc] = score + more[doc] if doc in more else score
    return more


def _best(scores: Scores, limit: int) -> list[tuple[int, float]]:
    """The `limit` best (docnum, score), and any tied with the last (the caller
    cuts after ordering ties by docnum)."""
    if len(scores) <= limit:
        return list(scores.items())
    least = heapq.nlargest(limit, scores.values())[-1]
    return [(doc, score) for doc, score in scores.items() if score >= least]


def _bm25(scorer: BM25FScorer, docs, weights, norms: list[float]) -> list[float]:
    """whoosh.scoring.bm25 of each posting: the same operations in the same order,
    the length part computed once per document (for every term of the field)."""
    idf, k1_1 = scorer.idf, scorer.K1 + 1
    return [idf * ((tf * k1_1) / (tf + norms[doc])) for doc, tf in zip(docs, weights, strict=True)]


def _norms(reader, fieldname: str, scorer: BM25FScorer) -> list[float] | None:
    """K1 * ((1 - B) + B * length / average) of each document (bm25's denominator
    less the weight), kept on the reader for the statistics it was computed with;
    None when the segment's lengths cannot be read. Computed for the 256 length
    codes Whoosh stores, then looked up by each document's code (a float formula
    per document was 7 ms of a search process's first query at 20k)."""
    avgfl, b, k1 = scorer.avgfl, scorer.B, scorer.K1
    cache = reader.__dict__.setdefault("_newsreader_norms", {})
    key = (fieldname, avgfl, b, k1)
    if key not in cache:
        codes = _length_codes(reader, fieldname)
        if codes is None:
            return None
        if len(cache) > 16:  # statistics of earlier generations
            cache.clear()
        b_1 = 1 - b
        table = [k1 * (b_1 + b * fl / avgfl) for fl in _LENGTHS]
        cache[key] = list(map(table.__getitem__, codes))
    return cache[key]


def _length_codes(reader, fieldname: str) -> bytes | None:
    """Every document's length code in the field (code 0, length 0, for documents
    past the stored ones), from the segment's length column in one read; kept on
    the reader (segments never change)."""
    cache = reader.__dict__.setdefault("_newsreader_lengths", {})
    if fieldname not in cache:
        cache[fieldname] = _read_codes(reader, fieldname)
    return cache[fieldname]


def _read_codes(reader, fieldname: str) -> bytes | None:
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "_cached_reader"):
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    count = reader.doc_count_all()
    stored = (
        b"" if column is None else column._dbfile.get(column._basepos, min(column._count, count))
    )
    return bytes(stored) + bytes(count - len(stored))

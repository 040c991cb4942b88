"""Top-N ranking of words across fields (OR-ed, AND-ed, NOT), with numpy.

A word typed in the search box is an OR of one term per default field. For a word
in most articles ("was", "govern") Whoosh's union matcher moves and scores
thousands of postings one at a time (its block skipping prunes little: a block's
bound pairs its highest weight with its shortest text), and unpickles nearly every
posting block, positions included; an AND of two such words walks both. Here each
term's documents and weights come from the segment's side file of frequent terms
(`frequent.py`) or, for the others, from its blocks, and are scored as dense arrays
by Whoosh's own BM25F formula and statistics: the same scores (summed in the same
order for an OR, within rounding for an AND of three or more), the same order
(ties: lower document number first), and the exact count of matches on the way.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pickle import loads

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

from newsreader.index import frequent
from newsreader.index.query import _UnionOfTerms

_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(slots=True)
class _Words:
    """A term, or terms OR-ed: a document's score is the sum of its terms' scores."""

    terms: list[tuple[str, str]]  # (field, text)


@dataclass(slots=True)
class _All:
    """Every one of `wanted` (scores added), none of `unwanted`."""

    wanted: list[_Words | _All]
    unwanted: list[_Words | _All]
    bonus: float = 0.0  # Whoosh scores each NOT inside an AND as a match of weight 1


def plan(query: Q.Query) -> _Words | _All | None:
    """What `top` ranks: terms, capped prefixes and wildcards, ORs of those (terms
    unboosted, without repeats), and ANDs of those with NOTs; None for any other
    query (phrases, ranges)."""
    if query.boost != 1:
        return None
    if type(query) is Q.Term or isinstance(query, _UnionOfTerms):
        return _Words([_leaf(query)])
    if type(query) is Q.Or and not (query.minmatch or query.scale):
        terms = [_leaf(q) for q in query.subqueries]
        if not terms or None in terms or len(set(terms)) < len(terms):
            return None
        return _Words(terms)
    if type(query) is Q.AndNot:
        parts = [plan(query.a), plan(query.b)]
        return None if None in parts else _All([parts[0]], [parts[1]])
    if type(query) is Q.And:
        wanted = [plan(q) for q in query.subqueries if type(q) is not Q.Not]
        nots = [q for q in query.subqueries if type(q) is Q.Not]
        unwanted = [plan(q.query) for q in nots]
        if not wanted or None in wanted or None in unwanted:
            return None
        return _All(wanted, unwanted, float(sum(q.boost for q in nots)))
    return None


def _leaf(query: Q.Query):
    """(field, text) of an unboosted term; a capped prefix or wildcard as it is."""
    if type(query) is Q.Term and query.boost == 1:
        return (query.fieldname, query.text)
    return query if isinstance(query, _UnionOfTerms) else None


def top(searcher, query: Q.Query, limit: int) -> tuple[list[tuple[int, float]], int] | None:
    """The `limit` best (docnum, score) pairs, best first, as Whoosh's search ranks
    them, and how many documents match; None when the query (see `plan`) or the
    index is of another kind."""
    planned = plan(query)
    if planned is None or limit < 1:
        return None
    best: list[tuple[float, int]] = []  # (score, -docnum): larger is better
    total = 0
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        segment = _Segment(searcher, sub)
        found = segment.scores(planned)
        if found is None:
            return None
        docs = segment.live(found[0])
        total += len(docs)
        docs, scores = _best(docs, found[1][docs], limit)
        best.extend(zip(scores.tolist(), (-(docs + offset)).tolist(), strict=True))
    best.sort(reverse=True)
    return [(-negdoc, score) for score, negdoc in best[:limit]], total


class _Segment:
    """Scores of one segment's documents, as dense arrays by document number."""

    def __init__(self, top_searcher, sub) -> None:
        self.top, self.sub, self.reader = top_searcher, sub, sub.reader()
        self.count = self.reader.doc_count_all()
        self.deleted: frozenset = frozenset()

    def scores(self, planned: _Words | _All) -> tuple[np.ndarray, np.ndarray] | None:
        """(matches: bool array, scores: float array), or None if not BM25F."""
        if isinstance(planned, _Words):
            return self._words(planned.terms)
        found = [self.scores(p) for p in planned.wanted + planned.unwanted]
        if None in found:
            return None
        wanted, unwanted = found[: len(planned.wanted)], found[len(planned.wanted) :]
        matches, totals = wanted[0][0].copy(), wanted[0][1].copy()
        for more, scores in wanted[1:]:
            matches &= more
            totals += scores
        for more, _ in unwanted:
            matches &= ~more
        return matches, totals + planned.bonus if planned.bonus else totals

    def live(self, matches: np.ndarray) -> np.ndarray:
        if self.deleted:
            gone = np.fromiter(self.deleted, dtype=np.int64, count=len(self.deleted))
            matches[gone] = False
        return np.flatnonzero(matches)

    def _words(self, terms) -> tuple[np.ndarray, np.ndarray] | None:
        reader = self.reader
        totals = np.zeros(self.count, dtype=np.float64)
        present = np.zeros(self.count, dtype=bool)
        for leaf in terms:  # summed in the query's order, as Whoosh's union
            if isinstance(leaf, _UnionOfTerms):
                totals += self._expanded(leaf, present)
                continue
            fieldname, text = leaf
            if (fieldname, text) not in reader:
                continue
            scorer = self.top.weighting.scorer(self.sub, fieldname, text)
            lengths = _field_lengths(reader, fieldname)
            if type(scorer) is not BM25FScorer or lengths is None:
                return None
            matcher = reader.postings(fieldname, text)
            if isinstance(matcher, FilterMatcher) and matcher._exclude:
                matcher, self.deleted = matcher.child, matcher._ids
            docs, weights = _postings(reader, fieldname, text, matcher)
            totals[docs] += _bm25(scorer, weights, lengths[docs])
            present[docs] = True
        return present, totals

    def _expanded(self, query, present: np.ndarray) -> np.ndarray:
        """A prefix's or wildcard's score: the weights of its expansions, summed
        (what its matcher in query.py gives), times its boost."""
        weights = np.zeros(self.count, dtype=np.float64)
        for btext in query.expansions(self.reader):
            matcher = self.reader.postings(query.fieldname, btext)
            if isinstance(matcher, FilterMatcher) and matcher._exclude:
                matcher, self.deleted = matcher.child, matcher._ids
            docs, found = _postings(self.reader, query.fieldname, btext, matcher)
            weights[docs] += found
            present[docs] = True
        return weights * query.boost if query.boost != 1 else weights


def _best(docs: np.ndarray, scores: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The `limit` best by score, ties to the lower docnum (candidates tied with
    the last one kept are all kept here; the caller cuts after sorting)."""
    if len(docs) > limit:
        least = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= least
        docs, scores = docs[keep], scores[keep]
    return docs, scores


def _postings(reader, fieldname: str, text, matcher) -> tuple[np.ndarray, np.ndarray]:
    btext = text if isinstance(text, bytes) else reader.schema[fieldname].to_bytes(text)
    found = frequent.postings(reader, fieldname, btext)
    if found is not None:
        return found
    if not hasattr(matcher, "_read_data"):  # postings kept in the term table
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        return np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64)
    parts = [(np.zeros(0, dtype=np.int64), np.zeros(0))]  # a matcher past deleted ones
    while matcher.is_active():  # may have moved inside its first block: read it whole
        parts.append(_block(matcher))
        matcher._next_block()
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _block(matcher) -> tuple[np.ndarray, np.ndarray]:
    """The block the matcher is on (W3LeafMatcher._read_ids and _read_weights)."""
    raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    ids, weights, _values = loads(zlib.decompress(raw) if matcher._compression else raw)
    docs = np.array(ids, dtype=np.int64)
    if not matcher._byteids:
        docs = np.cumsum(docs)
    count = matcher._blocklength
    if weights is None:
        return docs, np.ones(count, dtype=np.float64)
    if isinstance(weights, float):
        return docs, np.full(count, weights, dtype=np.float64)
    return docs, np.array(weights, dtype=np.float32).astype(np.float64)


def _bm25(scorer: BM25FScorer, tf: np.ndarray, fl: np.ndarray) -> np.ndarray:
    """whoosh.scoring.bm25, the same operations in the same order, over arrays."""
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    return idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))


def _field_lengths(reader, fieldname: str) -> np.ndarray | None:
    """Every document's length in the field, as Whoosh decodes it, from the
    segment's length column in one read; kept on the reader (segments never change)."""
    cache = reader.__dict__.setdefault("_newsreader_lengths", {})
    if fieldname not in cache:
        cache[fieldname] = _read_lengths(reader, fieldname)
    return cache[fieldname]


def _read_lengths(reader, fieldname: str) -> np.ndarray | None:
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "_cached_reader"):
        return None
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    codes = np.zeros(reader.doc_count_all(), dtype=np.uint8)
    if column is not None:
        stored = min(column._count, len(codes))
        codes[:stored] = np.frombuffer(column._dbfile.get(column._basepos, stored), np.uint8)
    return _LENGTHS[codes]

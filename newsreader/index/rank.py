"""Top-N ranking of a word (or words OR-ed) across fields, with numpy.

A word typed in the search box is an OR of one term per default field. For a word
in most articles ("was", "govern") Whoosh's union matcher moves and scores
thousands of postings one at a time (its block skipping prunes little: a block's
bound pairs its highest weight with its shortest text), and unpickles nearly every
posting block, positions included. Here each term's documents and weights come
from the segment's side file of frequent terms (`frequent.py`) or, for the others,
from its blocks, and are scored as arrays by Whoosh's own BM25F formula and
statistics: the same scores, the same order (ties: lower document number first).
"""

from __future__ import annotations

import zlib
from pickle import loads

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.util.numeric import byte_to_length

from newsreader.index import frequent

_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def leaves(query: Q.Query) -> list[tuple[str, str]] | None:
    """(field, text) of a term or an OR of terms, unboosted and without repeats:
    what `top` ranks; None for any other query."""
    terms = query.subqueries if isinstance(query, Q.Or) else [query]
    if isinstance(query, Q.Or) and (query.minmatch or query.scale):
        return None
    if not terms or query.boost != 1:
        return None
    if not all(type(t) is Q.Term and t.boost == 1 for t in terms):
        return None
    found = [(t.fieldname, t.text) for t in terms]
    return found if len(set(found)) == len(found) else None


def top(searcher, query: Q.Query, limit: int) -> tuple[list[tuple[int, float]], int] | None:
    """The `limit` best (docnum, score) pairs, best first, as Whoosh's search ranks
    them, and how many documents match; None when the query (see `leaves`) or the
    index is of another kind."""
    terms = leaves(query)
    if terms is None or limit < 1:
        return None
    best: list[tuple[float, int]] = []  # (score, -docnum): larger is better
    total = 0
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        found = _segment_scores(searcher, sub, terms)
        if found is None:
            return None
        total += len(found[0])
        docs, scores = _best(*found, limit)
        best.extend(zip(scores.tolist(), (-(docs + offset)).tolist(), strict=True))
    best.sort(reverse=True)
    return [(-negdoc, score) for score, negdoc in best[:limit]], total


def _segment_scores(top_searcher, sub, terms) -> tuple[np.ndarray, np.ndarray] | None:
    """(docnums, summed scores) of the segment's live documents having any term."""
    reader = sub.reader()
    count = reader.doc_count_all()
    totals = np.zeros(count, dtype=np.float64)
    present = np.zeros(count, dtype=bool)
    deleted: frozenset = frozenset()
    for fieldname, text in terms:  # summed in the query's order, as Whoosh's union
        if (fieldname, text) not in reader:
            continue
        scorer = top_searcher.weighting.scorer(sub, fieldname, text)
        lengths = _field_lengths(reader, fieldname)
        if type(scorer) is not BM25FScorer or lengths is None:
            return None
        matcher = reader.postings(fieldname, text)
        if isinstance(matcher, FilterMatcher) and matcher._exclude:
            matcher, deleted = matcher.child, matcher._ids
        docs, weights = _postings(reader, fieldname, text, matcher)
        totals[docs] += _bm25(scorer, weights, lengths[docs])
        present[docs] = True
    if deleted:
        present[np.fromiter(deleted, dtype=np.int64, count=len(deleted))] = False
    docs = np.flatnonzero(present)
    return docs, totals[docs]


def _best(docs: np.ndarray, scores: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """The `limit` best by score, ties to the lower docnum (candidates tied with
    the last one kept are all kept here; the caller cuts after sorting)."""
    if len(docs) > limit:
        least = np.partition(scores, len(scores) - limit)[len(scores) - limit]
        keep = scores >= least
        docs, scores = docs[keep], scores[keep]
    return docs, scores


def _postings(reader, fieldname: str, text: str, matcher) -> tuple[np.ndarray, np.ndarray]:
    btext = reader.schema[fieldname].to_bytes(text)
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

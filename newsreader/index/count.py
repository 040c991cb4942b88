"""How many documents a query matches, exactly, without scoring them.

Whoosh counts matches by walking its matcher tree document by document (or,
with block-skipping top-N search, not exactly). Here terms, prefixes and
wildcards become sets of document numbers read a posting block at a time, and
AND / OR / NOT become set operations; other leaves (phrases, ranges) fall back
to Whoosh's own matching.
"""

from __future__ import annotations

from whoosh import query as Q
from whoosh.matching.wrappers import FilterMatcher

from newsreader.index import frequent
from newsreader.index.query import CappedPrefix, CappedWildcard


def countable(query: Q.Query) -> bool:
    """Whether `count` handles the query by set operations alone (otherwise it would
    match the query a second time: better count while ranking)."""
    if isinstance(query, (Q.Term, CappedPrefix, CappedWildcard)) or query is Q.NullQuery:
        return True
    if isinstance(query, Q.Not):
        return countable(query.query)
    if isinstance(query, (Q.And, Q.Or, Q.AndNot)) and not isinstance(query, Q.Not):
        if isinstance(query, Q.Or) and any(isinstance(q, Q.Not) for q in query.subqueries):
            return False
        if isinstance(query, Q.And) and all(isinstance(q, Q.Not) for q in query.subqueries):
            return False
        return all(countable(q) for q in query.children())
    return False


def count(searcher, query: Q.Query) -> int:
    """Documents of the index (live ones) matching `query`."""
    subs = searcher.subsearchers or [(searcher, 0)]
    return sum(len(_docs(sub, sub.reader(), query)) for sub, _offset in subs)


def _docs(searcher, reader, query: Q.Query) -> set[int]:
    if isinstance(query, Q.Term):
        return _term_docs(reader, query.fieldname, query.text)
    if isinstance(query, (CappedPrefix, CappedWildcard)):
        return set(query.doc_weights(reader))
    if isinstance(query, Q.Or) and not any(isinstance(q, Q.Not) for q in query.subqueries):
        return set().union(*(_docs(searcher, reader, q) for q in query.subqueries))
    if isinstance(query, Q.And):
        return _and(searcher, reader, query.subqueries)
    if isinstance(query, Q.AndNot):
        return _docs(searcher, reader, query.a) - _docs(searcher, reader, query.b)
    if query is Q.NullQuery:
        return set()
    return set(query.docs(searcher))  # Whoosh's matcher, deletions excluded


def _and(searcher, reader, subqueries) -> set[int]:
    wanted = [q for q in subqueries if not isinstance(q, Q.Not)]
    unwanted = [q.query for q in subqueries if isinstance(q, Q.Not)]
    if not wanted:
        return set(Q.And(subqueries).docs(searcher))
    sets = sorted((_docs(searcher, reader, q) for q in wanted), key=len)
    found = sets[0].intersection(*sets[1:])
    for q in unwanted:
        if not found:
            break
        found -= _docs(searcher, reader, q)
    return found


def _term_docs(reader, fieldname: str, text) -> set[int]:
    try:
        matcher = reader.postings(fieldname, text)
    except Exception:  # TermNotFound and friends: no such term in this segment
        return set()
    deleted: frozenset = frozenset()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:
        matcher, deleted = matcher.child, matcher._ids
    return set(frequent.read(reader, fieldname, text, matcher)[0]) - deleted

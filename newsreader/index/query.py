"""User query string -> Whoosh query: Whoosh's syntax, bounded cost, literal fallback.

Whoosh's parser almost never raises; it quietly turns broken input into odd
queries (an unclosed quote swallowing the rest, `title:` searching nothing, `*`
expanding to every term). So a query is first checked for the shapes that go
wrong, and anything suspect is searched literally: its words as plain terms.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from whoosh import query as Q
from whoosh.analysis import SimpleAnalyzer
from whoosh.fields import TEXT
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.times import long_to_datetime

from newsreader.index import frequent
from newsreader.index.schema import STOPS, WORD, stem

DEFAULT_FIELDS = ("title", "subtitle", "body", "outlet", "byline")
# Names found in the articles (`person:"Richard Berry"`): not indexed fields; the
# caller resolves each to the articles that name it (see `resolve_facets`).
FACETS = ("person", "place", "org")
FIELDS = (*DEFAULT_FIELDS, "published", *FACETS)
NO_ARTICLE = "\x00"  # an id no article has (ids hold no control characters)
MAX_CHARS = 1000  # longer input is not a query someone typed: literal search
MAX_WORDS = 32  # a literal search keeps this many words
MAX_EXPANSIONS = 64  # a prefix or wildcard matches at most its N most frequent terms
MAX_SCAN = 20_000  # terms looked at to find those N
_DOC_FREQUENCY = struct.Struct("!I")  # in W3TermInfo's bytes: flags B, weight f, df I
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|.)?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_EMPTY_FIELD = re.compile(r"\b\w+:(?=$|[\s)\]])")
_BARE_WILDCARD = re.compile(r"(?:^|[\s(:])[*?]+(?=$|[\s)])")
_UNKNOWN_FIELD = re.compile(r"(?:^|[\s(\-+])(\w+):")


@dataclass(slots=True)
class Parsed:
    """The query made of a search's input."""

    query: Q.Query
    fallback: bool  # the input was malformed and is searched literally
    text: str  # the input after removing control characters


class _UnionOfTerms:
    """A multi-term query matched in one pass over its terms' postings: each
    document's score is the sum of its matching terms' weights (what Whoosh's
    unscored Or of the terms gives) without walking a 64-way union per document."""

    def expansions(self, reader) -> list[bytes]:
        """`_btexts` for a segment reader, computed once per query object (counting,
        matching and highlighting all ask; each search parses a new query)."""
        return self._cached("_expansions", reader, self._btexts)

    def doc_weights(self, reader) -> dict[int, float]:
        """Live document -> summed weight of its matching expansions, in a segment."""
        return self._cached("_weights", reader, self._doc_weights)

    def matcher(self, searcher, context=None):
        weights = self.doc_weights(searcher.reader())
        if not weights:
            return NullMatcher()
        ids = sorted(weights)
        return ListMatcher(ids, [weights[i] * self.boost for i in ids])

    def _doc_weights(self, reader) -> dict[int, float]:
        weights: dict[int, float] = {}
        for btext in self.expansions(reader):
            _add_postings(reader, self.fieldname, btext, weights)
        return weights

    def _cached(self, name: str, reader, compute):
        cache = self.__dict__.setdefault(name, {})
        found = cache.get(id(reader))
        if found is None or found[0] is not reader:  # the reader is kept: no id reuse
            found = cache[id(reader)] = (reader, compute(reader))
        return found[1]


def _add_postings(reader, fieldname: str, btext: bytes, weights: dict[int, float]) -> None:
    matcher = reader.postings(fieldname, btext)
    excluded = frozenset()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:  # deleted documents
        matcher, excluded = matcher.child, matcher._ids
    get = weights.get
    for doc, weight in zip(*frequent.read(reader, fieldname, btext, matcher), strict=True):
        if doc not in excluded:
            weights[doc] = get(doc, 0.0) + weight


class CappedPrefix(_UnionOfTerms, Q.Prefix):
    """A prefix matching only its most frequent expansions, so `pres*` stays fast.

    The index holds stems, which can be shorter than a word's prefix: `police*`
    also takes the prefix's own stem (`polic`), and `presiden*` stems up to three
    letters shorter than the prefix (`presid`, from "president"), as whole terms
    (not as prefixes: `pres*` is not `pre*`)."""

    def _btexts(self, ixreader):
        found = _most_frequent(ixreader, self.fieldname, {self.text}, None)
        if self.fieldname not in DEFAULT_FIELDS:
            return found
        return sorted(set(found) | set(_stem_heads(ixreader, self.fieldname, self.text)))


class CappedWildcard(_UnionOfTerms, Q.Wildcard):
    def _btexts(self, ixreader):
        pattern = re.compile(self._get_pattern())
        return _most_frequent(ixreader, self.fieldname, {self._find_prefix(self.text)}, pattern)


def _most_frequent(ixreader, fieldname: str, prefixes: set[str], pattern) -> list[str]:
    field = ixreader.schema[fieldname]
    found: dict[bytes, int] = {}
    for prefix in sorted(prefixes):
        for scanned, (btext, df) in enumerate(_prefix_terms(ixreader, fieldname, prefix)):
            if scanned >= MAX_SCAN:
                break
            if pattern is None or pattern.match(field.from_bytes(btext)):
                found[btext] = df
    # most frequent first, ties by term: the same expansions in every process
    best = heapq.nsmallest(MAX_EXPANSIONS, found.items(), key=lambda item: (-item[1], item[0]))
    return sorted(btext for btext, _ in best)


def _prefix_terms(ixreader, fieldname: str, prefix: str) -> Iterator[tuple[bytes, int]]:
    """(term, document frequency) for a field's terms starting with `prefix`, in
    order. A Whoosh 3 segment's term table is read directly: decoding each
    term's full info (as iter_prefix does) was most of a prefix query's time."""
    table = getattr(ixreader, "_terms", None)
    if not hasattr(table, "_tindex") or fieldname not in getattr(table, "_fieldmap", {}):
        for btext, info in ixreader.iter_prefix(fieldname, prefix):
            yield btext, info.doc_frequency()
        return
    start = table._keycoder(fieldname, prefix.encode("utf-8"))
    for key, value in table._tindex.items_from(start):
        if not key.startswith(start):
            return
        yield key[2:], _DOC_FREQUENCY.unpack_from(value, 5)[0]


def _stem_heads(ixreader, fieldname: str, prefix: str) -> list[bytes]:
    heads = {stem(prefix)} | {prefix[:-cut] for cut in (1, 2, 3) if len(prefix) - cut >= 4}
    return [h.encode() for h in sorted(heads) if ixreader.doc_frequency(fieldname, h)]


class QueryParser:
    """Whoosh's MultifieldParser over the default fields, the name facets parsed as
    plain words; made when first needed. A query of plain words (letters and
    digits, no operator) is built as that parser builds it, without it: importing
    and making the parser were 8 ms of a one-shot search process (tests hold the
    two to the same queries)."""

    def __init__(self, schema) -> None:
        self.schema = schema
        self._whoosh = None

    def parse(self, text: str) -> Q.Query:
        words = text.split()
        if _PLAIN.fullmatch(text.strip()) and not _OPERATORS.intersection(words):
            found = self._words(words)
            if found is not None:
                return found
        return self.whoosh().parse(exclusions(date_comparisons(text)))

    def whoosh(self):
        if self._whoosh is None:
            from whoosh.qparser import MultifieldParser

            schema = self.schema.copy()
            for name in FACETS:
                schema.add(name, TEXT(analyzer=SimpleAnalyzer()))
            self._whoosh = MultifieldParser(list(DEFAULT_FIELDS), schema)
        return self._whoosh

    def _words(self, words: list[str]) -> Q.Query | None:
        """Each word's terms in the default fields ORed, the words ANDed; None when
        a field makes more than one term of a word (the parser joins those)."""
        clauses = []
        for word in words:
            terms = []
            for name in DEFAULT_FIELDS:
                texts = list(self.schema[name].process_text(word, mode="query"))
                if len(texts) > 1:
                    return None
                terms.extend(Q.Term(name, text) for text in texts)
            clauses.append(Q.Or(terms))
        return Q.And(clauses).normalize()


# A minus that opens a word, a phrase or a group, as search engines read it: "water -air",
# `-"tear gas"`, `-(a OR b)`; not a hyphen inside a word ("anti-immigration").
_MINUS = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())-(?=[\w(])")
_MINUS_BEFORE_PHRASE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())-$")


def exclusions(text: str) -> str:
    """`water -air` as Whoosh's `water NOT air` (outside quoted phrases)."""
    if "-" not in text:
        return text
    parts = text.split('"')
    for k in range(0, len(parts), 2):
        parts[k] = _MINUS.sub("NOT ", parts[k])
        if k + 1 < len(parts):  # a phrase follows
            parts[k] = _MINUS_BEFORE_PHRASE.sub("NOT ", parts[k])
    return '"'.join(parts)


_DATE_COMPARISON = re.compile(r"\bpublished:(>=|<=|>|<)(\d{4}(?:-\d{2}){0,2})(?=$|[\s)])")
_DAY = dt.timedelta(days=1)


def date_comparisons(text: str) -> str:
    """`published:>2017-08` as the range Whoosh parses, `published:[2017-09-01 to]`:
    after, before, from or until the whole year, month or day (Whoosh's own `>` and
    `<` plugin counts a month's first day as after it and a day as before itself)."""
    return _DATE_COMPARISON.sub(_as_range, text)


def _as_range(match: re.Match) -> str:
    from newsreader.story.timex_calendar import value_range

    operator, value = match.groups()
    bounds = value_range(value)  # a year, month or day's first and last day
    if bounds is None:
        return match.group(0)  # not a date: Whoosh reports it, the search goes literal
    first, last = bounds
    try:
        start, end = {
            ">": (last + _DAY, None),
            ">=": (first, None),
            "<": (None, first - _DAY),
            "<=": (None, last),
        }[operator]
    except OverflowError:
        return match.group(0)
    return f"published:[{start} to]" if start else f"published:[to {end}]"


_PLAIN = re.compile(r"[A-Za-z0-9]+(?:\s+[A-Za-z0-9]+)*")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})  # Whoosh's, in capitals


FacetResolver = Callable[[str, str], set[str]]  # (facet, name) -> article ids
DatedResolver = Callable[[dt.date, dt.date], set[str]]  # (first, last day) -> article ids


def resolve_facets(
    query: Q.Query, names: FacetResolver | None, dated: DatedResolver | None = None
) -> Q.Query:
    """Each facet clause (`person:"Richard Berry"`, `org:Justice`) becomes the ids of
    the articles naming it, so it combines with AND, OR and NOT like any field; a
    `published:` range also takes the articles `dated` gives for its days (dates
    that are not in the index: those taken from other versions of a story)."""
    if not query.is_leaf():
        return query.apply(lambda sub: resolve_facets(sub, names, dated))
    field = getattr(query, "fieldname", None)
    if field in FACETS:
        words = getattr(query, "words", None) or [getattr(query, "text", "")]
        ids = names(field, " ".join(words)) if names else set()
        return _any_of(ids) or Q.Term("id", NO_ARTICLE)
    if field == "published" and dated is not None and isinstance(query, Q.NumericRange):
        extra = _any_of(dated(*_days(query)))
        return Q.Or([query, extra]) if extra else query
    return query


def _any_of(ids: set[str]) -> Q.Query | None:
    terms = [Q.Term("id", i) for i in sorted(ids)]
    return (terms[0] if len(terms) == 1 else Q.Or(terms)) if terms else None


def _days(query: Q.NumericRange) -> tuple[dt.date, dt.date]:
    """The first and last day of a date range (DATETIME fields store longs)."""
    first = long_to_datetime(query.start).date() if query.start is not None else dt.date.min
    last = long_to_datetime(query.end).date() if query.end is not None else dt.date.max
    if query.startexcl and first < dt.date.max:
        first += dt.timedelta(days=1)
    if query.endexcl and last > dt.date.min:
        last -= dt.timedelta(days=1)
    return first, last


def has_facets(query: Q.Query) -> bool:
    """Whether `resolve_facets` has anything to do: a name facet or a date range."""
    wanted = (*FACETS, "published")
    return any(getattr(leaf, "fieldname", None) in wanted for leaf in query.leaves())


def parse(parser: QueryParser, text: str) -> Parsed:
    """Whoosh's query for `text`, or a literal one when it is malformed."""
    cleaned = _CONTROLS.sub(" ", _ESCAPES.sub(" ", text))
    if cleaned != text or len(cleaned) > MAX_CHARS or _looks_malformed(cleaned):
        return Parsed(literal(parser, cleaned), True, cleaned)
    try:
        parsed = parser.parse(cleaned)
    except Exception:  # Whoosh raises assorted errors
        return Parsed(literal(parser, cleaned), True, cleaned)
    if _has_errors(parsed):
        return Parsed(literal(parser, cleaned), True, cleaned)
    return Parsed(bound(parsed), False, cleaned)


def literal(parser: QueryParser, text: str) -> Q.Query:
    """All words as plain terms (lowercase, so `OR`/`NOT` are words, not operators)."""
    words = [w.lower() for w in WORD.findall(text) if w.lower() not in STOPS][:MAX_WORDS]
    if not words:
        return Q.NullQuery
    return bound(parser.parse(" ".join(words)))


def bound(query: Q.Query) -> Q.Query:
    """Swap Whoosh's unbounded prefix and wildcard queries for the capped ones."""
    if isinstance(query, Q.Prefix):
        return CappedPrefix(query.fieldname, query.text, boost=query.boost)
    if isinstance(query, Q.Wildcard):
        return CappedWildcard(query.fieldname, query.text, boost=query.boost)
    if query.is_leaf():
        return query
    query = query.apply(bound)
    if isinstance(query, Q.Or) and all(isinstance(q, Q.Term) for q in query.subqueries):
        # A word in several fields: Whoosh would preload and score every match
        # in segments under 5,000 documents; the union tree skips low blocks.
        query.matcher_type = Q.Or.DEFAULT_MATCHER
    elif isinstance(query, Q.Or) and all(isinstance(q, _UnionOfTerms) for q in query.subqueries):
        # A prefix in several fields: its matchers are preloaded lists already.
        query.matcher_type = Q.Or.ARRAY_MATCHER
    return query


def _looks_malformed(text: str) -> bool:
    if not text.strip():
        return True
    if text.count('"') % 2 or text.count("(") != text.count(")"):
        return True
    if text.count("[") != text.count("]") or text.count("{") != text.count("}"):
        return True
    if _EMPTY_FIELD.search(text) or _BARE_WILDCARD.search(text):
        return True
    return any(name not in FIELDS for name in _UNKNOWN_FIELD.findall(text))


def _has_errors(query: Q.Query) -> bool:
    return any(
        getattr(leaf, "error", None) is not None or isinstance(leaf, Q.Every)
        for leaf in query.leaves()
    ) or (query.is_leaf() and getattr(query, "error", None) is not None)

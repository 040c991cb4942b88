"""The read side: open an archive's index, search it, read articles back.

Readers see the last committed generation, so searching goes on while a writer
works; each search picks up a newer commit if there is one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as Q

from newsreader.index import rank, staleness
from newsreader.index.count import count, countable
from newsreader.index.errors import IndexBusy, IndexMissing, removal_explained
from newsreader.index.query import (
    DatedResolver,
    FacetResolver,
    QueryParser,
    has_facets,
    parse,
    resolve_facets,
)
from newsreader.index.schema import build_schema, to_article
from newsreader.index.snippets import highlight_terms, lead, snippet
from newsreader.index.state import index_dir
from newsreader.index.suggest import suggest
from newsreader.model import Article

EAGER_SNIPPETS = 50  # hits past these get their snippet when first read
RANKED_KEPT = 32  # recent rankings kept (typing repeats a query: "water", "water ")
RANKED_MAX_HITS = 200  # longer lists (a filter's every match) are not kept: each hit
# holds its article's text


@dataclass
class Hit:
    """One search result. `snippet` is HTML: escaped text, matches in <b>…</b>."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str
    path: str | None = None
    digest: str | None = None  # changes when the article does (for derived stores)

    def to_json(self) -> dict:
        return asdict(self)


class _LazyHit(Hit):
    """A Hit whose snippet is computed on first access (searches asking for
    thousands of results, like a timeline filter, rarely read them)."""

    def __init__(self, make: Callable[[], str], **fields) -> None:
        self._make, self._snippet = make, None
        super().__init__(snippet="", **fields)

    @property
    def snippet(self) -> str:  # type: ignore[override]
        if self._snippet is None:
            self._snippet = self._make()
        return self._snippet

    @snippet.setter
    def snippet(self, value: str) -> None:
        self._snippet = value or None


@dataclass
class SearchResult:
    """A search's ranked hits, as `search --json` reports them."""

    query: str
    total: int  # all matching articles, not only those in `results`
    results: list[Hit]
    suggestion: str | None = None
    fallback: bool = False  # malformed query, searched literally
    counted: bool = True  # False: `total` is a lower bound (search(counted=False))

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "results": [h.to_json() for h in self.results],
            "suggestion": self.suggestion,
            "fallback": self.fallback,
        }


class ArchiveIndex:
    def __init__(self, archive: Path, ix) -> None:
        self.archive = archive
        self._ix = ix
        self._searcher = ix.searcher()
        self._parser = QueryParser(ix.schema)
        # (generation, {docnum: id}, articles()): read once per committed generation
        self._all: tuple[int, dict[int, str], list[Hit]] | None = None
        self._generation = 0  # of the searcher: a refreshed one ranks anew
        self._ranked: dict[tuple, tuple[int, list[Hit], bool]] = {}  # recent rankings

    @classmethod
    def open(cls, archive: Path) -> ArchiveIndex:
        """Raises IndexMissing when never built (or built by an incompatible version)."""
        archive = Path(archive).resolve()
        folder = index_dir(archive)
        try:
            ix = whoosh_index.open_dir(str(folder))
        except Exception:
            raise IndexMissing(f"no index for {archive}: run `newsreader index`") from None
        if set(ix.schema.names()) != set(build_schema().names()):
            raise IndexMissing(f"the index of {archive} is outdated: run `newsreader index`")
        return cls(archive, ix)

    def is_stale(self) -> bool:
        """The archive's files (paths, sizes, mtimes, manifest) differ from the index's
        (by the fingerprint, else file by file: index/staleness.py)."""
        return staleness.is_stale(self.archive)

    def search(
        self,
        query: str,
        limit: int = 10,
        facets: FacetResolver | None = None,
        dated: DatedResolver | None = None,
        suggestions: bool = True,
        counted: bool = True,
        eager: int = EAGER_SNIPPETS,
    ) -> SearchResult:
        """Ranked matches. `facets` names the articles of a `person:`/`place:`/`org:`
        clause (without it such a clause matches nothing); `dated` adds to a
        `published:` range the articles dated from elsewhere (see resolve_facets).
        `suggestions=False` skips the "did you mean" (tens of ms when little matches);
        `counted=False` the exact total of a full page (a lower bound is given);
        hits past the first `eager` make their snippet when first read (it needs
        the hit's text only, not the index)."""
        parsed = parse(self._parser, query)
        searcher = self._fresh()
        if parsed.query is Q.NullQuery:
            return SearchResult(query, 0, [], None, parsed.fallback)
        # While typing, "water", "water " and "water OR" are one query: rank it once.
        # Names and dates from elsewhere change without the index: never kept.
        key = None
        if has_facets(parsed.query):
            parsed.query = resolve_facets(parsed.query, facets, dated)
        elif limit <= RANKED_MAX_HITS:
            key = (self._generation, repr(parsed.query), limit, counted)
        ranked = self._ranked.get(key) if key else None
        if ranked is None:
            ranked = self._rank(searcher, parsed.query, limit, counted, eager)
            if key:
                self._keep(key, ranked)
        total, hits, counted = ranked
        suggestion = suggest(searcher.reader(), parsed.text, total) if suggestions else None
        return SearchResult(query, total, list(hits), suggestion, parsed.fallback, counted)

    def _rank(
        self, searcher, query: Q.Query, limit: int, counted: bool, eager: int
    ) -> tuple[int, list[Hit], bool]:
        ranked = rank.top(searcher, query, max(1, limit))
        if ranked is not None:  # words across fields: ranked and counted by rank.py
            (found, total), counted = ranked, True
        elif countable(query):  # rank with block skipping, count by sets
            found = [(r.docnum, r.score) for r in searcher.search(query, limit=max(1, limit))]
            counted = counted or len(found) < max(1, limit)
            total = count(searcher, query) if counted else len(found)
        else:  # phrases, ranges: one pass that ranks and counts every match
            from whoosh.collectors import TopCollector  # here: 6 ms to import, rarely used

            collector = TopCollector(max(1, limit), usequality=False, replace=0)
            searcher.search_with_collector(query, collector)
            found = [(r.docnum, r.score) for r in collector.results()]
            total, counted = collector.total, True
        stems = highlight_terms(query, searcher.reader())
        hits = [
            self._hit(searcher, docnum, score, stems, n < eager)
            for n, (docnum, score) in enumerate(found[: max(0, limit)])
        ]
        return total, hits, counted

    def _keep(self, key: tuple, ranked: tuple[int, list[Hit], bool]) -> None:
        if len(self._ranked) >= RANKED_KEPT:
            self._ranked.pop(next(iter(self._ranked)))  # the oldest
        self._ranked[key] = ranked

    def get(self, article_id: str) -> Article | None:
        stored = self._fresh().document(id=article_id)
        return to_article(stored) if stored else None

    def articles(self) -> list[Hit]:
        """Every article, newest first (undated last); snippet = start of its text."""
        return list(self._listing_of_all()[1])

    def matching_ids(
        self,
        query: str,
        facets: FacetResolver | None = None,
        dated: DatedResolver | None = None,
    ) -> set[str]:
        """The ids of every article matching `query`, unranked and without reading
        the articles (a timeline of a query's matches needs no more)."""
        parsed = parse(self._parser, query)
        if parsed.query is Q.NullQuery:
            return set()
        if has_facets(parsed.query):
            parsed.query = resolve_facets(parsed.query, facets, dated)
        searcher = self._fresh()
        ids = self._listing_of_all()[0]
        docnums = rank.matching(searcher, parsed.query)
        if docnums is None:
            docnums = searcher.docs_for_query(parsed.query)
        found = (ids.get(docnum) for docnum in docnums)
        return {i for i in found if i is not None}  # live documents only

    def _listing_of_all(self) -> tuple[dict[int, str], list[Hit]]:
        """({docnum: id}, every article newest first), read once per generation."""
        searcher = self._fresh()
        generation = self._ix.latest_generation()
        if self._all is None or self._all[0] != generation:
            ids, hits = {}, []
            for docnum, stored in searcher.reader().iter_docs():
                hits.append(self._listing(stored))
                ids[docnum] = hits[-1].id
            hits.sort(key=lambda h: h.id)
            hits.sort(key=lambda h: h.published or "", reverse=True)
            self._all = (generation, ids, hits)
        return self._all[1], self._all[2]

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> ArchiveIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _fresh(self):
        if not self._searcher.up_to_date():
            try:
                self._searcher = self._searcher.refresh()
            except TypeError:  # Whoosh cannot refresh a reader of an empty index
                self._searcher.close()
                self._searcher = self._ix.searcher()
            self._generation += 1
            self._ranked.clear()
        return self._searcher

    def _hit(self, searcher, docnum: int, score: float, stems, eager: bool) -> Hit:
        stored = searcher.stored_fields(docnum)
        data = stored["article"]
        fields = _hit_fields(data, score)
        if eager:
            return Hit(snippet=snippet(data["text"], stems), **fields)
        return _LazyHit(lambda: snippet(data["text"], stems), **fields)

    @staticmethod
    def _listing(stored: dict) -> Hit:
        data = stored["article"]
        return Hit(snippet=lead(data["text"]), **_hit_fields(data, 0.0))


def _hit_fields(data: dict, score: float) -> dict:
    return {
        "id": data["id"],
        "title": data["title"],
        "outlet": data["outlet"],
        "published": data["published"],
        "score": round(float(score), 4),
        "path": data["path"],
        "digest": data.get("digest"),
    }


def ensure_index(archive: Path, progress=None, wait: float = 5.0) -> ArchiveIndex:
    """The archive's index, built or caught up first when missing or stale.

    When another process is updating an existing index, that index is returned
    as last committed (searching works meanwhile); IndexBusy only when none exists."""
    try:
        index = ArchiveIndex.open(archive)
    except IndexMissing:
        index = None
    if index is not None and not index.is_stale():
        return index
    from newsreader.index.writer import update_index  # the writing side, when needed

    try:
        update_index(archive, progress=progress, wait=wait)
    except IndexBusy:
        if index is None:
            raise
        return index
    if index is not None:
        index.close()
    with removal_explained(index_dir(archive)):  # removed since: the reopening fails
        return ArchiveIndex.open(archive)

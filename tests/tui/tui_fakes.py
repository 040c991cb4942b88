"""A stand-in index for TUI tests when the real one is not installed yet:
the same method names, naive word search over the ingested archive."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from newsreader.ingest.manifest import load_manifest
from newsreader.ingest.reader import read_source
from newsreader.ingest.scan import scan_archive
from newsreader.model import Article, Event, Source
from newsreader.tui.core import Core, Results


@dataclass
class Hit:
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    score: float
    snippet: str


@dataclass
class Found:
    query: str
    total: int
    results: list
    suggestion: str | None
    fallback: bool


class FakeIndex:
    def __init__(self, archive: Path) -> None:
        manifest, _ = load_manifest(archive)
        self.articles_by_id: dict[str, Article] = {}
        for source in scan_archive(archive).files:
            for article in read_source(archive, source, manifest.get(source.rel)).articles:
                self.articles_by_id[article.id] = article

    def is_stale(self) -> bool:
        return False

    def get(self, article_id: str) -> Article | None:
        return self.articles_by_id.get(article_id)

    def articles(self) -> list[Hit]:
        ordered = sorted(
            self.articles_by_id.values(), key=lambda a: (a.published or "", a.id), reverse=True
        )
        return [self._hit(a, "") for a in ordered]

    def search(self, query: str, limit: int = 10) -> Found:
        words = [w.lower() for w in re.findall(r"\w+", query) if w not in {"OR", "AND", "NOT"}]
        hits = [
            self._hit(a, words[0])
            for a in self.articles_by_id.values()
            if words and all(w in a.text.lower() for w in words)
        ]
        suggestion = "sessions" if "sesions" in words else None
        return Found(query, len(hits), hits[:limit], suggestion, "[" in query)

    def _hit(self, article: Article, word: str) -> Hit:
        snippet = html.escape(article.text[:150])
        if word:
            at = article.text.lower().find(word)
            piece = article.text[max(0, at - 40) : at + 80]
            snippet = re.sub(
                re.escape(html.escape(word)),
                lambda m: f"<b>{m.group(0)}</b>",
                html.escape(piece),
                flags=re.I,
            )
        return Hit(article.id, article.title, article.outlet, article.published, 1.0, snippet)


class FakeCore(Core):
    """Core over FakeIndex, with a fixed timeline: one event per sample article
    whose text says "Thursday", cited by every article that does."""

    def open_existing(self) -> bool:
        self.index = FakeIndex(self.archive)
        return True

    def sync_story(self) -> bool:
        return True

    def timeline(self, query: str) -> list | None:
        ids = {hit.id for hit in self.search(query, limit=1000).hits}
        sources = []
        for article_id in sorted(ids):
            article = self.index.get(article_id)
            sentence = next((s for s in _sentences(article.text) if "Thursday" in s), None)
            if sentence:
                sources.append(Source(article_id, sentence, "Thursday", 0))
        if not sources:
            return []
        summary = "Sessions targets four cities over immigration cooperation"
        early = Event("2017-07", "2017-07-01", "2017-07-31", "month", "Program announced", [])
        early.sources = sources[-1:]
        return [early, Event("2017-08-03", "2017-08-03", "2017-08-03", "day", summary, sources)]

    def search(self, query: str, limit: int = 200) -> Results:
        return super().search(query, limit)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]

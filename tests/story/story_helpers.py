"""What the story tests share: archives read with the ingest readers, no index."""

from __future__ import annotations

from pathlib import Path

from newsreader.ingest.reader import read_source
from newsreader.ingest.scan import SourceFile
from newsreader.model import Article

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_corpus"
DATA = REPO / "tests" / "data"


def read_archive(root: Path) -> dict[str, Article]:
    """Every article of a folder of .txt and .jsonl files, as ingest cleans them."""
    articles = {}
    for path in sorted(root.iterdir()):
        kind = path.suffix.lstrip(".")
        if kind not in ("txt", "jsonl"):
            continue
        source = SourceFile(path.name, kind, path.stat().st_size, 0, path.stem)
        for article in read_source(root, source).articles:
            articles[article.id] = article
    return articles


class Recorder:
    """A loader that counts what it was asked for."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self.articles = articles
        self.loaded: list[str] = []

    def __call__(self, article_id: str) -> Article | None:
        self.loaded.append(article_id)
        return self.articles.get(article_id)

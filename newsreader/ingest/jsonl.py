"""JSONL archives: one article per line; broken lines are reported by number."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from newsreader.ingest.dates import iso_date
from newsreader.ingest.html import extract_html
from newsreader.ingest.markup import text_to_markdown
from newsreader.model import FROM_METADATA, Article, FileResult, Skip
from newsreader.sanitize import clean_text

MAX_LINE_CHARS = 4 << 20
_META = ("title", "url", "outlet", "byline")


def read_jsonl(source: str, rel: str, file_id: str) -> FileResult:
    result = FileResult()
    seen: set[str] = set()
    for lineno, line in _lines(source):
        where = f"{rel}:{lineno}"
        try:
            article = _record(line, f"{file_id}/{lineno}")
        except ValueError as exc:
            result.skipped.append(Skip(where, f"line {lineno}: {exc}"))
            continue
        if article.id in seen:
            result.skipped.append(Skip(where, f"line {lineno}: duplicate id {article.id!r}"))
            continue
        seen.add(article.id)
        article.path = rel
        result.articles.append(article)
    return result


def _lines(source: str) -> Iterator[tuple[int, str]]:
    for lineno, line in enumerate(source.split("\n"), start=1):
        if line.strip():
            yield lineno, line


def _record(line: str, default_id: str) -> Article:
    if len(line) > MAX_LINE_CHARS:
        raise ValueError("record too large")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg})") from None
    except RecursionError:
        raise ValueError("invalid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    article = _body(record)
    for name in _META:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            setattr(article, name, " ".join(value.split()))
    published = iso_date(record.get("published"))
    if published:
        article.published, article.published_from = published, FROM_METADATA
    record_id = record.get("id")
    article.id = str(record_id).strip() if isinstance(record_id, str | int) else default_id
    if not article.id or any(ord(ch) < 32 for ch in article.id):
        article.id = default_id
    return article


def _body(record: dict) -> Article:
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        # A record's text is already the article body: keep every paragraph.
        # Cleaned before it becomes Markdown: escaping "[" would break up "ESC [31m".
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", clean_text(text)) if p.strip()]
        body = "\n\n".join(paragraphs)
        return Article(text=body, markdown=text_to_markdown(body))
    if isinstance(html, str) and html.strip():
        return extract_html(
            html, url=record.get("url") if isinstance(record.get("url"), str) else None
        )
    raise ValueError("no 'text' or 'html' field")

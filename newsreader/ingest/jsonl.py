"""JSONL archives: one article per line; broken lines are reported by number. Other
archives' field names are read when ours are absent ("body", "content", "headline",
"source", "date")."""

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
# other archives' names for the same fields, read when ours are absent
_ALIASES = {
    "text": ("body", "content"),
    "title": ("headline",),
    "outlet": ("source",),
    "published": ("date", "published_at", "publish_date"),
}


def _field(record: dict, name: str) -> object:
    for key in (name, *_ALIASES.get(name, ())):
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


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
        value = _field(record, name)
        if isinstance(value, dict):  # "source": {"id": ..., "name": "Reuters"}
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            setattr(article, name, " ".join(value.split()))
    published = iso_date(_field(record, "published"))
    if published:
        article.published, article.published_from = published, FROM_METADATA
    record_id = record.get("id")
    article.id = str(record_id).strip() if isinstance(record_id, str | int) else default_id
    if not article.id or any(ord(ch) < 32 for ch in article.id):
        article.id = default_id
    return article


def _body(record: dict) -> Article:
    text, html = _field(record, "text"), record.get("html")
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

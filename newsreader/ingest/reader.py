"""Read one archive file into cleaned articles; every failure becomes a skip reason."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from newsreader import sanitize
from newsreader.ingest.dates import iso_date
from newsreader.ingest.decode import DecodeError, decode, looks_binary
from newsreader.ingest.plaintext import clean_plaintext
from newsreader.ingest.scan import SourceFile
from newsreader.model import FROM_METADATA, Article, FileResult, Skip
from newsreader.story.pubdate import infer_published

_TEXT_FIELDS = ("title", "subtitle", "outlet", "byline", "url")


def read_source(root: Path, source: SourceFile, manifest_entry: dict | None = None) -> FileResult:
    """Clean one file. Never raises: problems are reported in `skipped`."""
    try:
        data = (root / source.rel).read_bytes()
    except OSError as exc:
        return _skip(source.rel, f"unreadable: {exc.strerror or exc.__class__.__name__}")
    dated = bool(iso_date((manifest_entry or {}).get("published")))  # the manifest wins
    result = parse_bytes(data, source.kind, source.rel, source.id, infer_dates=not dated)
    for article in result.articles:
        apply_manifest(article, manifest_entry)
    result.digest = file_digest(data, manifest_entry)
    return result


def parse_bytes(
    data: bytes, kind: str, rel: str | None, file_id: str | None, *, infer_dates: bool = True
) -> FileResult:
    """Decode and clean bytes of a known kind (txt, md, html, jsonl); `infer_dates`
    False skips dating articles from their text (a manifest date will replace it)."""
    where = rel or "-"
    try:
        source = decode(data)
        if looks_binary(source):
            raise DecodeError("binary file")
        if not source.strip():
            return _skip(where, "empty file")
        if kind == "jsonl":
            from newsreader.ingest.jsonl import read_jsonl  # imports the HTML stack

            result = read_jsonl(source, where, file_id or "-")
        else:
            result = FileResult([_single(source, kind)])
            result.articles[0].id, result.articles[0].path = file_id, rel
    except (ValueError, RecursionError, MemoryError) as exc:
        return _skip(where, _reason(exc))
    result.articles = [a for a in map(finish, result.articles) if _has_body(a, where, result)]
    raw = source if kind != "jsonl" else None  # a caption cleaning dropped may date the file
    for article in result.articles if infer_dates else ():
        infer_published(article, raw=raw)
    return result


def _single(source: str, kind: str) -> Article:
    if kind == "html":
        from newsreader.ingest.html import extract_html  # slow to import (trafilatura)

        return extract_html(source)
    if kind == "md":
        from newsreader.ingest.markdown import read_markdown  # imports yaml

        return read_markdown(source)
    return clean_plaintext(source)


def finish(article: Article) -> Article:
    """Sanitize every text field: article text is data, never terminal control."""
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        setattr(article, name, sanitize.one_line(value) or None if value else None)
    article.text = sanitize.clean_text(article.text).strip()
    article.markdown = sanitize.clean_text(article.markdown).strip()
    return article


def _has_body(article: Article, where: str, result: FileResult) -> bool:
    if article.text.strip():
        return True
    result.skipped.append(Skip(where, "no article text found"))
    return False


def apply_manifest(article: Article, entry: dict | None) -> None:
    """Manifest metadata overrides what was inferred from the file."""
    for name, value in (entry or {}).items():
        if name == "published":
            published = iso_date(value)
            if published:
                article.published, article.published_from = published, FROM_METADATA
        elif value.strip():
            setattr(article, name, sanitize.one_line(value))


def file_digest(data: bytes, manifest_entry: dict | None) -> str:
    """Content hash of a file together with its manifest entry."""
    digest = hashlib.sha1(data)
    digest.update(json.dumps(manifest_entry or {}, sort_keys=True).encode())
    return digest.hexdigest()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "structure nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "too large to read"
    return str(exc) or exc.__class__.__name__


def _skip(path: str, reason: str) -> FileResult:
    return FileResult(skipped=[Skip(path, reason)])

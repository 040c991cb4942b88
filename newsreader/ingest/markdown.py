"""Markdown files, with optional YAML front matter."""

from __future__ import annotations

import re

import yaml

from newsreader.ingest.dates import iso_date
from newsreader.ingest.markup import markdown_to_text
from newsreader.model import FROM_METADATA, Article

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_H1 = re.compile(r"\A\s*#[ \t]+(.+?)[ \t#]*\n")


class FrontMatterError(ValueError):
    """Front matter that is not valid YAML; the message is the skip reason."""


def read_markdown(source: str) -> Article:
    meta, body = split_front_matter(source)
    title = _text(meta.get("title"))
    heading = _H1.match(body)
    if heading and (title is None or heading.group(1).strip() == title):
        title = title or heading.group(1).strip()
        body = body[heading.end() :]
    published = iso_date(meta.get("published") or meta.get("date"))
    body = body.strip()
    return Article(
        title=title,
        subtitle=_text(meta.get("subtitle") or meta.get("description")),
        outlet=_text(meta.get("outlet") or meta.get("source") or meta.get("publisher")),
        byline=_text(meta.get("byline") or meta.get("author")),
        published=published,
        published_from=FROM_METADATA if published else None,
        url=_text(meta.get("url") or meta.get("link")),
        text=markdown_to_text(body),
        markdown=body,
    )


def split_front_matter(source: str) -> tuple[dict, str]:
    match = _FRONT.match(source)
    if not match:
        return {}, source
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise FrontMatterError(f"invalid YAML front matter{where}") from exc
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping of fields")
    return meta, source[match.end() :]


def _text(value: object) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if value is None or isinstance(value, dict):
        return None
    return " ".join(str(value).split()) or None

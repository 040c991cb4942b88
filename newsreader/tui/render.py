"""Article data as Textual Content: text is always data, never markup."""

from __future__ import annotations

import html
import re
from typing import Any

from textual.content import Content

from newsreader.sanitize import one_line
from newsreader.wording import plural

SNIPPET_CHARS = 220
EVENT_CHARS = 150  # about two lines of the timeline pane: the list reads as a timeline
_BOLD = re.compile(r"(</?b>)")
DATE_SOURCES = {
    "metadata": "from its metadata",  # a manifest, front matter, HTML meta tags, a JSONL field
    "text": "found in the text",
    "related": "taken from other versions of this story",
}


def text(value: Any) -> str:
    """One clean line, whatever came in (None is empty)."""
    return one_line(str(value)) if value else ""


def snippet(value: str | None, limit: int = SNIPPET_CHARS) -> Content:
    """An HTML-escaped snippet with <b>…</b> matches, as styled Content."""
    parts: list[str | tuple[str, str]] = []
    bold, used = False, 0
    for piece in _BOLD.split(value or ""):
        if piece in ("<b>", "</b>"):
            bold = piece == "<b>"
            continue
        piece = _inline(html.unescape(piece))
        if used + len(piece) > limit:
            piece = piece[: max(0, limit - used)].rstrip() + "…"
        parts.append((piece, "bold $text-accent") if bold else piece)
        used += len(piece)
        if used >= limit:
            break
    return Content.assemble(*parts)


def _inline(value: str) -> str:
    """Like text(), but keeps a single space at either end (snippets are pieces)."""
    core = text(value)
    if not core:
        return " " if value else ""
    lead = " " if value[:1].isspace() else ""
    trail = " " if value[-1:].isspace() else ""
    return f"{lead}{core}{trail}"


def hit_prompt(hit: Any) -> Content:
    """A result: title, then outlet and date, then the snippet."""
    title = text(hit.title) or hit.id
    where = " · ".join(part for part in (text(hit.outlet), text(hit.published)) if part)
    lines = [Content.styled(title, "bold"), Content.styled(where or "unknown outlet", "dim")]
    body = snippet(getattr(hit, "snippet", None))
    if body.plain.strip():
        lines.append(body)
    return Content("\n").join(lines)


def article_header(article: Any) -> Content:
    """Title, subtitle, outlet and byline, and where the date came from."""
    lines = [Content.styled(text(article.title) or text(article.id), "bold $text-primary")]
    if article.subtitle:
        lines.append(Content.styled(text(article.subtitle), "italic"))
    who = " · ".join(p for p in (text(article.outlet), _byline(article.byline)) if p)
    if who:
        lines.append(Content(who))
    lines.append(Content.styled(_published(article), "dim"))
    return Content("\n").join(lines)


def _byline(byline: str | None) -> str:
    value = text(byline)
    return value if not value or value.lower().startswith("by ") else f"By {value}"


def _published(article: Any) -> str:
    if not article.published:
        return "Publication date unknown"
    source = DATE_SOURCES.get(article.published_from or "", "source unknown")
    return f"Published {text(article.published)} ({source})"


def event_prompt(event: Any) -> Content:
    """A timeline event: its date, the number of articles that tell it, then its summary."""
    count = plural(event.article_count, "article")
    head = Content.assemble((text(event.date), "bold $text-accent"), (f"  {count}", "dim"))
    return Content("\n").join([head, Content(clip(text(event.summary), EVENT_CHARS))])


def source_prompt(source: Any, title: str | None) -> Content:
    """A source of an event: the article, then the cited sentence."""
    head = Content.styled(text(title) or text(source.id), "bold")
    return Content("\n").join([head, Content(clip(text(source.sentence), SNIPPET_CHARS))])


def clip(line: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary."""
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"


def where(item: Any) -> str:
    """An article's outlet and date, as the lists show them ('' when neither is known)."""
    parts = (text(getattr(item, "outlet", None)), text(getattr(item, "published", None)))
    return " · ".join(p for p in parts if p)

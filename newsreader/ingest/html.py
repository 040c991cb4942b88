"""HTML pages: main content, then Markdown, plus the page's own metadata.

Interface (kept stable for the rest of the code):
    extract_html(html: str, url: str | None = None) -> Article
The Article has no id/path; `published_from` is "metadata" when the page's
metadata gave the date. A page that cannot be cleaned raises `ExtractionError`
(a ValueError) whose message is a short reason fit for a skip report.
"""

from __future__ import annotations

from newsreader.ingest.html_content import extract_content
from newsreader.ingest.html_furniture import remove_furniture
from newsreader.ingest.html_markdown import to_markdown
from newsreader.ingest.html_meta import PageMeta, page_metadata
from newsreader.ingest.html_parse import PageError, parse_page
from newsreader.ingest.markup import markdown_to_text
from newsreader.model import FROM_METADATA, Article
from newsreader.sanitize import clean_text, one_line


class ExtractionError(ValueError):
    """This page cannot be cleaned; the message says why, in a few words."""


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in an HTML page: body as text and Markdown, metadata from the page."""
    if not html or not html.strip():
        raise ExtractionError("empty page")
    try:
        tree = parse_page(html)
        extraction = extract_content(tree, url)
        meta = page_metadata(tree, extraction.traf, url)
    except PageError as exc:
        raise ExtractionError(str(exc)) from exc
    except RecursionError as exc:
        raise ExtractionError("page structure nested too deeply to read") from exc
    body = remove_furniture(extraction.body_html, meta.title, meta.byline)
    markdown = clean_text(to_markdown(body))
    if not markdown_to_text(markdown).strip():
        raise ExtractionError("no article text found")
    return _article(meta, markdown)


def _article(meta: PageMeta, markdown: str) -> Article:
    return Article(
        title=_field(meta.title),
        subtitle=_field(meta.subtitle),
        outlet=_field(meta.outlet),
        byline=_field(meta.byline),
        published=meta.published,
        published_from=FROM_METADATA if meta.published else None,
        url=_field(meta.url),
        text=clean_text(markdown_to_text(markdown)),
        markdown=markdown,
    )


def _field(value: str | None) -> str | None:
    return one_line(value) or None if value else None

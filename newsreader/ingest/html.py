"""HTML pages: main content, then Markdown, plus the page's own metadata.

Interface (kept stable for the rest of the code):
    extract_html(html: str, url: str | None = None) -> Article
The Article has no id/path; `published_from` is "metadata" when the page's
metadata gave the date.
"""

from __future__ import annotations

import markdownify
import trafilatura

from newsreader.ingest.markup import markdown_to_text
from newsreader.model import FROM_METADATA, Article


def extract_html(html: str, url: str | None = None) -> Article:
    body = trafilatura.extract(
        html, url=url, output_format="html", favor_precision=True, include_comments=False
    )
    markdown = markdownify.markdownify(body or "", heading_style="ATX").strip()
    meta = trafilatura.extract_metadata(html, default_url=url)
    published = getattr(meta, "date", None) if meta else None
    return Article(
        title=getattr(meta, "title", None) if meta else None,
        outlet=getattr(meta, "sitename", None) if meta else None,
        byline=getattr(meta, "author", None) if meta else None,
        published=published,
        published_from=FROM_METADATA if published else None,
        url=(getattr(meta, "url", None) if meta else None) or url,
        text=markdown_to_text(markdown),
        markdown=markdown,
    )

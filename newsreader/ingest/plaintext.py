"""Plain text dumped from a web page: boilerplate out, metadata from the text.

Interface (kept stable for the rest of the code):
    clean_plaintext(raw: str) -> Article
The Article has no id/path; title, subtitle, byline, outlet and an explicit
publication date (published_from="text") are inferred from the text.
"""

from __future__ import annotations

import re

from newsreader.ingest.markup import paragraphs_to_text, text_to_markdown
from newsreader.model import Article


def clean_plaintext(raw: str) -> Article:
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\n", raw) if b.strip()]
    title = blocks[0] if blocks and len(blocks[0]) < 200 else None
    body = blocks[1:] if title else blocks
    text = paragraphs_to_text(body)
    return Article(title=title, text=text, markdown=text_to_markdown(text))

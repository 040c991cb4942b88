"""Plain text dumped from a web page: boilerplate out, metadata from the text.

Interface (kept stable for the rest of the code):
    clean_plaintext(raw: str, *, boilerplate: frozenset[str] = frozenset()) -> Article
    recurring_lines(raws: Iterable[str], min_files: int = 3) -> frozenset[str]
The Article has no id/path; title, subtitle, byline, outlet and an explicit
publication date (published_from="text") are inferred from the text.
`boilerplate` holds lines known to recur across other files of the same outlet
(as `recurring_lines` computes them); they are dropped wherever they appear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsreader.ingest.markup import paragraphs_to_text, text_to_markdown
from newsreader.ingest.plaintext_body import find_body
from newsreader.ingest.plaintext_lines import Block, key, split_blocks
from newsreader.ingest.textmeta import read_meta
from newsreader.model import FROM_TEXT, Article
from newsreader.sanitize import clean_text, one_line

# Recurring lines shorter than this are too generic to learn ("Photo", "Close").
_MIN_RECURRING = 12


def clean_plaintext(raw: str, *, boilerplate: frozenset[str] = frozenset()) -> Article:
    blocks = split_blocks(raw)
    body = find_body(blocks, boilerplate)
    meta = read_meta(blocks, body.start, body.kept)
    paragraphs = [blocks[i].text for i in body.kept if blocks[i].text != meta.title]
    text = clean_text(paragraphs_to_text(paragraphs))
    return Article(
        title=_field(meta.title),
        subtitle=_field(meta.subtitle if meta.subtitle not in paragraphs else None),
        byline=_field(meta.byline),
        outlet=_field(meta.outlet),
        published=meta.published,
        published_from=FROM_TEXT if meta.published else None,
        text=text,
        markdown=text_to_markdown(text),
    )


def recurring_lines(raws: Iterable[str], min_files: int = 3) -> frozenset[str]:
    """Lines found in at least `min_files` of these texts (say, one outlet's files).

    Pass the result as `boilerplate=` to `clean_plaintext` for each of them: a line
    every page repeats is page furniture, whatever it says.
    """
    counts: Counter[str] = Counter()
    for raw in raws:
        counts.update({key(b.text) for b in split_blocks(raw) if _learnable(b)})
    return frozenset(line for line, n in counts.items() if n >= min_files)


def _learnable(block: Block) -> bool:
    """Sentences recur too when an outlet runs versions of one story: learn only lines
    shaped like furniture (no sentence ending) or worded like it."""
    return len(block.text) >= _MIN_RECURRING and (not block.sentence or block.boiler > 0)


def _field(value: str | None) -> str | None:
    return one_line(value) or None if value else None

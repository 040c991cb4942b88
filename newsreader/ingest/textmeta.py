"""Metadata read from the words of a plain-text article: title, standfirst, byline, outlet, date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.ingest import plaintext_vocab as vocab
from newsreader.ingest.dates import iso_date
from newsreader.ingest.plaintext_lines import Block

_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin|la|le))*"
BYLINE = re.compile(rf"(?:^|[-–—|•]\s*|\s)By:?\s+(?P<names>{_NAME}(?:(?:,| and| &) {_NAME})*)")
# A masthead glued to its tagline: "The Washington PostDemocracy Dies in Darkness".
_GLUED_MASTHEAD = re.compile(r"^(?P<name>(?:The )?(?:[A-Z][\w&'.-]* ){0,4}[A-Z][a-z]+)[A-Z][a-z]")
_OUTLET_HEAD = re.compile(r"^(?P<name>(?:The )?(?:[A-Z][\w&'.-]* ?){1,5}?)\s+[-–—|]\s")
_COPYRIGHT_HOLDER = re.compile(
    r"(?:copyright|©)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
    r"(?P<name>(?:The )?(?:[A-Z][\w&'.-]*\s?){1,5})",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_WORDS = (
    rf"{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}} {_MONTH} \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
)
_DATE = re.compile(_DATE_WORDS, re.IGNORECASE)
_DATE_LINE = re.compile(
    rf"^(?:(?:published|posted|updated|last updated|first published)(?: on)?:?\s*)?"
    rf"(?:[A-Z][a-z]+day,? )?(?:{_DATE_WORDS})\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 14
_TOP_LINES = 6
_SKIPPED = frozenset(("credit", "caption"))
_PLATFORMS = re.compile(r"press ?reader|newsbank|proquest|factiva|lexis", re.IGNORECASE)


@dataclass(slots=True)
class Meta:
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: str | None = None


def read_meta(blocks: list[Block], start: int, kept: list[int]) -> Meta:
    """Metadata from the head (the blocks before the body run) and the body's first lines."""
    top = top_lines(blocks[:start])
    body = [blocks[i] for i in kept]
    title = find_title(top)
    return Meta(
        title=title or title_from_body(body),
        subtitle=find_subtitle(top, title),
        byline=find_byline(blocks[:start] + body[:3]),
        outlet=find_outlet(blocks, body),
        published=find_published(blocks[:start], body),
    )


def top_lines(head: list[Block]) -> list[Block]:
    """The lines just above the body that can be headline or standfirst, in page order.

    Walks back from the body over bylines, dates and captions and stops at a menu
    (two short lines in a row), at furniture text or after a few candidates.
    """
    found: list[Block] = []
    short_run = 0
    for block in reversed(head):
        if block.kind in ("bad", "end") or short_run >= 2 or len(found) >= _TOP_LINES:
            break
        if (
            block.kind in _SKIPPED
            or (block.repeated and block.sentence)
            or BYLINE.search(block.text)
            or _DATE_LINE.match(block.text)
        ):
            continue
        short_run = short_run + 1 if block.words < 3 else 0
        if block.words >= 3:
            found.append(block)
    return found[::-1]


def _headline_shaped(block: Block) -> bool:
    text = block.text
    return (
        3 <= block.words <= 30
        and not text.endswith((".", ",", ":", ";"))
        and not _GLUED_MASTHEAD.match(text)
    )


def find_title(top: list[Block]) -> str | None:
    """The first headline-shaped line above the body."""
    shaped = [b for b in top if _headline_shaped(b)]
    return shaped[0].text if shaped else None


def title_from_body(body: list[Block]) -> str | None:
    """A file that starts straight into the body: its first sentence, trimmed."""
    if not body:
        return None
    text = vocab.DATELINE.sub("", body[0].text, count=1)
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    words = sentence.split()
    return " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")


def find_subtitle(top: list[Block], title: str | None) -> str | None:
    """The standfirst: prose after the title, else a second headline line under it."""
    texts = [b.text for b in top]
    rest = [b for b in top[texts.index(title) + 1 :] if b.words >= 5] if title in texts else top
    prose = [b for b in rest if b.sentence and b.words <= 80]
    pick = prose or [b for b in rest if _headline_shaped(b)]
    return pick[0].text if pick else None


def find_byline(blocks: list[Block]) -> str | None:
    for block in blocks:
        match = BYLINE.search(block.text) if block.words <= 25 else None
        if match:
            return match.group("names").strip()
    return None


def find_outlet(blocks: list[Block], body: list[Block]) -> str | None:
    """Masthead at the top, outlet before a byline, an agency dateline, a copyright line."""
    for block in blocks[:5]:
        glued = _GLUED_MASTHEAD.match(block.text)
        if glued and block.words <= 12 and block.kind not in _SKIPPED and "/" not in block.text:
            return glued.group("name")
    for block in blocks[:10]:
        lead = _OUTLET_HEAD.match(block.text)
        if lead and BYLINE.search(block.text):
            return lead.group("name").strip()
    for block in body[:2]:
        match = vocab.DATELINE.match(block.text)
        if match and match.group("agency") in vocab.AGENCIES:
            return vocab.AGENCIES[match.group("agency")]
    return _copyright_holder(blocks)


def _copyright_holder(blocks: list[Block]) -> str | None:
    for block in reversed(blocks):
        if block.kind != "end" or block.words > 40:
            continue
        match = _COPYRIGHT_HOLDER.search(block.text)
        name = match.group("name").strip() if match else ""
        if name and not _PLATFORMS.search(name) and name.lower() not in ("all", "the"):
            return name.rstrip(".")
    return None


def find_published(head: list[Block], body: list[Block]) -> str | None:
    """Only an explicit date line in the head or a dated dateline gives the publication date."""
    for block in head:
        if block.words <= 15 and _DATE_LINE.match(block.text):
            return iso_date(_DATE.search(block.text).group(0).replace(".", ""))
    if body:
        match = vocab.DATELINE.match(body[0].text)
        date = _DATE.search(match.group(0)) if match else None
        if date:
            return iso_date(date.group(0).replace(".", ""))
    return None

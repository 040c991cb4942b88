"""Which paragraphs of an article are photo captions and which are page boilerplate.

Cleaners remove most page furniture, but not all of it: dates in a paywall appeal
("since the newspaper's founding in 1908") or a photo's camera date must not
become events, so the story step checks again with general rules of news pages.
"""

from __future__ import annotations

import re

from newsreader.story.text import paragraphs

_BOILERPLATE = re.compile(
    r"subscri(?:be|ption)|newsletter|\bcookies?\b|all rights reserved|copyright|©"
    r"|\bsign up\b|\blog ?in\b|click here|^read more\b|advertisement|privacy (?:policy|notice)"
    r"|terms of (?:use|service)|free articles|support (?:our|independent) journalism"
    r"|\bdonate\b|follow us|^share (?:this|on)\b|qr code|^dear reader|^related:"
    r"|may not be (?:published|reproduced)|^newspapers (?:in|from)\b",
    re.IGNORECASE,
)
# Credits: "AP Photo", "Getty Images", "Photo by", "(Photo", "Credit:", "(Jay LaPrete/AP)",
# and "Photo:" opening the line. Each alternative starts with its first letter, a
# word boundary checked after it (`(?<!\w.)`): re then skips ahead to those letters
# in C (`\b` first made it try every alternative at every position: 40x slower).
_CREDIT = re.compile(
    r"A(?<!\w.)(?:P Photo\b|P Images\b|FP\b)|Getty Images|R(?<!\w.)EUTERS\b|E(?<!\w.)PA\b"
    r"|P(?<!\w.)(?:hoto by\b|hotograph:|hoto courtesy\b)|F(?<!\w.)ile photo\b"
    r"|C(?<!\w.)redit:|I(?<!\w.)mage:|\((?:Photo\b|[^()]{2,80}/[^()]{2,80}\)\s*$)"
)
_CREDIT_LINE = re.compile(r"^[A-Z][\w.'’ -]{1,40}/[\w.'’ /-]{2,40}$")
# Present-tense verbs of photo captions ("Sessions speaks in Columbus, Aug. 2, 2017").
CAPTION_VERBS = re.compile(
    r"\b(?:speaks|listens|looks on|gestures|arrives|walks|stands|poses|waves|attends"
    r"|talks|testifies|pauses|is seen|are seen|holds|delivers|leaves|prays|sits|smiles)\b"
)


def is_boilerplate(paragraph: str) -> bool:
    return bool(_BOILERPLATE.search(paragraph.strip()))


def boilerplate_start(text: str) -> int:
    """Offset where the page tail begins (paywall, newsletter, cookie notice), else len(text).

    A short boilerplate paragraph in the second half of an article means the rest is page
    furniture too (an appeal letter, related links), even where no keyword shows it.
    """
    paras = list(paragraphs(text))
    half = len(paras) // 2
    for number, (offset, para) in enumerate(paras):
        if number >= half and len(para) < 250 and is_boilerplate(para):
            return offset
    return len(text)


def caption_paragraphs(text: str) -> set[int]:
    """Numbers of the paragraphs that are photo captions or credit lines."""
    paras = [p for _, p in paragraphs(text)]
    found: set[int] = set()
    for number, para in enumerate(paras):
        line = para.strip()
        if _CREDIT_LINE.match(line) and len(line) < 60:
            found.add(number)
            found.update(n for n in (number - 1, number + 1) if 0 <= n < len(paras))
        elif len(line) < 600 and (line.startswith("Photo:") or _CREDIT.search(line)):
            found.add(number)
    return found

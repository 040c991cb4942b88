"""Quotation spans from quote marks: curly or straight, double or British single.

News continues a quotation over paragraphs by leaving the paragraph unclosed and
opening the next one with a quote mark; such a quotation is one span of several parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN, _DOUBLE_CLOSE, _DOUBLE_ANY = "“„«", "”»", '"'
_SINGLE_OPEN, _SINGLE_CLOSE, _SINGLE_ANY = "‘", "’", "'"
_BEFORE_OPEN = "([{—–-/"
_AFTER_CLOSE = ",.;:!?)]—–-…"
_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_MARKS = re.compile(r"[“”„«»\"]")
_SINGLE_MARKS = re.compile(r"[‘’']")
_SPEECHY = re.compile(r"\s(?:said|says|added|told|according|he|she|they|wrote)\b")


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end)
    parts: tuple[tuple[int, int], ...]  # the quoted text, one range per paragraph
    closed: bool = True

    def text(self, source: str) -> str:
        return " ".join(source[a:b].strip() for a, b in self.parts).strip()


def quote_spans(text: str) -> list[Span]:
    """All quotation spans in text order, in the article's own quoting style."""
    single = _uses_single_quotes(text)
    spans: list[Span] = []
    pending: list[tuple[int, int]] = []  # parts of a quotation still open
    start = -1
    for para in _PARAGRAPH.finditer(text):
        if pending and not _opens_paragraph(text, para.start(), single):
            spans.append(Span(start, pending[-1][1], tuple(pending), closed=False))
            pending = []
        start, pending = _scan_paragraph(
            text, para.start(), para.end(), single, spans, start, pending
        )
    if pending:
        spans.append(Span(start, pending[-1][1], tuple(pending), closed=False))
    return spans


def _scan_paragraph(
    text: str, lo: int, hi: int, single: bool, spans: list[Span], start: int, pending: list
) -> tuple[int, list]:
    """Pair the marks of one paragraph; returns a quotation left open at its end."""
    inner = -1
    if pending:  # continued from the last paragraph: the opening mark starts this one
        inner = _first_mark(text, lo, hi, single) + 1
    for mark in (_SINGLE_MARKS if single else _DOUBLE_MARKS).finditer(text, lo, hi):
        i, c = mark.start(), mark.group()
        if inner < 0 or i < inner:
            if inner < 0 and _is_opener(text, i, lo, single):
                start, inner, pending = i, i + 1, []
            continue
        if _is_closer(text, i, single):
            spans.append(Span(start, i + 1, (*pending, (inner, i))))
            inner, pending = -1, []
        elif c in (_SINGLE_OPEN if single else _DOUBLE_OPEN) and text[i - 1].isspace():
            start, inner, pending = i, i + 1, []  # a clear new opening: the last one was stray
    if inner >= 0:
        return start, [*pending, (inner, hi)]
    return start, []


def _first_mark(text: str, lo: int, hi: int, single: bool) -> int:
    marks = _SINGLE_OPEN + _SINGLE_ANY if single else _DOUBLE_OPEN + _DOUBLE_ANY + _DOUBLE_CLOSE
    i = lo
    while i < hi and text[i].isspace():
        i += 1
    return i if i < hi and text[i] in marks else lo - 1


def _opens_paragraph(text: str, lo: int, single: bool) -> bool:
    return _first_mark(text, lo, len(text), single) >= lo


def _is_opener(text: str, i: int, lo: int, single: bool) -> bool:
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and c not in "“‘„«":
        return nxt == " " and c == "”" and prev == " "  # "that ” federal": a stray closing glyph
    if single:
        return c in _SINGLE_OPEN + _SINGLE_ANY and (prev.isspace() or prev in _BEFORE_OPEN)
    if c in _DOUBLE_OPEN:
        return True
    return c in _DOUBLE_ANY + _DOUBLE_CLOSE and (prev.isspace() or prev in _BEFORE_OPEN)


def _is_closer(text: str, i: int, single: bool) -> bool:
    c = text[i]
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if single:
        if c not in _SINGLE_CLOSE + _SINGLE_ANY or prev.isspace():
            return False
        if prev.isalnum() and nxt.isalnum():
            return False  # an apostrophe: "don’t"
        return not (prev == "s" and nxt == " " and _possessive(text, i))
    return c in _DOUBLE_CLOSE + _DOUBLE_ANY and (not prev.isspace() or nxt.isspace())


def _possessive(text: str, i: int) -> bool:
    """ "the officers’ union": a plural possessive, unless speech follows."""
    after = text[i + 1 : i + 12]
    return bool(re.match(r" [a-z]", after)) and not _SPEECHY.match(after)


def _uses_single_quotes(text: str) -> bool:
    """British style: more single than double quotations open the text's quotes."""
    singles = len(re.findall(r"(?:^|[\s(—])[‘'][A-Za-z0-9]", text))
    doubles = len(re.findall(r"(?:^|[\s(—])[“\"][A-Za-z0-9]", text))
    return singles > doubles

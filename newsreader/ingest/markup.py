"""Conversions between plain text and Markdown bodies."""

from __future__ import annotations

import re

_MD_SPECIAL_START = re.compile(r"^(\s*)([#>+\-*=]|\d+[.)])(\s)", re.MULTILINE)
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_LINK = re.compile(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$", re.MULTILINE)
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}.*$", re.MULTILINE)


def paragraphs_to_text(paragraphs: list[str]) -> str:
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def text_to_markdown(text: str) -> str:
    """Plain text as Markdown that renders back to the same words."""
    escaped = _MD_INLINE.sub(r"\\\1", text)
    return _MD_SPECIAL_START.sub(r"\1\\\2\3", escaped)


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: markup dropped, link text kept, targets dropped."""
    text = _FENCE.sub("", markdown)
    text = _TABLE_SEP.sub("", text)
    text = _RULE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _ESCAPE.sub(r"\1", text)
    text = re.sub(r"[ \t]*\|[ \t]*", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()

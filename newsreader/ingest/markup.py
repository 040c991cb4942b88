"""Conversions between plain text and Markdown bodies."""

from __future__ import annotations

import re

# A line starting with one of these may be markup (heading, quote, list, rule, fence,
# underline): the character is escaped, which CommonMark renders as itself.
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+\-*=_~`])", re.MULTILINE)
# "1. text" starts a list: CommonMark escapes the dot ("1\."), not the digit.
_MD_ORDERED_START = re.compile(r"^([ \t]*\d+)([.)])(\s|$)", re.MULTILINE)
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_LINK = re.compile(r"!\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)")
# Indents are [ \t], never \s: \s would swallow the blank line before a block.
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_BULLET = re.compile(r"^([ \t]*)[*+-][ \t]+", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|=~])")
# An escaped character while the rules run: NUL, its code point, SOH (no rule reads
# digits, and neither control character is text).
_HELD = re.compile("\x00(\\d+)\x01")
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}.*$", re.MULTILINE)


def paragraphs_to_text(paragraphs: list[str]) -> str:
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def text_to_markdown(text: str) -> str:
    """Plain text as Markdown that renders back to the same words."""
    escaped = _MD_INLINE.sub(r"\\\1", text)
    escaped = _MD_ORDERED_START.sub(r"\1\\\2\3", escaped)
    return _MD_LINE_START.sub(r"\1\\\2", escaped)


def markdown_to_text(markdown: str) -> str:
    """Markdown as plain text: markup dropped, link text kept, targets dropped.

    Escaped characters ("\\*", "\\[") are set aside first, so no rule reads
    them as markup, and put back as themselves at the end."""
    text = _ESCAPE.sub(lambda m: f"\x00{ord(m.group(1))}\x01", re.sub("[\x00\x01]", "", markdown))
    text = _FENCE.sub("", text)
    text = _TABLE_SEP.sub("", text)
    text = _RULE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _HEADING.sub("", text)
    text = _BULLET.sub(r"\1", text)
    text = _QUOTE.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = re.sub(r"[ \t]*\|[ \t]*", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return _HELD.sub(lambda m: chr(int(m.group(1))), text)

"""Parse an HTML page into an lxml tree the extractors can walk without recursing to death."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

# libxml2 stops building the tree at this depth and drops what lies below it.
_LIBXML_MAX_DEPTH = 255
# Extractors walk the tree recursively: past this depth, flatten the layout first.
_SAFE_DEPTH = 200
# Layout containers that carry no meaning of their own: removing their tags (keeping
# their content) flattens absurdly nested pages without losing text.
_LAYOUT_TAGS = re.compile(
    r"</?(?:div|span|section|article|main|font|center|table|tbody|thead|tr|td|th|"
    r"blockquote|aside|header|footer|nav|form|ul|ol|dl|li|b|i|em|strong|small)\b[^>]*>",
    re.IGNORECASE,
)
# XML declarations make lxml refuse a str input; control characters upset libxml2.
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class PageError(ValueError):
    """The page cannot be parsed as HTML at all."""


def parse_page(html: str) -> HtmlElement:
    """The page as a document tree (flattened when nested too deeply)."""
    html = _CONTROL.sub("", _XML_DECL.sub("", html))
    tree = _parse(html)
    if _depth(tree) >= _SAFE_DEPTH:
        tree = _parse(_LAYOUT_TAGS.sub("\n", html))
        if _depth(tree) >= _SAFE_DEPTH:
            raise PageError("page structure nested too deeply to read")
    return tree


def _parse(html: str) -> HtmlElement:
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise PageError(f"not readable as HTML ({exc})") from exc
    if tree is None:
        raise PageError("not readable as HTML")
    return tree


def _depth(tree: HtmlElement) -> int:
    """Deepest nesting level, measured without recursion."""
    deepest = 0
    stack = [(tree, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest >= _LIBXML_MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in element)
    return deepest

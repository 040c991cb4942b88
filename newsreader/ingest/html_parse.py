"""Parse an HTML page into an lxml tree the extractors can walk without recursing to death."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from newsreader.sanitize import clean_text

# libxml2 stops building the tree at this depth and drops what lies below it.
_LIBXML_MAX_DEPTH = 255
# Extractors walk the tree recursively: past this depth, flatten the layout first.
_SAFE_DEPTH = 200
# Flattening keeps only the tags that shape an article (paragraphs, headings, links)
# and drops every other tag, keeping its content: no nesting survives it.
_LAYOUT_TAGS = re.compile(
    r"</?(?!(?:p|h[1-6]|br|a|pre|title|meta|head|body|html|script|style)\b)[a-zA-Z][\w:-]*[^>]*>"
)
# XML declarations make lxml refuse a str input.
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


class PageError(ValueError):
    """The page cannot be parsed as HTML at all."""


def parse_page(html: str) -> HtmlElement:
    """The page as a document tree (flattened when nested too deeply)."""
    # Escape sequences go before parsing: libxml2 would keep their printable tails.
    html = without_controls(_XML_DECL.sub("", html))
    tree = _parse(html)
    if _depth(tree) >= _SAFE_DEPTH:
        tree = _parse(_LAYOUT_TAGS.sub("\n", html))
        if _depth(tree) >= _SAFE_DEPTH:
            raise PageError("page structure nested too deeply to read")
    return tree


def without_controls(value: str) -> str:
    """clean_text, skipped when there is nothing to clean (its regex is slow on whole pages)."""
    return clean_text(value) if _ANY_CONTROL.search(value) else value


def parse_fragment(fragment: str) -> HtmlElement:
    """An extractor's HTML output as one <div> (stray <html>/<body> tags merge into it)."""
    try:
        document = lxml.html.document_fromstring(f"<html><body>{fragment}</body></html>")
    except (lxml.etree.ParserError, ValueError):
        document = lxml.html.document_fromstring("<html><body></body></html>")
    body = document.body
    body.tag = "div"
    body.attrib.clear()
    return body


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

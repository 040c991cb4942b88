"""HTML -> text the way a browser's select-all-and-copy gives it.

Scripts, styles and hidden parts are dropped; every block element starts its own
line (paragraphs and headings are followed by a blank line, as the browser's
margins make them); navigation, footers, cookie banners and the rest of the page
furniture are kept. The output is the input of the `text` extraction benchmark.

    python benchmarks/browser_dump.py PAGE.html[.gz]
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

import lxml.etree
import lxml.html

# Not rendered, or rendered without copyable text.
_SKIP = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "select",
        "option",
        "datalist",
        "input",
        "textarea",
        "img",
        "picture",
        "source",
        "map",
    ]
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hgroup",
        "hr",
        "html",
        "legend",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "pre",
        "section",
        "summary",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
# Blocks whose bottom margin makes the browser copy a blank line after them.
_SPACED = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6"])
_CELLS = frozenset(("td", "th"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f]+")


def dump(html: str) -> str:
    """The page's visible text, one block per line."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    items: list[str | int] = []
    _walk(tree, items)
    return _join(items)


def _hidden(element: lxml.html.HtmlElement) -> bool:
    if not isinstance(element.tag, str) or element.tag.lower() in _SKIP:
        return True
    if element.get("hidden") is not None:
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _walk(root: lxml.html.HtmlElement, items: list[str | int]) -> None:
    """Collect text pieces and required line breaks (ints) without recursing."""
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, str):  # a tail, already collected
            items.append(node)
            continue
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if closing:
            items.append(_breaks(tag))
            if node.tail:
                items.append(_SPACE.sub(" ", node.tail))
            continue
        if _hidden(node):
            if node.tail:
                items.append(_SPACE.sub(" ", node.tail))
            continue
        _open(node, tag, items)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _open(node: lxml.html.HtmlElement, tag: str, items: list[str | int]) -> None:
    if tag == "br":
        items.append("\n")
    elif tag in _CELLS:
        items.append("\t")
    else:
        items.append(_breaks(tag))
    if node.text:
        items.append(node.text if tag == "pre" else _SPACE.sub(" ", node.text))


def _breaks(tag: str) -> int:
    return 2 if tag in _SPACED else 1 if tag in _BLOCK else 0


def _join(items: list[str | int]) -> str:
    """Join pieces; runs of required breaks become the largest of them."""
    out: list[str] = []
    pending = 0
    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        if not item or (item.isspace() and (pending or not out)):
            continue  # whitespace between blocks is not rendered
        if pending and out:
            out.append("\n" * pending)
        pending = 0
        out.append(item)
    lines = (line.strip(" ") for line in "".join(out).split("\n"))
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def main(argv: list[str]) -> int:
    for name in argv:
        path = Path(name)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as f:
            sys.stdout.write(dump(f.read()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

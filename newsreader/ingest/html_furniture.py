"""Page furniture that extractors keep but a reader does not want.

Works on the extracted fragment, block by block (paragraphs, headings, list items):
the headline and byline repeated at the top (they are metadata fields already),
datelines, captions and credits, "Related:"/"Read more" teasers, share and
newsletter prompts, and lists made only of links. The phrases are generic
newsroom boilerplate; a block is only dropped when it is short, so a sentence of
the story that happens to start the same way survives.
"""

from __future__ import annotations

import re

import lxml.html
from lxml.html import HtmlElement

from newsreader.ingest.html_similarity import containment

_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "pre"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_KEEP_SPACE = frozenset(("pre", "code"))
_WS = re.compile(r"\s+")
# Short blocks that are furniture wherever they appear.
_FURNITURE = re.compile(
    r"""^(?:
      (?:related|read\ more|read\ also|also\ read|see\ more|see\ also|more|don'?t\ miss|
         recommended|most\ read|trending|further\ reading|you\ (?:may|might)\ also\ like|
         more\ from\ [\w\s]+|more\ on\ this\ story|advertisement|sponsored|promoted)
         (?:\s*(?:[:.\-–—|]|\.\.\.).*)?
    | (?:\d+\s+)?comments?|leave\ a\ (?:comment|reply)|tell\ us\ what\ you\ think.*
    | share(?:\ this)?(?:\ (?:article|story|post|on\ \w+))?|tweet|email|print
    | text\ size|listen\ to\ (?:this|the)\ (?:article|story).*|click\ here\ .*
    | like\ this\ (?:story|article)\?.*|have\ a\ tip\?.*
    | (?:follow|subscribe\ to|sign\ up\ for|get)\ .*(?:twitter|facebook|instagram|youtube|
         newsletters?|inbox)\b.*
    | (?:photo|image|picture|photograph|video|graphic|illustration)s?
         (?:\ (?:by|courtesy|credit)|\s*:).*
    | (?:source|sources|credit|credits|image\ credit|photo\ credit)s?\s*:.*
    | (?:©|\(c\)|copyright\ ).*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_FURNITURE_MAX = 160  # characters: longer blocks are text, whatever their first words
_DATELINE = re.compile(
    r"^(?:(?:first\ )?published|posted|updated|last\ updated|modified)\b[^.!?]{0,80}$"
    r"|^[\d\s:/.,\-apmAPM]*(?:[ECMP][SD]T|GMT|UTC)?[\d\s:/.,\-apm]*$",
    re.IGNORECASE | re.VERBOSE,
)
_BY = re.compile(r"^(?:by|written\ by|words\ by|von|por|par)\s+\S", re.IGNORECASE | re.VERBOSE)
_BYLINE_MAX = 120
_EDGE = 4  # headline/byline/dateline blocks are looked for this close to the top or bottom


def remove_furniture(fragment: str, title: str | None, byline: str | None) -> str:
    """The fragment without furniture, whitespace in text folded to single spaces."""
    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    _fold_whitespace(root)
    _drop_link_lists(root)
    blocks = _leaf_blocks(root)
    for index, block in enumerate(blocks):
        text = _WS.sub(" ", block.text_content()).strip()
        near_edge = index < _EDGE or index >= len(blocks) - _EDGE
        if not text or _is_furniture(block, text, near_edge, title, byline):
            block.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _is_furniture(
    block: HtmlElement, text: str, near_edge: bool, title: str | None, byline: str | None
) -> bool:
    if len(text) <= _FURNITURE_MAX and _FURNITURE.match(text):
        return True
    if _is_title(block, text, title):
        return True
    if near_edge and len(text) <= _BYLINE_MAX:
        return _is_byline(text, byline) or bool(_DATELINE.match(text))
    return False


def _is_title(block: HtmlElement, text: str, title: str | None) -> bool:
    """A block repeating the headline (the Article's title field holds it already)."""
    if not title or block.tag not in _HEADINGS | {"p"} or len(text) > 2 * len(title) + 20:
        return False
    return containment(text, title) >= 0.8 and containment(title, text) >= 0.6


def _is_byline(text: str, byline: str | None) -> bool:
    if _BY.match(text):
        return True
    if not byline:
        return False
    names = [n.strip().lower() for n in re.split(r"[;,]| and ", byline) if n.strip()]
    lowered = text.lower()
    # The block is mostly the author's name (with a role or a date around it).
    return any(name in lowered for name in names) and len(text) <= 2 * len(byline) + 40


def _drop_link_lists(root: HtmlElement) -> None:
    """Lists whose every item is only a link: related-article and navigation lists."""
    for lst in list(root.iter("ul", "ol")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= 2 and all(_only_link(li) for li in items):
            lst.drop_tree()


def _only_link(element: HtmlElement) -> bool:
    text = _WS.sub("", element.text_content())
    linked = "".join(_WS.sub("", a.text_content()) for a in element.iter("a"))
    return bool(text) and len(linked) >= len(text)


def _leaf_blocks(root: HtmlElement) -> list[HtmlElement]:
    """Block elements holding no other block: the paragraphs as a reader sees them."""
    blocks = [el for el in root.iter(*_BLOCKS) if el is not root]
    parents = {id(ancestor) for el in blocks for ancestor in el.iterancestors()}
    return [el for el in blocks if id(el) not in parents]


def _fold_whitespace(root: HtmlElement) -> None:
    """Newlines inside a paragraph's HTML are layout, not line breaks."""
    for element in root.iter():
        if element.tag in _KEEP_SPACE or any(a.tag in _KEEP_SPACE for a in element.iterancestors()):
            continue
        if element.text:
            element.text = _WS.sub(" ", element.text)
        if element.tail:
            element.tail = _WS.sub(" ", element.tail)

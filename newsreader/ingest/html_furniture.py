"""Page furniture that extractors keep but a reader does not want.

Works on the extracted fragment, block by block (paragraphs, headings, list items):
the headline, deck and byline repeated at the top (they are metadata fields
already), datelines, contributor and contact lines at the bottom, "Related:" and
"Don't miss" teasers, share and newsletter prompts, and blocks or lists made only
of links. The phrases are generic newsroom boilerplate, and a block is only
dropped when it is short, so a sentence of the story that starts the same way
survives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml.html import HtmlElement

from newsreader.ingest.html_parse import parse_fragment, without_controls
from newsreader.ingest.html_similarity import containment

_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "pre"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LANDMARKS = ("nav", "aside", "header", "footer", "form", "button", "select", "iframe", "noscript")
_KEEP_SPACE = frozenset(("pre", "code"))
_WS = re.compile(r"\s+")
_FLAGS = re.IGNORECASE | re.VERBOSE

# Short blocks that are furniture wherever they appear.
_FURNITURE = re.compile(
    r"""^(?:
      advertisement|sponsored(?:\ content)?|promoted|ad
    | (?:\d+\s+)?comments?|leave\ a\ (?:comment|reply)|tell\ us\ what\ you\ think.*
    | share(?:\ this)?(?:\ (?:article|story|post|on\ \w+))?|tweet|email|print
    | text\ size|listen\ to\ (?:this|the)\ (?:article|story).*|click\ here\ .*
    | (?:reading\ time|tempo\ de\ leitura|lesezeit)\s*:.*|\d+\s*min(?:ute)?s?\ read
    | tags?\s*:.*|filed\ under\s*:.*|topics?\s*:.*|categories\s*:.*
    | like\ this\ (?:story|article)\?.*|have\ a\ tip\?.*
    | (?:follow|subscribe\ to|sign\ up\ for|get)\ .*
        (?:twitter|facebook|instagram|youtube|newsletters?|inbox)\b.*
    | (?:photo|image|picture|photograph|video|graphic|illustration)s?
        (?:\ (?:by|courtesy|credit)|\s*:).*
    | (?:image\ |photo\ )?(?:source|credit)s?\s*:.*
    | (?:©|\(c\)|copyright\ ).*
    )$""",
    _FLAGS,
)
_FURNITURE_MAX = 160  # characters: longer blocks are text, whatever their first words
# Teasers for other articles: a lead phrase, then a separator or links.
_TEASER = re.compile(
    r"""^(?:related(?:\ (?:articles?|stories|content|coverage|posts?|reading))?|
        read\ (?:more|also|next)|also\ read|see\ (?:more|also)|more|more\ (?:from|on)\ .{1,60}|
        don'?t\ miss|recommended(?:\ for\ you)?|most\ (?:read|popular)|trending(?:\ now)?|
        further\ reading|also\ on\ \S+|you\ (?:may|might)\ also\ like|watch|listen|
        more\ great\ .{1,40}\ stories)\b(?P<end>\s*(?:[:|»›>\-–—.]|$))?""",
    _FLAGS,
)
_TEASER_MAX = 300
# Bottom lines about the article rather than of it.
_SIGN_OFF = re.compile(
    r"""(?:contributed\ to\ this\ (?:report|article|story)|additional\ reporting\ by|
        ^(?:reporting|writing|editing)\ by\b|^(?:email|e-mail|contact|reach)\ .*
        (?:@|twitter)|^follow\ (?:us|him|her|them|\S+)\ (?:on|at|@)|\bfollow\ (?:him|her)\ on\b|
        ^citation:|^if\ you\ (?:enjoyed|liked)\ this|
        ^[\w.+-]+@[\w-]+\.[\w.]+$)""",
    _FLAGS,
)
_SIGN_OFF_MAX = 400
_DATELINE = re.compile(
    r"^(?=.*\d)(?:(?:first\ )?published|posted|updated|last\ updated|modified)\b.{0,80}$"
    r"|^[\d\s:/.,\-apmAPM]*(?:[ECMP][SD]T|GMT|UTC)?[\d\s:/.,\-apm]*$",
    _FLAGS,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\d+")
_BY = re.compile(r"^(?:by|written\ by|words\ by|von|por|par)\s+\S", _FLAGS)
_BYLINE_MAX = 120
_EDGE = 4  # headline/byline/dateline blocks are looked for this close to the top or bottom
_LINKED_SHARE = 0.9  # a block whose text is this much link text is navigation


@dataclass(slots=True)
class _Block:
    element: HtmlElement
    text: str
    linked: float  # share of the text inside links
    top: bool  # among the first blocks
    bottom: bool  # among the last blocks


def remove_furniture(fragment: str, title: str | None = None, byline: str | None = None) -> str:
    """The fragment without furniture, whitespace in text folded to single spaces."""
    if not fragment.strip():
        return ""
    root = parse_fragment(fragment)
    _fold_whitespace(root)
    _drop_landmarks(root)
    _drop_link_lists(root)
    blocks = _blocks(root)
    _drop_leading_headings(blocks)
    for block in blocks:
        if not block.text or _is_furniture(block, title, byline):
            block.element.drop_tree()
    return lxml.html.tostring(root, encoding="unicode")


def _is_furniture(block: _Block, title: str | None, byline: str | None) -> bool:
    text = block.text
    if len(text) <= _FURNITURE_MAX and _FURNITURE.match(text):
        return True
    teaser = _TEASER.match(text)
    if teaser and len(text) <= _TEASER_MAX and (teaser["end"] is not None or block.linked >= 0.5):
        return True
    if block.linked >= _LINKED_SHARE and len(text) <= _TEASER_MAX:
        return True
    if _is_title(block, title):
        return True
    if block.bottom and len(text) <= _SIGN_OFF_MAX and _SIGN_OFF.search(text):
        return True
    if (block.top or block.bottom) and len(text) <= _BYLINE_MAX:
        return _is_byline(text, byline) or _is_dateline(text)
    return False


def _drop_leading_headings(blocks: list[_Block]) -> None:
    """Headings before the first paragraph are the page's headline and deck."""
    leading = []
    for block in blocks[:_EDGE]:
        if block.element.tag not in _HEADINGS:
            break
        leading.append(block)
    if len(leading) < len(blocks):
        for block in leading:
            block.text = ""


def _is_title(block: _Block, title: str | None) -> bool:
    """A block repeating the headline (the Article's title field holds it already)."""
    text = block.text
    if not title or block.element.tag not in _HEADINGS | {"p"} or len(text) > 2 * len(title) + 20:
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


def _is_dateline(text: str) -> bool:
    if _DATELINE.match(text):
        return True
    # "sexta-feira, 22 de outubro de 2010 às 20:13": a few words around a year and numbers.
    if len(text.split()) > 9 or text.endswith((".", "!", "?", '"', "”", "»")):
        return False  # a sentence, not a date stamp
    return bool(_YEAR.search(text)) and len(_NUMBER.findall(text)) >= 3


def _drop_landmarks(root: HtmlElement) -> None:
    """Navigation, header/footer, forms: readability's output can still hold them."""
    for element in list(root.iter(*_LANDMARKS)):
        if element.getparent() is not None:
            element.drop_tree()


def _drop_link_lists(root: HtmlElement) -> None:
    """Lists whose every item is only a link: related-article and navigation lists."""
    for lst in list(root.iter("ul", "ol")):
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= 2 and all(_linked_share(li) >= _LINKED_SHARE for li in items):
            lst.drop_tree()


def _linked_share(element: HtmlElement) -> float:
    text = _WS.sub("", element.text_content())
    if not text:
        return 0.0
    linked = sum(len(_WS.sub("", a.text_content())) for a in element.iter("a"))
    return min(1.0, linked / len(text))


def _blocks(root: HtmlElement) -> list[_Block]:
    """Block elements holding no other block: the paragraphs as a reader sees them."""
    elements = [el for el in root.iter(*_BLOCKS) if el is not root]
    parents = {id(ancestor) for el in elements for ancestor in el.iterancestors()}
    leaves = [el for el in elements if id(el) not in parents]
    count = len(leaves)
    return [
        _Block(
            el,
            _WS.sub(" ", el.text_content()).strip(),
            _linked_share(el),
            top=i < _EDGE,
            bottom=i >= count - _EDGE,
        )
        for i, el in enumerate(leaves)
    ]


def _fold_whitespace(root: HtmlElement) -> None:
    """Newlines inside a paragraph's HTML are layout, not line breaks."""
    for element in root.iter():
        if element.tag in _KEEP_SPACE or any(a.tag in _KEEP_SPACE for a in element.iterancestors()):
            continue
        if element.text:
            element.text = _WS.sub(" ", without_controls(element.text))
        if element.tail:
            element.tail = _WS.sub(" ", without_controls(element.tail))

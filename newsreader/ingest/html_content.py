"""Main content of a page: trafilatura first, readability when trafilatura finds little.

Both return an HTML fragment; the caller turns it into Markdown. Trafilatura is the
precise one; readability has the better recall on pages whose article is split over
unusual containers. Readability only runs when a cheap signal says trafilatura missed
text: its output is short, or the page holds much more prose than it returned.
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from readability import Document as Readability
from trafilatura.htmlprocessing import build_html_output
from trafilatura.settings import Document as TrafDocument

from newsreader.ingest.html_parse import parse_fragment
from newsreader.ingest.html_similarity import containment

# Trafilatura and readability log every page they give up on: not our user's business.
for _name in ("trafilatura", "readability", "readability.readability", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# Below this many characters of body text, trafilatura "found little".
_SHORT_BODY = 600
# htmldate on markup and URL only: a date found in the prose is not "metadata".
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# A page paragraph this long is prose, not navigation.
_PROSE_MIN = 100
# Readability runs when trafilatura returned less than this share of the page's prose.
_PROSE_SHARE = 0.6
# Readability replaces trafilatura when it is this much longer and keeps what
# trafilatura found (trafilatura's text mostly contained in it).
_LONGER = 1.3
_KEEPS = 0.7
_WS = re.compile(r"\s+")
# "caption", "wp-caption-text", "media-caption__text", "image-credit"; not the
# "has-caption"/"no-caption" flags that wrappers carry.
_CAPTION_CLASS = re.compile(
    r"^(?!has-|no-|with-)(?:[\w-]*[-_])?(?:caption|credit)(?:[-_]{1,2}text)?$", re.IGNORECASE
)
_CAPTION_MAX = 600
_PROSE_HOLDERS = ("p", "div", "td", "section", "article", "blockquote", "li")
_INLINE = frozenset(("a", "b", "i", "em", "strong", "span", "q", "cite", "abbr", "sup", "sub"))


@dataclass(slots=True)
class Extraction:
    """What the content extractors gave: the body fragment and trafilatura's metadata."""

    body_html: str
    traf: TrafDocument | None
    source: str  # "trafilatura", "readability" or "none": which extractor won


def extract_content(tree: HtmlElement, url: str | None) -> Extraction:
    """The main content of a parsed page (the tree loses its image captions)."""
    _drop_captions(tree)
    traf = _trafilatura(tree, url)
    traf_html = build_html_output(traf) if traf is not None and traf.body is not None else ""
    traf_text = _text(traf_html)
    if not _needs_fallback(tree, traf_text):
        return Extraction(traf_html, traf, "trafilatura")
    read_html = _readability(tree)
    read_text = _text(read_html)
    if _prefer_readability(traf_text, read_text):
        return Extraction(read_html, traf, "readability")
    if traf_text:
        return Extraction(traf_html, traf, "trafilatura")
    return Extraction("", traf, "none")


def _trafilatura(tree: HtmlElement, url: str | None) -> TrafDocument | None:
    # fast=True skips trafilatura's own readability/justext comparison: we run
    # readability ourselves, and only when needed. Same scores, twice the speed.
    try:
        result = _bare_extraction(tree, url)
    except RecursionError:
        raise
    except Exception:  # a third-party failure on one odd page: readability gets its turn
        logging.getLogger(__name__).debug("trafilatura failed on %s", url, exc_info=True)
        return None
    return result if isinstance(result, TrafDocument) else None


def _bare_extraction(tree: HtmlElement, url: str | None) -> object:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,
        favor_precision=True,
        include_comments=False,
        include_formatting=True,
        include_links=True,
        include_tables=True,
        with_metadata=True,
        output_format="html",
        date_extraction_params=_DATE_PARAMS,
    )


def _readability(tree: HtmlElement) -> str:
    try:
        return Readability(deepcopy(tree)).summary(html_partial=True)
    except Exception:  # readability raises bare Unparseable/TypeError on odd pages
        return ""


def _drop_captions(tree: HtmlElement) -> None:
    """Image captions and credits are furniture; both extractors tend to keep them."""
    for element in list(tree.iter("figcaption", "div", "span", "p")):
        is_caption = element.tag == "figcaption" or _is_caption_class(element.get("class"))
        if is_caption and len(element.text_content()) <= _CAPTION_MAX:
            element.drop_tree()


def _is_caption_class(value: str | None) -> bool:
    return bool(value) and any(_CAPTION_CLASS.match(token) for token in value.split())


def _needs_fallback(tree: HtmlElement, traf_text: str) -> bool:
    if len(traf_text) < _SHORT_BODY:
        return True
    return len(traf_text) < _PROSE_SHARE * _page_prose(tree)


def _prefer_readability(traf_text: str, read_text: str) -> bool:
    if not read_text:
        return False
    if len(read_text) < _LONGER * len(traf_text):
        return False
    if len(traf_text) < _SHORT_BODY:  # trafilatura found little: anything longer is better
        return True
    return containment(traf_text, read_text) >= _KEEPS


def _page_prose(tree: HtmlElement) -> int:
    """Characters of paragraph-like text on the whole page: what an article could hold.

    Counts each element's own text (not its children's), so that paragraphs in
    <p> and in bare <div>s both count, once.
    """
    total = 0
    for element in tree.iter(_PROSE_HOLDERS):
        own = (element.text or "") + "".join(child.tail or "" for child in element)
        own += "".join(child.text_content() for child in element if child.tag in _INLINE)
        length = len(_WS.sub(" ", own).strip())
        if length >= _PROSE_MIN:
            total += length
    return total


def _text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    return _WS.sub(" ", parse_fragment(fragment).text_content()).strip()

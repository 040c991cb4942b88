"""A page's own metadata: og:/article: tags and JSON-LD first, trafilatura's guesses after.

Explicit publisher markup (og:site_name, article:published_time, JSON-LD
NewsArticle) says what the page is; trafilatura/htmldate fill the gaps with
well-tuned heuristics (<title> cleanup, bylines in the page, dates in the URL).
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafDocument

from newsreader.ingest.dates import iso_date

_ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "blogposting",
    "report",
    "webpage",
}
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "date",
)
_MAX_JSON_LD = 200_000  # characters: bigger blobs are app state, not metadata


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    subtitle: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None


def page_metadata(tree: HtmlElement, traf: TrafDocument | None, url: str | None) -> PageMeta:
    meta = _meta_tags(tree)
    ld = _json_ld_article(tree)
    return PageMeta(
        title=_first(_attr(traf, "title"), meta.get("og:title"), ld.get("headline"), _title(tree)),
        subtitle=_first(meta.get("og:description"), meta.get("description"), ld.get("description")),
        outlet=_outlet(
            _first(meta.get("og:site_name"), _name(ld.get("publisher")), _attr(traf, "sitename"))
        ),
        byline=_first(_attr(traf, "author"), _author_meta(meta), _names(ld.get("author"))),
        published=_published(meta, ld, traf),
        url=_first(url, meta.get("og:url"), _attr(traf, "url")),
    )


def _published(meta: dict[str, str], ld: dict[str, Any], traf: TrafDocument | None) -> str | None:
    candidates = [meta.get(name) for name in _DATE_META]
    candidates += [ld.get("datePublished"), ld.get("dateCreated"), _attr(traf, "date")]
    with warnings.catch_warnings():  # dateutil warns on "EST"-style zone names: noise
        warnings.simplefilter("ignore")
        dates = (iso_date(value) for value in candidates)
        return next((date for date in dates if date), None)


def _outlet(name: str | None) -> str | None:
    """A site name given as a URL ("https://www.example.in") reads better as its host."""
    if name and name.startswith(("http://", "https://")):
        host = urlsplit(name).hostname or ""
        return host.removeprefix("www.") or None
    return name


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    """<meta property|name|itemprop=... content=...>, keys lowercased, first one wins."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = (element.get("content") or "").strip()
        if key and content:
            found.setdefault(key.strip().lower(), content)
    return found


def _json_ld_article(tree: HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object that describes an article (or an empty dict)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            if _ld_types(item) & _ARTICLE_TYPES:
                return item
    return {}


def _ld_items(data: Any) -> list[dict[str, Any]]:
    """Top-level objects, with @graph members, flattened one level."""
    items = data if isinstance(data, list) else [data]
    flat: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            flat.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                flat.extend(g for g in graph if isinstance(g, dict))
    return flat


def _ld_types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def _names(value: Any) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [n for n in map(_name, values) if n]
    return "; ".join(dict.fromkeys(names)) or None


def _author_meta(meta: dict[str, str]) -> str | None:
    for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author"):
        value = meta.get(key)
        # article:author is often a profile URL, not a name.
        if value and not value.startswith(("http://", "https://")):
            return value.removeprefix("By ").removeprefix("by ")
    return None


def _title(tree: HtmlElement) -> str | None:
    title = tree.find(".//title")
    return title.text_content() if title is not None else None


def _attr(traf: TrafDocument | None, name: str) -> str | None:
    value = getattr(traf, name, None) if traf is not None else None
    return value if isinstance(value, str) else None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return " ".join(value.split())
    return None

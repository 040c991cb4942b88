"""The timeline and articles in other tools' formats: Markdown, CSV, JSON, TimelineJS.

Pure functions from the story's data to text or JSON-ready dicts; the caller writes
them. Article text is data everywhere: control characters are removed, Markdown
metacharacters escaped, and HTML (TimelineJS renders its text as HTML) escaped.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping
from datetime import date
from typing import Protocol

import yaml

from newsreader.model import Article, Event
from newsreader.sanitize import clean_text, one_line

CSV_COLUMNS = ("date", "start", "end", "precision", "summary", "articles", "outlets", "ids")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_BLOCK_MARK = re.compile(r"^(\s*)([#>+-])(?=\s|$)")  # a heading, quote or bullet
_MD_NUMBER_MARK = re.compile(r"^(\s*\d+)([.)])(?=\s|$)")  # a numbered list item
_TIMELINEJS_SOURCES = 12  # sources listed on one slide; the rest are counted


class Described(Protocol):
    """What an export says about a source article (an index Hit fits)."""

    title: str | None
    outlet: str | None
    published: str | None


Facts = Mapping[str, Described]


def timeline_json(events: list[Event], facts: Facts) -> dict:
    """`timeline --json`'s shape, each source with its article's outlet and title."""
    out = []
    for event in events:
        data = event.to_json()
        data.pop("score", None)
        for source in data["sources"]:
            fact = facts.get(source["id"])
            source["outlet"] = fact.outlet if fact else None
            source["title"] = fact.title if fact else None
        out.append(data)
    return {"events": out}


def timeline_csv(events: list[Event], facts: Facts) -> str:
    """One row per event; `outlets` and `ids` list its sources, separated by "; "."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        ids = _distinct(s.id for s in event.sources)
        outlets = _distinct(o for o in (_outlet(facts, i) for i in ids) if o)
        writer.writerow(
            [
                event.date,
                event.start,
                event.end,
                event.precision,
                one_line(event.summary),
                len(ids),
                "; ".join(one_line(o) for o in outlets),
                "; ".join(one_line(i) for i in ids),
            ]
        )
    return buffer.getvalue()


def timeline_markdown(events: list[Event], facts: Facts, title: str = "Timeline") -> str:
    """A heading per date, the event's summary, then each citing sentence and its source."""
    lines = [f"# {md_escape(title)}", ""]
    for event in events:
        lines += [f"## {_spoken_date(event)}", "", md_escape(one_line(event.summary)), ""]
        for source in event.sources:
            fact = facts.get(source.id)
            where = md_escape(one_line((fact.outlet if fact else None) or source.id))
            said = md_escape(one_line(source.sentence))
            lines.append(f"- {where} (`{_code(source.id)}`): “{said}”")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def timelinejs(events: list[Event], facts: Facts, title: str = "Timeline") -> dict:
    """TimelineJS 3's JSON format: `events` of slides with `start_date` and `text`."""
    articles = {s.id for e in events for s in e.sources}
    intro = f"{len(events)} events told by {len(articles)} articles"
    return {
        "title": {"text": {"headline": _html(title), "text": f"<p>{_html(intro)}</p>"}},
        "events": [_slide(n, event, facts) for n, event in enumerate(events)],
    }


def article_markdown(article: Article) -> str:
    """YAML front matter with the article's facts, its title as a heading, its body.

    newsreader's own Markdown reader reads it back to the same article.
    """
    meta = {
        "title": article.title,
        "subtitle": article.subtitle,
        "outlet": article.outlet,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "id": article.id,
    }
    meta = {k: one_line(v) for k, v in meta.items() if v}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    heading = f"# {one_line(article.title)}\n\n" if article.title else ""
    body = clean_text(article.markdown or article.text).strip()
    return f"---\n{front}---\n\n{heading}{body}\n"


def md_escape(text: str) -> str:
    """Inline Markdown metacharacters and line-start markers escaped."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_BLOCK_MARK.sub(r"\1\\\2", text)
    return _MD_NUMBER_MARK.sub(r"\1\\\2", text)


# -- TimelineJS ---------------------------------------------------------------------------


def _slide(n: int, event: Event, facts: Facts) -> dict:
    slide: dict = {"start_date": _date_object(event.start, event.precision)}
    if event.precision in ("week", "quarter") and event.end != event.start:
        slide["end_date"] = _date_object(event.end, event.precision)
        slide["display_date"] = _spoken_date(event)
    slide["text"] = {
        "headline": _html(one_line(event.summary)),
        "text": _sources_html(event, facts),
    }
    slide["unique_id"] = f"event-{n + 1}"
    return slide


def _date_object(iso: str, precision: str) -> dict:
    """{year, month, day} down to the event's precision (numbers, as the format asks)."""
    day = date.fromisoformat(iso)
    if precision == "year":
        return {"year": day.year}
    if precision in ("month", "quarter"):
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _sources_html(event: Event, facts: Facts) -> str:
    items = []
    for source in event.sources[:_TIMELINEJS_SOURCES]:
        fact = facts.get(source.id)
        where = _html((fact.outlet if fact else None) or source.id)
        if fact and fact.title:
            where += f", <i>{_html(fact.title)}</i>"
        items.append(f"<li>“{_html(one_line(source.sentence))}” ({where})</li>")
    more = len(event.sources) - _TIMELINEJS_SOURCES
    if more > 0:
        items.append(f"<li>and {more} more</li>")
    return f"<ul>{''.join(items)}</ul>"


def _html(text: str) -> str:
    return html.escape(one_line(text), quote=False)


# -- helpers ------------------------------------------------------------------------------


def _spoken_date(event: Event) -> str:
    """ "2017-08-03", "week of 2017-07-24", "Q3 2017", "2017-06", "2017"."""
    if event.precision == "week":
        return f"week of {event.start}"
    if event.precision == "quarter":
        return f"Q{(date.fromisoformat(event.start).month - 1) // 3 + 1} {event.start[:4]}"
    return event.date


def _outlet(facts: Facts, article_id: str) -> str | None:
    fact = facts.get(article_id)
    return fact.outlet if fact else None


def _distinct(items) -> list:
    return list(dict.fromkeys(items))


def _code(text: str) -> str:
    return one_line(text).replace("`", "'")

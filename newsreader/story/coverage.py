"""Who reported what: the archive's outlets against the timeline's events.

An outlet reports an event when one of its articles is among the event's sources.
Outlet names are compared without case or a leading "The", so "The Associated
Press" and "Associated Press" are one column; the most common spelling is shown.
Articles with no known outlet share one column, named None.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from newsreader.model import Event


@dataclass(frozen=True, slots=True)
class OutletCoverage:
    outlet: str | None
    articles: tuple[str, ...]  # the outlet's article ids
    events: int  # how many of the events it reported


@dataclass(frozen=True, slots=True)
class EventCoverage:
    event: Event
    reported_by: tuple[tuple[str | None, tuple[str, ...]], ...]  # (outlet, citing ids)


@dataclass(slots=True)
class Coverage:
    outlets: list[OutletCoverage]  # most events first
    events: list[EventCoverage]  # in the timeline's order

    def matrix(self) -> list[list[int]]:
        """Per event, per outlet (in `outlets` order): its articles citing the event."""
        column = {o.outlet: k for k, o in enumerate(self.outlets)}
        rows = []
        for row in self.events:
            cells = [0] * len(self.outlets)
            for outlet, ids in row.reported_by:
                cells[column[outlet]] = len(ids)
            rows.append(cells)
        return rows


def outlet_key(name: str | None) -> str | None:
    if name is None or not name.strip():
        return None
    words = name.casefold().split()
    return " ".join(words[1:] if words[0] == "the" and len(words) > 1 else words)


def coverage(events: list[Event], outlet_of: Mapping[str, str | None]) -> Coverage:
    """The coverage matrix of `events` by the outlets of the articles in `outlet_of`."""
    spellings: dict[str | None, Counter[str]] = defaultdict(Counter)
    articles: dict[str | None, list[str]] = defaultdict(list)
    for article_id, outlet in sorted(outlet_of.items()):
        key = outlet_key(outlet)
        articles[key].append(article_id)
        if key is not None:
            spellings[key][" ".join(outlet.split())] += 1  # type: ignore[union-attr]
    name = {key: spellings[key].most_common(1)[0][0] if key else None for key in articles}
    told: list[dict[str | None, list[str]]] = []
    counts: Counter[str | None] = Counter()
    for event in events:
        by_outlet: dict[str | None, list[str]] = defaultdict(list)
        for source in event.sources:
            key = outlet_key(outlet_of.get(source.id))
            if source.id not in by_outlet[key]:
                by_outlet[key].append(source.id)
            if key not in name:  # a source missing from outlet_of: no known outlet
                name[key], articles[key] = None, []
        told.append(by_outlet)
        counts.update(by_outlet.keys())
    order = sorted(articles, key=lambda k: (-counts[k], -len(articles[k]), k is None, k or ""))
    outlets = [OutletCoverage(name[k], tuple(articles[k]), counts[k]) for k in order]
    rows = [
        EventCoverage(event, tuple((name[k], tuple(t[k])) for k in order if k in t))
        for event, t in zip(events, told, strict=True)
    ]
    return Coverage(outlets, rows)

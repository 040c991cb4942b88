"""Publication dates taken from related articles, for articles that give none.

First the other versions of the same text (a wire story's copies run the same day
or the next); then, for an article that is no version of anything, the reports of
the same story closest in content, preferring those whose date agrees with the
weekday the article names ("announced Thursday": published that day or the next).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import numpy as np

from newsreader.story.minhash import band_keys

TOPIC_ROWS = 2
MIN_TOPIC_JACCARD = 0.2
_NEIGHBOURS_PER_BAND = 10
_DISAGREEING_WEIGHT = 0.3


def related_dates(
    groups: list[int],
    own: list[str | None],
    topics: np.ndarray,
    weekdays: list[int | None],
) -> list[str | None]:
    """For each article without its own date, a date from related articles (or None)."""
    found = _from_versions(groups, own)
    known = [o or f for o, f in zip(own, found, strict=True)]
    missing = [i for i, date in enumerate(known) if date is None]
    if missing and any(known):
        for i, date in _from_neighbours(missing, known, topics, weekdays).items():
            found[i] = date
    return found


def _from_versions(groups: list[int], own: list[str | None]) -> list[str | None]:
    dates: dict[int, Counter[str]] = defaultdict(Counter)
    for group, date in zip(groups, own, strict=True):
        if date:
            dates[group][date] += 1
    found: list[str | None] = []
    for group, date in zip(groups, own, strict=True):
        counts = dates.get(group)
        # The most common date of the versions; on a tie, the earliest (the original).
        best = min(counts, key=lambda d: (-counts[d], d)) if counts and not date else None
        found.append(best)
    return found


def _from_neighbours(
    missing: list[int], known: list[str | None], topics: np.ndarray, weekdays: list[int | None]
) -> dict[int, str]:
    dated = np.array([i for i, date in enumerate(known) if date], dtype=np.int64)
    scores: dict[int, Counter[str]] = defaultdict(Counter)
    for band in range(topics.shape[1] // TOPIC_ROWS):
        columns = slice(band * TOPIC_ROWS, (band + 1) * TOPIC_ROWS)
        keys = band_keys(topics[dated, columns])
        order = np.argsort(keys)
        sorted_keys = keys[order]
        wanted = band_keys(topics[missing, columns])
        lows = np.searchsorted(sorted_keys, wanted, side="left")
        highs = np.searchsorted(sorted_keys, wanted, side="right")
        for i, low, high in zip(missing, lows, highs, strict=True):
            for j in dated[order[low : min(high, low + _NEIGHBOURS_PER_BAND)]]:
                scores[i][int(j)] = 0  # a candidate neighbour; scored below
    return {
        i: date
        for i in missing
        if (date := _best_date(i, scores[i], known, topics, weekdays[i])) is not None
    }


def _best_date(
    i: int, neighbours: Counter, known: list[str | None], topics: np.ndarray, weekday: int | None
) -> str | None:
    votes: Counter[str] = Counter()
    for j in neighbours:
        similarity = float((topics[i] == topics[j]).mean())
        date = known[j]
        if similarity >= MIN_TOPIC_JACCARD and date:
            votes[date] += similarity * (1.0 if _agrees(date, weekday) else _DISAGREEING_WEIGHT)
    return min(votes, key=lambda d: (-votes[d], d)) if votes else None


def _agrees(date: str, weekday: int | None) -> bool:
    """A story naming a weekday runs on that day or the day after."""
    if weekday is None:
        return True
    day = dt.date.fromisoformat(date)
    return weekday in (day.weekday(), (day - dt.timedelta(days=1)).weekday())

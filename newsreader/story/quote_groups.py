"""The same quotation across outlets, by word-shingle containment.

Outlets trim a quote, cut a clause, swap dashes or quote styles, or quote a longer
stretch of the same statement; containment (shared shingles over the smaller quote's)
survives all of these where plain equality or edit distance does not.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

_SHINGLE = 3
_LINK = 0.6  # share of the smaller quote's shingles found in the other
_MIN_SHARED = 3  # and at least this many shingles, unless the smaller quote has fewer
_SURE = 0.8  # enough to link even when the two name different speakers
_HUBS = 20  # a quote is compared with the first few others sharing a shingle, not all
_DASHES = re.compile(r"\s*[–—―]+\s*|\s+-{1,2}\s+")
_JOINED = re.compile(r"(?<=\w)[-‐‑](?=\w)")


class _Quoted(Protocol):
    article_id: str
    text: str
    speaker: str | None
    offset: int


def words(text: str) -> list[str]:
    """Comparable words: case, curly quotes, dashes and "common-sense" hyphens ignored."""
    text = _DASHES.sub(" ", text.casefold().replace("’", "'"))
    return re.findall(r"[\w']+", _JOINED.sub("", text))


def shingles(text: str) -> frozenset[tuple[str, ...]]:
    w = words(text)
    if len(w) < _SHINGLE:
        return frozenset([tuple(w)]) if w else frozenset()
    return frozenset(tuple(w[i : i + _SHINGLE]) for i in range(len(w) - _SHINGLE + 1))


def cluster(quotes: Sequence[_Quoted]) -> list[list[int]]:
    """Indices of quotes grouped as one quotation; singletons included."""
    sets = [shingles(q.text) for q in quotes]
    parent = list(range(len(quotes)))
    first_of: dict[tuple[frozenset, str | None], int] = {}
    for i, s in enumerate(sets):  # the same words reprinted: linked without comparing
        parent[i] = first_of.setdefault((s, quotes[i].speaker), i)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidates(sets, parent):
        if find(i) != find(j) and _same(quotes[i], quotes[j], sets[i], sets[j]):
            parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(quotes)):
        groups[find(i)].append(i)
    return list(groups.values())


def _candidates(sets: list[frozenset], parent: list[int]) -> set[tuple[int, int]]:
    """Pairs of distinct wordings sharing a shingle; each against a few hubs at most."""
    posting: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        if parent[i] == i:
            for sh in s:
                posting[sh].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in posting.values():
        for k, b in enumerate(members[1:], 1):
            pairs.update((a, b) for a in members[: min(k, _HUBS)])
    return pairs


def _same(a: _Quoted, b: _Quoted, sa: frozenset, sb: frozenset) -> bool:
    smaller = min(len(sa), len(sb))
    if not smaller:
        return False
    shared = len(sa & sb)
    if shared < min(_MIN_SHARED, smaller):
        return False
    share = shared / smaller
    if a.speaker and b.speaker and a.speaker != b.speaker:
        return share >= _SURE
    return share >= _LINK


def majority_speaker(quotes: Sequence[_Quoted]) -> str | None:
    named = Counter(q.speaker for q in quotes if q.speaker)
    return named.most_common(1)[0][0] if named else None

"""How much of one text another holds, by shared word shingles (order-aware, cheap)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def containment(part: str, whole: str) -> float:
    """Share of `part`'s shingles found in `whole` (1.0 when `part` is empty)."""
    wanted = shingles(part)
    if not wanted:
        return 1.0
    return len(wanted & shingles(whole)) / len(wanted)

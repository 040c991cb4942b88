"""Snippets: fragments of an article's stored text around the query's matches.

The result is HTML: the article text is escaped (`&`, `<`, `>`; runs of whitespace
become one space) and each matching word is wrapped in `<b>…</b>`; fragments are
joined with ` … `. A word matches when its stem is one of the query's body terms (so `vest` marks
`vests`); phrases mark their words wherever they occur. Cost is one regex pass
over the text of each hit shown, never over all matches.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections.abc import Iterable

from whoosh import query as Q

from newsreader.index.schema import STOPS, TERMS, WORD, WordTable

FRAGMENT_WORDS = 12  # words of context either side of a match
MAX_FRAGMENTS = 3
MAX_CHARS = 320
LEAD_CHARS = 200
_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")
_TEXT_FIELDS = {"title", "subtitle", "body", "outlet", "byline"}


def highlight_terms(query: Q.Query, reader) -> frozenset[str]:
    """The stems a snippet marks: plain terms, phrase words, prefix expansions."""
    found: set[str] = set()
    for leaf in _positive_leaves(query):
        if getattr(leaf, "fieldname", None) not in _TEXT_FIELDS:
            continue
        if isinstance(leaf, Q.Phrase):
            found.update(leaf.words)
        elif hasattr(leaf, "expansions"):  # capped prefix or wildcard
            for segment in _segments(reader):
                found.update(_decode(reader, leaf.fieldname, leaf.expansions(segment)))
        elif isinstance(leaf, Q.MultiTerm):
            found.update(_decode(reader, leaf.fieldname, leaf._btexts(reader)))
        elif isinstance(leaf, Q.Term) and isinstance(leaf.text, str):
            found.add(leaf.text)
    return frozenset(found)


def _positive_leaves(query: Q.Query) -> Iterable[Q.Query]:
    """Leaves not under a NOT (negated words are not in the text)."""
    if isinstance(query, Q.Not):
        return
    if isinstance(query, Q.AndNot):
        yield from _positive_leaves(query.a)
        return
    if query.is_leaf():
        yield query
        return
    for child in query.children():
        yield from _positive_leaves(child)


def _segments(reader) -> list:
    """The per-segment readers (those the matchers expanded prefixes with)."""
    return [r for r, _offset in reader.leaf_readers()]


def _decode(reader, fieldname: str, btexts: Iterable) -> list[str]:
    field = reader.schema[fieldname]
    return [field.from_bytes(b) if isinstance(b, bytes) else b for b in btexts]


def snippet(text: str, stems: frozenset[str]) -> str:
    """Up to MAX_FRAGMENTS fragments around matches, else the start of the text."""
    words, cut = _kept_words(text, stems)
    hits = [i for i, (_s, _e, matched) in enumerate(words) if matched]
    if not hits:
        return lead(text)
    pieces, used = [], 0
    windows = _windows(hits, len(words))
    for first, last in windows:
        piece = _render(text, words[first : last + 1])
        pieces.append(piece)
        used += len(piece)
        if used >= MAX_CHARS:
            break
    prefix = "… " if cut or (words[hits[0]][0] > 0 and windows[0][0] > 0) else ""
    return prefix + " … ".join(pieces)


def _kept_words(text: str, stems: frozenset[str]) -> tuple[list[tuple[int, int, bool]], bool]:
    """(start, end, matches) of each indexed word, as `terms` gives them, through the
    indexing path's word -> term table (one lookup a word, no lowercasing or stemming);
    only where the snippet's windows can reach (see _windows): from a little before
    the first place a match can be (_reach) to a little after the last one, and no
    further than its windows. True when indexed words before the first were left out."""
    head_of, heads = _HEADS.__getitem__, _heads(stems)
    reach = _reach(text, stems, heads)
    if reach is None:
        return [], False
    begin, cut, end = reach
    found: list[tuple[int, int, bool]] = []
    windows, last, after = 0, 0, 0  # windows begun, index of the last match, words past end
    for match in WORD.finditer(text, begin):
        word = match.group()
        head = head_of(word)
        if not head:
            continue
        if match.start() > end:
            after += 1  # no match can come: enough words for the last window
            if after > FRAGMENT_WORDS + 1:
                break
        # stemmed (once, in TERMS) only when its first letters can match
        matched = (heads is None or head in heads) and TERMS[word] in stems
        n = len(found)
        if matched:
            if windows == 0 or n - FRAGMENT_WORDS > last + FRAGMENT_WORDS + 1:
                windows += 1  # this match begins a window of its own
                if windows > MAX_FRAGMENTS:
                    break
            last = n
        elif windows == MAX_FRAGMENTS and n > last + 2 * FRAGMENT_WORDS + 1:
            break  # no later match could still join the last window
        found.append((*match.span(), matched))
    return found, cut


def _reach(
    text: str, stems: frozenset[str], heads: set[str] | None
) -> tuple[int, bool, int] | None:
    """(where to start reading, whether indexed words come before it, where the last
    match starts); None when nothing matches. The matches are looked for where
    their first letters occur (lowercased, a heads' spelling: every matching word
    starts at one), each checked as the reading would; all of the text when that
    cannot be told (a short stem, letters that lowercase to other lengths)."""
    if not stems:
        return None  # nothing to mark (a date range, a name facet)
    lower = text.lower()
    if heads is None or len(lower) != len(text) or not all(h.isascii() for h in heads):
        return 0, False, len(text)
    starts = [
        place
        for place in (m.start() for m in _spelled(frozenset(heads)).finditer(lower))
        if (place == 0 or not _WORD_CHAR.match(text, place - 1))  # a word's start
        and _matches(WORD.match(text, place), heads, stems)
    ]
    if not starts:
        return None
    begin, cut = _words_before(text, starts[0], FRAGMENT_WORDS + 2)
    return begin, cut, starts[-1]


def _matches(match: re.Match | None, heads: set[str], stems: frozenset[str]) -> bool:
    word = match.group() if match else ""
    return _HEADS[word] in heads and TERMS[word] in stems


@functools.lru_cache(maxsize=64)
def _spelled(heads: frozenset[str]) -> re.Pattern:
    """Any lowercase letter pair whose head is one of `heads` (an i may have been a y)."""
    spellings = {
        "".join(letters)
        for head in heads
        for letters in itertools.product(*(("i", "y") if c == "i" else (c,) for c in head))
    }
    return re.compile("|".join(sorted(map(re.escape, spellings))))


def _words_before(text: str, place: int, count: int) -> tuple[int, bool]:
    """(the start of the indexed word `count` indexed words before `place`, True), or
    (0, False) when there are not that many (the text is read from its start)."""
    span = 64 * count
    while True:
        start = max(0, place - span)
        found = [m.start() for m in WORD.finditer(text, start, place) if _HEADS[m.group()]]
        if start > 0:
            found = found[1:]  # the first may be the end of a longer word
        if len(found) > count:
            return found[-count], True
        if start == 0:
            return 0, False
        span *= 4


def _heads(stems: frozenset[str]) -> set[str] | None:
    """The first two letters of each stem, y read as i: a Porter stem keeps its
    word's (but for "ey" -> "ei"), so a word with other ones needs no stemming.
    None (no shortcut) when a stem is shorter than that."""
    if any(len(s) < 2 for s in stems):
        return None
    return {_head(s) for s in stems}


def _head(word: str) -> str:
    return word[:2].replace("y", "i")


def _indexed_head(word: str) -> str:
    """A word's `_head`, lowercased; "" when it is not indexed (a stopword, one letter)."""
    lower = word.lower()
    return "" if len(lower) < 2 or lower in STOPS else _head(lower)


_HEADS = WordTable(_indexed_head)  # a lookup a word, where stemming takes microseconds


def lead(text: str) -> str:
    """The start of the text, cut at a word, escaped."""
    flat = " ".join(text[: LEAD_CHARS + 40].split())
    if len(flat) > LEAD_CHARS:
        flat = flat[:LEAD_CHARS].rsplit(" ", 1)[0] + " …"
    return _escape(flat)


def _windows(hits: list[int], count: int) -> list[tuple[int, int]]:
    """Word ranges around the matches, overlapping ones merged, at most MAX_FRAGMENTS."""
    windows: list[list[int]] = []
    for i in hits:
        first, last = max(0, i - FRAGMENT_WORDS), min(count - 1, i + FRAGMENT_WORDS)
        if windows and first <= windows[-1][1] + 1:
            windows[-1][1] = last
        else:
            windows.append([first, last])
        if len(windows) > MAX_FRAGMENTS:
            break
    return [(a, b) for a, b in windows[:MAX_FRAGMENTS]]


def _render(text: str, words: list[tuple[int, int, bool]]) -> str:
    out, cursor = [], words[0][0]
    for start, end, matched in words:
        out.append(_flat(text[cursor:start]))
        word = _escape(text[start:end])
        out.append(f"<b>{word}</b>" if matched else word)
        cursor = end
    return "".join(out).strip()


def _flat(gap: str) -> str:
    return _escape(_SPACES.sub(" ", gap))


def _escape(text: str) -> str:
    return html.escape(text, quote=False)

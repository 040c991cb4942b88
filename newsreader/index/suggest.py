"""'Did you mean': replace rare query words by a frequent word one edit away.

Whoosh's spelling corrector needs a word graph stored at index time (slower
indexing) or scans the whole term list per word; and body terms are stems, which
are not words to suggest. Instead the candidates are the word's single-letter
edits, each stemmed and looked up in the body field (a few hundred dictionary
lookups), and the suggestion keeps the candidate's own spelling.
"""

from __future__ import annotations

import itertools
import re
import string

from newsreader.index.schema import STOPS, stem

SUGGEST_BELOW = 3  # suggest only when a query found fewer articles than this
RARE = 2  # a word in fewer body documents than this may be a typo
_WORD = re.compile(r"[^\W\d_]{3,}")
_MAX_WORDS = 8  # words looked at
_LONGEST = 24  # longer words are not typos worth a few thousand lookups
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


def suggest(reader, text: str, total: int) -> str | None:
    """The query with its likely typos corrected, or None."""
    if total >= SUGGEST_BELOW:
        return None
    out, cursor, changed = [], 0, False
    for match in itertools.islice(_WORD.finditer(text), _MAX_WORDS):
        fixed = _correct(reader, text, match)
        if fixed is not None:
            out.append(text[cursor : match.start()] + fixed)
            cursor, changed = match.end(), True
    out.append(text[cursor:])
    return "".join(out) if changed else None


def _correct(reader, text: str, match: re.Match) -> str | None:
    word = match.group()
    after = text[match.end() : match.end() + 1]
    before = text[match.start() - 1 : match.start()] if match.start() else ""
    if len(word) > _LONGEST or word in _OPERATORS or after in (":", "*", "?") or before == ":":
        return None
    lower = word.lower()
    if lower in STOPS or _df(reader, lower) >= RARE:
        return None
    best, best_df = None, RARE - 1
    for candidate in _edits(lower):
        df = _df(reader, candidate)
        if df > best_df:
            best, best_df = candidate, df
    return best


def _df(reader, word: str) -> int:
    return reader.doc_frequency("body", stem(word))


def _edits(word: str) -> set[str]:
    letters = string.ascii_lowercase + "".join(sorted(set(word) - set(string.ascii_lowercase)))
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return (deletes | transposes | replaces | inserts) - {word} - STOPS

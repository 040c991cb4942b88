"""Find the query's words in an article's text: the viewer's find-in-document.

Search matches stemmed words (`vest` finds `vests`), so matching here runs the
same kind of analysis over the text instead of a plain substring search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r'(-?)(?:(\w+):)?("[^"]*"?|\[[^\]]*\]?|[^\s()"]+)')
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_SKIP_FIELDS = {"published", "outlet", "byline", "id", "path", "url"}


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to find: a run of stemmed words, or a prefix (`polic*`)."""

    stems: tuple[str, ...]
    prefix: bool = False


def _words(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of every word, as the index stems them."""
    from newsreader.index import every_word  # loaded on first use: startup stays fast

    return list(every_word(text))


def _stems(text: str) -> tuple[str, ...]:
    return tuple(word for word, _, _ in _words(text))


def query_terms(query: str) -> list[Term]:
    """The positive words and phrases of a search query, for highlighting."""
    terms: list[Term] = []
    negate_next = False
    for minus, field, value in _TOKEN.findall(query):
        if value in _OPERATORS:
            negate_next = value in {"NOT", "ANDNOT"}
            continue
        negated, negate_next = negate_next or bool(minus), False
        if negated or (field and field.lower() in _SKIP_FIELDS) or value.startswith("["):
            continue
        if value.endswith("*") and '"' not in value:
            prefix = value.rstrip("*").lower()
            if prefix:
                terms.append(Term((prefix,), prefix=True))
            continue
        stems = _stems(value.strip('"'))
        if stems:
            terms.append(Term(stems))
    return terms


def find_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Character spans of every match of any term in text, in order, not overlapping."""
    if not terms or not text:
        return []
    tokens = _words(text)
    spans = []
    for i in range(len(tokens)):
        for term in terms:
            span = _match_at(text, tokens, i, term)
            if span:
                spans.append(span)
                break
    return _without_overlaps(spans)


def _match_at(text: str, tokens: list, i: int, term: Term) -> tuple[int, int] | None:
    _, start, end = tokens[i]
    if term.prefix:
        return (start, end) if text[start:end].lower().startswith(term.stems[0]) else None
    size = len(term.stems)
    run = tokens[i : i + size]
    if len(run) == size and all(tok[0] == s for tok, s in zip(run, term.stems, strict=True)):
        return (start, run[-1][2])
    return None


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start < result[-1][1]:
            continue
        result.append((start, end))
    return result


def find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Where a cited sentence sits in text, ignoring differences in whitespace."""
    words = sentence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text)
    return match.span() if match else None


def quote_anchor(text: str, offset: int, quoted: str) -> str | None:
    """The words of a quotation as they stand in the article at `offset`, up to where
    its attribution breaks in ("…," Sessions said) or its paragraph ends: what to
    find and highlight (a quote's text joins its parts; the article's words do not)."""
    if not 0 <= offset < len(text):
        return None
    end = text.find("\n", offset)
    here = text[offset : end if end >= 0 else len(text)].split()
    wanted = quoted.split()
    taken = []
    for word, expected in zip(here, wanted, strict=False):
        if _bare(word) != _bare(expected):
            break
        taken.append(word)
    return " ".join(taken) or None


def _bare(word: str) -> str:
    return re.sub(r"\W+", "", word).casefold()

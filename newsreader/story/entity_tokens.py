"""Tokens and capitalized runs: the raw material of rule-based name finding."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.story.entity_gazetteer import STATE_ABBREVIATIONS
from newsreader.story.entity_lexicon import CONNECTORS, HONORIFICS, ROLE_HEADS

# Abbreviations whose period belongs to the word, not to a sentence end.
_ABBREVIATIONS = (
    HONORIFICS
    | {w for w in ROLE_HEADS if w.endswith(".")}
    | STATE_ABBREVIATIONS
    | frozenset(
        [
            "Jr.",
            "Sr.",
            "St.",
            "Mt.",
            "Ft.",
            "Co.",
            "Corp.",
            "Inc.",
            "Ltd.",
            "Dept.",
            "Gen.",
            "Col.",
            "Maj.",
            "Adm.",
            "Sgt.",
        ]
    )
    | frozenset(
        [
            "Jan.",
            "Feb.",
            "Mar.",
            "Apr.",
            "Jun.",
            "Jul.",
            "Aug.",
            "Sep.",
            "Sept.",
            "Oct.",
            "Nov.",
            "Dec.",
            "No.",
            "vs.",
        ]
    )
)
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*\.?|\d[\w.,]*|\S")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False  # "Sessions's", "Sessions’": the name ends here

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Words with offsets; a trailing period stays only on known abbreviations and initials."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if word.endswith(".") and len(word) > 1 and not _keeps_period(word):
            word = word[:-1]
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 2
        if possessive:
            word = _POSSESSIVE.sub("", word)
        tokens.append(Token(word, start, start + len(word), possessive))
    return tokens


def _keeps_period(word: str) -> bool:
    if word in _ABBREVIATIONS:
        return True
    # Initials ("L.", "U.S.") keep theirs.
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", word))


def capitalized_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalized words on one line, lower-case connectors allowed inside."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        if current and "\n" in text[current[-1].end : token.start]:
            current = _close(runs, current)
        if (token.capitalized and token.text[0].isalpha()) or (
            current and token.text in CONNECTORS and _next_capitalized(tokens, i)
        ):
            current.append(token)
        else:
            current = _close(runs, current)
            continue
        if token.possessive:
            current = _close(runs, current)
    _close(runs, current)
    return runs


def _next_capitalized(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].capitalized and tokens[i + 1].text[0].isalpha()


def _close(runs: list[list[Token]], current: list[Token]) -> list[Token]:
    if current:
        runs.append(current)
    return []

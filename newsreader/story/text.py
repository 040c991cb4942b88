"""Sentences with offsets, words and salient terms: the text tools of the story step."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache


def _word_set(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Abbreviations that end with a period inside a sentence in news text.
_ABBREVIATIONS = _word_set(
    """
    mr mrs ms dr prof sen sens rep reps gov lt col gen maj capt sgt st jr sr co corp inc ltd
    no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres rev gens adm cmdr
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo dept est approx
    """
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")  # of lowered text, curly apostrophes made straight
_INITIAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_STOP = _word_set(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself said says
    say told tell according new one two three four five six seven eight nine ten first last
    year years month months week weeks day days today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec time
    mr mrs ms dr percent people many much may might must shall also would like get got going
    go went make made since ago earlier later next another us it's that's don't we're they're
    """
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # offset in the text
    end: int
    text: str
    paragraph: int  # index of the paragraph in the text


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each non-empty line: cleaned text has one paragraph a line."""
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.group()


def sentences(text: str) -> list[Sentence]:
    """Split a text into sentences, keeping each one's character offset."""
    found: list[Sentence] = []
    for number, (base, para) in enumerate(paragraphs(text)):
        for start, end in _split(para):
            found.append(Sentence(base + start, base + end, para[start:end], number))
    return found


def _split(para: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(para):
        if _is_abbreviation(para, match.start()):
            continue
        end = match.end()
        yield from _trimmed(para, start, end)
        start = end
    yield from _trimmed(para, start, len(para))


def _is_abbreviation(para: str, dot: int) -> bool:
    """A period after an abbreviation or an initial does not end the sentence."""
    if para[dot] != ".":
        return False
    start = dot  # walk back over letters and dots (a regex on para[:dot] is quadratic)
    while start > 0 and (para[start - 1] in _INITIAL_CHARS):
        start -= 1
    if start == dot:
        return False
    token = para[start:dot].lower().strip(".")
    return token in _ABBREVIATIONS or len(token) == 1 or "." in token


def _trimmed(para: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = para[start:end]
    if chunk.strip():
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        yield start + left, start + right


def words(text: str) -> list[str]:
    """Lowercased words, apostrophes and dashes normalised."""
    return _WORD.findall(text.replace("’", "'").lower())


def terms(text: str) -> list[str]:
    """Content words, lightly stemmed: what two reports of one happening share."""
    return [_stem(w) for w in words(text) if w not in _STOP and len(w) > 2 and not w.isdigit()]


def names(text: str) -> set[str]:
    """Capitalised words not at a sentence start: people, places, organisations."""
    found = set()
    for match in re.finditer(r"(?<=[a-z,;:] )([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)", text):
        found.update(_stem(w.lower()) for w in re.split(r"[ -]", match.group(1)))
    return {n for n in found if n not in _STOP}


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    word = word.removesuffix("'s").strip("'-")
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        return word[:-1]
    return word

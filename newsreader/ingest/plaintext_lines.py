"""Text dumps as a list of blocks (one per line) with the shape features the cleaner uses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.ingest import plaintext_vocab as vocab
from newsreader.sanitize import clean_text, normalize

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# A sentence ends in punctuation, possibly followed by closing quotes or brackets
# (or in a closing quote): ends_sentence.
_STOPS = ".!?…:;。！？"
_CLOSERS = "\"'”’»)]」』"
_CLOSING_QUOTES = '"”»」』'
# Scripts written without spaces: a character carries about a word's worth of text.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Runs of spaces, folded to one: a lone plain space is left as it is (replacing
# each by itself was most of the fold's cost).
_SPACE = "\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff"
_SPACES = re.compile(f"[ {_SPACE}]{{2,}}|[{_SPACE}]")


@dataclass(slots=True)
class Block:
    """One line of the dump and what its shape says about it."""

    text: str
    size: int  # length, counting a CJK character twice
    group: int  # lines not separated by a blank line share a group
    words: int
    stop_ratio: float  # share of function words: high in prose, low in menus
    title_ratio: float  # share of capitalised words: high in headlines and menus
    sentence: bool  # ends like a sentence
    boiler: int  # boilerplate phrases found
    kind: str = ""  # set by the classifier
    repeated: bool = False  # the same line (or a near copy) occurs elsewhere


def split_blocks(raw: str) -> list[Block]:
    """Non-empty lines as blocks; hard-wrapped paragraphs are joined first."""
    blocks = []
    for group, lines in enumerate(_groups(clean_text(raw))):
        blocks.extend(make_block(line, group) for line in _unwrap(lines))
    return blocks


def _groups(text: str) -> list[list[str]]:
    groups, current = [], []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines of a paragraph wrapped at a fixed width (e-mail, wire copy, text files)."""
    if len(lines) < 2:
        return lines
    heads = lines[:-1]
    wrapped = all(35 <= len(line) <= 100 for line in heads) and not all(
        ends_sentence(line) for line in heads
    )
    if wrapped and max(map(len, heads)) - min(map(len, heads)) <= 40:
        return [" ".join(lines)]
    return lines


def make_block(line: str, group: int) -> Block:
    words = _WORD.findall(line)
    cjk = len(_CJK.findall(line))
    count = len(words) + cjk // 2 or 1
    stops = sum(map(vocab.STOPWORDS.__contains__, map(str.lower, words)))
    long_words = [w for w in words if len(w) > 3 and not w.isdigit()] or words
    capitals = sum(w[0].isupper() for w in long_words)
    return Block(
        text=line,
        size=len(line) + cjk,
        group=group,
        words=count,
        stop_ratio=stops / count,
        title_ratio=capitals / (len(long_words) or 1),
        sentence=ends_sentence(line),
        boiler=vocab.BOILER.count(line),
    )


def ends_sentence(line: str) -> bool:
    """Whether the line ends like a sentence, read from its end (a regular
    expression anchored at the end searched the whole line: 15% of make_block)."""
    ends = (line, line[:-1]) if line.endswith("\n") else (line,)  # as `$` reads it
    for end in ends:
        kept = end.rstrip(_CLOSERS)
        if (end and end[-1] in _CLOSING_QUOTES) or (kept and kept[-1] in _STOPS):
            return True
    return False


def key(line: str) -> str:
    """How lines are compared for repetition: NFKC, folded space, case-blind."""
    return normalize(line).casefold()

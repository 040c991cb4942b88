"""Word-level diff of two versions of a text: what one copy adds, cuts and rewords.

Paragraphs are aligned first (whole equal paragraphs cost nothing), then the words of
each stretch of differing paragraphs. Words compare without case, punctuation, quote
style or possessive form, so "Sessions's" against "Sessions'" or a serial comma is not
a change; a copy's own spelling is what is shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

SAME, ADDED, CUT, REWORDED = "same", "added", "cut", "reworded"
CHANGED = "changed"  # a paragraph holding more than one kind of segment
# An unchanged run this short, between two longer changes, is absorbed into one
# rewording ("was" matched inside a rewritten clause reads worse than the clause replaced).
_ABSORB = 2
_PAIR = 0.5  # paragraphs sharing this much of their words are one paragraph reworded
_MAX_PAIRS = 10_000  # paragraph pairs compared in one stretch of differences
_BREAK = ("\n", "\n")  # (surface, key) of a paragraph break in the token stream
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
_POSSESSIVE = re.compile(r"'s?$")
_DASHES = re.compile(r"[‐-―−-]+")


@dataclass(frozen=True, slots=True)
class Segment:
    op: str  # same, added, cut or reworded
    text: str  # this copy's words (for a cut: the other copy's words)
    was: str = ""  # reworded: the other copy's words

    def to_json(self) -> dict:
        data = {"op": self.op, "text": self.text}
        if self.op == REWORDED:
            data["was"] = self.was
        return data


@dataclass(slots=True)
class Paragraph:
    op: str  # same, added, cut (the whole paragraph) or changed
    segments: list[Segment] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"op": self.op, "segments": [s.to_json() for s in self.segments]}


@dataclass(slots=True)
class TextDiff:
    """This copy against another: paragraphs in reading order, cut ones where they were."""

    paragraphs: list[Paragraph]
    same: int  # words in both
    added: int  # words only this copy has
    cut: int  # words of the other copy this one lacks
    reworded: int  # words of this copy that replace other words

    def to_json(self) -> dict:
        return {
            "words": {
                "same": self.same,
                "added": self.added,
                "cut": self.cut,
                "reworded": self.reworded,
            },
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }


Token = tuple[str, str]  # (surface, comparison key)
_Op = tuple[str, list[Token], list[Token]]  # difflib tag, the other's tokens, this copy's


def diff_texts(other: str, this: str) -> TextDiff:
    """What `this` adds to, cuts from and rewords in `other`."""
    a, b = _paragraphs(other), _paragraphs(this)
    ops: list[_Op] = []
    matcher = SequenceMatcher(None, [_para_key(p) for p in a], [_para_key(p) for p in b], False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace":
            ops.extend(_replace_ops(a[i1:i2], b[j1:j2]))
        else:
            ops.append((tag, _flatten(a[i1:i2]), _flatten(b[j1:j2])))
    return _build(_absorb(ops))


def _replace_ops(old: list[list[Token]], new: list[list[Token]]) -> list[_Op]:
    """Differing paragraphs: similar ones diffed word by word, the rest cut or added."""
    if len(old) * len(new) > _MAX_PAIRS:  # a rewrite: one word diff of the whole stretch
        return _word_ops(_flatten(old), _flatten(new))
    ops: list[_Op] = []
    i = j = 0
    for pi, pj in [*_pairs(old, new), (len(old), len(new))]:
        # This copy's own paragraphs first, then what it left out: a copy cut at the
        # bottom reads as its text followed by the cut paragraphs.
        if j < pj:
            ops.append(("insert", [], _flatten(new[j:pj])))
        if i < pi:
            ops.append(("delete", _flatten(old[i:pi]), []))
        if pi < len(old):
            ops.extend(_word_ops(_flatten(old[pi : pi + 1]), _flatten(new[pj : pj + 1])))
        i, j = pi + 1, pj + 1
    return ops


def _pairs(old: list[list[Token]], new: list[list[Token]]) -> list[tuple[int, int]]:
    """The in-order pairing of similar paragraphs with the most total similarity."""
    bags = [Counter(_para_key(p)) for p in old], [Counter(_para_key(p)) for p in new]
    n, m = len(old), len(new)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            sim = _similarity(bags[0][x], bags[1][y])
            paired = best[x + 1][y + 1] + sim if sim >= _PAIR else -1.0
            best[x][y] = max(paired, best[x + 1][y], best[x][y + 1])
    pairs, x, y = [], 0, 0
    while x < n and y < m:
        if best[x][y] == best[x + 1][y]:
            x += 1
        elif best[x][y] == best[x][y + 1]:
            y += 1
        else:
            pairs.append((x, y))
            x, y = x + 1, y + 1
    return pairs


def _similarity(a: Counter, b: Counter) -> float:
    """Dice coefficient of the two paragraphs' word multisets."""
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 0.0


def _normal(word: str) -> str:
    word = unicodedata.normalize("NFKC", word).casefold().replace("’", "'").replace("‘", "'")
    word = _DASHES.sub("-", word)
    core = _POSSESSIVE.sub("", _EDGE_PUNCT.sub("", word))
    return core or word


def _paragraphs(text: str) -> list[list[Token]]:
    out = []
    for line in text.splitlines():
        words = line.split()
        if words:
            out.append([(w, _normal(w)) for w in words])
    return out


def _para_key(paragraph: list[Token]) -> tuple[str, ...]:
    return tuple(key for _, key in paragraph)


def _flatten(paragraphs: list[list[Token]]) -> list[Token]:
    """Tokens of consecutive paragraphs, each paragraph ended by a break token."""
    return [token for p in paragraphs for token in (*p, _BREAK)]


def _word_ops(old: list[Token], new: list[Token]) -> list[_Op]:
    matcher = SequenceMatcher(None, [k for _, k in old], [k for _, k in new], False)
    return [(tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _absorb(ops: list[_Op]) -> list[_Op]:
    """Fold short unchanged runs between changes into the change around them."""
    out: list[_Op] = []
    for k, (tag, old, new) in enumerate(ops):
        if tag == "equal" and _absorbed(ops, k):
            tag = "replace"
        if out and tag != "equal" and out[-1][0] != "equal" and not _breaks(out[-1], old, new):
            _, old0, new0 = out.pop()
            out.append(("replace", old0 + old, new0 + new))
        else:
            out.append((tag, old, new))
    return out


def _absorbed(ops: list[_Op], k: int) -> bool:
    """A short unchanged run between two longer changes (as diff-match-patch's cleanup)."""
    if not 0 < k < len(ops) - 1 or _BREAK in ops[k][2] or len(ops[k][2]) > _ABSORB:
        return False
    sides = (ops[k - 1], ops[k + 1])
    return all(op[0] != "equal" and len(ops[k][2]) < max(len(op[1]), len(op[2])) for op in sides)


def _breaks(op: _Op, old: list[Token], new: list[Token]) -> bool:
    """Whether two changes span a paragraph break (they stay apart)."""
    return any(_BREAK in tokens for tokens in (op[1], op[2], old, new))


def _build(ops: list[_Op]) -> TextDiff:
    builder = _Builder()
    for tag, old, new in ops:
        if tag == "equal":
            builder.run(SAME, new)
        elif tag == "insert":
            builder.run(ADDED, new)
        elif tag == "delete":
            builder.run(CUT, old)
        elif _BREAK in old or _BREAK in new or not old or not new:
            builder.run(CUT, old)  # a change across paragraphs: the old text, then the new
            builder.run(ADDED, new)
        else:
            builder.reword(old, new)
    return builder.finish()


class _Builder:
    """Collects segments into paragraphs; a break on either side ends a paragraph."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self.segments: list[Segment] = []
        self.words: list[str] = []
        self.op = SAME
        self.counts = {SAME: 0, ADDED: 0, CUT: 0, REWORDED: 0}

    def run(self, op: str, tokens: list[Token]) -> None:
        for surface, _key in tokens:
            if (surface, _key) == _BREAK:
                self._close_paragraph()
                continue
            if op != self.op:
                self._close_segment()
                self.op = op
            self.words.append(surface)
            self.counts[op] += 1

    def reword(self, old: list[Token], new: list[Token]) -> None:
        self._close_segment()
        was = " ".join(s for s, _ in old)
        self.segments.append(Segment(REWORDED, " ".join(s for s, _ in new), was))
        self.counts[REWORDED] += len(new)

    def _close_segment(self) -> None:
        if self.words:
            self.segments.append(Segment(self.op, " ".join(self.words)))
            self.words = []

    def _close_paragraph(self) -> None:
        self._close_segment()
        if self.segments:
            ops = {s.op for s in self.segments}
            op = ops.pop() if len(ops) == 1 and REWORDED not in ops else CHANGED
            self.paragraphs.append(Paragraph(op, self.segments))
            self.segments = []

    def finish(self) -> TextDiff:
        self._close_paragraph()
        c = self.counts
        return TextDiff(self.paragraphs, c[SAME], c[ADDED], c[CUT], c[REWORDED])

"""Find the article body among the blocks of a text dump.

Each block is classified by its shape and vocabulary, repeated lines and photo
captions are marked, and the body is the contiguous run of blocks with the
highest prose score (a maximum-subarray search, as in Finn et al.'s Body Text
Extraction) that does not cross an end marker such as "Read more" or a paywall.
Inside that run, furniture lines and lone headline-shaped lines are dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsreader.ingest import plaintext_vocab as vocab
from newsreader.ingest.plaintext_lines import Block, key

PROSE = frozenset(("good", "near", "short"))
FURNITURE = frozenset(("bad", "end", "credit", "caption", "repeat"))
_NEIGHBOURHOOD = 10  # captions repeat close to each other; so do galleries


@dataclass(slots=True)
class Body:
    start: int  # index of the first block of the body run
    end: int  # index after the last block of the run
    kept: list[int]  # indexes of the blocks that make the body text


def find_body(blocks: list[Block], boilerplate: frozenset[str] = frozenset()) -> Body:
    classify(blocks, boilerplate)
    start, end = _best_run([_score(b) for b in blocks])
    start = _skip_to_dateline(blocks, start, end)
    kept = [i for i in range(start, end) if _keep(blocks, i)]
    return Body(start, end, kept)


def classify(blocks: list[Block], boilerplate: frozenset[str] = frozenset()) -> None:
    english = _is_english(blocks)
    for block in blocks:
        block.kind = _kind(block, english, boilerplate)
    _mark_captions(blocks)
    _mark_repeats(blocks)


def _is_english(blocks: list[Block]) -> bool:
    """Function-word ratios only mean something for English prose."""
    ratios = sorted(b.stop_ratio for b in blocks if b.words >= 10)
    return bool(ratios) and ratios[len(ratios) // 2] >= 0.15


def _kind(block: Block, english: bool, boilerplate: frozenset[str]) -> str:
    text = block.text
    if vocab.END_MARKER.match(text) or vocab.APPEAL.search(text) or vocab.COPYRIGHT.search(text):
        return "end"
    if key(text) in boilerplate or block.boiler >= 2 or (block.boiler and block.words < 15):
        return "bad"
    if vocab.CREDIT.search(text) and block.words < 80:
        return "credit"
    stops = block.stop_ratio if english else 0.3
    if len(text) >= 120 and stops >= 0.2:
        return "good"
    if len(text) >= 50 and block.sentence and stops >= 0.15:
        return "near"
    if block.words >= 4 and block.sentence:
        return "short"
    return "head"


def _mark_captions(blocks: list[Block]) -> None:
    """A photo credit makes the small group around it a caption."""
    sizes = Counter(b.group for b in blocks)
    credit_groups = {b.group for b in blocks if b.kind == "credit" and sizes[b.group] <= 3}
    for block in blocks:
        if block.group in credit_groups and block.kind not in FURNITURE:
            block.kind = "caption"


def _mark_repeats(blocks: list[Block]) -> None:
    """Lines said twice are captions, teasers or menus; a long paragraph keeps its first."""
    keys = [key(b.text) for b in blocks]
    counts = Counter(keys)
    seen: set[str] = set()
    for i, block in enumerate(blocks):
        repeated = counts[keys[i]] > 1 or _near_copy(keys, i)
        first = keys[i] not in seen
        seen.add(keys[i])
        if repeated and block.kind not in ("end", "bad") and not (first and block.words > 40):
            block.kind = "repeat"


def _near_copy(keys: list[str], i: int) -> bool:
    """A caption shown twice, once with its credit: one line starts the other."""
    mine = keys[i]
    if len(mine) < 40:
        return False
    for j in range(max(0, i - _NEIGHBOURHOOD), min(len(keys), i + _NEIGHBOURHOOD + 1)):
        other = keys[j]
        if (
            j != i
            and other != mine
            and len(min(mine, other, key=len)) >= 0.6 * len(max(mine, other, key=len))
        ):
            if other.startswith(mine) or mine.startswith(other):
                return True
    return False


def _score(block: Block) -> float:
    size = len(block.text)
    if block.kind == "end":
        return float("-inf")
    if block.kind in FURNITURE:
        return -(50.0 + size)
    return {"good": size, "near": 0.7 * size, "short": 0.3 * size}.get(
        block.kind, -(15.0 + 0.5 * size)
    )


def _best_run(scores: list[float]) -> tuple[int, int]:
    """The [start, end) run with the largest sum (Kadane)."""
    best, best_run = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_run = total, (start, i + 1)
    return best_run


def _skip_to_dateline(blocks: list[Block], start: int, end: int) -> int:
    """Prose just before a dateline ("WASHINGTON —") is the standfirst, not the body."""
    for i in range(start, min(end, start + 3)):
        if i > start and vocab.DATELINE.match(blocks[i].text):
            return i
    return start


def _keep(blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    if block.kind in PROSE:
        return True
    if block.kind != "head":
        return False
    return not _lone_headline(blocks, i)


def _lone_headline(blocks: list[Block], i: int) -> bool:
    """A headline-shaped line alone between paragraphs links to another story."""
    block = blocks[i]
    alone = all(
        not (0 <= j < len(blocks)) or blocks[j].group != block.group for j in (i - 1, i + 1)
    )
    return alone and block.words >= 6

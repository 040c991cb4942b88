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
FURNITURE = frozenset(("bad", "end", "credit", "caption"))
_MAX_RUN_WEIGHT = 4.0
_SUBSTANTIAL = 500.0  # prose score of a short article
_LATER_WEIGHT = 0.4
_NEIGHBOURHOOD = 10  # captions repeat close to each other; so do galleries


@dataclass(slots=True)
class Body:
    start: int  # index of the first block of the body run
    end: int  # index after the last block of the run
    kept: list[int]  # indexes of the blocks that make the body text


def find_body(blocks: list[Block], boilerplate: frozenset[str] = frozenset()) -> Body:
    classify(blocks, boilerplate)
    start, end = _best_run(_run_penalties([_score(b) for b in blocks]))
    if (
        start == end
    ):  # no prose stands out (say, one paragraph said twice): keep what is not furniture
        start, end = 0, len(blocks)
    start = _skip_to_dateline(blocks, start, end)
    kept, seen = [], set()
    for i in range(start, end):
        if _keep(blocks, i) and (line := key(blocks[i].text)) not in seen:
            kept.append(i)
            seen.add(line)
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
    if vocab.ENDS.found(text):
        return "end"
    if (boilerplate and key(text) in boilerplate) or vocab.LINK_BOX.match(text):
        return "bad"
    if block.boiler >= 2 or (block.boiler and block.words < 15):
        return "bad"
    if block.words < 80 and vocab.CREDIT.found(text):
        return "credit"
    stops = block.stop_ratio if english else 0.3
    if block.size >= 120 and stops >= 0.2:
        return "good"
    if block.size >= 50 and block.sentence and stops >= 0.15:
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
    """Lines said twice are captions, teasers or menus, unless they are long paragraphs."""
    keys = [key(b.text) for b in blocks]
    counts = Counter(keys)
    for i, block in enumerate(blocks):
        repeated = counts[keys[i]] > 1 or _near_copy(keys, i)
        block.repeated = repeated and block.kind not in FURNITURE and block.words <= 40


def _near_copy(keys: list[str], i: int) -> bool:
    """A caption shown twice, once with its credit: one line starts the other."""
    mine = keys[i]
    size = len(mine)
    if size < 40:
        return False
    for j in range(max(0, i - _NEIGHBOURHOOD), min(len(keys), i + _NEIGHBOURHOOD + 1)):
        other = keys[j]
        prefix = other.startswith(mine) or mine.startswith(other)  # cheapest test first
        if (
            prefix
            and j != i
            and other != mine
            and min(size, len(other)) >= 0.6 * max(size, len(other))
        ):
            return True
    return False


def _score(block: Block) -> float:
    size = block.size
    if block.kind == "end":
        return float("-inf")
    if block.kind in FURNITURE:
        return -(50.0 + size)
    if block.repeated or block.kind not in PROSE:
        return -(15.0 + 0.5 * size)
    return {"good": size, "near": 0.7 * size}.get(block.kind, 0.3 * size)


def _run_penalties(scores: list[float]) -> list[float]:
    """Each further line of a run of non-prose costs more: menus and link lists are long
    runs, a crosshead or a stray credit inside an article is a single line."""
    out, run = [], 0
    for value in scores:
        run = run + 1 if value < 0 else 0
        out.append(value * min(1 + 0.5 * (run - 1), _MAX_RUN_WEIGHT) if run else value)
    return out


def _best_run(scores: list[float]) -> tuple[int, int]:
    """The best run of each stretch between end markers; once a stretch held a real
    article, later stretches (comments, appeals, related stories) count for less."""
    best, best_run, weight, start = 0.0, (0, 0), 1.0, 0
    for end in [*(i for i, v in enumerate(scores) if v == float("-inf")), len(scores)]:
        total, run = _kadane(scores, start, end)
        if total * weight > best:
            best, best_run = total * weight, run
        if total >= _SUBSTANTIAL:
            weight = _LATER_WEIGHT
        start = end + 1
    return best_run


def _kadane(scores: list[float], lo: int, hi: int) -> tuple[float, tuple[int, int]]:
    """The [start, end) run with the largest sum within [lo, hi)."""
    best, best_run = 0.0, (lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_run = total, (start, i + 1)
    return best, best_run


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

"""The Scrapinghub article-extraction-benchmark metric, reimplemented.

Tokens are `\\w+` matches (Unicode, case kept); each text becomes a multiset of
4-token shingles (a text shorter than 4 tokens is one shingle). Per page, tp is
the shared shingles, fp the predicted surplus, fn the gold surplus, normalised
to sum 1. Precision is averaged over pages with output, recall over pages with
gold, and F1 is the harmonic mean of the two averages.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
_TOKEN = re.compile(r"\w+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = re.compile(r"[*#`>|\\]|^\s*[-+]\s|^\s*\d+\.\s", re.MULTILINE)


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    gold: str


def load_pages(eval_dir: Path = EVAL_DIR) -> list[Page]:
    """The benchmark pages, sorted by id; empty when ../shared is absent."""
    pages = []
    for meta_path in sorted(eval_dir.glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        with gzip.open(eval_dir / f"{meta['id']}.html.gz", "rt", encoding="utf-8") as f:
            html = f.read()
        pages.append(Page(meta["id"], meta.get("url", ""), html, meta["articleBody"]))
    return pages


def strip_markdown(text: str) -> str:
    """Drop link targets and markup characters so they do not count as words."""
    return _MD_MARKS.sub(" ", _MD_LINK.sub(r"\1", text))


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(predicted: str, gold: str) -> tuple[float, float, float]:
    """(tp, fp, fn) for one page, normalised to sum 1 (all zero when both empty)."""
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    mean_page_f1: float
    share_f1_090: float
    pages: int


def score(pairs: list[tuple[str, str]]) -> Score:
    """Score (predicted, gold) pairs as the benchmark does."""
    precisions, recalls, page_f1s = [], [], []
    for predicted, gold in pairs:
        tp, fp, fn = page_counts(predicted, gold)
        has_pred, has_gold = bool(shingles(predicted)), bool(shingles(gold))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        if has_pred:
            precisions.append(p)
        if has_gold:
            recalls.append(r)
        page_f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    mp = sum(precisions) / len(precisions) if precisions else 0.0
    mr = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    n = len(pairs) or 1
    return Score(mp, mr, f1, sum(page_f1s) / n, sum(f >= 0.9 for f in page_f1s) / n, len(pairs))

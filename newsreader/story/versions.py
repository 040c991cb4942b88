"""Versions of one text (a wire story with cuts and additions): MinHash + LSH + union-find,
and what one version changes against the others (a word diff of each pair)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from newsreader.model import Article
from newsreader.story.diff import TextDiff, diff_texts
from newsreader.story.minhash import candidate_pairs, jaccard

BAND_ROWS = 2  # 64 bands of 2: a pair with Jaccard 0.25 meets in a band with p > 0.98
MIN_JACCARD = 0.08
MIN_CONTAINMENT = 0.5  # half of the shorter text's shingles are in the longer one


def version_groups(signatures: np.ndarray, sizes: np.ndarray) -> list[int]:
    """For each article (a row), the index of its group's first member."""
    pairs = candidate_pairs(signatures, BAND_ROWS)
    keep = _versions(jaccard(signatures, pairs), sizes, pairs)
    parent = list(range(len(signatures)))
    for i, j in pairs[keep]:
        _union(parent, int(i), int(j))
    return [_find(parent, i) for i in range(len(parent))]


def _versions(similarity: np.ndarray, sizes: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Pairs whose shorter text is mostly contained in the longer one.

    Containment comes from the Jaccard estimate and the shingle counts:
    |A ∩ B| = J (|A| + |B|) / (1 + J). A version cut to a third of the original
    still counts; two reports sharing one quotation do not.
    """
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    a, b = sizes[pairs[:, 0]], sizes[pairs[:, 1]]
    common = similarity * (a + b) / (1 + similarity)
    containment = common / np.maximum(np.minimum(a, b), 1)
    return (similarity >= MIN_JACCARD) & (containment >= MIN_CONTAINMENT)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    root_i, root_j = _find(parent, i), _find(parent, j)
    if root_i != root_j:
        parent[max(root_i, root_j)] = min(root_i, root_j)


@dataclass(slots=True)
class Version:
    """Another version of an article's text, and what the article changes in it."""

    other: Article
    diff: TextDiff


def compare_versions(article: Article, others: Iterable[Article]) -> list[Version]:
    """The article against each of its other versions, oldest version first.

    Only the given versions are compared (the store's groups), never the archive.
    """
    ordered = sorted(others, key=lambda a: (a.published is None, a.published or "", a.id or ""))
    return [Version(other, diff_texts(other.text, article.text)) for other in ordered]

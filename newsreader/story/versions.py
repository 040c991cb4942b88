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
# A member of a group of three or more must be a version of the group's fullest text:
# reports sharing background paragraphs reach 0.5 with each other, not this.
CENTRE_CONTAINMENT = 0.7


def version_groups(signatures: np.ndarray, sizes: np.ndarray) -> list[int]:
    """For each article (a row), the index of its group's first member."""
    pairs = candidate_pairs(signatures, BAND_ROWS)
    linked = pairs[_versions(jaccard(signatures, pairs), sizes, pairs)]
    parent = list(range(len(signatures)))
    for i, j in linked:
        _union(parent, int(i), int(j))
    roots = [_find(parent, i) for i in range(len(parent))]
    return _split_chains(signatures, sizes, roots, linked)


def _split_chains(
    signatures: np.ndarray, sizes: np.ndarray, roots: list[int], linked: np.ndarray
) -> list[int]:
    """Groups whose every member is a version of the group's fullest text.

    Linked pairs chain: stories of one event share background paragraphs and quotes,
    so A is like B and B like C while C is nothing like A, and one component can
    swallow a whole archive. Within a component of three or more, the longest text
    is a centre; each next-longest member joins the centre it is most like among
    those it is linked to or its links belong to (never all centres: that would be
    quadratic), if it is a version of it, or becomes a centre itself.
    """
    members: dict[int, list[int]] = {}
    for i, root in enumerate(roots):
        members.setdefault(root, []).append(i)
    links: dict[int, list[int]] = {}
    for i, j in linked.tolist():
        links.setdefault(i, []).append(j)
        links.setdefault(j, []).append(i)
    groups = list(roots)
    for component in members.values():
        if len(component) < 3:
            continue
        owner: dict[int, int] = {}
        for i in sorted(component, key=lambda k: (-sizes[k], k)):
            near = {owner[j] for j in links.get(i, ()) if j in owner}
            owner[i] = _closest_centre(signatures, sizes, sorted(near), i)
        by_centre: dict[int, list[int]] = {}
        for i, centre in owner.items():
            by_centre.setdefault(centre, []).append(i)
        for mine in by_centre.values():
            first = min(mine)
            for i in mine:
                groups[i] = first
    return groups


def _closest_centre(signatures: np.ndarray, sizes: np.ndarray, centres: list[int], i: int) -> int:
    """The centre i is most like of those it is a version of; else i itself."""
    if not centres:
        return i
    pairs = np.array([[c, i] for c in centres])
    similarity = jaccard(signatures, pairs)
    ok = _versions(similarity, sizes, pairs, CENTRE_CONTAINMENT)
    return centres[int(np.argmax(np.where(ok, similarity, -1)))] if ok.any() else i


def _versions(
    similarity: np.ndarray, sizes: np.ndarray, pairs: np.ndarray, least: float = MIN_CONTAINMENT
) -> np.ndarray:
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
    return (similarity >= MIN_JACCARD) & (containment >= least)


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

"""MinHash signatures and LSH banding: near-duplicate search without comparing all pairs."""

from __future__ import annotations

import zlib
from functools import cache

import numpy as np

from newsreader.story.text import terms, words

SHINGLE = 5  # words per shingle: long enough that only copied text shares them
TEXT_PERM = 128
TOPIC_PERM = 64
_SEED = 7
_MAX_LINKS = 8  # a bucket's members are checked against this many neighbours each
_EMPTY = np.zeros(0, dtype=np.int64)


def text_signature(text: str) -> tuple[np.ndarray, int]:
    """Signature of the text's word shingles (what versions of one text share), and their count."""
    tokens = words(text)
    shingles = {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    return _signature(shingles, TEXT_PERM), len(shingles)


def topic_signature(text: str) -> np.ndarray:
    """Signature of the text's content words (what reports of one story share)."""
    return _signature(set(terms(text)), TOPIC_PERM)


def _signature(items: set[str], num_perm: int) -> np.ndarray:
    """The minimum over the items of each of `num_perm` hash functions.

    Items hash to 32 bits (crc32: stable across processes and versions, unlike
    hash()); the functions are multiply-shift hashes ((a * x + b) mod 2^64) >> 32,
    all applied at once as one outer product."""
    hashed = [zlib.crc32(item.encode("utf-8", "surrogatepass")) for item in items if item]
    if not hashed:
        return np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    mult, add = _hash_functions(num_perm)
    values = np.array(hashed, dtype=np.uint64)[:, None] * mult + add
    return (values.min(axis=0) >> np.uint64(32)).astype(np.uint32)


@cache
def _hash_functions(count: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(_SEED)
    mult = rng.integers(1, 2**63, size=count, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    return mult, rng.integers(0, 2**63, size=count, dtype=np.uint64)


def candidate_pairs(signatures: np.ndarray, rows: int) -> np.ndarray:
    """Index pairs (i < j) that share at least one band of `rows` signature values.

    Each band sorts the articles by their band key; runs of equal keys are buckets.
    Big buckets (many copies of one text) link each member to a few neighbours only:
    enough to connect them, without the square of pairs.
    """
    count, perms = signatures.shape
    if count < 2:
        return np.zeros((0, 2), dtype=np.int64)
    found = []
    for band in range(perms // rows):
        keys = band_keys(signatures[:, band * rows : (band + 1) * rows])
        order = np.argsort(keys, kind="stable")
        same = keys[order][1:] == keys[order][:-1]
        for step in range(1, _MAX_LINKS + 1):
            if step > 1:
                same = same[:-1] & _shifted_same(keys[order], step)
            if not same.any():
                break
            hits = np.nonzero(same)[0]
            found.append(np.stack([order[hits], order[hits + step]], axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1)
    keys = np.unique(pairs[:, 0] * count + pairs[:, 1])  # 1-D unique: far faster than axis=0
    return np.stack([keys // count, keys % count], axis=1)


def _shifted_same(sorted_keys: np.ndarray, step: int) -> np.ndarray:
    return sorted_keys[step:] == sorted_keys[:-step]


def band_keys(band: np.ndarray) -> np.ndarray:
    keys = np.zeros(len(band), dtype=np.uint64)
    for column in band.T:
        keys = keys * np.uint64(1_000_003) + column.astype(np.uint64)
    return keys


def jaccard(signatures: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of each pair of signatures."""
    if len(pairs) == 0:
        return np.zeros(0)
    return (signatures[pairs[:, 0]] == signatures[pairs[:, 1]]).mean(axis=1)

"""Helpers and fixtures for the index tests (indexes go under the per-test NEWSREADER_HOME)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.index import ArchiveIndex, update_index

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_corpus"


def write_article(archive: Path, name: str, title: str, body: str, **meta: str) -> Path:
    """One .txt article; metadata (outlet, published, byline) goes to the manifest."""
    path = archive / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    if meta:
        manifest = archive / "manifest.json"
        data = json.loads(manifest.read_text()) if manifest.exists() else {}
        data[name] = meta
        manifest.write_text(json.dumps(data), encoding="utf-8")
    return path


def ids(result) -> set[str]:
    return {hit.id for hit in result.results}


@pytest.fixture
def sample_index(sample_copy: Path):
    update_index(sample_copy)
    index = ArchiveIndex.open(sample_copy)
    yield index
    index.close()


PARAGRAPH = (
    "The city council met on Tuesday to discuss the budget for the coming year, "
    "and members of the public spoke for more than an hour about parks and libraries."
)


@pytest.fixture
def small_archive(tmp_path: Path) -> Path:
    """Four articles with known words, outlets, bylines and dates."""
    archive = tmp_path / "small"
    write_article(
        archive,
        "a.txt",
        "Police buy bulletproof vests",
        f"The police department bought new bulletproof vests for officers. {PARAGRAPH}",
        outlet="The Washington Post",
        published="2017-08-03",
        byline="Ann Reporter",
    )
    write_article(
        archive,
        "b.txt",
        "Council debates the budget",
        f"A vest was found on the steps of city hall, and the president spoke. {PARAGRAPH}",
        outlet="The Denver Post",
        published="2017-06-15",
        byline="Bob Writer",
    )
    write_article(
        archive,
        "c.txt",
        "Presidential election results",
        f"The presidency changed hands; voters chose a new president. {PARAGRAPH}",
        outlet="Associated Press",
        published="2018-01-20",
    )
    write_article(
        archive,
        "sub/d.txt",
        "Libraries extend hours",
        f"Libraries will stay open later, officials said, after complaints. {PARAGRAPH}",
        outlet="Route Fifty",
    )
    return archive


@pytest.fixture
def small_index(small_archive: Path):
    update_index(small_archive)
    index = ArchiveIndex.open(small_archive)
    yield index
    index.close()

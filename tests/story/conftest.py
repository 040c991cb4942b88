"""Story tests read archives with the ingest readers; no index needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from story_helpers import SAMPLE, read_archive

from newsreader.model import Article
from newsreader.story.store import StoryStore


@pytest.fixture(scope="module")
def sample_articles() -> dict[str, Article]:
    return read_archive(SAMPLE)


@pytest.fixture
def sample_store(sample_articles) -> Iterator[StoryStore]:
    store = StoryStore(SAMPLE)
    store.sync({i: "1" for i in sample_articles}, sample_articles.get)
    yield store
    store.close()

"""Every test gets its own NEWSREADER_HOME: no test touches the user's state."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

# The same examples on every run (a CI failure can be replayed; a slow machine
# does not fail a deadline). `--hypothesis-profile=explore` searches afresh.
settings.register_profile("repeatable", derandomize=True, deadline=None, database=None)
settings.register_profile("explore", deadline=None)
settings.load_profile("repeatable")

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_corpus"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    return home


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample corpus."""
    target = tmp_path / "archive"
    shutil.copytree(SAMPLE, target)
    return target

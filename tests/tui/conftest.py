"""TUI fixtures: the real app on the indexed sample corpus."""

from __future__ import annotations

import asyncio
import inspect
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from newsreader.config import Config
from newsreader.index import ArchiveIndex, update_index
from newsreader.library import Library
from newsreader.tui.app import NewsreaderApp, create_app

SAMPLE = Path(__file__).resolve().parents[2] / "sample_corpus"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture(scope="session")
def _built_sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sample corpus indexed once, with its story data: (archive, home)."""
    root = tmp_path_factory.mktemp("tui-sample")
    archive, home = root / "archive", root / "home"
    shutil.copytree(SAMPLE, archive)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSREADER_HOME", str(home))
        update_index(archive)
        with Library(archive, ArchiveIndex.open(archive)) as library:
            library.catch_up()
            library.derive()
    return archive, home


@pytest.fixture
def indexed_sample(_built_sample: tuple[Path, Path], isolated_home: Path) -> Path:
    """The sample archive (shared: never write to it), its index copied into this
    test's own home, so state and index changes stay the test's."""
    archive, home = _built_sample
    shutil.copytree(home, isolated_home, dirs_exist_ok=True)
    return archive


@pytest.fixture
def make_app(indexed_sample: Path) -> Callable[..., NewsreaderApp]:
    """The real app over the indexed sample corpus (or another archive)."""

    def make(config: Config | None = None, archive: Path | None = None) -> NewsreaderApp:
        return create_app(archive or indexed_sample, config=config or Config())

    return make

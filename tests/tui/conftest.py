"""TUI fixtures: the app on a copy of the sample corpus, and a way to let it settle."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from tui_fakes import FakeCore

from newsreader.config import Config
from newsreader.tui.app import NewsreaderApp, create_app


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture
def make_app(sample_copy: Path) -> Callable[..., NewsreaderApp]:
    """The app over the sample corpus with the stand-in index (fast, deterministic)."""

    def make(config: Config | None = None, archive: Path | None = None) -> NewsreaderApp:
        archive = archive or sample_copy
        return create_app(archive, config=config or Config(), core=FakeCore(archive))

    return make

"""Bulk loads without the cyclic garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """For loads that make a great many objects and no reference cycles (JSON rows,
    stat results of 20,000 files): each collection they trigger re-traverses every
    object already alive, a third of their time in a process that imported Whoosh."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()

"""Run read_source over many files on all cores, results in input order."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newsreader.ingest.scan import SourceFile
from newsreader.model import FileResult

INLINE_MAX = 8  # below this a worker pool costs more than it saves
_CHUNK = 8


def read_all(
    root: Path, files: list[SourceFile], manifest: dict[str, dict]
) -> Iterator[tuple[SourceFile, FileResult]]:
    from newsreader.ingest.reader import read_source  # heavy (HTML stack): only when used

    if len(files) <= INLINE_MAX or (os.cpu_count() or 1) == 1:
        for source in files:
            yield source, read_source(root, source, manifest.get(source.rel))
        return
    entries = [manifest.get(f.rel) for f in files]
    workers = min(os.cpu_count() or 1, max(1, len(files) // _CHUNK))
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=die_with_parent)
    try:
        results = pool.map(read_source, [root] * len(files), files, entries, chunksize=_CHUNK)
        yield from zip(files, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _context() -> multiprocessing.context.BaseContext:
    """fork is fastest, but forking a process with other threads (the TUI) can
    copy a held lock into the child: use forkserver then."""
    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("fork" if os.name == "posix" else "spawn")


def die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when its parent dies, so a killed indexer
    leaves no orphans behind (they would hold inherited file descriptors)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass

"""Work spread over all cores, results in input order; workers die with their parent."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import multiprocessing.context
# multiprocessing and concurrent.futures are imported when a pool is made: 15 ms
# of every command that needs none (a search).

Mapper = Callable[..., Iterable]  # map(), or a pool's ordered map


@contextmanager
def mapper(items: int, inline_max: int = 8, chunk: int = 8) -> Iterator[Mapper]:
    """`map` for a few items or one core, else an ordered process-pool map
    (functions and items must pickle)."""
    cores = os.cpu_count() or 1
    if items <= inline_max or cores == 1:
        yield map
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(cores, max(1, items // chunk))
    pool = ProcessPoolExecutor(workers, mp_context=start_context(), initializer=die_with_parent)
    try:
        yield lambda fn, *args: pool.map(fn, *args, chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def start_context() -> multiprocessing.context.BaseContext:
    """fork is fastest, but forking a process with other threads (the TUI) can
    copy a held lock into the child: use forkserver then."""
    import multiprocessing

    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("fork" if os.name == "posix" else "spawn")


def die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when its parent dies, so a killed process
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

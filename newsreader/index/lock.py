"""One writer per archive index, across processes and threads.

A POSIX record lock (fcntl.lockf) on `writer.lock` belongs to the process that
took it: the kernel drops it when that process dies, however it dies, and child
processes (cleaning workers, Whoosh's sub-writers) never inherit it. So a lock
held by a SIGKILLed indexer is free at once; Whoosh's own WRITELOCK, an flock
that forked children do inherit, can outlive it and is broken by `break_whoosh_lock`
once ours is held. A process-wide threading lock covers threads (record locks
do not exclude threads of one process).
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from newsreader.index.errors import IndexBusy

LOCK_NAME = "writer.lock"
_POLL = 0.05
_thread_locks: dict[str, threading.Lock] = {}
_registry_lock = threading.Lock()


@contextmanager
def writer_lock(folder: Path, wait: float) -> Iterator[None]:
    """Hold the archive's writer lock; IndexBusy if it stays taken `wait` seconds."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    deadline = time.monotonic() + max(wait, 0.0)
    local = _thread_lock(path)
    if not local.acquire(timeout=max(wait, 0.0)):
        # Not reading the file here: a close() by this process would drop the
        # record lock another of its threads holds.
        raise IndexBusy(_message(f"process {os.getpid()} (this one)", wait))
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _acquire(fd, path, deadline, wait)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            os.close(fd)  # closing drops the record lock
    finally:
        local.release()


def break_whoosh_lock(index_dir: Path) -> None:
    """Remove Whoosh's WRITELOCK: only call while holding `writer_lock`.

    A new file is a new inode, so an orphaned holder of the old one no longer
    blocks Whoosh's writer."""
    with suppress(FileNotFoundError):
        (index_dir / "WRITELOCK").unlink()


def _thread_lock(path: Path) -> threading.Lock:
    with _registry_lock:
        return _thread_locks.setdefault(str(path.resolve()), threading.Lock())


def _acquire(fd: int, path: Path, deadline: float, wait: float) -> None:
    while True:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise IndexBusy(_busy_message(path, wait)) from None
            time.sleep(_POLL)


def _busy_message(path: Path, wait: float) -> str:
    try:
        holder = path.read_text().strip()
    except OSError:
        holder = ""
    return _message(f"process {holder}" if holder.isdigit() else "another process", wait)


def _message(who: str, wait: float) -> str:
    return f"the index is being updated by {who}; still busy after {wait:g} s, try again later"

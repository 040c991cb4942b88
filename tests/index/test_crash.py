"""A SIGKILLed indexer, concurrent writers, and searching during an update."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from index_helpers import REPO, write_article

from newsreader.index import ArchiveIndex, IndexBusy, update_index
from newsreader.index.lock import writer_lock
from newsreader.index.writer import index_dir

WORDS = ("river", "harbor", "council", "budget", "otter", "meadow", "lantern", "pepper")

# Runs update_index in a child process; commits every 40 files; after `marker_at`
# files it creates `marker` and then crawls (sleeps per file) until killed or done.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from newsreader.index import writer
    writer.COMMIT_EVERY = 40
    archive, marker = Path(sys.argv[1]), Path(sys.argv[2])
    marker_at, delay = int(sys.argv[3]), float(sys.argv[4])
    def progress(done, total):
        if done >= marker_at:
            marker.touch()
            time.sleep(delay)
    writer.update_index(archive, progress=progress)
    """
)


def generate(archive: Path, count: int) -> None:
    for n in range(count):
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(40))
        write_article(archive, f"f{n:04d}.txt", f"Story {n} token{n}", f"Uniq{n} said. {words}.")


def start_child(archive: Path, marker: Path, marker_at: int, delay: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    args = [sys.executable, "-c", CHILD, str(archive), str(marker), str(marker_at), str(delay)]
    return subprocess.Popen(args, env=env)


def wait_for(path: Path, child: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert child.poll() is None, "the indexer ended before the marker"
        assert time.monotonic() < deadline, "the indexer never reached the marker"
        time.sleep(0.02)


def test_sigkill_mid_index_then_catch_up(tmp_path):
    archive, marker = tmp_path / "gen", tmp_path / "marker"
    generate(archive, 300)
    child = start_child(archive, marker, marker_at=100, delay=0.05)
    wait_for(marker, child)
    child.send_signal(signal.SIGKILL)
    child.wait()
    with ArchiveIndex.open(archive) as index:  # opens: the last commit is intact
        committed = len(index.articles())
    assert 0 < committed < 300
    report = update_index(archive, wait=5)  # the dead holder's lock is free at once
    assert report.indexed + report.unchanged == 300
    assert report.unchanged == committed
    with ArchiveIndex.open(archive) as index:
        assert len(index.articles()) == 300
        assert index.search("uniq299").total == 1
        assert index.search("uniq0").total == 1
        assert not index.is_stale()


def test_second_writer_waits_then_gets_index_busy(tmp_path):
    archive, marker = tmp_path / "gen", tmp_path / "marker"
    generate(archive, 30)
    update_index(archive)  # an index to search while the next update runs
    for n in range(30, 60):
        write_article(archive, f"f{n:04d}.txt", f"Story {n}", f"Uniq{n} said, late.")
    child = start_child(archive, marker, marker_at=1, delay=0.3)
    try:
        wait_for(marker, child)
        started = time.monotonic()
        with pytest.raises(IndexBusy, match="being updated by process"):
            update_index(archive, wait=0.5)
        assert time.monotonic() - started >= 0.5
        with ArchiveIndex.open(archive) as index:  # searching goes on meanwhile
            assert index.search("uniq5").total == 1
    finally:
        child.kill()
        child.wait()


def test_threads_of_one_process_exclude_each_other(tmp_path):
    folder = index_dir(tmp_path)
    entered = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with writer_lock(folder, wait=1):
            entered.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    entered.wait(5)
    try:
        with pytest.raises(IndexBusy), writer_lock(folder, wait=0.2):
            pass
    finally:
        release.set()
        holder.join()
    with writer_lock(folder, wait=0.2):  # free again
        pass


def test_stale_whoosh_lock_is_broken(small_archive):
    update_index(small_archive)
    folder = index_dir(small_archive.resolve())
    import fcntl

    with open(folder / "WRITELOCK", "w") as orphan:  # as a forked orphan would hold it
        fcntl.flock(orphan, fcntl.LOCK_EX)
        write_article(small_archive, "z.txt", "Zebra", "A zebra escaped from the zoo.")
        assert update_index(small_archive, wait=1).indexed == 1

"""`newsreader search` checks that the index is up to date while it searches (a
forked child), and prints only after: a change made after indexing is in the
results; when the check fails, or cannot fork, the results are still right."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from newsreader.commands import quickcheck
from newsreader.commands.quickcheck import QuickCheck, _digests
from newsreader.index import fresh, index_dir

WALRUS = "Walrus sighting\n\nA walrus was seen on the harbor steps on Friday.\n"


@pytest.fixture
def indexed(cli, sample_copy: Path) -> Path:
    assert cli("index", "--archive", str(sample_copy), "--json").code == 0
    return sample_copy


def search(cli, archive: Path, query: str) -> dict:
    out = cli("search", query, "--archive", str(archive), "--json")
    assert out.code == 0, out.err
    return out.json()


@pytest.fixture(params=["forked", "no fork", "child fails", "child garbles"])
def check_mode(request, monkeypatch):
    """Every way the quick check can go; the results must not differ."""
    if request.param == "no fork":
        monkeypatch.delattr(os, "fork")
    elif request.param == "child fails":
        monkeypatch.setattr(quickcheck, "_digests", _crash)
    elif request.param == "child garbles":
        monkeypatch.setattr(quickcheck, "_digests", lambda archive: ("not", "two", "words"))
    return request.param


def _crash(archive: Path):
    raise RuntimeError("the child breaks")


def test_a_file_added_after_indexing_is_found(cli, indexed, check_mode):
    assert search(cli, indexed, "walrus")["total"] == 0
    (indexed / "zz_walrus.txt").write_text(WALRUS, encoding="utf-8")
    found = search(cli, indexed, "walrus")
    assert found["total"] == 1 and found["results"][0]["id"] == "zz_walrus"


def test_a_file_changed_after_indexing_is_searched_as_changed(cli, indexed, check_mode):
    path = indexed / "000_20c8876e33a6016b.txt"
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "unfettered communication" in text
    path.write_text(text.replace("unfettered communication", "walrus talk"), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    found = search(cli, indexed, "walrus")
    assert [r["id"] for r in found["results"]] == ["000_20c8876e33a6016b"]


def test_a_file_removed_after_indexing_is_gone(cli, indexed, check_mode):
    before = search(cli, indexed, "vests")
    assert "001_6127b6edf6514e49" in {r["id"] for r in before["results"]}
    (indexed / "001_6127b6edf6514e49.txt").unlink()
    after = search(cli, indexed, "vests")
    assert after["total"] == before["total"] - 1
    assert "001_6127b6edf6514e49" not in {r["id"] for r in after["results"]}


def test_a_manifest_changed_after_indexing_is_searched_as_changed(cli, indexed, check_mode):
    path = indexed / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["000_20c8876e33a6016b.txt"]["outlet"] = "The Walrus Gazette"
    path.write_text(json.dumps(data), encoding="utf-8")
    found = search(cli, indexed, 'outlet:"Walrus Gazette"')
    assert [r["id"] for r in found["results"]] == ["000_20c8876e33a6016b"]


def test_an_unindexed_archive_is_indexed_first(cli, sample_copy, check_mode):
    found = search(cli, sample_copy, "vests")
    assert found["total"] == 2


def test_the_results_are_the_same_however_the_check_went(cli, indexed, check_mode):
    """The lost fingerprint of an up-to-date index: checked file by file (which
    writes it again), the same results."""
    (index_dir(indexed.resolve()) / fresh.FRESH_NAME).unlink()
    found = search(cli, indexed, "vests")
    assert found["total"] == 2
    assert (index_dir(indexed.resolve()) / fresh.FRESH_NAME).exists()
    assert search(cli, indexed, "vests") == found


# -- the check itself ------------------------------------------------------------------


def test_the_child_answers_what_the_process_computes(indexed):
    archive = indexed.resolve()
    with QuickCheck(archive) as check:
        assert check._pid is not None  # forked
        assert check.answer() == _digests(archive)
        assert check.done()
    _stamp, saved = fresh.snapshot(index_dir(archive))
    with QuickCheck(archive) as check:
        assert check.agrees(saved)


def test_no_fork_while_other_threads_run(indexed):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        with QuickCheck(indexed.resolve()) as check:
            assert check._pid is None
            assert not check.done()
            assert check.answer() == _digests(indexed.resolve())
    finally:
        stop.set()
        thread.join()


def test_a_failed_fork_computes_here(indexed, monkeypatch):
    def no_fork():
        raise OSError("no more processes")

    monkeypatch.setattr(os, "fork", no_fork)
    with QuickCheck(indexed.resolve()) as check:
        assert check._pid is None
        assert check.answer() == _digests(indexed.resolve())


@pytest.mark.parametrize("child", [_crash, lambda archive: ("one",), lambda archive: os._exit(0)])
def test_a_failed_child_is_not_fresh(indexed, monkeypatch, child):
    monkeypatch.setattr(quickcheck, "_digests", child)
    _stamp, saved = fresh.snapshot(index_dir(indexed.resolve()))
    with QuickCheck(indexed.resolve()) as check:
        assert check.answer() is None
        assert not check.agrees(saved)


def test_closing_ends_a_child_still_running(indexed, monkeypatch):
    monkeypatch.setattr(quickcheck, "_digests", lambda archive: time.sleep(60))
    started = time.monotonic()
    check = QuickCheck(indexed.resolve())
    pid = check._pid
    check.close()
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left
    assert check.answer() is None and not check.agrees({})


ORPHAN = """
import os, sys, time
from pathlib import Path
from newsreader.commands import quickcheck
quickcheck._digests = lambda archive: time.sleep(5)
check = quickcheck.QuickCheck(Path(sys.argv[1]))
assert check._pid
print("parent done", flush=True)
os._exit(0)  # killed, say: the child is left running
"""


def test_a_child_left_running_does_not_hold_the_output_open(indexed):
    """A reader of the output (`| head`) sees its end when the command ends."""
    import subprocess
    import sys

    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", ORPHAN, str(indexed)], capture_output=True, text=True, timeout=30
    )
    assert done.stdout == "parent done\n", done.stderr
    assert time.monotonic() - started < 4


def test_whole_processes_exit_with_their_output_and_state_complete(sample_copy):
    """The GC frozen at exit (cli._no_collections_at_exit): what a process wrote is
    all there, for the next one."""
    import subprocess
    import sys

    def newsreader(*argv: str) -> subprocess.CompletedProcess:
        argv = (sys.executable, "-m", "newsreader", *argv, "--archive", str(sample_copy))
        return subprocess.run(argv, capture_output=True, text=True, timeout=120)

    indexed = newsreader("index", "--json")
    assert indexed.returncode == 0, indexed.stderr
    assert json.loads(indexed.stdout)["indexed"] == 5
    (sample_copy / "zz_walrus.txt").write_text(WALRUS, encoding="utf-8")
    for _ in range(2):  # catches up, then finds it up to date
        found = newsreader("search", "walrus", "--json")
        assert found.returncode == 0 and found.stderr == "", found.stderr
        assert json.loads(found.stdout)["total"] == 1
    again = newsreader("index", "--json")
    assert json.loads(again.stdout)["unchanged"] == 6


def test_a_search_process_asks_for_one_blas_thread_unless_told(cli, indexed, monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    search(cli, indexed, "vests")
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1"
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    search(cli, indexed, "vests")
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"

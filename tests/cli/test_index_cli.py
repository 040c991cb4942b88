"""`newsreader index`: JSON shape, incremental counts, --rebuild, busy index."""

from __future__ import annotations

import pytest

from newsreader.index import index_dir
from newsreader.index.lock import writer_lock

KEYS = {"archive", "indexed", "updated", "removed", "unchanged", "skipped", "seconds"}


def test_json_shape_and_incremental_counts(cli, sample_copy):
    first = cli("index", "--archive", str(sample_copy), "--json")
    assert first.code == 0, first.err
    data = first.json()
    assert set(data) >= KEYS
    assert (data["indexed"], data["unchanged"]) == (5, 0)
    (sample_copy / "extra.txt").write_text("Extra story\n\nA walrus visited the harbor.\n")
    (sample_copy / "notes.pdf").write_bytes(b"%PDF-1.4")
    again = cli("index", "--archive", str(sample_copy), "--json").json()
    assert (again["indexed"], again["updated"], again["removed"], again["unchanged"]) == (
        1,
        0,
        0,
        5,
    )
    assert {"path": "notes.pdf", "reason": "unknown format (.pdf)"} in again["skipped"]


def test_rebuild_and_plain_summary(cli, sample_copy):
    cli("index", "--archive", str(sample_copy))
    out = cli("index", "--archive", str(sample_copy), "--rebuild")
    assert out.code == 0
    assert out.out.startswith("5 new, 0 updated, 0 removed, 0 unchanged articles")


def test_busy_index_is_a_one_line_error(cli, sample_copy, monkeypatch):
    monkeypatch.setattr(
        "newsreader.index.writer.update_index.__kwdefaults__",
        {"rebuild": False, "progress": None, "wait": 0.2},
    )
    with writer_lock(index_dir(sample_copy.resolve()), wait=0):
        out = cli("index", "--archive", str(sample_copy))
    assert out.code == 1
    assert out.err.startswith("newsreader: error: the index is being updated")
    assert out.err.count("\n") == 1


def test_missing_archive(cli, tmp_path):
    out = cli("index", "--archive", str(tmp_path / "nope"))
    assert out.code == 1 and "archive not found" in out.err


@pytest.mark.parametrize("flag", ["--bogus"])
def test_usage_error(cli, flag):
    assert cli("index", flag).code == 2


def _removing_the_index_after(monkeypatch, target: str, archive) -> None:
    """Another process removes the index folder the first time `target` (a step of
    the run) returns."""
    import shutil

    module, name = target.rsplit(".", 1)
    step = getattr(__import__(module, fromlist=[name]), name)
    done = []

    def step_then_removed(*args, **kwargs):
        result = step(*args, **kwargs)
        if not done:
            done.append(True)
            shutil.rmtree(index_dir(archive.resolve()))
        return result

    monkeypatch.setattr(target, step_then_removed)


@pytest.mark.parametrize(
    "step",
    [
        "newsreader.index.writer.build",  # while indexing: a segment's file goes missing
        "newsreader.library.article_tokens",  # the story's catch-up: EmptyIndexError
    ],
)
@pytest.mark.parametrize("built", [False, True], ids=["first-run", "update"])
def test_an_index_removed_midway_is_a_one_line_error(cli, sample_copy, monkeypatch, step, built):
    if built:
        cli("index", "--archive", str(sample_copy))
        (sample_copy / "extra.txt").write_text("Extra story\n\nA walrus visited the harbor.\n")
    _removing_the_index_after(monkeypatch, step, sample_copy)
    out = cli("index", "--archive", str(sample_copy))
    assert out.code == 1
    assert out.err == (
        "newsreader: error: the index was removed while it was being updated"
        " (by another process?): run `newsreader index` again\n"
    )
    assert cli("index", "--archive", str(sample_copy)).code == 0  # as it says


@pytest.mark.parametrize(
    "step",
    [
        "newsreader.index.writer.build",  # while indexing first
        "newsreader.index.writer.update_index",  # between the update and reopening it
    ],
)
def test_an_index_removed_while_a_search_indexes_is_a_one_line_error(
    cli, sample_copy, monkeypatch, step
):
    _removing_the_index_after(monkeypatch, step, sample_copy)
    out = cli("search", "walrus", "--archive", str(sample_copy))
    assert out.code == 1
    assert out.err == (
        "newsreader: error: the index was removed while it was being updated"
        " (by another process?): run the command again\n"
    )
    assert cli("search", "walrus", "--archive", str(sample_copy)).code == 0  # as it says

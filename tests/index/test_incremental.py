"""update_index reads only new and changed files, removes deleted ones, reports counts."""

from __future__ import annotations

import json
import os

import pytest
from index_helpers import ids, write_article

from newsreader.index import ArchiveIndex, index_dir, update_index
from newsreader.ingest import reader


@pytest.fixture
def reads(monkeypatch):
    """The files read_source cleans (updates of this size run in-process)."""
    seen: list[str] = []
    original = reader.read_source

    def spy(root, source, entry=None):
        seen.append(source.rel)
        return original(root, source, entry)

    monkeypatch.setattr("newsreader.ingest.reader.read_source", spy)
    return seen


def counts(report) -> tuple[int, int, int, int]:
    return report.indexed, report.updated, report.removed, report.unchanged


def test_first_build_then_nothing_to_do(small_archive, reads):
    assert counts(update_index(small_archive)) == (4, 0, 0, 0)
    reads.clear()
    report = update_index(small_archive)
    assert counts(report) == (0, 0, 0, 4)
    assert reads == []
    assert report.to_json()["archive"] == str(small_archive.resolve())


def test_add_change_delete(small_archive, reads):
    update_index(small_archive)
    reads.clear()
    write_article(small_archive, "new.txt", "Harbor news", "The harbor froze over in winter.")
    path = small_archive / "b.txt"
    path.write_text("Council debates\n\nThe council argued about a zeppelin.\n")
    (small_archive / "c.txt").unlink()
    report = update_index(small_archive)
    assert counts(report) == (1, 1, 1, 2)
    assert sorted(reads) == ["b.txt", "new.txt"]
    with ArchiveIndex.open(small_archive) as index:
        assert ids(index.search("zeppelin")) == {"b"}
        assert ids(index.search("vest")) == {"a"}  # b's old text is gone
        assert ids(index.search("harbor")) == {"new"}
        assert index.search("presidency").total == 0
        assert index.get("c") is None
        assert not index.is_stale()


def test_touched_file_is_not_cleaned_again(small_archive, reads):
    update_index(small_archive)
    reads.clear()
    path = small_archive / "a.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    with ArchiveIndex.open(small_archive) as index:
        assert index.is_stale()
        assert counts(update_index(small_archive)) == (0, 0, 0, 4)
        assert reads == []
        assert not index.is_stale()


def test_manifest_change_updates_that_file(small_archive, reads):
    update_index(small_archive)
    reads.clear()
    manifest = small_archive / "manifest.json"
    data = json.loads(manifest.read_text())
    data["c.txt"]["outlet"] = "Reuters"
    manifest.write_text(json.dumps(data))
    assert counts(update_index(small_archive)) == (0, 1, 0, 3)
    assert reads == ["c.txt"]
    with ArchiveIndex.open(small_archive) as index:
        assert ids(index.search("outlet:Reuters")) == {"c"}


def test_same_stem_file_changes_ids(small_archive):
    update_index(small_archive)
    write_article(small_archive, "a.md", "Other a", "A markdown twin about walruses.")
    update_index(small_archive)
    with ArchiveIndex.open(small_archive) as index:
        assert ids(index.search("walruses")) == {"a.md"}
        assert ids(index.search("bulletproof")) == {"a.txt"}
        assert index.get("a") is None


def test_jsonl_records_and_duplicate_ids(tmp_path):
    archive = tmp_path / "j"
    archive.mkdir()
    lines = [
        {"id": "r1", "title": "One", "text": "Otters returned to the river this spring."},
        {"id": "r1", "title": "Dup", "text": "A second record reusing the id of otters."},
        {"title": "Two", "text": "Beavers built a dam downstream of the mill."},
    ]
    (archive / "feed.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    report = update_index(archive)
    assert report.indexed == 2
    assert any("duplicate id" in s.reason for s in report.skipped)
    with ArchiveIndex.open(archive) as index:
        assert {h.id for h in index.articles()} == {"r1", "feed/3"}


def test_skips_are_reported_every_time(small_archive):
    (small_archive / "notes.pdf").write_bytes(b"%PDF")
    (small_archive / "empty.txt").write_text("")
    first = update_index(small_archive).to_json()["skipped"]
    assert {s["path"] for s in first} >= {"notes.pdf", "empty.txt"}
    assert update_index(small_archive).to_json()["skipped"] == first


def test_rebuild_starts_over(small_archive, reads):
    update_index(small_archive)
    reads.clear()
    assert counts(update_index(small_archive, rebuild=True)) == (4, 0, 0, 0)
    assert len(reads) == 4
    with ArchiveIndex.open(small_archive) as index:
        assert len(index.articles()) == 4


def test_lost_state_file_rebuilds(small_archive):
    update_index(small_archive)
    (index_dir(small_archive.resolve()) / "newsreader-state.json").unlink()
    with ArchiveIndex.open(small_archive) as index:
        assert index.is_stale()
    assert counts(update_index(small_archive)) == (4, 0, 0, 0)
    with ArchiveIndex.open(small_archive) as index:
        assert len(index.articles()) == 4  # not 8: the old documents were cleared


def test_progress_reports_files(small_archive):
    calls = []
    update_index(small_archive, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)


def test_searcher_sees_new_commits(small_archive):
    update_index(small_archive)
    with ArchiveIndex.open(small_archive) as index:
        assert index.search("walrus").total == 0
        write_article(small_archive, "w.txt", "Walrus", "A walrus was seen on the beach.")
        update_index(small_archive)
        assert index.search("walrus").total == 1
        assert len(index.articles()) == 5


def test_staleness_sees_each_kind_of_change(small_archive):
    """The quick fingerprint check must not hide a change the file-by-file one sees."""
    update_index(small_archive)

    def touch():
        os.utime(small_archive / "b.txt", ns=(1, 1))

    def manifest():
        path = small_archive / "manifest.json"
        data = json.loads(path.read_text())
        data["a.txt"]["byline"] = "Someone Else"
        path.write_text(json.dumps(data))

    def add():
        write_article(small_archive, "sub/new.txt", "Harbor news", "The harbor froze.")

    def delete():
        (small_archive / "c.txt").unlink()

    with ArchiveIndex.open(small_archive) as index:
        assert not index.is_stale()
        for change in (touch, manifest, add, delete):
            change()
            assert index.is_stale(), change.__name__
            update_index(small_archive)
            assert not index.is_stale(), change.__name__


def test_state_saved_in_the_first_format_still_loads(small_archive, reads):
    """Rows replaced the first {rel: {field: value}} format: an index built before
    that is still up to date (nothing read again)."""
    from newsreader.index.state import STATE_NAME, IndexState

    update_index(small_archive)
    folder = index_dir(small_archive.resolve())
    state = IndexState.load(folder)
    first = {"version": state.version, "files": {}}
    for rel, entry in state.files.items():
        first["files"][rel] = entry._asdict()
    (folder / STATE_NAME).write_text(json.dumps(first))
    assert IndexState.load(folder).files == state.files
    reads.clear()
    assert counts(update_index(small_archive)) == (0, 0, 0, 4)
    assert reads == []


def test_one_file_at_a_time_until_whoosh_merges_the_small_segments(small_archive):
    """Each update of one file makes a small segment; Whoosh's merge policy then
    merges them (the merged segment's side file is derived from its postings, dates
    among them: a date field once broke that, and every update after it)."""
    update_index(small_archive)
    for n in range(12):
        write_article(
            small_archive,
            f"new_{n:02}.txt",
            f"Budget story {n}",
            f"The council discussed budget item {n}.",
            published=f"2017-08-{n + 1:02}",
        )
        update_index(small_archive)
    from whoosh import index as whoosh_index

    assert len(whoosh_index.open_dir(str(index_dir(small_archive)))._segments()) < 12  # merged
    index = ArchiveIndex.open(small_archive)
    try:
        found = index.search("budget", limit=20)
        assert {f"new_{n:02}" for n in range(12)} <= ids(found)
        assert len(index.search("published:2017-08-05").results) >= 1
    finally:
        index.close()

"""The quick staleness check: ingest.listing.listing_digest hashes exactly the files
scan_archive keeps, fresh.matches/agrees tell a change the way is_fresh does, and
the file-by-file check writes the fingerprint back when the index is up to date."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from index_helpers import write_article

from newsreader.index import fresh, index_dir, update_index
from newsreader.index.staleness import is_stale
from newsreader.ingest.listing import listing_digest, manifest_digest
from newsreader.ingest.scan import files_digest, scan_archive


def agree(root: Path) -> None:
    assert listing_digest(root) == files_digest(scan_archive(root).files)


@pytest.fixture(params=["by folder descriptor", "by entries"])
def listing_way(request, monkeypatch):
    """Both ways listing_digest stats (the second where os.stat takes no dir_fd)."""
    from newsreader.ingest import listing

    if request.param == "by entries":
        monkeypatch.setattr(listing, "_BY_FD", False)
    return request.param


def test_listing_digest_keeps_what_the_scan_keeps(tmp_path: Path, listing_way) -> None:
    root = tmp_path / "archive"
    for rel, data in {
        "b.txt": "two",
        "a.md": "one",
        "A.TXT": "upper-case suffix",
        "c.htm": "<p>x</p>",
        "d.jsonl": '{"title": "t", "text": "x"}\n',
        "e.html": "<p>y</p>",
        "f.markdown": "z",
        "same.txt": "stem",
        "same.md": "stem",
        "empty.txt": "",
        "notes.docx": "unknown",
        "noext": "unknown",
        "trailing.": "no suffix",
        ".hidden.txt": "hidden",
        ".git/config.txt": "hidden folder",
        "sub/manifest.json": "{}",  # only the root's manifest is the manifest
        "sub/x.txt": "nested",
        "sub/deeper/y.md": "nested twice",
        "sub.txt": "a file beside a folder of its stem",
        "a/b.txt": "sorts after a.md",
        "folder.txt/inside.txt": "a folder named like a file",
        "caf\u00e9.txt": "non-ASCII",
        "bad\x01name.txt": "control character",
        "ctrl\x01dir/z.txt": "in a folder with one",
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data, encoding="utf-8")
    (root / "manifest.json").write_text("{}", encoding="utf-8")
    with open(root / "big.txt", "wb") as out:
        out.truncate((2 << 20) + 1)  # over the .txt limit
    (root / "undecodable-\udcff.txt").write_bytes(b"bytes")  # a non-UTF-8 file name
    os.symlink(root / "b.txt", root / "link.txt")
    os.symlink(root / "sub", root / "linked")  # followed once...
    os.symlink(root / "sub", root / "zlinked")  # ...then a folder visited twice
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "missing.txt", root / "dangling.txt")
    os.mkfifo(root / "fifo.txt")
    agree(root)
    kept = {f.rel for f in scan_archive(root).files}
    assert "linked/x.txt" in kept and "zlinked/x.txt" not in kept  # the cases are there
    assert "bad\x01name.txt" not in kept and "caf\u00e9.txt" in kept


def test_listing_digest_of_a_missing_or_empty_archive(tmp_path: Path, listing_way) -> None:
    agree(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    agree(tmp_path / "empty")
    (tmp_path / "file.txt").write_text("not a folder")
    agree(tmp_path / "file.txt")


def test_listing_digest_of_unreadable_folders(tmp_path: Path, listing_way) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    root = tmp_path / "archive"
    for rel in ("a.txt", "closed/b.txt", "unlisted/c.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x")
    (root / "closed").chmod(0o000)
    (root / "unlisted").chmod(0o300)  # no read: not listed
    try:
        agree(root)
    finally:
        (root / "closed").chmod(0o755)
        (root / "unlisted").chmod(0o755)


def test_listing_changes_with_each_kind_of_change(small_archive: Path) -> None:
    update_index(small_archive)
    folder = index_dir(small_archive.resolve())

    def fresh_now() -> bool:
        return fresh.matches(folder, listing_digest(small_archive), manifest_digest(small_archive))

    def touch() -> None:
        os.utime(small_archive / "b.txt", ns=(1, 1))

    def grow() -> None:  # same mtime, other size
        path = small_archive / "c.txt"
        info = path.stat()
        path.write_text(path.read_text() + "More.\n")
        os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))

    def manifest() -> None:
        path = small_archive / "manifest.json"
        data = json.loads(path.read_text())
        data["a.txt"]["byline"] = "Someone Else"
        path.write_text(json.dumps(data))

    def add() -> None:
        write_article(small_archive, "sub/new.txt", "Harbor news", "The harbor froze.")

    def delete() -> None:
        (small_archive / "a.txt").unlink()

    assert fresh_now()
    for change in (touch, grow, manifest, add, delete):
        change()
        assert not fresh_now(), change.__name__
        assert is_stale(small_archive.resolve()), change.__name__
        update_index(small_archive)
        assert fresh_now(), change.__name__


def test_snapshot_applies_to_its_state_file_only(small_archive: Path) -> None:
    update_index(small_archive)
    folder = index_dir(small_archive.resolve())
    listing, manifest = listing_digest(small_archive), manifest_digest(small_archive)
    stamp, saved = fresh.snapshot(folder)
    assert stamp is not None and fresh.agrees(saved, listing, manifest)
    write_article(small_archive, "w.txt", "Walrus", "A walrus was seen on the beach.")
    update_index(small_archive)  # a new state file: the old snapshot is not the index's
    assert fresh.snapshot(folder)[0] != stamp
    assert not fresh.agrees(saved, listing_digest(small_archive), manifest)
    assert not fresh.agrees(None, listing, manifest)


@pytest.mark.parametrize("damage", ["missing", "older format", "garbage"])
def test_file_by_file_check_writes_the_fingerprint_again(small_archive: Path, damage) -> None:
    update_index(small_archive)
    archive = small_archive.resolve()
    folder = index_dir(archive)
    path = folder / fresh.FRESH_NAME
    if damage == "missing":
        path.unlink()
    elif damage == "older format":
        saved = json.loads(path.read_text())
        path.write_text(json.dumps({**saved, "fingerprint": "0" * 40}))
    else:
        path.write_text("{not json")
    assert not fresh.matches(folder, listing_digest(archive), manifest_digest(archive))
    assert not is_stale(archive)
    assert fresh.matches(folder, listing_digest(archive), manifest_digest(archive))


def test_file_by_file_check_writes_nothing_when_stale(small_archive: Path) -> None:
    update_index(small_archive)
    archive = small_archive.resolve()
    (index_dir(archive) / fresh.FRESH_NAME).unlink()
    write_article(small_archive, "w.txt", "Walrus", "A walrus was seen on the beach.")
    assert is_stale(archive)
    assert not (index_dir(archive) / fresh.FRESH_NAME).exists()
    assert is_stale(archive)


def test_a_manifest_changed_since_the_state_is_compared_entry_by_entry(small_archive):
    """The state's manifest digest differs: entries are compared, nothing remembered."""
    update_index(small_archive)
    archive = small_archive.resolve()
    (index_dir(archive) / fresh.FRESH_NAME).unlink()
    path = small_archive / "manifest.json"
    path.write_text(json.dumps(json.loads(path.read_text()), indent=4))  # same entries
    assert not is_stale(archive)
    assert not (index_dir(archive) / fresh.FRESH_NAME).exists()


def test_the_index_checks_by_the_listing_and_writes_the_fingerprint_back(small_archive):
    """ArchiveIndex.is_stale (ensure_index: every command, the app) is this check."""
    from newsreader.index import ArchiveIndex, ensure_index

    update_index(small_archive)
    path = index_dir(small_archive.resolve()) / fresh.FRESH_NAME
    path.unlink()
    with ArchiveIndex.open(small_archive) as index:
        assert not index.is_stale()
    assert path.exists()
    write_article(small_archive, "w.txt", "Walrus", "A walrus was seen on the beach.")
    with ensure_index(small_archive) as index:
        assert index.search("walrus").total == 1
        assert not index.is_stale()

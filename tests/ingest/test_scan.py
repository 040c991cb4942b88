import os
from pathlib import Path

import pytest

from newsreader.ingest.scan import scan_archive


def write(root: Path, rel: str, data: bytes | str = "Some article text.\n") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def reasons(scan) -> dict[str, str]:
    return {s.path: s.reason for s in scan.skipped}


def test_recursive_ids_without_extension(tmp_path):
    write(tmp_path, "2017/aug/story.txt")
    write(tmp_path, "top.html", "<p>x</p>")
    scan = scan_archive(tmp_path)
    assert {f.id: f.kind for f in scan.files} == {"2017/aug/story": "txt", "top": "html"}


def test_same_stem_keeps_extension(tmp_path):
    write(tmp_path, "a.txt")
    write(tmp_path, "a.md")
    assert sorted(f.id for f in scan_archive(tmp_path).files) == ["a.md", "a.txt"]


def test_unknown_empty_and_huge_files_are_reported(tmp_path):
    write(tmp_path, "photo.jpg", b"\xff\xd8")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "huge.txt", b"word " * (3 << 20 // 5 * 5))
    why = reasons(scan_archive(tmp_path))
    assert why["photo.jpg"].startswith("unknown format")
    assert why["empty.txt"] == "empty file"
    assert why["huge.txt"].startswith("too large")


def test_manifest_and_hidden_files_are_not_articles(tmp_path):
    write(tmp_path, "manifest.json", "{}")
    write(tmp_path, ".DS_Store", b"\x00")
    write(tmp_path, ".git/config", "x")
    scan = scan_archive(tmp_path)
    assert scan.files == [] and scan.skipped == []


def test_newline_in_name_is_reported(tmp_path):
    write(tmp_path, "bad\nname.txt")
    assert reasons(scan_archive(tmp_path)) == {
        "bad\nname.txt": "file name contains control characters"
    }


def test_symlink_loops_do_not_hang(tmp_path):
    write(tmp_path, "a/story.txt")
    os.symlink(tmp_path / "a", tmp_path / "a" / "again")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    scan = scan_archive(tmp_path)
    assert [f.id for f in scan.files] == ["a/story"]
    why = reasons(scan)
    assert "link loop" in why["a/again"]
    assert why["loop.txt"].startswith("unreadable")


def test_special_files_are_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert reasons(scan_archive(tmp_path)) == {"pipe.txt": "not a regular file"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_folder_is_reported(tmp_path):
    locked = tmp_path / "locked"
    write(tmp_path, "locked/a.txt")
    locked.chmod(0)
    try:
        assert "unreadable folder" in reasons(scan_archive(tmp_path))["locked"]
    finally:
        locked.chmod(0o755)

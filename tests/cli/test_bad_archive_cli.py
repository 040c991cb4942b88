"""An archive full of bad files: each is skipped with its reason, the rest is
indexed, nothing is written to the archive, and no traceback is printed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

STORY = (
    "Council approves budget\n\n"
    "The city council approved a new budget on Tuesday after a long debate about "
    "road repairs and school funding.\n\n"
    "The mayor said the plan would keep taxes flat while adding two new bus routes.\n"
)
DEEP_TEXT = "Deep text about the harbor and the ships that come in every morning. " * 20
JSONL = (
    '{"title": "One", "text": "The first record is about the bridge closure and detour."}\n'
    "{bad json\n"
    '{"title": "Three", "text": "The third record is about the new library downtown."}\n'
)


@pytest.fixture
def bad_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "bad"
    root.mkdir()
    (root / "good.txt").write_text(STORY)
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK" * 200)
    (root / "empty.md").write_text("")
    (root / "undecodable.txt").write_bytes(b"\xff\xfe\x00\xd8\x41")  # UTF-16, lone surrogate
    deep = "<div>" * 5000 + f"<p>{DEEP_TEXT}</p>" + "</div>" * 5000
    (root / "deep.html").write_text(f"<html><body>{deep}</body></html>")
    (root / "huge.txt").write_text((STORY * 40 + "\n") * 400)  # over 2 MiB
    (root / "broken.jsonl").write_text(JSONL)
    (root / "new\nline.txt").write_text(STORY)
    os.symlink("loop.txt", root / "loop.txt")
    (root / "locked.txt").write_text(STORY.replace("budget", "levy"))
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    _unreadable(monkeypatch, root / "locked.txt")
    return root


def _unreadable(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """As a file without read permission behaves (tests may run as root)."""
    read_bytes = Path.read_bytes

    def guarded(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", guarded)


def _fingerprint(root: Path) -> dict[str, tuple[str, int]]:
    found = {}
    for path in sorted(root.iterdir()):
        if path.is_symlink():
            found[path.name] = (os.readlink(path), 0)
        else:
            with open(path, "rb") as data:  # not read_bytes: the test patches it
                digest = hashlib.sha1(data.read()).hexdigest()
            found[path.name] = (digest, path.stat().st_mtime_ns)
    return found


def test_bad_files_are_reported_and_the_rest_indexed(cli, bad_archive):
    before = _fingerprint(bad_archive)
    out = cli("index", "--archive", str(bad_archive), "--json")
    assert out.code == 0, out.err
    report = out.json()
    reasons = {s["path"]: s["reason"] for s in report["skipped"]}
    assert reasons["binary.txt"] == "binary file"
    assert reasons["empty.md"] == "empty file"
    assert reasons["undecodable.txt"].startswith("undecodable")
    assert reasons["huge.txt"].startswith("too large")
    assert reasons["broken.jsonl:2"].startswith("line 2:")
    assert "control characters" in reasons["new\nline.txt"]
    assert reasons["loop.txt"].startswith("unreadable")
    assert reasons["locked.txt"] == "unreadable: Permission denied"
    assert reasons["notes.pdf"] == "unknown format (.pdf)"
    assert "deep.html" not in reasons or reasons["deep.html"]  # indexed, or said why
    assert report["indexed"] == 3 + ("deep.html" not in reasons)  # good + 2 JSONL lines
    assert "Traceback" not in out.err
    assert _fingerprint(bad_archive) == before

    found = cli("search", "harbor ships", "--archive", str(bad_archive), "--json").json()
    assert [r["id"] for r in found["results"]] == ["deep"]
    records = cli("search", "library", "--archive", str(bad_archive), "--json").json()
    assert [r["id"] for r in records["results"]] == ["broken/3"]


def test_terminal_report_names_each_skip_on_one_line(cli, bad_archive):
    out = cli("index", "--archive", str(bad_archive))
    assert out.code == 0
    lines = out.err.strip().splitlines()
    assert all(line.startswith("skipped ") for line in lines)
    assert len(lines) == 9
    assert not any(ch in out.err for ch in "\x1b\r")

"""A fingerprint of the archive as last indexed: telling that nothing changed needs
one scan and a few bytes read, not the per-file state and the manifest parsed.

The fingerprint hashes the schema version, the manifest's bytes' digest and the
listing's (every scanned file's path, size and mtime, hashed apart: the quick
check of `newsreader search` hashes it with ingest.listing.listing_digest, without a
scan or Whoosh, then `matches`). An update removes it before its first commit and
writes it after its last, next to the state file whose size and mtime it
records; any other state (a later update, a lost file) makes it not apply, and
the caller falls back to comparing the state file by file, which writes it again
when that finds the index up to date (index/staleness.py).
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from pathlib import Path

from newsreader.index.schema import SCHEMA_VERSION
from newsreader.index.state import STATE_NAME
from newsreader.ingest.scan import SourceFile, files_digest

FRESH_NAME = "newsreader-fresh.json"


def fingerprint(files: list[SourceFile], manifest: str) -> str:
    return _fingerprint(files_digest(files), manifest)


def _fingerprint(listing: str, manifest: str) -> str:
    return hashlib.sha1(f"{SCHEMA_VERSION}\0{manifest}\0{listing}".encode()).hexdigest()


def is_fresh(folder: Path, files: list[SourceFile], manifest: str) -> bool:
    """True only when the last update indexed exactly this scan and manifest."""
    return matches(folder, files_digest(files), manifest)


def matches(folder: Path, listing: str, manifest: str) -> bool:
    """is_fresh, given the archive's listing digest (ingest.listing.listing_digest)."""
    return agrees(snapshot(folder)[1], listing, manifest)


def snapshot(folder: Path) -> tuple[list[int] | None, dict | None]:
    """(the state file's stamp, the fingerprint saved for that state file) now;
    None for what is missing. A reader that takes it before it searches, then
    finds the archive `agrees` with it, has searched that state's index or a newer."""
    try:
        saved = json.loads((folder / FRESH_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    try:
        stamp = state_stamp(folder)
    except OSError:
        return None, None
    if not isinstance(saved, dict) or saved.get("state") != stamp:
        saved = None
    return stamp, saved


def agrees(saved: dict | None, listing: str, manifest: str) -> bool:
    """The fingerprint of snapshot() is the archive's of this listing and manifest."""
    return saved is not None and saved == {
        "fingerprint": _fingerprint(listing, manifest),
        "state": saved["state"],
    }


def forget(folder: Path) -> None:
    with suppress(FileNotFoundError):
        (folder / FRESH_NAME).unlink()


def remember(
    folder: Path, files: list[SourceFile], manifest: str, state: list[int] | None = None
) -> None:
    """`state`: the stamp of the state file the files were found to match, taken
    before it was read (by default, the state file's now: an update's own)."""
    data = {"fingerprint": fingerprint(files, manifest), "state": state or state_stamp(folder)}
    tmp = folder / f".{FRESH_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, folder / FRESH_NAME)


def state_stamp(folder: Path) -> list[int]:
    info = (folder / STATE_NAME).stat()
    return [info.st_ino, info.st_size, info.st_mtime_ns]  # a save is a new file

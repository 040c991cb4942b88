"""A fingerprint of the archive as last indexed: telling that nothing changed needs
one scan and a few bytes read, not the per-file state and the manifest parsed.

The fingerprint hashes every scanned file's path, size and mtime, the manifest's
bytes and the schema version. An update removes it before its first commit and
writes it after its last, next to the state file whose size and mtime it
records; any other state (a later update, a lost file) makes it not apply, and
the caller falls back to comparing the state file by file.
"""

from __future__ import annotations

import hashlib
import json
import os
from contextlib import suppress
from pathlib import Path

from newsreader.index.schema import SCHEMA_VERSION
from newsreader.index.state import STATE_NAME
from newsreader.ingest.manifest import MANIFEST
from newsreader.ingest.scan import SourceFile

FRESH_NAME = "newsreader-fresh.json"


def manifest_digest(root: Path) -> str:
    try:
        return hashlib.sha1((root / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return "-"


def fingerprint(files: list[SourceFile], manifest: str) -> str:
    digest = hashlib.sha1(f"{SCHEMA_VERSION}\0{manifest}\0".encode())
    listing = "\0".join(f"{f.rel}\0{f.size}\0{f.mtime_ns}" for f in files)
    digest.update(listing.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def is_fresh(folder: Path, files: list[SourceFile], manifest: str) -> bool:
    """True only when the last update indexed exactly this scan and manifest."""
    try:
        saved = json.loads((folder / FRESH_NAME).read_text(encoding="utf-8"))
        return saved == {"fingerprint": fingerprint(files, manifest), "state": _state_stamp(folder)}
    except (OSError, ValueError):
        return False


def forget(folder: Path) -> None:
    with suppress(FileNotFoundError):
        (folder / FRESH_NAME).unlink()


def remember(folder: Path, files: list[SourceFile], manifest: str) -> None:
    data = {"fingerprint": fingerprint(files, manifest), "state": _state_stamp(folder)}
    tmp = folder / f".{FRESH_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, folder / FRESH_NAME)


def _state_stamp(folder: Path) -> list[int]:
    info = (folder / STATE_NAME).stat()
    return [info.st_ino, info.st_size, info.st_mtime_ns]  # a save is a new file

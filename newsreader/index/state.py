"""What the index holds, per archive file: enough to tell changes without reading files.

Saved next to the Whoosh files after every commit, atomically (write, then
rename). It may lag the index (a kill between commit and save): the next update
then re-reads those files and replaces their documents, which is idempotent.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from newsreader.gcpause import gc_paused
from newsreader.index.schema import SCHEMA_VERSION
from newsreader.model import Skip
from newsreader.paths import archive_data_dir

STATE_NAME = "newsreader-state.json"


def index_dir(archive: Path) -> Path:
    """Where an archive's index and this state live."""
    return archive_data_dir(archive) / "index"


class FileState(NamedTuple):  # a tuple: 20,000 are loaded per update
    size: int
    mtime_ns: int
    file_id: str  # the scan's id: changes when a same-stem file appears
    mhash: str  # hash of the file's manifest entry
    digest: str  # read_source's digest (file bytes + manifest entry)
    ids: list[str]  # its indexed article ids
    skipped: list[list[str]]  # [path, reason]

    def skips(self) -> list[Skip]:
        return [Skip(path, reason) for path, reason in self.skipped]


@dataclass(slots=True)
class IndexState:
    """What the index holds of each file, and of the manifest."""

    files: dict[str, FileState] = field(default_factory=dict)
    manifest: str = ""  # digest of the manifest's bytes all entries were hashed from
    version: int = SCHEMA_VERSION

    @classmethod
    def load(cls, folder: Path) -> IndexState | None:
        """None when missing, unreadable or from another schema version."""
        try:
            with gc_paused():
                data = json.loads((folder / STATE_NAME).read_text(encoding="utf-8"))
                if data.get("version") != SCHEMA_VERSION:
                    return None
                files = _files(data["files"])
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError):
            return None
        return cls(files, data.get("manifest") or "")

    def save(self, folder: Path) -> None:
        """Rows of plain lists, encoded by json's C encoder (a dict per file through
        dataclasses.asdict and json.dump took seconds for 20,000 files)."""
        rows = [[rel, *f] for rel, f in self.files.items()]
        data = {"version": self.version, "manifest": self.manifest, "files": rows}
        tmp = folder / f".{STATE_NAME}.{os.getpid()}.tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, separators=(",", ":")))  # ASCII: any file name
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, folder / STATE_NAME)


def _files(rows: list | dict) -> dict[str, FileState]:
    if isinstance(rows, dict):  # the first format: {rel: {field: value}}
        return {rel: FileState(**{"ids": [], "skipped": [], **e}) for rel, e in rows.items()}
    # [rel, size, mtime_ns, file_id, mhash, digest, ids, skipped]
    return {row[0]: FileState._make(row[1:]) for row in rows}


def manifest_hash(entry: dict | None) -> str:
    text = json.dumps(entry or {}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

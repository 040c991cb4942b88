"""The optional manifest.json: known metadata per file, overriding inference."""

from __future__ import annotations

import json
from pathlib import Path

from newsreader.gcpause import gc_paused
from newsreader.ingest.listing import MANIFEST
from newsreader.model import Skip

FIELDS = ("outlet", "url", "published", "title", "byline")


class Entries:
    """Manifest entries by relative path, each reduced to its known string fields
    when looked up: an update reads a few of 20,000, the staleness check none when
    the manifest's bytes are unchanged."""

    def __init__(self, raw: dict | None = None) -> None:
        self._raw = raw or {}

    def get(self, rel: str) -> dict | None:
        value = self._raw.get(rel)
        if not isinstance(value, dict):
            return None
        return {f: value[f] for f in FIELDS if isinstance(value.get(f), str)}

    def __len__(self) -> int:
        return len(self._raw)


def load_manifest(root: Path) -> tuple[Entries, Skip | None]:
    """Entries by relative path; a broken manifest is reported, not fatal."""
    path = root / MANIFEST
    if not path.is_file():
        return Entries(), None
    try:
        with gc_paused():
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        return Entries(), Skip(MANIFEST, f"unreadable manifest: {exc.__class__.__name__}")
    except json.JSONDecodeError as exc:
        return Entries(), Skip(MANIFEST, f"invalid JSON in manifest (line {exc.lineno}); ignored")
    if not isinstance(data, dict):
        return Entries(), Skip(MANIFEST, "manifest must be a JSON object; ignored")
    return Entries(data), None

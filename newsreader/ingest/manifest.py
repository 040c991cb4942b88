"""The optional manifest.json: known metadata per file, overriding inference."""

from __future__ import annotations

import json
from pathlib import Path

from newsreader.model import Skip

MANIFEST = "manifest.json"
FIELDS = ("outlet", "url", "published", "title", "byline")


def load_manifest(root: Path) -> tuple[dict[str, dict], Skip | None]:
    """Entries by relative path; a broken manifest is reported, not fatal."""
    path = root / MANIFEST
    if not path.is_file():
        return {}, None
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, Skip(MANIFEST, f"unreadable manifest: {exc.__class__.__name__}")
    except json.JSONDecodeError as exc:
        return {}, Skip(MANIFEST, f"invalid JSON in manifest (line {exc.lineno}); ignored")
    if not isinstance(data, dict):
        return {}, Skip(MANIFEST, "manifest must be a JSON object; ignored")
    entries = {}
    for key, value in data.items():
        if isinstance(value, dict):
            entries[key] = {f: value[f] for f in FIELDS if isinstance(value.get(f), str)}
    return entries, None

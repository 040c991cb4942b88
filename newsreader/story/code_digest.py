"""A digest of this package's own code: stored results made by other code are redone."""

from __future__ import annotations

import hashlib
from pathlib import Path

_HERE = Path(__file__).parent


def code_digest(*patterns: str, extra: bytes = b"") -> str:
    """SHA-1 of the story modules matching `patterns` (globs), in name order, and `extra`."""
    digest = hashlib.sha1()
    for pattern in patterns:
        for path in sorted(_HERE.glob(pattern)):
            digest.update(path.read_bytes())
    digest.update(extra)
    return digest.hexdigest()

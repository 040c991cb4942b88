"""Whoosh imports without urllib.request and asyncio, and nothing is left faked."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import newsreader.index
assert "urllib.request" not in sys.modules and "asyncio" not in sys.modules
assert "cached_property" not in sys.modules
import urllib.request
assert urllib.request.Request  # the real module, imported when asked for
from whoosh import reading
assert reading.SegmentReader.deleted_docs_set.__class__.__name__ == "cached_property"
"""


def test_whoosh_imports_lean_and_leaves_the_real_modules() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

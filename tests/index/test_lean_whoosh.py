"""Whoosh imports without urllib.request, asyncio and its English word variations, and
nothing is left faked."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import newsreader.index
assert "urllib.request" not in sys.modules and "asyncio" not in sys.modules
assert "cached_property" not in sys.modules
assert "whoosh.lang.morph_en" not in sys.modules
from whoosh.query import terms
assert "renders" in terms.variations("rendered")  # the real ones, imported when asked
assert sys.modules["whoosh.lang.morph_en"].__file__
import urllib.request
assert urllib.request.Request  # the real module, imported when asked for
from whoosh import reading
assert reading.SegmentReader.deleted_docs_set.__class__.__name__ == "cached_property"
"""


def test_whoosh_imports_lean_and_leaves_the_real_modules() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

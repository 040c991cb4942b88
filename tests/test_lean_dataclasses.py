"""dataclasses import without inspect (see newsreader/lean_dataclasses.py): a search
imports none of it, and a dataclass without a docstring still gets one."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import newsreader.commands.search, newsreader.index, newsreader.library
assert "dataclasses" in sys.modules and "inspect" not in sys.modules
import dataclasses

@dataclasses.dataclass
class Point:
    x: int

assert Point.__doc__ == "Point(x: int)"  # the real inspect, imported when first used
assert sys.modules["inspect"].signature
assert "dataclass" in dataclasses.__loader__.get_source("dataclasses")
"""


def test_a_search_imports_no_inspect_and_dataclasses_still_work() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

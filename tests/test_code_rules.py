"""House rules that keep the code base in shape."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE = ("ingest", "index", "story")
UI_PACKAGES = ("textual", "rich")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", CORE)
def test_core_never_imports_the_ui(package):
    for path in (REPO / "newsreader" / package).rglob("*.py"):
        for name in imported_modules(path):
            assert name.split(".")[0] not in UI_PACKAGES, f"{path} imports {name}"
            assert not name.startswith("newsreader.tui"), f"{path} imports {name}"


def test_only_the_tui_imports_textual():
    for path in (REPO / "newsreader").rglob("*.py"):
        if "tui" in path.relative_to(REPO / "newsreader").parts:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] == "textual":
                pytest.fail(f"{path} imports {name}")


def test_only_the_index_package_imports_whoosh():
    """Whoosh is unmaintained: one package of ours holds it, to be replaceable."""
    for path in (REPO / "newsreader").rglob("*.py"):
        if path.relative_to(REPO / "newsreader").parts[0] == "index":
            continue
        for name in imported_modules(path):
            if name.split(".")[0] == "whoosh":
                pytest.fail(f"{path} imports {name}")


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "check", "--quiet", str(REPO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

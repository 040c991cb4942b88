"""A non-editable install carries the sample corpus and finds it."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    pytest.importorskip("hatchling")
    wheels = tmp_path_factory.mktemp("wheels")
    target = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", str(REPO), "-w", str(wheels)],
        check=True,
        capture_output=True,
    )
    wheel = next(wheels.glob("newsreader-*.whl"))
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def test_installed_package_finds_its_sample_corpus(installed: Path):
    code = "from newsreader import paths; print(paths.sample_corpus())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(installed)},
        cwd=installed,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    corpus = Path(out)
    assert corpus == installed / "newsreader" / "sample_corpus"
    shipped = sorted(p.name for p in corpus.iterdir())
    assert shipped == sorted(p.name for p in (REPO / "sample_corpus").iterdir())

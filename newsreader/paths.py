"""Where state lives: platformdirs for `newsreader`, or all under NEWSREADER_HOME."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

APP = "newsreader"
HOME_ENV = "NEWSREADER_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else _platformdirs().user_data_path(APP)


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else _platformdirs().user_config_path(APP)


def state_dir() -> Path:
    home = _home()
    return home / "state" if home else _platformdirs().user_state_path(APP)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else _platformdirs().user_cache_path(APP)


def _platformdirs():
    """Imported when first needed (10-20 ms; not at all under NEWSREADER_HOME)."""
    import platformdirs

    return platformdirs


def config_file() -> Path:
    return config_dir() / "config.toml"


def archive_key(archive: Path) -> str:
    """A stable folder name per archive: readable slug plus a hash of its real path."""
    real = str(Path(archive).resolve())
    digest = hashlib.sha1(real.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(real).name).strip("-.")[:40] or "archive"
    return f"{slug}-{digest}"


def archive_data_dir(archive: Path) -> Path:
    """The folder holding one archive's index and derived data."""
    return data_dir() / "archives" / archive_key(archive)


def sample_corpus() -> Path:
    """The bundled sample archive: inside the installed package, else the source tree."""
    here = Path(__file__).resolve().parent
    packaged = here / "sample_corpus"
    return packaged if packaged.is_dir() else here.parent / "sample_corpus"

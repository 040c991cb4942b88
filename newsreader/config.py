"""The TOML config file under platformdirs' config folder (or NEWSREADER_HOME)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsreader import paths
from newsreader.errors import UserError


@dataclass(slots=True)
class Config:
    archive: Path | None = None  # the default archive
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)  # binding id -> keys


def load_config(path: Path | None = None) -> Config:
    """The user's config; a missing file is the defaults, a broken one a UserError."""
    import tomllib  # here: a command given --archive reads no config (15 ms to import)

    path = path or paths.config_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read config {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"invalid config {path}: {exc}") from None
    return _validate(data, path)


def _validate(data: dict, path: Path) -> Config:
    config = Config()
    archive = data.get("archive")
    if archive is not None:
        if not isinstance(archive, str):
            raise UserError(f"invalid config {path}: 'archive' must be a string")
        config.archive = Path(archive).expanduser()
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise UserError(f"invalid config {path}: 'theme' must be a string")
    config.theme = theme
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise UserError(f"invalid config {path}: [keys] maps binding ids to key strings")
    config.keys = dict(keys)
    return config

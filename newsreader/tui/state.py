"""What the TUI remembers per archive between runs: query, selection, reading positions."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsreader import paths

MAX_POSITIONS = 500  # reading positions kept; the oldest are dropped first


@dataclass(slots=True)
class UIState:
    query: str = ""
    selected: str | None = None  # the highlighted result
    article: str | None = None  # the open article
    pane: str = "search"
    positions: dict[str, float] = field(default_factory=dict)  # article id -> scroll y

    def remember(self, article_id: str, scroll_y: float) -> None:
        self.positions.pop(article_id, None)  # re-insert: dicts keep recency order
        self.positions[article_id] = round(scroll_y, 1)
        while len(self.positions) > MAX_POSITIONS:
            self.positions.pop(next(iter(self.positions)))


def state_file(archive: Path) -> Path:
    return paths.state_dir() / "tui" / f"{paths.archive_key(archive)}.json"


def load_state(archive: Path) -> UIState:
    """The saved state; anything missing or malformed is the default (never an error)."""
    try:
        data = json.loads(state_file(archive).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UIState()
    if not isinstance(data, dict):
        return UIState()
    state = UIState()
    for name in ("query", "pane"):
        if isinstance(data.get(name), str):
            setattr(state, name, data[name])
    for name in ("selected", "article"):
        if isinstance(data.get(name), str):
            setattr(state, name, data[name])
    positions = data.get("positions")
    if isinstance(positions, dict):
        state.positions = {
            str(k): float(v) for k, v in positions.items() if isinstance(v, int | float)
        }
    return state


def save_state(archive: Path, state: UIState) -> None:
    """Write atomically: a temporary file in the same folder, then rename over."""
    target = state_file(archive)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".state-", suffix=".json", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(state), handle, ensure_ascii=False)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

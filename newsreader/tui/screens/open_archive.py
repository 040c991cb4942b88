"""A small dialog asking for another archive folder."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class OpenArchiveScreen(ModalScreen[Path | None]):
    BINDINGS: ClassVar = [Binding("escape", "cancel", "Cancel", id="open_cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog") as dialog:
            dialog.border_title = "Open another archive"
            yield Static("A folder of articles (enter opens, escape cancels):", markup=False)
            yield Input(placeholder="~/archives/story", id="archive-path")
            yield Static("", id="open-error", markup=False)

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip() or not path.is_dir():
            self.query_one("#open-error", Static).update(f"Not a folder: {path}")
            return
        self.dismiss(path.resolve())

    def action_cancel(self) -> None:
        self.dismiss(None)

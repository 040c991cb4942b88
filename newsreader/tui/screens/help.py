"""The `?` screen: every key, as currently bound (the config's [keys] included)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from newsreader.tui import keys

INTRO = (
    "Press / and type: the results follow. Search syntax: words (all must "
    'match), OR, NOT or -word, "phrases", title: outlet: byline: published:2017-08, '
    "published:[2017-06 to 2017-08], published:>2017-07, polic* (prefix), "
    'person:"Richard Berry" place: org:. Mouse: click anything; wheel scrolls.'
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help_close"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "newsreader keys"
            body.border_subtitle = "escape closes"
            yield Static(help_text(self.keymap), markup=False)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_down() if direction == "down" else body.scroll_up()


def help_text(keymap: Mapping[str, str]) -> Content:
    lines: list[Content] = [Content(INTRO), Content("")]
    for title, group in keys.GROUPS:
        lines.append(Content.styled(title, "bold $text-primary"))
        for key in group:
            shown = display_keys(keymap.get(key.id, key.keys), key)
            lines.append(Content.assemble((f"  {shown:<14}", "bold $text-accent"), key.description))
        lines.append(Content(""))
    return Content("\n").join(lines)


def display_keys(value: str, key: keys.Key) -> str:
    if key.key_display and value == key.keys:
        return key.key_display
    names = {"slash": "/", "question_mark": "?", "escape": "esc", "shift+tab": "shift+tab"}
    return ", ".join(names.get(part.strip(), part.strip()) for part in value.split(","))

"""The versions view: the open article's other versions, and word by word what this
copy adds, cuts and rewords in the chosen one."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import OptionList

from newsreader.tui import keys
from newsreader.tui.core import Core
from newsreader.tui.render import text, where
from newsreader.tui.screens.view import ViewScreen
from newsreader.tui.widgets.diff_view import DiffView
from newsreader.tui.widgets.lists import NavList, with_separators
from newsreader.wording import plural


class VersionsScreen(ViewScreen):
    BINDINGS = keys.bindings(keys.VERSIONS)
    TITLE = "Versions"
    view = "versions"
    needs_story = True

    def __init__(self, core: Core, archive_name: str, article: Any) -> None:
        super().__init__(core, archive_name)
        self.article = article
        self.versions: list[Any] = []

    def body(self) -> ComposeResult:
        with Horizontal(id="versions-body", classes="view-body"):
            yield NavList(id="version-list", classes="view-list")
            yield DiffView(id="diff", classes="view-detail")

    def on_mount(self) -> None:
        self.query_one("#version-list").border_title = "Other versions"
        self.query_one("#diff").border_title = "What this copy changes"

    def fetch(self, progress: Any) -> Any:
        return self.core.versions(self.article.id)

    def subtitle(self) -> str:
        return text(self.article.title) or text(self.article.id)

    def show(self, data: Any) -> None:
        self.versions = data
        this = where(self.article) or text(self.article.id)
        self.query_one("#versions-body").display = bool(data)
        if not data:
            self.show_status(f"This copy: {this}. No other version of its text in the archive.")
            return
        self.show_status(f"This copy: {this} · {plural(len(data), 'other version')}")
        listing = self.query_one("#version-list", NavList)
        listing.clear_options()
        listing.add_options(with_separators(version_prompt(v) for v in data))
        listing.highlighted = 0
        listing.focus()

    @on(OptionList.OptionHighlighted, "#version-list")
    async def version_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        index = event.option_index
        if 0 <= index < len(self.versions):
            await self.query_one(DiffView).show(self.versions[index])

    @on(OptionList.OptionSelected, "#version-list")
    def version_selected(self) -> None:
        self.query_one(DiffView).focus()

    async def action_toggle_full(self) -> None:
        await self.query_one(DiffView).toggle_full()


def version_prompt(version: Any) -> Content:
    """Another version: its outlet, date, and how many words this copy changes in it."""
    other, diff = version.other, version.diff
    head = text(other.outlet) or text(other.id)
    changed = diff.added or diff.cut or diff.reworded
    counts = f"+{diff.added} -{diff.cut} ~{diff.reworded} words" if changed else "the same words"
    when = text(other.published) or "undated"
    return Content("\n").join(
        [Content.styled(head, "bold"), Content.styled(f"{when} · {counts}", "dim")]
    )

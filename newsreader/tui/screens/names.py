"""People, places and organizations, counted; choosing one filters the search results
(and the timeline) to the articles that mention it."""

from __future__ import annotations

from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from newsreader.tui import keys
from newsreader.tui.core import Names
from newsreader.tui.render import text
from newsreader.tui.screens.view import ViewScreen
from newsreader.tui.widgets.lists import NavList
from newsreader.wording import plural

KINDS = {"person": "People", "place": "Places", "organization": "Organizations"}


class NamesScreen(ViewScreen):
    BINDINGS = keys.bindings(keys.NAMES)
    TITLE = "People, places, organizations"
    view = "names"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.names: Names | None = None

    def body(self) -> ComposeResult:
        with Vertical(classes="view-body"):
            yield Input(
                placeholder="Find a name (enter filters by the highlighted one)",
                id="name-find",
                compact=True,
                select_on_focus=False,
            )
            yield NavList(id="names", classes="view-detail")

    def on_mount(self) -> None:
        self.query_one("#names").border_title = "Names · enter filters the results"

    def fetch(self, progress: Any) -> Any:
        return self.core.names(progress)

    def show(self, data: Any) -> None:
        self.names = data
        counts = ", ".join(
            plural(sum(e.kind == kind for e in data.entities), kind, label.lower())
            for kind, label in KINDS.items()
        )
        self.show_status(f"{counts} · enter: only the articles naming one")
        self.fill(self.query_one("#name-find", Input).value)
        self.query_one("#names").focus()

    def fill(self, find: str) -> None:
        """The list, by kind, most mentioned first; only names containing `find`."""
        listing = self.query_one("#names", NavList)
        listing.clear_options()
        if self.names is None:
            return
        wanted = find.casefold().strip()
        options: list[Option | None] = []
        for kind, label in KINDS.items():
            found = [
                e
                for e in self.names.entities
                if e.kind == kind and (not wanted or wanted in e.name.casefold())
            ]
            if not found:
                continue
            if options:
                options.append(None)
            options.append(Option(Content.styled(f"{label} ({len(found)})", "bold"), disabled=True))
            options += [Option(entity_prompt(e), id=f"{e.kind}\t{e.name}") for e in found]
        listing.add_options(options)
        listing.action_first()
        listing.scroll_home(animate=False)

    @on(Input.Changed, "#name-find")
    def find_changed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    def on_key(self, event: events.Key) -> None:
        # down in the find box goes to the list, as in the search pane
        if event.key == "down" and self.query_one("#name-find", Input).has_focus:
            event.stop()
            self.query_one("#names").focus()

    @on(Input.Submitted, "#name-find")
    def find_submitted(self) -> None:
        listing = self.query_one("#names", NavList)
        if listing.highlighted is not None:
            self.choose(listing.get_option_at_index(listing.highlighted).id)

    @on(OptionList.OptionSelected, "#names")
    def name_selected(self, event: OptionList.OptionSelected) -> None:
        self.choose(event.option.id)

    def choose(self, option_id: str | None) -> None:
        if self.names is None or not option_id:
            return
        kind, name = option_id.split("\t", 1)
        main = self.app.main  # type: ignore[attr-defined]
        self.app.pop_screen()
        main.set_filter(self.names.filter(kind, name))

    def action_find(self) -> None:
        self.query_one("#name-find", Input).focus()

    def action_back(self) -> None:
        """From the find box to the list; from the list, back."""
        box = self.query_one("#name-find", Input)
        if box.has_focus:
            self.query_one("#names").focus()
        else:
            super().action_back()


def entity_prompt(entity: Any) -> Content:
    """A name, the role most used with it, and how often it comes up."""
    role = f" — {text(entity.role)}" if entity.role else ""
    counts = f"  {plural(entity.articles, 'article')}, {plural(entity.mentions, 'mention')}"
    return Content.assemble((text(entity.name), "bold"), role, (counts, "dim"))

"""What the views over the main screen share: a title bar, a status line, loading in a
thread worker, back with escape, and reloading when the index changed meanwhile."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import Worker, get_current_worker

from newsreader.tui import keys
from newsreader.tui.core import Core
from newsreader.tui.messages import ViewLoaded, ViewProgress

NOT_OPEN = "The index is not open yet: try again in a moment."
CATCHING_UP = "Still reading the story's versions and events: this fills in when done."


class ViewScreen(Screen[None]):
    """A full-screen view of the archive; subclasses compose `body()` and `show(data)`."""

    BINDINGS = keys.bindings(keys.VIEW)
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (110, "-wide")]
    TITLE: ClassVar[str] = ""
    view: ClassVar[str] = ""  # its name in MainScreen.show_view
    needs_story: ClassVar[bool] = False  # shows story data (versions, events)

    def __init__(self, core: Core, archive_name: str) -> None:
        super().__init__()
        self.core = core
        self.archive_name = archive_name
        self.loaded_for: int | None = None  # the main screen's data version shown

    def compose(self) -> ComposeResult:
        title = Content.assemble(
            (f" {self.TITLE} ", "bold reverse"), (f"  {self.subtitle()}", "italic $text-muted")
        )
        yield Static(title, classes="view-title")
        yield Static("Loading…", classes="view-status", markup=False)
        yield from self.body()
        yield Footer(compact=True)

    def body(self) -> ComposeResult:
        yield from ()

    def subtitle(self) -> str:
        """What the title bar names after the view's title."""
        return self.archive_name

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def refresh_data(self) -> None:
        """Load, unless what is shown is of the index and story as they are now."""
        version = self.app.main.data_version  # type: ignore[attr-defined]
        if self.loaded_for != version:
            self.loaded_for = version
            self.load()

    @work(thread=True, exclusive=True, group="view", exit_on_error=False)
    def load(self) -> None:
        data = self.fetch(self._progress)
        if not get_current_worker().is_cancelled:
            self.post_message(ViewLoaded(data))

    def fetch(self, progress: Any) -> Any:
        """The view's data (runs in the worker thread)."""
        raise NotImplementedError

    def _progress(self, done: int, total: int) -> None:
        self.post_message(ViewProgress(done, total))  # thread-safe

    @on(Worker.StateChanged)
    def worker_changed(self, event: Worker.StateChanged) -> None:
        """Worker messages do not bubble: hand them to the app's one error handler."""
        self.app.worker_failed(event)  # type: ignore[attr-defined]

    @on(ViewProgress)
    def progress(self, message: ViewProgress) -> None:
        self.show_status(
            f"Reading quotes and names (once per article): {message.done} of {message.total}…"
        )

    @on(ViewLoaded)
    def loaded(self, message: ViewLoaded) -> None:
        if message.data is None:
            self.show_status(NOT_OPEN)
            return
        self.show(message.data)
        if self.needs_story and not self.app.main.story_synced:  # type: ignore[attr-defined]
            self.show_status(CATCHING_UP)  # the main screen reloads the view when done

    def show(self, data: Any) -> None:
        raise NotImplementedError

    def show_status(self, content: Content | str) -> None:
        self.query_one(".view-status", Static).update(content)

    def show_failure(self, reason: str) -> None:
        self.show_status(f"{self.TITLE} unavailable: {reason}")

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_view(self, name: str) -> None:
        self.app.main.show_view(name)  # type: ignore[attr-defined]

    def open_source(
        self,
        article_id: str,
        sentence: str | None,
        context: str,
        quote: tuple[int, str] | None = None,
    ) -> None:
        """Back to the main screen, the article open at the sentence (or the quotation
        at this offset); escape there comes back here."""
        main = self.app.main  # type: ignore[attr-defined]
        self.app.pop_screen()
        main.open_from_view(self.view, article_id, sentence, context, quote)

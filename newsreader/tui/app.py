"""The newsreader app: one factory, an index worker, commands, theme, keys, state."""

from __future__ import annotations

import logging
import os
import shlex
import subprocess
import tempfile
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from newsreader.config import Config, load_config
from newsreader.tui import keys
from newsreader.tui.core import Core, IndexUnavailable
from newsreader.tui.messages import IndexFailed, IndexProgress, IndexReady, StoryReady
from newsreader.tui.render import article_header
from newsreader.tui.screens.help import HelpScreen, display_keys
from newsreader.tui.screens.main import MainScreen
from newsreader.tui.screens.open_archive import OpenArchiveScreen
from newsreader.tui.screens.view import ViewScreen
from newsreader.tui.state import UIState, load_state, save_state

LIGHT, DARK = "textual-light", "textual-dark"


class NewsreaderApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "newsreader"
    BINDINGS = keys.bindings(keys.APP)

    def __init__(self, archive: Path, config: Config, core: Core | None = None) -> None:
        super().__init__()
        self.archive = archive
        self.config = config
        self.core = core or Core(archive)
        self.ui_state: UIState = load_state(archive)
        start_resource_tracker()

    def get_default_screen(self) -> Screen:
        return MainScreen(self.core, self.ui_state, self.archive.name)

    @property
    def main(self) -> MainScreen:
        return self.screen_stack[0]  # type: ignore[return-value]

    def on_mount(self) -> None:
        self.set_keymap(self.config.keys)
        self._apply_theme(self.config.theme)

    @on(MainScreen.Ready)
    def main_ready(self) -> None:
        # after the first frame: the worker's imports (Whoosh) would compete for the GIL
        self.call_after_refresh(self.open_index)

    def _apply_theme(self, theme: str | None) -> None:
        if not theme:
            return
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.notify(f"Unknown theme {theme!r}; using {self.theme}.", severity="warning")

    def handle_bindings_clash(self, clashed: set[Binding], node: Any) -> None:
        names = ", ".join(sorted(b.id or b.action for b in clashed))
        self.notify(f"[keys] in the config replaced: {names}", severity="warning", markup=False)

    # -- index -----------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def open_index(self, rebuild: bool = False) -> None:
        """Open what is there at once; then catch up (or rebuild) with progress."""
        core = self.core
        try:
            fresh = not rebuild and core.open_existing() and not core.is_stale()
            if not rebuild and core.index is not None:
                self.post_message(IndexReady(final=fresh))  # show what is there at once
            if not fresh:
                progress = self._post_progress
                core.rebuild(progress) if rebuild else core.catch_up(progress)
                self.post_message(IndexReady(final=True))
        except IndexUnavailable as exc:
            self.post_message(IndexFailed(str(exc)))
            return
        self.call_from_thread(self.sync_story)

    @work(thread=True, exclusive=True, group="story", exit_on_error=False)
    def sync_story(self) -> None:
        """Events follow the index (read only what changed); the lists work meanwhile."""
        if self.core.sync_story():
            self.post_message(StoryReady())

    def _post_progress(self, done: int, total: int) -> None:
        self.post_message(IndexProgress(done, total))  # thread-safe

    @on(IndexProgress)
    def index_progress(self, message: IndexProgress) -> None:
        self.main.index_progress(message.done, message.total)

    @on(IndexReady)
    def index_ready(self, message: IndexReady) -> None:
        self.main.index_ready(message.final)

    @on(StoryReady)
    def story_ready(self) -> None:
        self.main.story_ready()

    @on(IndexFailed)
    def index_failed(self, message: IndexFailed) -> None:
        self.main.index_failed(message.reason)
        self.notify(message.reason, title="Index", severity="error", markup=False)

    @on(Worker.StateChanged)
    def worker_failed(self, event: Worker.StateChanged) -> None:
        """The one place background errors surface: a notice, never a crash."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            what = event.worker.group
            self.notify(
                f"{type(error).__name__}: {error}",
                title=f"{what} failed",
                severity="error",
                markup=False,
            )
            if what == "index":
                self.main.index_failed(str(error))
            elif what == "timeline":
                self.main.timeline_pane.show_failure(f"{type(error).__name__}: {error}")
            elif what == "story":
                self.main.story_failed(f"{type(error).__name__}: {error}")
            elif isinstance(event.worker.node, ViewScreen):
                event.worker.node.show_failure(f"{type(error).__name__}: {error}")

    # -- commands ----------------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Rebuild index", "Index the whole archive again", self.rebuild)
        yield SystemCommand(
            "Open another archive", "Read a different folder of articles", self.ask_archive
        )
        yield SystemCommand("Toggle theme", "Switch between dark and light", self.toggle_theme)
        yield from self._view_commands()
        yield from super().get_system_commands(screen)

    def _view_commands(self) -> Iterable[SystemCommand]:
        main = self.main
        yield SystemCommand(
            "Versions of the open article",
            "What this copy adds, cuts and rewords in each other version",
            main.action_versions,
        )
        for name, title, help_text in (
            ("quotes", "Quotes by speaker", "Who said what; each quote opens its sources"),
            ("names", "People, places, organizations", "Counted; choose one to filter results"),
            ("coverage", "Coverage: outlets by events", "Which outlet reported which event"),
        ):
            yield SystemCommand(title, help_text, partial(main.show_view, name))
        if main.name_filter is not None:
            yield SystemCommand("Clear the name filter", "All articles", main.action_clear_filter)

    def rebuild(self) -> None:
        self.notify("Rebuilding the index…", timeout=3)
        self.open_index(rebuild=True)

    def toggle_theme(self) -> None:
        if self.current_theme.dark:
            self.theme = LIGHT
        else:
            configured = self.config.theme
            usable = configured in self.available_themes and configured != LIGHT
            self.theme = configured if usable else DARK  # type: ignore[assignment]

    def ask_archive(self) -> None:
        self.push_screen(OpenArchiveScreen(), self.switch_archive)

    def switch_archive(self, archive: Path | None) -> None:
        if archive is None or archive == self.archive:
            return
        self.save()
        self.main.close_views()
        self.archive = archive
        self.core = Core(archive)
        self.ui_state = load_state(archive)
        self.switch_screen(MainScreen(self.core, self.ui_state, archive.name))

    # -- actions -----------------------------------------------------------------

    def key_label(self, key_id: str) -> str:
        """The key bound to a binding id (the config's [keys] first), as help shows it."""
        key = keys.BY_ID[key_id]
        return display_keys(self.config.keys.get(key_id, key.keys), key)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(dict(self._keymap)))

    async def action_quit(self) -> None:
        self.save()
        self.exit()

    def save(self) -> None:
        """Remember the query, selection and reading positions (atomic write)."""
        try:
            self.main.remember_position()
            save_state(self.archive, self.ui_state)
        except OSError as exc:
            self.log.warning(f"could not save state: {exc}")

    def open_in_pager(self, article: Any) -> None:
        """Hand the article to $PAGER (default: less), the screen suspended."""
        command = shlex.split(os.environ.get("PAGER") or "less -R")
        body = f"{article_header(article).plain}\n\n{article.text}\n"
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            try:
                with self.suspend():
                    subprocess.run([*command, handle.name], check=False)
            except Exception as exc:  # no terminal to give away (tests, web) or no pager
                self.notify(f"Cannot open a pager: {exc}", severity="warning", markup=False)


def start_resource_tracker() -> None:
    """Process pools (the first indexing, story and quote reading of a big archive, on
    all cores) need multiprocessing's resource tracker. Started later, from a worker,
    it fails: Textual's stand-in for sys.stderr has fileno() -1, which the tracker
    passes on to its process. Start it now, while stderr is the terminal's."""
    if os.name != "posix":
        return
    from multiprocessing import resource_tracker

    try:
        resource_tracker.ensure_running()
    except (OSError, ValueError) as exc:  # no pools then: mapper falls back to nothing
        logging.getLogger(__name__).warning("no resource tracker: %s", exc)


def create_app(
    archive: Path, *, config: Config | None = None, core: Core | None = None
) -> NewsreaderApp:
    """The one way to build the app: the CLI and the tests both come here."""
    archive = Path(archive).expanduser().resolve()
    return NewsreaderApp(archive, config if config is not None else load_config(), core)

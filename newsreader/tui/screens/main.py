"""The main screen: search, article and timeline panes, side by side or one at a time."""

from __future__ import annotations

import gc
import time
from typing import Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.worker import Worker, get_current_worker

from newsreader.tui import keys
from newsreader.tui.core import SUGGEST_BELOW, Core, NameFilter
from newsreader.tui.find import query_terms, quote_anchor
from newsreader.tui.messages import ArticleLoaded, SearchDone, SourcesLoaded, TimelineDone
from newsreader.tui.render import text
from newsreader.tui.screens.view import ViewScreen
from newsreader.tui.state import UIState
from newsreader.tui.widgets.article_view import ArticleView
from newsreader.tui.widgets.search_pane import PAGE as FIRST_PAGE
from newsreader.tui.widgets.search_pane import SearchPane
from newsreader.tui.widgets.timeline_pane import TimelinePane

PANES = ("search", "article", "timeline")
TITLES = {"search": "Search", "article": "Article", "timeline": "Timeline"}
# The views over this screen (their titles in the top bar), kept once shown so they
# come back as they were left; imported on first use, not before the first paint.
VIEWS = {"quotes": "Quotes", "names": "Names", "coverage": "Coverage"}
VIEW_MARK = "view:"  # a history entry that is a view, not a pane
DEBOUNCE = 0.005  # keys of one burst (a paste, key repeat) make one search; a search
# overtaken meanwhile is skipped (Core.search), so waiting longer only adds latency
REST_AFTER = 0.25  # seconds of typing quiet before the rest of the results is read
EAGER = 50  # results whose snippets the worker makes before showing the list


class MainScreen(Screen[None]):
    BINDINGS = keys.bindings(keys.MAIN + keys.VIEW_KEYS)
    # Below 110 columns the panes take turns; above, all three show.
    HORIZONTAL_BREAKPOINTS: ClassVar = [(0, "-narrow"), (110, "-wide")]

    pane: reactive[str] = reactive("search")

    class Ready(Message):
        """Mounted: index messages now have somewhere to go."""

    def __init__(self, core: Core, state: UIState, archive_name: str) -> None:
        super().__init__()
        self.core = core
        self.state = state
        self.archive_name = archive_name
        self.history: list[str] = []  # panes visited, for escape
        self.timeline_query: tuple | None = None  # the query and filter the timeline shows
        self.name_filter: NameFilter | None = None  # results only of articles naming one
        self.data_version = 0  # grows when the index or story data change (views reload)
        self.story_synced = False  # the story data (versions, events) caught up this run
        self.index_open = False
        self.index_error: str | None = None
        self._debounce: Timer | None = None
        self._restored = False
        self._shown_query: str | None = None  # the query the result list shows
        self._enter_pending = False  # enter pressed before its results came

    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with Horizontal(id="panes"):
            yield SearchPane(id="search-pane", classes="pane")
            yield ArticleView(id="article-pane", classes="pane")
            yield TimelinePane(id="timeline-pane", classes="pane")
        with Horizontal(id="progress-row"):
            yield Static("Indexing", id="progress-label", markup=False)
            yield ProgressBar(id="progress", show_eta=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.search_pane.border_title = "Search"
        self.article_view.border_title = "Article"
        self.timeline_pane.border_title = "Timeline"
        if not self.index_open and self.index_error is None:  # the worker may be first
            self.search_pane.show_status("Opening the index…")
        self.search_pane.query_box.value = self.state.query
        self.pane = self.state.pane if self.state.pane in PANES else "search"
        self.focus_pane(self.pane)
        if self.pane == "search":  # not the query box: every key works at once, / types
            self.set_focus(self.search_pane.results)
        self.post_message(self.Ready())

    # -- parts -----------------------------------------------------------------

    @property
    def search_pane(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def timeline_pane(self) -> TimelinePane:
        return self.query_one(TimelinePane)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    @property
    def current_query(self) -> str:
        return self.state.query  # kept in step with the query box

    # -- panes -----------------------------------------------------------------

    def watch_pane(self, pane: str) -> None:
        for name in PANES:
            self.query_one(f"#{name}-pane").set_class(name == pane, "-current")
        self.state.pane = pane
        self._draw_topbar()
        if pane == "timeline":
            self._refresh_timeline()

    def on_resize(self) -> None:
        # narrow to wide puts the timeline beside the results: it follows them now
        if not self.narrow:
            self._refresh_timeline()

    def show_pane(self, pane: str) -> None:
        if pane != self.pane:
            self.history = [*self.history[-20:], self.pane]
        self.pane = pane

    def focus_pane(self, pane: str, remember: bool = True) -> None:
        """Show a pane and focus its main widget."""
        if remember:
            self.show_pane(pane)
        else:
            self.pane = pane
        self.set_focus(self._focus_target(pane))  # now: keys typed right after go there

    def _search_focus_target(self) -> Any:
        pane = self.search_pane
        return pane.results if pane.results.option_count else pane.query_box

    def _timeline_focus_target(self) -> Any:
        pane = self.timeline_pane
        return pane.source_list if pane.source_list.display else pane.event_list

    @on(Worker.StateChanged)
    def worker_changed(self, event: Worker.StateChanged) -> None:
        """Worker messages do not bubble: hand them to the app's one error handler."""
        self.app.worker_failed(event)  # type: ignore[attr-defined]

    @on(events.DescendantFocus)
    def follow_focus(self, event: events.DescendantFocus) -> None:
        """Clicking into a pane makes it the current one (wide). When narrow, focus
        outside the shown pane is Textual re-homing focus from a pane being hidden:
        put it back where it belongs."""
        name = self._pane_of(event.widget)
        if name is None or name == self.pane:
            return
        if self.narrow:
            self.call_after_refresh(self._focus_target(self.pane).focus)
        else:
            self.show_pane(name)

    def _pane_of(self, widget: Any) -> str | None:
        for name in PANES:
            pane = self.query_one(f"#{name}-pane")
            if widget is pane or pane in widget.ancestors:
                return name
        return None

    def _focus_target(self, pane: str) -> Any:
        return {
            "search": self._search_focus_target,
            "article": lambda: self.article_view,
            "timeline": self._timeline_focus_target,
        }[pane]()

    def _draw_topbar(self) -> None:
        parts: list[Content | tuple[str, str] | str] = []
        for name in PANES:
            style = "bold reverse" if name == self.pane else "dim"
            parts += [(f" {TITLES[name]} ", f"{style} @click=screen.switch('{name}')"), " "]
        parts.append(("│", "dim"))
        for name, title in VIEWS.items():
            key = self.app.key_label(name)  # type: ignore[attr-defined]
            click = f"@click=screen.view('{name}')"
            parts += [(f" {key}", f"bold $text-accent {click}"), (f" {title}", click)]
        parts.append((f"  {self.archive_name}", "italic $text-muted"))
        self.query_one("#topbar", Static).update(Content.assemble(*parts))

    def action_switch(self, pane: str) -> None:
        self.focus_pane(pane)

    def action_next_pane(self) -> None:
        self.focus_pane(PANES[(PANES.index(self.pane) + 1) % len(PANES)])

    def action_prev_pane(self) -> None:
        self.focus_pane(PANES[(PANES.index(self.pane) - 1) % len(PANES)])

    def action_focus_search(self) -> None:
        self.show_pane("search")
        box = self.search_pane.query_box
        self.call_after_refresh(box.focus)

    def action_timeline(self) -> None:
        self.focus_pane("timeline")

    def action_back(self) -> None:
        """Escape: close the sources list, else return to the previous pane."""
        if self.pane == "timeline" and self.timeline_pane.source_list.has_focus:
            self.timeline_pane.show_sources(None, {})
            self.timeline_pane.event_list.focus()
        elif self.history and self.history[-1].startswith(VIEW_MARK):
            self.show_view(self.history.pop().removeprefix(VIEW_MARK))
        elif self.history:
            self.focus_pane(self.history.pop(), remember=False)
        elif self.pane != "search":
            self.focus_pane("search")
        else:  # out of the query box: keys are commands again
            self.search_pane.results.focus()

    # -- index -----------------------------------------------------------------

    def index_progress(self, done: int, total: int) -> None:
        row = self.query_one("#progress-row")
        row.add_class("-active")
        self.query_one("#progress-label", Static).update(f"Indexing {done}/{total} ")
        self.query_one("#progress", ProgressBar).update(total=total or None, progress=done)
        if not self.index_open:
            self.search_pane.show_status(f"Indexing the archive: {done} of {total} files…")

    def index_ready(self, final: bool) -> None:
        self.index_open = True
        self._data_changed()
        if final:
            self.query_one("#progress-row").remove_class("-active")
        self.timeline_query = None
        self.run_search(self.current_query)
        if not self._restored:
            self._restored = True
            self._restore_article()

    def story_ready(self) -> None:
        """Events are in, and dates taken from related articles: search again
        (which refreshes the timeline too)."""
        if not self.story_synced:
            _freeze_what_is_loaded()
        self.timeline_pane.story_error = None
        self.timeline_query = None
        self.story_synced = True
        self._data_changed()
        self.run_search(self.current_query)

    def story_failed(self, reason: str) -> None:
        """The story could not catch up: the timeline, which waits for it, says why."""
        pane = self.timeline_pane
        pane.story_error = reason
        if pane.waiting:
            pane.show_events(None, "")

    def _data_changed(self) -> None:
        """The index or story data changed: views load again (the one shown, now)."""
        self.data_version += 1
        if isinstance(self.app.screen, ViewScreen):
            self.app.screen.refresh_data()

    def index_failed(self, reason: str) -> None:
        self.index_error = reason
        self.query_one("#progress-row").remove_class("-active")
        self.search_pane.show_status(f"Index unavailable: {reason}")

    def _restore_article(self) -> None:
        article_id = self.state.article
        if article_id:
            self.open_article(article_id, focus=self.state.pane == "article")

    # -- search ----------------------------------------------------------------

    @on(Input.Changed, "#query")
    def query_changed(self, event: Input.Changed) -> None:
        self.state.query = event.value
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, lambda: self.run_search(event.value))

    def _search_again(self) -> None:
        self.run_search(self.current_query)

    @on(Input.Submitted, "#query")
    def query_submitted(self) -> None:
        """Enter: to the results, top one selected (once they are in, if still coming)."""
        if self._shown_query != self.current_query:
            self._enter_pending = True
            return
        self._enter_results()

    def _enter_results(self) -> None:
        self._enter_pending = False
        results = self.search_pane.results
        if results.option_count:
            results.highlighted = 0
            results.focus()

    def on_key(self, event: events.Key) -> None:
        # down in the query box goes to the results, as enter does
        if event.key == "down" and self.search_pane.query_box.has_focus:
            event.stop()
            self.query_submitted()

    def run_search(self, query: str) -> None:
        if self.index_open:
            self._search_worker(query, self._first_page())

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search_worker(self, query: str, first_page: int) -> None:
        """The first screenful first (ranking 200 of 12,000 matches takes three times
        as long as ranking 15), then the rest and the "did you mean" (tens of ms
        when little matches), unless typing goes on meanwhile."""
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled

        first = self.core.search(
            query, first_page, self.name_filter, first_page=True, cancelled=cancelled
        )
        if first is None or not _snippets_made(first.hits, worker):
            return
        more = not first.counted or first.total > len(first.hits)
        first.partial = more or first.total < SUGGEST_BELOW
        self.post_message(SearchDone(first))
        # The rest only once typing pauses: while it runs, it holds the index and
        # the next keystroke's search would wait for it.
        if first.partial and not _cancelled_within(worker, REST_AFTER):
            results = self.core.search(query, only=self.name_filter, cancelled=cancelled)
            if results is not None and _snippets_made(results.hits[:EAGER], worker):
                self.post_message(SearchDone(results))

    def _first_page(self) -> int:
        """As many results as fill the list (one takes four lines or more): each
        costs the keystroke a snippet and its layout. Read here, not in the worker:
        widgets belong to the app's thread."""
        rows = self.search_pane.results.size.height
        return max(4, min(FIRST_PAGE, rows // 4 + 1)) if rows else FIRST_PAGE

    @on(SearchDone)
    def search_done(self, message: SearchDone) -> None:
        if (message.results.query, message.results.only) != (self.current_query, self.name_filter):
            return  # typing went on (or the filter changed): a newer search is coming
        self.search_pane.show_results(message.results, keep=self.state.selected)
        self._shown_query = message.results.query
        if self._enter_pending:
            self._enter_results()
        if not message.results.partial and (self.pane == "timeline" or not self.narrow):
            self._refresh_timeline()  # once, for the whole list

    def action_use_suggestion(self) -> None:
        suggestion = getattr(self.search_pane, "suggestion", None)
        if suggestion:
            self.search_pane.query_box.value = suggestion
            self.action_focus_search()

    @on(OptionList.OptionHighlighted, "#results")
    def result_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.state.selected = event.option.id

    @on(OptionList.OptionSelected, "#results")
    def result_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_article(event.option.id)

    # -- article ---------------------------------------------------------------

    def open_article(
        self,
        article_id: str,
        sentence: str | None = None,
        context: str = "",
        focus: bool = True,
        quote: tuple[int, str] | None = None,
    ) -> None:
        """Open an article, at a cited sentence or a quotation (offset, text) if given."""
        self.remember_position()
        self.load_article(article_id, sentence, context, quote)
        if focus:
            self.focus_pane("article")

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(
        self,
        article_id: str,
        sentence: str | None,
        context: str,
        quote: tuple[int, str] | None = None,
    ) -> None:
        article = self.core.article(article_id)
        if article is not None and quote is not None:
            sentence = quote_anchor(article.text, *quote)
        if not get_current_worker().is_cancelled:
            self.post_message(ArticleLoaded(article_id, article, sentence, context))

    @on(ArticleLoaded)
    async def article_loaded(self, message: ArticleLoaded) -> None:
        view = self.article_view
        if message.article is None:
            self.notify(f"No article with id {text(message.article_id)}", severity="warning")
            return
        self.state.article = message.article_id
        await view.show(
            message.article,
            query_terms(self.current_query),
            sentence=message.sentence,
            context=message.context,
            scroll_y=self.state.positions.get(message.article_id),
        )
        self._draw_counter()

    def remember_position(self) -> None:
        view = self.article_view
        if view.article is not None and view.article.id:
            self.state.remember(view.article.id, view.scroll_y)

    def action_next_match(self) -> None:
        self._jump(1)

    def action_prev_match(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        view = self.article_view
        if view.article is None:
            self.notify("Open an article first (enter on a result).", timeout=3)
            return
        if self.narrow and self.pane != "article":
            self.focus_pane("article")
        view.jump(step)
        self._draw_counter()
        if not view.matches:
            self.notify("No matches of the query in this article.", timeout=3)

    def _draw_counter(self) -> None:
        view = self.article_view
        counter = view.counter
        view.border_subtitle = f"{counter} · n/N" if counter else ""

    def on_markdown_link_clicked(self, event: Any) -> None:
        """Markdown.LinkClicked (named, not imported: Markdown loads on first use)."""
        # Never open links on our own (over SSH a browser would start on the server).
        event.stop()
        self.notify(text(event.href), title="Link (not opened)", markup=False)

    def action_show_url(self) -> None:
        article = self.article_view.article
        if article is None:
            self.notify("Open an article first.", timeout=3)
        elif article.url:
            self.notify(text(article.url), title="Original URL", markup=False, timeout=10)
        else:
            self.notify("This article has no known URL.", timeout=3)

    def action_pager(self) -> None:
        article = self.article_view.article
        if article is None:
            self.notify("Open an article first.", timeout=3)
            return
        self.app.open_in_pager(article)  # type: ignore[attr-defined]

    # -- timeline --------------------------------------------------------------

    def _refresh_timeline(self) -> None:
        key = (self.current_query, self.name_filter)
        if self.index_open and key != self.timeline_query:
            self.timeline_query = key
            self.load_timeline(*key)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_timeline(self, query: str, only: NameFilter | None) -> None:
        events = self.core.timeline(query, only)
        scope = f'the results for "{query.strip()}"' if query.strip() else "the whole archive"
        if only is not None:
            within = f'the results for "{query.strip()}"' if query.strip() else "the articles"
            scope = f"{within} mentioning {text(only.name)}"
        if not get_current_worker().is_cancelled:
            self.post_message(TimelineDone(events, scope))

    @on(TimelineDone)
    def timeline_done(self, message: TimelineDone) -> None:
        self.timeline_pane.show_events(message.events, message.scope)

    @on(OptionList.OptionSelected, "#events")
    def event_selected(self, event: OptionList.OptionSelected) -> None:
        chosen = self.timeline_pane.event_at(event.option_index)
        if chosen is not None and chosen.sources:
            self.load_sources(chosen)

    @work(thread=True, exclusive=True, group="sources", exit_on_error=False)
    def load_sources(self, event: Any) -> None:
        titles = self.core.titles([source.id for source in event.sources])
        self.post_message(SourcesLoaded(event, titles))

    @on(SourcesLoaded)
    def sources_loaded(self, message: SourcesLoaded) -> None:
        self.timeline_pane.show_sources(message.event, message.titles)
        self._open_source(0)

    @on(OptionList.OptionSelected, "#sources")
    def source_selected(self, event: OptionList.OptionSelected) -> None:
        self._open_source(event.option_index)

    def _open_source(self, number: int) -> None:
        event = self.timeline_pane.event
        if event is None or not 0 <= number < len(event.sources):
            return
        source = event.sources[number]
        context = (
            f"Event {text(event.date)}: {text(event.summary)}\n"
            f"Source {number + 1} of {len(event.sources)} (t lists the others)"
        )
        self.open_article(source.id, sentence=source.sentence, context=context)

    # -- the views ---------------------------------------------------------------

    def action_versions(self) -> None:
        article = self.article_view.article
        if article is None:
            self.notify("Open an article first (enter on a result).", timeout=3)
            return
        from newsreader.tui.screens.versions import VersionsScreen

        self.app.push_screen(VersionsScreen(self.core, self.archive_name, article))

    def action_view(self, name: str) -> None:
        self.show_view(name)

    def show_view(self, name: str) -> None:
        """Show a view (over this screen, never over another view)."""
        app = self.app
        if isinstance(app.screen, ViewScreen):
            if app.screen.view == name:
                return
            app.pop_screen()
        screen_name = f"{name}-view"
        if not app.is_screen_installed(screen_name):
            app.install_screen(view_screen(name)(self.core, self.archive_name), screen_name)
        app.push_screen(screen_name)

    def close_views(self) -> None:
        """Forget the views (another archive is opening)."""
        for name in VIEWS:
            if self.app.is_screen_installed(f"{name}-view"):
                self.app.uninstall_screen(f"{name}-view")

    def open_from_view(
        self,
        view: str,
        article_id: str,
        sentence: str | None,
        context: str,
        quote: tuple[int, str] | None = None,
    ) -> None:
        """A view chose a source: open it; escape goes back to the view."""
        self.open_article(article_id, sentence=sentence, context=context, quote=quote)
        self.history.append(VIEW_MARK + view)

    def set_filter(self, only: NameFilter | None) -> None:
        """Results (and the timeline) only of the articles that mention one name."""
        self.name_filter = only
        self.state.selected = None
        self._enter_pending = True  # the results get the focus, top one selected
        self.focus_pane("search")
        self._search_again()

    def action_clear_filter(self) -> None:
        if self.name_filter is None:
            self.notify("No name filter: all articles are shown.", timeout=3)
            return
        self.set_filter(None)


def view_screen(name: str) -> type[ViewScreen]:
    from newsreader.tui.screens.coverage import CoverageScreen
    from newsreader.tui.screens.names import NamesScreen
    from newsreader.tui.screens.quotes import QuotesScreen

    return {"quotes": QuotesScreen, "names": NamesScreen, "coverage": CoverageScreen}[name]


def _freeze_what_is_loaded() -> None:
    """Once everything the app starts with is loaded (Textual, Whoosh, the listing of
    every article: a million objects at 20,000 articles), keep the cyclic GC from
    traversing it again: each full collection paused typing for 100-300 ms."""
    gc.collect()
    gc.freeze()


def _snippets_made(hits: list[Any], worker: Worker) -> bool:
    """Make the hits' snippets here, not when the list draws them (the UI thread);
    False as soon as the worker is cancelled (the next keystroke's search runs)."""
    for hit in hits:
        if worker.is_cancelled:
            return False
        hit.snippet  # noqa: B018  (computed on first read, then kept)
    return not worker.is_cancelled


def _cancelled_within(worker: Worker, seconds: float) -> bool:
    """Wait up to `seconds` (in a thread worker) for the worker to be cancelled."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if worker.is_cancelled:
            return True
        time.sleep(0.01)
    return worker.is_cancelled

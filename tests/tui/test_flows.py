"""Each user flow, driven with Pilot at 80x24 and at 120x40."""

from __future__ import annotations

import threading
import time

import pytest
from textual.widgets import Input, Markdown, Static
from tui_helpers import NARROW, WIDE, settle, type_query

from newsreader.config import Config
from newsreader.tui.app import create_app
from newsreader.tui.core import Core
from newsreader.tui.messages import TimelineDone
from newsreader.tui.screens.help import HelpScreen
from newsreader.tui.state import load_state
from newsreader.tui.widgets.article_view import ArticleView
from newsreader.tui.widgets.timeline_pane import NO_STORY, TimelinePane

SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])


def status(app) -> str:
    return str(app.screen.query_one("#search-status", Static).render())


def timeline_status(app) -> str:
    return str(app.screen.query_one("#timeline-status", Static).render())


@SIZES
async def test_empty_query_lists_every_article_newest_first(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results = app.screen.search_pane.results
        assert results.option_count == 5
        assert "5 articles, newest first" in status(app)
        assert app.focused is results and results.highlighted == 0


@SIZES
async def test_keys_work_from_the_first_screen_and_slash_starts_a_search(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")  # not typed into the query box
        assert app.screen.pane == "timeline"
        assert app.screen.search_pane.query_box.value == ""
        await pilot.press("escape")  # back
        assert app.focused is app.screen.search_pane.results
        await pilot.press("slash", *"police")
        await settle(pilot)
        assert isinstance(app.focused, Input)
        assert app.screen.search_pane.query_box.value == "police"
        assert "4 matches" in status(app)
        await pilot.press("escape")
        assert app.focused is app.screen.search_pane.results


@SIZES
async def test_typing_searches_and_enter_selects_the_top_result(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"police", "enter")
        await settle(pilot)
        assert "4 matches" in status(app)
        results = app.screen.search_pane.results
        assert app.focused is results
        assert results.highlighted == 0


@SIZES
async def test_open_a_result_and_walk_its_matches(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_query(pilot, "police")
        await pilot.press("enter", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.display and view.region.width > 0
        assert app.focused is view
        total = len(view.matches)
        assert total > 1
        assert view.border_subtitle == f"{total} matches · n/N"
        await pilot.press("n", "n")
        assert view.border_subtitle == f"match 2/{total} · n/N"
        await pilot.press("N", "N")
        assert view.border_subtitle == f"match {total}/{total} · n/N"
        current = view.matches[view.current]
        assert current.block._content.plain[current.start : current.end].lower() == "police"
        assert view.scroll_y > 0  # the last match is further down


@SIZES
async def test_timeline_event_opens_its_source_at_the_sentence(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        timeline = app.screen.query_one(TimelinePane)
        assert timeline.display and timeline.region.width > 0
        events = timeline.events
        assert len(events) == timeline.event_list.option_count >= 5
        assert [e.start for e in events] == sorted(e.start for e in events)
        told = [n for n, e in enumerate(events) if len({s.id for s in e.sources}) > 1]
        chosen = told[1]  # the second event more than one article tells
        await pilot.press(*["j"] * chosen, "enter")
        await settle(pilot)
        assert timeline.source_list.display
        event = timeline.event
        assert event is events[chosen]
        view = app.screen.query_one(ArticleView)
        assert view.article.id == event.sources[0].id
        cited = view._cited
        assert cited is not None
        shown = cited.block._content.plain[cited.start : cited.end]
        assert event.sources[0].expression in shown
        context = str(view.query_one("#article-context", Static).render())
        assert f"Source 1 of {len(event.sources)}" in context
        await pilot.press("t")  # back to the sources; open the second one
        await pilot.press("j", "enter")
        await settle(pilot)
        assert view.article.id == event.sources[1].id


@SIZES
async def test_help_screen_lists_the_keys_and_closes(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body Static", Static).render())
        for line in ("/", "Search", "Timeline", "Next match", "Quit", "Next pane"):
            assert line in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@SIZES
async def test_quit_remembers_query_selection_and_article(make_app, indexed_sample, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_query(pilot, "police")
        await pilot.press("enter", "j", "j", "enter")
        await settle(pilot)
        opened = app.screen.query_one(ArticleView).article.id
        await pilot.press("j", "j", "j", "q")
        await pilot.pause()
    assert app.return_code == 0
    state = load_state(indexed_sample)
    assert (state.query, state.article, state.pane) == ("police", opened, "article")
    assert state.positions[opened] > 0

    again = make_app()
    async with again.run_test(size=size) as pilot:
        await settle(pilot)
        screen = again.screen
        assert screen.search_pane.query_box.value == "police"
        assert screen.search_pane.highlighted_id() == opened
        view = screen.query_one(ArticleView)
        assert view.article.id == opened
        await settle(pilot)
        assert view.scroll_y == pytest.approx(state.positions[opened], abs=1)


async def test_narrow_screen_reaches_every_pane_with_tab(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        seen = []
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
            shown = [p.id for p in app.screen.query(".pane") if p.display]
            assert len(shown) == 1
            seen += shown
        assert seen == ["article-pane", "timeline-pane", "search-pane"]


async def test_wide_screen_shows_all_three_panes(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        panes = list(app.screen.query(".pane"))
        assert all(p.display and p.region.width >= 30 for p in panes)
        assert sum(p.region.width for p in panes) == WIDE[0]


async def test_widening_the_terminal_fills_in_the_timeline_beside_the_results(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)  # narrow, on the results: the hidden timeline is not loaded
        await pilot.resize_terminal(*WIDE)
        await settle(pilot)
        assert app.screen.timeline_pane.display
        assert timeline_status(app).endswith("events in the whole archive")


async def test_config_keys_rebind_by_binding_id(make_app):
    app = make_app(Config(keys={"timeline": "ctrl+t", "next_pane": "f6"}))
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("f6")  # the next pane
        assert app.screen.pane == "article"
        await pilot.press("t")
        assert app.screen.pane == "article"
        await pilot.press("ctrl+t")
        assert app.screen.pane == "timeline"


async def test_bad_query_shows_the_fallback_notice(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "police [")
        assert "query not understood" in status(app)


async def test_did_you_mean_is_offered_and_taken(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await type_query(pilot, "sesions")
        assert "Did you mean sessions?" in status(app)
        await pilot.press("ctrl+g")
        await settle(pilot)
        assert app.screen.search_pane.query_box.value == "sessions"


async def test_links_are_shown_never_opened(make_app, monkeypatch):
    app = make_app()
    opened = []
    monkeypatch.setattr(app, "open_url", lambda *a, **k: opened.append(a))
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("enter", "enter")  # open the newest article
        await settle(pilot)
        body = app.screen.query_one("#article-body", Markdown)
        body.post_message(Markdown.LinkClicked(body, "https://example.org/[x]"))
        await pilot.pause()
        assert opened == []
        assert any("https://example.org/[x]" in str(n.message) for n in app._notifications)


async def test_article_text_is_never_markup(make_app, tmp_path):
    archive = tmp_path / "odd"
    archive.mkdir()
    title = "Mayor says [bold]no[/bold] to [link=x]plan[/link]"
    body = f"{title}\n\nThe mayor [red]refused[/red] the plan on Monday, officials said.\n"
    (archive / "odd.txt").write_text(body + "More text here about the plan and the city.\n")
    app = make_app(archive=archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        prompt = app.screen.search_pane.results.get_option_at_index(0).prompt
        assert "[bold]no[/bold]" in str(prompt)
        await pilot.press("enter", "enter")
        await settle(pilot)
        header = str(app.screen.query_one("#article-header", Static).render())
        assert "[bold]no[/bold]" in header


class SlowFirstRun(Core):
    """No index yet: catching up takes a while and reports progress."""

    def open_existing(self) -> bool:
        return False

    def catch_up(self, progress) -> None:
        for done in range(6):
            progress(done, 5)
            time.sleep(0.05)
        super().catch_up(progress)


async def test_first_run_indexes_with_progress_and_stays_responsive(sample_copy):
    app = create_app(sample_copy, config=Config(), core=SlowFirstRun(sample_copy))
    seen = []
    async with app.run_test(size=NARROW) as pilot:
        for _ in range(40):
            await pilot.pause(0.01)
            row = app.screen.query_one("#progress-row")
            seen.append(row.has_class("-active"))
            if app.screen.index_open:
                break
        await pilot.press("slash", *"pol")  # typing works while indexing
        await settle(pilot)
        assert True in seen
        assert not app.screen.query_one("#progress-row").has_class("-active")
        assert app.screen.search_pane.query_box.value == "pol"
        assert "matches" in status(app) or "No matches" in status(app)


async def test_real_index_first_run_fills_in(sample_copy):
    app = create_app(sample_copy, config=Config())
    async with app.run_test(size=WIDE) as pilot:
        for _ in range(200):
            await settle(pilot, rounds=1)
            if app.screen.index_open and app.screen._shown_query == "":
                break
        assert "5 articles" in status(app)
        await settle(pilot)  # the story catches up: the timeline fills in
        assert timeline_status(app).endswith("events in the whole archive")
        await type_query(pilot, "sanctuary")
        await pilot.press("enter", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.matches


def test_the_app_knows_when_the_index_suggests():
    from newsreader.index.suggest import SUGGEST_BELOW as INDEX_RULE
    from newsreader.tui.core import SUGGEST_BELOW

    assert SUGGEST_BELOW == INDEX_RULE


class StoryHeldBack(Core):
    """The story's catch-up starts only when the test lets it: the window between the
    index being open (IndexReady) and `sync_story` taking the story's lock."""

    def __init__(self, archive) -> None:
        super().__init__(archive)
        self.go = threading.Event()

    def sync_story(self) -> bool:
        self.go.wait(30)
        return super().sync_story()


async def test_a_timeline_before_the_story_caught_up_says_it_is_building(sample_copy):
    core = StoryHeldBack(sample_copy)
    app = create_app(sample_copy, config=Config(), core=core)
    seen = []
    async with app.run_test(size=WIDE, message_hook=seen.append) as pilot:
        for _ in range(600):  # not settle(): it would wait for the held-back worker
            await pilot.pause(0.03)
            if any(isinstance(m, TimelineDone) for m in seen):
                break
        await pilot.pause()
        assert timeline_status(app) == NO_STORY  # not "No dated events in ..."
        core.go.set()
        await settle(pilot)
        notices = [str(n.message) for n in app._notifications]
        assert app.screen.story_synced, notices
        assert timeline_status(app).endswith("events in the whole archive"), notices


def _disk_full() -> bool:
    raise OSError("disk full")


class StoryFails(Core):
    """The story's catch-up fails (on a first run: the store never caught up)."""

    def _use(self, index) -> None:
        super()._use(index)
        self.library.catch_up = _disk_full


async def test_a_timeline_waiting_for_a_story_that_failed_says_why(sample_copy):
    app = create_app(sample_copy, config=Config(), core=StoryFails(sample_copy))
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        assert timeline_status(app) == "Timeline unavailable: OSError: disk full"
        await type_query(pilot, "police")  # asked again: still why, never "no events"
        assert timeline_status(app) == "Timeline unavailable: OSError: disk full"

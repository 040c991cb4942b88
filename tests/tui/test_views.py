"""The views that compare the coverage (versions, quotes, names, outlets by events),
driven with Pilot at 80x24 and 120x40 over the indexed sample corpus."""

from __future__ import annotations

import pytest
from textual.widgets import Static
from tui_helpers import NARROW, WIDE, settle

from newsreader.config import Config
from newsreader.tui.screens.coverage import CoverageScreen, CoverageTable
from newsreader.tui.screens.main import MainScreen
from newsreader.tui.screens.names import NamesScreen
from newsreader.tui.screens.quotes import QuotesScreen
from newsreader.tui.screens.versions import VersionsScreen
from newsreader.tui.widgets.article_view import ArticleView
from newsreader.tui.widgets.diff_view import DiffView

SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])
MONITOR, AP = "000_20c8876e33a6016b", "001_6127b6edf6514e49"


def rendered(widget) -> str:
    return str(widget.render())


def cited_text(app) -> str:
    view = app.screen.query_one(ArticleView)
    assert view._cited is not None, "nothing highlighted as cited"
    return view._cited.block._content.plain[view._cited.start : view._cited.end]


async def open_view(pilot, key: str, screen_type):
    await settle(pilot)
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(pilot.app.screen, screen_type)
    return pilot.app.screen


async def highlight(pilot, listing, wanted) -> None:
    """Move down with j until `wanted(option)` holds."""
    for _ in range(listing.option_count):
        option = listing.get_option_at_index(listing.highlighted)
        if wanted(option):
            return
        await pilot.press("j")
    raise AssertionError("no such option")


@SIZES
async def test_versions_of_the_monitor_mark_the_stockton_paragraph_added(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.screen.open_article(MONITOR)
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, VersionsScreen)
        listing = screen.query_one("#version-list")
        assert listing.region.width > 0 and listing.option_count == len(screen.versions) >= 1
        others = [v.other.id for v in screen.versions]
        assert AP in others and MONITOR not in others
        await highlight(pilot, listing, lambda o: "Associated Press" in str(o.prompt))
        await settle(pilot)
        diff = screen.query_one(DiffView)
        assert diff.version.other.id == AP
        shown = {rendered(p.query_one(".diff-text")): p for p in diff.paragraphs()}
        stockton = [t for t in shown if "Stockton Police Chief Eric Jones" in t]
        assert len(stockton) == 1
        paragraph = shown[stockton[0]]
        assert paragraph.op == "added"
        assert rendered(paragraph.query_one(".diff-gutter")) == "+"  # reads without colour
        assert paragraph.region.width > 0
        changed = [t for t in shown if "{+Mr.+}" in t]  # "Mr. Sessions" against "Sessions"
        assert changed and all(shown[t].op == "changed" for t in changed)
        assert any("[-how-] {+the way that+}" in t for t in shown)  # a rewording
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article_view.article.id == MONITOR


async def test_versions_view_shows_unchanged_paragraphs_on_f(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        app.screen.open_article(MONITOR)
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        diff = app.screen.query_one(DiffView)
        folded = len(diff.paragraphs())
        assert any(
            "the same (f shows them)" in rendered(p.query_one(".diff-text"))
            for p in diff.paragraphs()
        )
        await pilot.press("f")
        await settle(pilot)
        assert len(diff.paragraphs()) == len(diff.version.diff.paragraphs) > folded


async def test_versions_without_an_open_article_says_so(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("Open an article first" in str(n.message) for n in app._notifications)


@SIZES
async def test_quotes_by_jeff_sessions_open_their_source_at_the_quote(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_view(pilot, "s", QuotesScreen)
        speakers = screen.query_one("#speakers")
        assert speakers.option_count == len(screen.speakers) > 1
        await highlight(pilot, speakers, lambda o: str(o.prompt).startswith("Jeff Sessions"))
        assert "quotes" in str(speakers.get_option_at_index(speakers.highlighted).prompt)
        await pilot.press("enter")
        quotes = screen.query_one("#quotes")
        assert app.focused is quotes
        await highlight(
            pilot,
            quotes,
            lambda o: (
                "Christian Science Monitor" in str(o.prompt)
                and "commonsense considerations" in str(o.prompt)
            ),
        )
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        view = app.screen.query_one(ArticleView)
        assert view.article.id == MONITOR
        assert "commonsense considerations into account" in cited_text(app)
        context = rendered(view.query_one("#article-context", Static))
        assert "Quote by Jeff Sessions" in context
        await pilot.press("escape")  # back to the quotes, as they were
        await settle(pilot)
        assert app.screen is screen
        assert str(speakers.get_option_at_index(speakers.highlighted).prompt).startswith(
            "Jeff Sessions"
        )


@SIZES
async def test_choosing_a_name_filters_the_results_and_the_timeline(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_view(pilot, "p", NamesScreen)
        await pilot.press("slash", *"eric jones")
        await settle(pilot)
        names = screen.query_one("#names")
        chosen = names.get_option_at_index(names.highlighted)
        assert chosen.id == "person\tEric Jones"
        await pilot.press("enter")
        await settle(pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and main.pane == "search"
        results = main.search_pane.results
        assert [results.get_option_at_index(i).id for i in range(results.option_count)] == [
            MONITOR  # the one article with the Stockton police chief
        ]
        assert app.focused is results
        status = rendered(main.query_one("#search-status"))
        assert "1 article" in status and "mentioning Eric Jones" in status
        main.timeline_query = None
        await pilot.press("t")
        await settle(pilot)
        events = main.timeline_pane.events
        assert events and all(s.id == MONITOR for e in events for s in e.sources)
        await pilot.press("x")
        await settle(pilot)
        assert main.search_pane.results.option_count == 5
        assert "mentioning" not in rendered(main.query_one("#search-status"))


async def test_a_name_filter_narrows_a_query_too(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_view(pilot, "p", NamesScreen)
        await pilot.press("slash", *"catherine pugh", "enter")
        await settle(pilot)
        main = app.screen
        mentioning = main.name_filter.ids
        assert 0 < len(mentioning) < 5
        main.search_pane.query_box.value = "police"
        await settle(pilot)
        results = main.search_pane.results
        ids = {results.get_option_at_index(i).id for i in range(results.option_count)}
        assert ids and ids <= mentioning
        assert screen is not None


@SIZES
async def test_coverage_shows_outlets_by_events_and_opens_a_source(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_view(pilot, "c", CoverageScreen)
        found = screen.coverage
        table = screen.query_one(CoverageTable)
        assert table.row_count == len(found.events) >= 5
        assert len(table.columns) == len(found.outlets) + 2 == 7
        legend = rendered(screen.query_one("#coverage-legend"))
        for name in ("Route Fifty", "Associated Press", "The Washington Post"):
            assert name in legend
        assert table.region.right <= size[0] and table.virtual_size.width <= table.size.width
        # the first outlet that reported the last event but is not the event's first source
        row = len(found.events) - 1
        cells = found.matrix()[row]
        column = next(k for k, n in enumerate(cells) if n) + 1
        table.move_cursor(row=row, column=column)
        await settle(pilot)
        outlet = found.outlets[column - 1].outlet
        assert outlet in rendered(screen.query_one("#coverage-detail"))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        view = app.screen.query_one(ArticleView)
        ids = dict(found.events[row].reported_by)[outlet]
        assert view.article.id in ids
        source = next(s for s in found.events[row].event.sources if s.id == view.article.id)
        assert cited_text(app) and cited_text(app) in source.sentence


async def test_coverage_cell_without_an_article_opens_nothing(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_view(pilot, "c", CoverageScreen)
        matrix = screen.coverage.matrix()
        row, column = next(
            (r, k + 1) for r, cells in enumerate(matrix) for k, n in enumerate(cells) if not n
        )
        screen.query_one(CoverageTable).move_cursor(row=row, column=column)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert any("no article citing" in str(n.message) for n in app._notifications)


async def test_views_reach_each_other_and_escape_returns(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await open_view(pilot, "s", QuotesScreen)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)
        assert len(app.screen_stack) == 2  # a view replaces a view, never piles up
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_view_keys_rebind_and_the_top_bar_follows(make_app):
    app = make_app(Config(keys={"quotes": "ctrl+o", "coverage": "f4"}))
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        topbar = rendered(app.screen.query_one("#topbar"))
        assert "ctrl+o Quotes" in topbar and "f4 Coverage" in topbar and "p Names" in topbar
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        await pilot.press("f4")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)


async def test_help_lists_the_view_keys(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await open_view(pilot, "c", CoverageScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        text = rendered(app.screen.query_one("#help-body Static"))
        for line in (
            "Versions of the open article",
            "Quotes by speaker",
            "Coverage",
            "Find a name",
        ):
            assert line in text


async def test_the_palette_offers_the_views(make_app):
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Quotes by speaker", "People, places, organizations", "Coverage"):
            assert any(t.startswith(title) for t in titles)
        command = next(c for c in app.get_system_commands(app.screen) if c.title.startswith("Cov"))
        command.callback()
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)


async def test_names_and_quotes_are_data_not_markup(make_app, tmp_path):
    archive = tmp_path / "odd"
    archive.mkdir()
    body = (
        "Mayor [bold]Jane Roe[/bold] rejects the plan\n\n"
        'Mayor Jane Roe said on Monday: "The [red]plan[/red] will not pass this council '
        'while I am mayor of this city."\n\nThe council meets again next week, officials said.\n'
    )
    (archive / "odd.txt").write_text(body)
    app = make_app(archive=archive)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_view(pilot, "s", QuotesScreen)
        quotes = screen.query_one("#quotes")
        prompts = " ".join(
            str(quotes.get_option_at_index(i).prompt) for i in range(quotes.option_count)
        )
        assert "[red]plan[/red]" in prompts


async def test_quotes_of_a_bigger_archive_are_read_on_all_cores(make_app, tmp_path):
    """Past 64 new articles the reading runs in a process pool, started from a worker
    thread of the running app (whose sys.stderr is Textual's stand-in)."""
    archive = tmp_path / "many"
    archive.mkdir()
    for n in range(70):
        (archive / f"story{n:02}.txt").write_text(
            f"Council vote number {n} splits the city\n\n"
            f'"We will keep the libraries open on Sundays, whatever it costs," said Mayor '
            f"Ann Lee{n} on Tuesday.\n\nThe council meets again next week, officials said.\n"
        )
    app = make_app(archive=archive)
    async with app.run_test(size=NARROW) as pilot:
        for _ in range(100):
            await settle(pilot, rounds=1)
            if app.screen.index_open and app.screen.story_synced:
                break
        screen = await open_view(pilot, "s", QuotesScreen)
        for _ in range(100):
            if screen.speakers or "unavailable" in rendered(screen.query_one(".view-status")):
                break
            await settle(pilot, rounds=1)
        read = {q.article_id for s in screen.speakers for g in s.groups for q in g.quotes}
        assert len(read) == 70, rendered(screen.query_one(".view-status"))

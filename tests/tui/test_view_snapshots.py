"""Snapshots of the versions, quotes, names and coverage views, and of results filtered
by a name, at 80x24 and 120x40 (update: --snapshot-update). Cursor blink frozen."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_helpers import NARROW, WIDE, settle

SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])
MONITOR = "000_20c8876e33a6016b"


async def _settled(pilot) -> None:
    """Let the app settle, then freeze the blink of every query box on the screen."""
    await settle(pilot)
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False  # pauses the blink with the cursor shown
    await settle(pilot)


async def _press(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await _settled(pilot)


@SIZES
def test_versions_of_the_monitor_against_ap(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        pilot.app.screen.open_article(MONITOR)
        await _settled(pilot)
        await _press(pilot, "v")
        await _press(pilot, "tab", "j", "j", "j", "j")  # into the diff, a few lines down

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_quotes_by_speaker(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        await _press(pilot, "s")
        await _press(pilot, "enter")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_names_view(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        await _press(pilot, "p")
        await _press(pilot, "j", "j")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_results_filtered_by_a_name(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        await _press(pilot, "p")
        await _press(pilot, "slash", *"pugh", "enter")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_coverage_matrix(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _settled(pilot)
        await _press(pilot, "c")
        await _press(pilot, "j", "j", "j", "l", "l")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)

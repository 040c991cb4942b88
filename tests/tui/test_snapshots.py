"""Snapshots of the main screens at 80x24 and 120x40 (update: --snapshot-update).

Deterministic by construction: the stand-in index, a fixed archive name, no
notifications, and the cursor blink frozen.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input
from tui_helpers import NARROW, WIDE, settle, type_query

SIZES = pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])


async def _frozen(pilot) -> None:
    # The main screen may still be on its way in: settle before looking for the box.
    await settle(pilot)
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False  # pauses the blink with the cursor shown
    await settle(pilot)


@SIZES
def test_start_lists_all_articles(snap_compare, make_app, size):
    assert snap_compare(make_app(), terminal_size=size, run_before=_frozen)


@SIZES
def test_article_with_a_match_selected(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _frozen(pilot)
        await type_query(pilot, "police")
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("n", "n")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_timeline_with_an_event_chosen(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _frozen(pilot)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@SIZES
def test_help_screen(snap_compare, make_app, size):
    async def run_before(pilot) -> None:
        await _frozen(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)

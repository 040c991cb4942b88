"""Helpers for TUI tests: sizes, and letting the app settle."""

from __future__ import annotations

from contextlib import suppress

from textual.pilot import Pilot
from textual.worker import WorkerError, WorkerFailed

NARROW, WIDE = (80, 24), (120, 40)


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let timers fire, workers finish and their messages land: until `rounds`
    quiet rounds in a row see no worker running (workers start workers)."""
    quiet, budget = 0, 40
    while quiet < rounds and budget:
        budget -= 1
        await pilot.pause(0.03)
        busy = [w for w in pilot.app.workers if not w.is_finished]
        # failures are the app's to report; a worker not started yet is waited next round
        with suppress(WorkerFailed, WorkerError):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        quiet = 0 if busy else quiet + 1


async def type_query(pilot: Pilot, query: str) -> None:
    """Put a query in the box as typing would (pressing each key is slow in Pilot)."""
    box = pilot.app.screen.search_pane.query_box
    box.focus()
    box.value = query
    await settle(pilot)

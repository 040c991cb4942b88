"""Helpers for TUI tests: sizes, and letting the app settle."""

from __future__ import annotations

from contextlib import suppress

from textual.pilot import Pilot
from textual.worker import WorkerError, WorkerFailed

NARROW, WIDE = (80, 24), (120, 40)


async def settle(pilot: Pilot, rounds: int = 3) -> None:
    """Let timers fire, workers finish and their messages land: until `rounds`
    quiet rounds in a row see no worker running (workers start workers). A starting
    app is waited for first: its index worker starts only after the first frame,
    which on a busy machine comes later than a few quiet rounds."""
    await _started(pilot)
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


async def _started(pilot: Pilot, budget: int = 200) -> None:
    """Until the main screen's index is open (or failed), at most budget x 30 ms."""
    main = getattr(pilot.app, "main", None)
    while budget and main is not None and not (main.index_open or main.index_error):
        budget -= 1
        await pilot.pause(0.03)

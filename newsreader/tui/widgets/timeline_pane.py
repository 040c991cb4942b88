"""The timeline pane: dated events, and the sources of the chosen one."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from newsreader.tui.core import TIMELINE_LIMIT
from newsreader.tui.render import event_prompt, source_prompt
from newsreader.tui.widgets.lists import NavList, with_separators

# The story not caught up with the index yet (a first run: minutes on a big archive).
NO_STORY = "Building the timeline… its dated events appear here once the story has caught up."


class TimelinePane(Vertical):
    """Events in date order; choosing one lists its sources below."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.events: list[Any] = []
        self.event: Any = None  # the chosen event
        self.waiting = False  # for the story to catch up (the last answer was "not yet")
        self.story_error: str | None = None  # why the story could not catch up

    def compose(self) -> ComposeResult:
        yield Static("Loading the timeline…", id="timeline-status", markup=False)
        yield NavList(id="events")
        yield Static("", id="sources-title", markup=False)
        yield NavList(id="sources")

    def on_mount(self) -> None:
        self.query_one("#sources-title").display = False
        self.query_one("#sources").display = False

    @property
    def event_list(self) -> NavList:
        return self.query_one("#events", NavList)

    @property
    def source_list(self) -> NavList:
        return self.query_one("#sources", NavList)

    def show_events(self, events: list[Any] | None, scope: str) -> None:
        self.events, self.waiting = events or [], events is None
        listing = self.event_list
        listing.clear_options()  # laid out at once (TIMELINE_LIMIT at most): paged in,
        # each page re-laid the whole list and typing waited longer
        listing.add_options(with_separators(event_prompt(e) for e in self.events))
        if self.events:
            listing.highlighted = 0
        self.query_one("#timeline-status", Static).update(self._status(events, scope))
        self.show_sources(None, {})

    def _status(self, events: list[Any] | None, scope: str) -> str:
        if events is None:
            return f"Timeline unavailable: {self.story_error}" if self.story_error else NO_STORY
        if not events:
            return f"No dated events in {scope}."
        if len(events) >= TIMELINE_LIMIT:
            return f"The {len(events)} most cited events in {scope}"
        noun = "event" if len(events) == 1 else "events"
        return f"{len(events)} {noun} in {scope}"

    def show_failure(self, reason: str) -> None:
        self.show_events([], "")
        self.query_one("#timeline-status", Static).update(f"Timeline unavailable: {reason}")

    def show_sources(self, event: Any, titles: dict[str, str]) -> None:
        """List the chosen event's sources (hidden when there is none)."""
        self.event = event
        sources = list(event.sources) if event is not None else []
        listing = self.source_list
        listing.clear_options()
        listing.add_options(with_separators(source_prompt(s, titles.get(s.id)) for s in sources))
        if sources:
            listing.highlighted = 0
            title = f"Sources for {event.date}: enter opens one"
            self.query_one("#sources-title", Static).update(title)
        self.query_one("#sources-title").display = bool(sources)
        listing.display = bool(sources)

    def event_at(self, index: int) -> Any:
        return self.events[index] if 0 <= index < len(self.events) else None

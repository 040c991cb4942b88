"""The search pane: a query box, a status line, and the result list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Input, Static

from newsreader.tui.core import Results
from newsreader.tui.render import hit_prompt, text
from newsreader.tui.widgets.lists import NavList, with_separators

PAGE = 15  # results laid out at once (a screenful at 120x40 and more)
FILL_EVERY = 0.08  # seconds between the pages that follow


class SearchPane(Vertical):
    """Type to search; the list follows. Enter moves to the results."""

    suggestion: str | None = None  # the last "did you mean"
    _filler: Timer | None = None
    _pending: list = []  # noqa: RUF012 (replaced, never mutated)

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="/ to search (empty: all articles, newest first)",
            id="query",
            select_on_focus=False,
            compact=True,
        )
        yield Static("", id="search-status", markup=False)
        yield NavList(id="results")

    @property
    def query_box(self) -> Input:
        return self.query_one("#query", Input)

    @property
    def results(self) -> NavList:
        return self.query_one("#results", NavList)

    def show_results(self, results: Results, keep: str | None = None) -> None:
        """Replace the list, keeping the highlight on `keep` when it is still there.

        Only the first page is laid out now (wrapping 200 multi-line prompts takes
        ~100 ms); the rest follows a page per tick, unless newer results come."""
        self.suggestion = results.suggestion
        if self._filler is not None:
            self._filler.stop()
        listing = self.results
        listing.clear_options()
        hits = results.hits
        ids = [hit.id for hit in hits]
        keep_at = ids.index(keep) if keep in ids else 0
        first = max(PAGE, keep_at + 1)
        self._add(hits[:first], after=False)
        if ids:
            listing.highlighted = keep_at
        self._pending = hits[first:]
        if self._pending:
            self._filler = self.set_interval(FILL_EVERY, self._fill, name="fill results")
        clear_key = self.app.key_label("clear_filter")  # type: ignore[attr-defined]
        self.show_status(status_line(results, clear_key))

    def _fill(self) -> None:
        page, self._pending = self._pending[:PAGE], self._pending[PAGE:]
        self._add(page, after=True)
        if not self._pending and self._filler is not None:
            self._filler.stop()
            self._filler = None

    def _add(self, hits: list, after: bool) -> None:
        options = with_separators(map(hit_prompt, hits), [hit.id for hit in hits])
        if after and options:
            options.insert(0, None)  # the separator between the pages
        self.results.add_options(options)

    def show_status(self, content: Content | str) -> None:
        self.query_one("#search-status", Static).update(content)

    def highlighted_id(self) -> str | None:
        listing = self.results
        if listing.highlighted is None or not listing.option_count:
            return None
        return listing.get_option_at_index(listing.highlighted).id


def status_line(results: Results, clear_key: str = "x") -> Content:
    """Counts, the name filter, the literal-search notice, and a clickable "did you mean"."""
    shown, total = len(results.hits), results.total
    if not results.query.strip():
        count = f"{total} {'article' if total == 1 else 'articles'}, newest first"
    elif total == 0:
        count = "No matches"
    else:
        noun = "match" if total == 1 else "matches"
        count = f"{total} {noun}" if shown >= total else f"{shown} of {total} {noun}"
        if not results.counted:
            count = f"{shown}+ matches"  # the exact count follows
    parts: list[Content] = [Content(count)]
    if results.only is not None:
        parts.append(
            Content.assemble(
                "only those mentioning ",
                (text(results.only.name), "bold $text-accent"),
                (f" ({clear_key}: all)", "@click=screen.clear_filter"),
            )
        )
    if results.fallback:
        parts.append(Content.styled("query not understood: searched its words", "$text-warning"))
    if results.suggestion:
        suggestion = text(results.suggestion)
        parts.append(
            Content.assemble(
                "Did you mean ",
                (suggestion, "bold underline @click=screen.use_suggestion"),
                "? (ctrl+g)",
            )
        )
    return Content(" · ").join(parts)

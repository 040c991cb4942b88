"""The search pane: a query box, a status line, and the result list."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, Static

from newsreader.tui.core import Results
from newsreader.tui.render import hit_prompt, text
from newsreader.tui.widgets.lists import NavList, with_separators


class SearchPane(Vertical):
    """Type to search; the list follows. Enter moves to the results."""

    suggestion: str | None = None  # the last "did you mean"

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Search (empty: all articles, newest first)",
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
        """Replace the list, keeping the highlight on `keep` when it is still there."""
        self.suggestion = results.suggestion
        listing = self.results
        listing.clear_options()
        ids = [hit.id for hit in results.hits]
        listing.add_options(with_separators(map(hit_prompt, results.hits), ids))
        if ids:
            listing.highlighted = ids.index(keep) if keep in ids else 0
        self.show_status(status_line(results))

    def show_status(self, content: Content | str) -> None:
        self.query_one("#search-status", Static).update(content)

    def highlighted_id(self) -> str | None:
        listing = self.results
        if listing.highlighted is None or not listing.option_count:
            return None
        return listing.get_option_at_index(listing.highlighted).id


def status_line(results: Results) -> Content:
    """Counts, the literal-search notice, and a clickable "did you mean"."""
    shown, total = len(results.hits), results.total
    if not results.query.strip():
        count = f"{total} articles, newest first"
    elif total == 0:
        count = "No matches"
    else:
        noun = "match" if total == 1 else "matches"
        count = f"{total} {noun}" if shown >= total else f"{shown} of {total} {noun}"
    parts: list[Content] = [Content(count)]
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

"""Coverage: the timeline's events (rows) by the archive's outlets (numbered columns),
● where the outlet has an article citing the event. Choosing a cell opens that
outlet's article at the cited sentence; the date or event, the first source."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import DataTable, Static

from newsreader.tui import keys
from newsreader.tui.render import clip, text
from newsreader.tui.screens.view import ViewScreen
from newsreader.wording import plural

YES, NO = "●", "·"
DATE_WIDTH = 10
UNKNOWN = "(no outlet known)"


class CoverageTable(DataTable):
    """The matrix, with vi keys; a cell cursor."""

    BINDINGS = keys.bindings(keys.GRID)

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=self.row_count - 1)


class CoverageScreen(ViewScreen):
    TITLE = "Coverage: outlets by events"
    view = "coverage"
    needs_story = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.coverage: Any = None
        self._width = 0  # the screen width the table was laid out for

    def body(self) -> ComposeResult:
        yield Static("", id="coverage-legend", markup=False)
        yield CoverageTable(id="coverage-table", cursor_type="cell", fixed_columns=1)
        yield Static("", id="coverage-detail", markup=False)

    def fetch(self, progress: Any) -> Any:
        return self.core.coverage()

    def show(self, data: Any) -> None:
        self.coverage = data
        if not data.events:
            self.show_status("No dated events in this archive: nothing to compare.")
        else:
            self.show_status(
                f"{plural(len(data.events), 'event')} by {plural(len(data.outlets), 'outlet')}"
                f" · {YES} reported, {NO} not · enter opens the article"
            )
        self.draw_table()

    def on_resize(self) -> None:
        if self.coverage is not None and self.size.width != self._width:
            self.draw_table()

    def draw_table(self) -> None:
        """Columns sized to the screen: the event's summary takes what is left."""
        found = self.coverage
        table = self.query_one(CoverageTable)
        keep = table.cursor_coordinate
        self._width = self.size.width
        table.clear(columns=True)
        digits = len(str(len(found.outlets)))
        table.add_column(Text("Date"), width=DATE_WIDTH, key="date")
        for k in range(len(found.outlets)):
            table.add_column(Text(f"{k + 1:>{digits}}"), width=digits, key=f"o{k}")
        room = self._width - DATE_WIDTH - (digits + 2) * len(found.outlets) - 2 - 4
        table.add_column(Text("Event"), width=max(20, room), key="event")
        for n, (row, cells) in enumerate(zip(found.events, found.matrix(), strict=True)):
            marks = [Text(YES, "bold") if c else Text(NO, "dim") for c in cells]
            summary = Text(clip(text(row.event.summary), max(20, room)))
            table.add_row(Text(text(row.event.date)), *marks, summary, key=str(n))
        if found.events:
            table.move_cursor(row=min(keep.row, table.row_count - 1), column=keep.column)
            table.focus()
        self.draw_legend(None)

    def draw_legend(self, column: int | None) -> None:
        """The outlets by number; the one under the cursor stands out."""
        parts = [Content.styled("Outlets (events reported): ", "bold")]
        for k, outlet in enumerate(self.coverage.outlets):
            name = text(outlet.outlet) or UNKNOWN
            style = "bold reverse" if k == column else ""
            if k:
                parts.append(Content(" · "))
            parts.append(Content.styled(f"{k + 1} {name} ({outlet.events})", style))
        self.query_one("#coverage-legend", Static).update(Content.assemble(*parts))

    @on(DataTable.CellHighlighted, "#coverage-table")
    def cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        row, column = event.coordinate
        outlet = self._outlet_at(column)
        self.draw_legend(outlet)
        self.query_one("#coverage-detail", Static).update(self.describe(row, outlet))

    def _outlet_at(self, column: int) -> int | None:
        k = column - 1
        return k if 0 <= k < len(self.coverage.outlets) else None

    def describe(self, row: int, outlet: int | None) -> Content:
        """The event under the cursor, and what the cell says."""
        found = self.coverage.events[row]
        event = found.event
        told = len(found.reported_by)
        head = Content.assemble(
            (text(event.date), "bold $text-accent"),
            f" · reported by {told} of {len(self.coverage.outlets)} outlets",
        )
        lines = [head, Content(clip(text(event.summary), 230))]
        if outlet is None:
            sources = len(event.sources)
            lines.append(Content.styled(f"enter opens its first source (of {sources})", "dim"))
        else:
            name, ids = self._cell(row, outlet)
            if ids:
                noun = "article cites" if len(ids) == 1 else "articles cite"
                lines.append(Content.styled(f"{name}: {len(ids)} {noun} it · enter opens", "dim"))
            else:
                lines.append(Content.styled(f"{name}: no article citing it", "dim"))
        return Content("\n").join(lines)

    def _cell(self, row: int, outlet: int) -> tuple[str, tuple[str, ...]]:
        name = self.coverage.outlets[outlet].outlet
        ids = dict(self.coverage.events[row].reported_by).get(name, ())
        return text(name) or UNKNOWN, ids

    @on(DataTable.CellSelected, "#coverage-table")
    def cell_selected(self, event: DataTable.CellSelected) -> None:
        row, column = event.coordinate
        found = self.coverage.events[row]
        sources = found.event.sources
        outlet, origin = self._outlet_at(column), ""
        if outlet is not None:
            name, ids = self._cell(row, outlet)
            if not ids:
                self.notify(f"{name} has no article citing this event.", timeout=3, markup=False)
                return
            sources, origin = [s for s in sources if s.id in ids], f" from {name}"
        first = sources[0]
        key = self.app.key_label("coverage")  # type: ignore[attr-defined]
        context = (
            f"Event {text(found.event.date)}: {text(found.event.summary)}\n"
            f"Source 1 of {len(sources)}{origin} ({key} shows the coverage)"
        )
        self.open_source(first.id, first.sentence, context)

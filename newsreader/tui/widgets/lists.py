"""OptionList with vi keys: one line-API list for results, events and sources."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.content import Content
from textual.timer import Timer
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.tui import keys

PAGE = 15  # items laid out at once (a screenful at 120x40 and more)
FILL_EVERY = 0.08  # seconds between the pages that follow


class NavList(OptionList):
    """An OptionList (renders lines, not a widget per item) with j/k/g/G."""

    BINDINGS = keys.bindings(keys.LIST)
    _filler: Timer | None = None
    _pending: list = []  # noqa: RUF012 (replaced, never mutated)
    _prompt: Callable[[Any], Content] | None = None
    _ident: Callable[[Any], str | None] | None = None

    def show_paged(
        self,
        items: list,
        prompt: Callable[[Any], Content],
        ident: Callable[[Any], str | None] | None = None,
        first: int = PAGE,
    ) -> None:
        """Replace the options: the first `first` items laid out now, the rest a page
        per tick (wrapping hundreds of multi-line prompts at once held up typing for
        up to a second), unless newer items come."""
        if self._filler is not None:
            self._filler.stop()
            self._filler = None
        self.clear_options()
        self._prompt, self._ident = prompt, ident
        self._pending = items
        self._add(first, after=False)
        if self._pending:
            self._filler = self.set_interval(FILL_EVERY, self._fill, name="fill list")

    def _fill(self) -> None:
        self._add(PAGE, after=True)
        if not self._pending and self._filler is not None:
            self._filler.stop()
            self._filler = None

    def _add(self, count: int, after: bool) -> None:
        page, self._pending = self._pending[:count], self._pending[count:]
        assert self._prompt is not None
        ids = [self._ident(item) for item in page] if self._ident else None
        options = with_separators(map(self._prompt, page), ids)
        if after and options:
            options.insert(0, None)  # the separator between the pages
        self.add_options(options)


def with_separators(prompts: Iterable[Content], ids: Iterable[str] | None = None) -> list:
    """Options with a rule between them (multi-line items run together otherwise)."""
    options: list[Option | None] = []
    for prompt, option_id in zip(prompts, ids or _nones(), strict=False):
        options += [Option(prompt, id=option_id), None]
    return options[:-1]


def _nones() -> Iterable[None]:
    while True:
        yield None

"""OptionList with vi keys: one line-API list for results, events and sources."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.tui import keys


class NavList(OptionList):
    """An OptionList (renders lines, not a widget per item) with j/k/g/G."""

    BINDINGS = keys.bindings(keys.LIST)


def with_separators(prompts: Iterable[Content], ids: Iterable[str] | None = None) -> list:
    """Options with a rule between them (multi-line items run together otherwise)."""
    options: list[Option | None] = []
    for prompt, option_id in zip(prompts, ids or _nones(), strict=False):
        options += [Option(prompt, id=option_id), None]
    return options[:-1]


def _nones() -> Iterable[None]:
    while True:
        yield None

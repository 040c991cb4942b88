"""OptionList with vi keys: one line-API list for results, events and sources."""

from __future__ import annotations

from textual.widgets import OptionList

from newsreader.tui import keys


class NavList(OptionList):
    """An OptionList (renders lines, not a widget per item) with j/k/g/G."""

    BINDINGS = keys.bindings(keys.LIST)

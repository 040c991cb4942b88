"""How counts are written for a reader, in the CLI and the TUI alike."""

from __future__ import annotations


def plural(n: int, noun: str, many: str | None = None) -> str:
    """'1 article', '3 articles' ('1 person', '3 people' given many='people')."""
    return f"{n} {noun}" if n == 1 else f"{n} {many or noun + 's'}"

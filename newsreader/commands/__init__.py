"""One module per command: NAME, HELP, add_arguments(parser), run(args) -> exit code.

Modules are imported by name when needed: a command loads only its own (some pull
in numpy and the story code), `--help` loads them all."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

NAMES = (
    "index", "search", "show", "extract", "dates", "timeline",
    "versions", "quotes", "entities", "coverage", "export",
)  # fmt: skip


def load(name: str) -> ModuleType:
    return import_module(f"newsreader.commands.{name}")

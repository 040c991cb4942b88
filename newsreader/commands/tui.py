"""`newsreader` with no command: open the TUI on the archive."""

from __future__ import annotations

import argparse

from newsreader.commands.common import resolve_archive
from newsreader.config import load_config


def run(args: argparse.Namespace) -> int:
    archive = resolve_archive(args)
    from newsreader.tui.app import create_app  # Textual loads only for the TUI

    create_app(archive, config=load_config()).run()
    return 0

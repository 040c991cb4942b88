"""`newsreader show ID`: one cleaned article."""

from __future__ import annotations

import argparse

from newsreader.commands.common import (
    add_json,
    is_terminal,
    open_library,
    print_json,
    resolve_archive,
)
from newsreader.commands.render import print_plain, print_rich
from newsreader.errors import UserError

NAME = "show"
HELP = "show one cleaned article (Markdown on a terminal, plain text when piped)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the article id (its path without extension)")
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    with open_library(resolve_archive(args)) as library:
        article = library.get(args.id)
    if article is None:
        raise UserError(f"no article with id {args.id!r} (try: newsreader search)")
    if args.json:
        print_json(article.to_json())
    elif is_terminal():
        print_rich(article)
    else:
        print_plain(article)
    return 0

"""`newsreader versions ID`: the article's other versions and what it changes in each."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from newsreader.commands.common import add_json, is_terminal, print_json
from newsreader.commands.story_data import ArticleFacts, open_archive
from newsreader.sanitize import one_line
from newsreader.story.diff import ADDED, CUT, REWORDED, SAME, Paragraph, TextDiff
from newsreader.story.versions import Version, compare_versions
from newsreader.wording import plural

NAME = "versions"
HELP = "the other versions of an article's text and what it adds, cuts or rewords in each"
EPILOG = """\
Each other version is compared with this article, paragraph by paragraph and word by
word: + a paragraph only this copy has, - a paragraph of the other copy it cut, ~ a
paragraph it changed; inside one, {+added+}, [-cut-] and [-old-]{+new+} words (on a
terminal: underlined, struck through). Case, punctuation and quote styles are ignored.
"""
_PREFIX = {SAME: "  ", ADDED: "+ ", CUT: "- "}
_STYLE = {ADDED: "green underline", CUT: "red strike"}
# (text, diff op that styles it or None, whether a pipe shows the op as inline markers)
Piece = tuple[str, str | None, bool]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", metavar="ID", help="the article id (its path without extension)")
    parser.add_argument("--full", action="store_true", help="show unchanged paragraphs too")
    add_json(parser)


def run(args: argparse.Namespace) -> int:
    with open_archive(args) as archive:
        article = archive.article(args.id)
        others = [archive.load(i) for i in archive.versions(args.id)]
        versions = compare_versions(article, [a for a in others if a is not None])
        facts = archive.facts
        if args.json:
            print_json(
                {**_facts_json(facts[args.id]), "versions": [_json(v, facts) for v in versions]}
            )
        else:
            _print(facts[args.id], versions, facts, args.full)
    return 0


def _facts_json(facts: ArticleFacts) -> dict:
    return {
        "id": facts.id,
        "title": facts.title,
        "outlet": facts.outlet,
        "published": facts.published,
    }


def _json(version: Version, facts: dict[str, ArticleFacts]) -> dict:
    other = version.other.id or ""
    return {**_facts_json(facts.get(other) or _from(version)), **version.diff.to_json()}


def _from(version: Version) -> ArticleFacts:
    a = version.other
    return ArticleFacts(a.id or "", a.title, a.outlet, a.published)


# -- the terminal listing ---------------------------------------------------------------


@dataclass
class _Line:
    pieces: list[Piece] = field(default_factory=list)
    prefix: str = ""  # "+ ", "- ", "~ ": kept in a margin when a terminal wraps the line
    style: str = ""


def _print(
    this: ArticleFacts, versions: list[Version], facts: dict[str, ArticleFacts], full: bool
) -> None:
    count = plural(len(versions), "other version")
    lines = [
        _Line([_plain(one_line(this.title or this.id))], style="bold"),
        _Line([_plain(_describe(this))], style="dim"),
        _Line([_plain(count if versions else "no other versions of this text in the archive")]),
    ]
    for version in versions:
        other = facts.get(version.other.id or "") or _from(version)
        lines += [_Line(), _Line([_plain(f"against {_describe(other)}")], style="bold")]
        lines.append(_Line([_plain(_summary(version.diff))], style="dim"))
        lines += _paragraph_lines(version.diff, full)
    if is_terminal():
        _print_rich(lines)
    else:
        for line in lines:
            print(line.prefix + "".join(_marked(*piece) for piece in line.pieces))


def _plain(text: str) -> Piece:
    return (text, None, False)


def _describe(facts: ArticleFacts) -> str:
    return " · ".join(one_line(f) for f in (facts.outlet, facts.published, facts.id) if f)


def _summary(diff: TextDiff) -> str:
    return (
        f"this copy adds {plural(diff.added, 'word')}, cuts {diff.cut},"
        f" rewords {diff.reworded}; {diff.same} the same"
    )


def _paragraph_lines(diff: TextDiff, full: bool) -> list[_Line]:
    """One line per paragraph; unless full, a run of unchanged ones as one line."""
    out: list[_Line] = []
    run = 0
    for paragraph in [*diff.paragraphs, None]:
        if paragraph is not None and paragraph.op == SAME and not full:
            run += 1
            continue
        if run:
            out.append(_Line([_plain(f"… {plural(run, 'paragraph')} the same")], "  ", "dim"))
            run = 0
        if paragraph is not None:
            out.append(_paragraph(paragraph))
    return out


def _paragraph(paragraph: Paragraph) -> _Line:
    line = _Line(prefix=_PREFIX.get(paragraph.op, "~ "))
    inline = paragraph.op not in (ADDED, CUT)  # a wholly added or cut line has its prefix
    for k, segment in enumerate(paragraph.segments):
        if k:
            line.pieces.append(_plain(" "))
        if segment.op == REWORDED:
            line.pieces.append((one_line(segment.was), CUT, inline))
            line.pieces.append(_plain(" "))
            line.pieces.append((one_line(segment.text), ADDED, inline))
        else:
            op = None if segment.op == SAME else segment.op
            line.pieces.append((one_line(segment.text), op, inline))
    return line


def _marked(text: str, op: str | None, inline: bool) -> str:
    if inline and op == ADDED:
        return "{+" + text + "+}"
    if inline and op == CUT:
        return "[-" + text + "-]"
    return text


def _print_rich(lines: list[_Line]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    for line in lines:
        text = Text(style=line.style)
        for piece, op, _inline in line.pieces:
            text.append(piece, style=_STYLE.get(op or "", ""))
        if not line.prefix:
            console.print(text)
            continue
        grid = Table.grid()
        grid.add_column(width=len(line.prefix), no_wrap=True)
        grid.add_column()
        grid.add_row(line.prefix, text)
        console.print(grid)

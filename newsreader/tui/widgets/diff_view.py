"""A word diff of two versions, paragraph by paragraph, readable without colour.

Each paragraph has a gutter mark, as the `versions` command prints them: `+` only
this copy has it, `-` this copy cut it, `~` changed; inside a changed one, added words
read `{+like this+}`, cut ones `[-like this-]`, a rewording `[-old-] {+new+}`. Colour
and underline/strike-through come on top of the marks, never instead of them.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from newsreader.story.diff import ADDED, CUT, REWORDED, SAME, Paragraph
from newsreader.tui import keys
from newsreader.tui.render import text
from newsreader.wording import plural

GUTTER = {SAME: " ", ADDED: "+", CUT: "-"}  # anything else (changed): "~"
ADDED_STYLE = "bold underline $text-success"
CUT_STYLE = "strike $text-error"
PARAGRAPH_STYLE = {ADDED: "$text-success", CUT: "strike $text-error", SAME: "$text-muted"}
LEGEND = "+ only in this copy · - cut from it · ~ changed: {+added+} [-cut-] words"


class DiffParagraph(Horizontal):
    """One paragraph of the diff: its gutter mark and its words."""

    def __init__(self, op: str, content: Content) -> None:
        super().__init__(classes=f"diff-paragraph -{op}")
        self.op = op
        self.content = content

    def compose(self) -> ComposeResult:
        yield Static(GUTTER.get(self.op, "~"), classes="diff-gutter", markup=False)
        yield Static(self.content, classes="diff-text", markup=False)


class DiffView(VerticalScroll):
    """The open article against one other version: a summary, then the paragraphs."""

    BINDINGS = keys.bindings(keys.READER)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.version: Any = None
        self.full = False  # show unchanged paragraphs instead of folding them

    async def show(self, version: Any) -> None:
        self.version = version
        await self._draw()

    async def toggle_full(self) -> None:
        self.full = not self.full
        if self.version is not None:
            await self._draw()

    async def _draw(self) -> None:
        version = self.version
        with self.app.batch_update():
            await self.remove_children()
            await self.mount_all(
                [
                    Static(version_heading(version), classes="diff-heading", markup=False),
                    Static(LEGEND, classes="diff-legend", markup=False),
                    *paragraph_widgets(version.diff.paragraphs, self.full, self._full_key()),
                ]
            )
        self.scroll_home(animate=False)

    def _full_key(self) -> str:
        return self.app.key_label("diff_full")  # type: ignore[attr-defined]

    def paragraphs(self) -> list[DiffParagraph]:
        return list(self.query(DiffParagraph))


def version_heading(version: Any) -> Content:
    """Which copy this is against, and what this copy does to it, counted in words."""
    other, diff = version.other, version.diff
    return Content("\n").join(
        [
            Content.styled(f"Against {text(other.outlet) or other.id}", "bold"),
            Content(
                f"This copy adds {plural(diff.added, 'word')}, cuts {diff.cut}, rewords "
                f"{diff.reworded}; {diff.same} the same"
            ),
        ]
    )


def paragraph_widgets(
    paragraphs: list[Paragraph], full: bool, full_key: str = "f"
) -> list[DiffParagraph]:
    """A widget per paragraph; unless full, each run of unchanged ones as one line."""
    out: list[DiffParagraph] = []
    run = 0
    for paragraph in [*paragraphs, None]:
        if paragraph is not None and paragraph.op == SAME and not full:
            run += 1
            continue
        if run:
            noun = "paragraph" if run == 1 else "paragraphs"
            fold = Content.styled(f"… {run} {noun} the same ({full_key} shows them)", "dim italic")
            out.append(DiffParagraph(SAME, fold))
            run = 0
        if paragraph is not None:
            out.append(DiffParagraph(paragraph.op, paragraph_content(paragraph)))
    return out


def paragraph_content(paragraph: Paragraph) -> Content:
    """The paragraph's words; inside a changed one, the changes marked inline."""
    whole = PARAGRAPH_STYLE.get(paragraph.op)
    if whole is not None:
        words = " ".join(text(s.text) for s in paragraph.segments)
        return Content.styled(words, whole)
    parts: list[Content] = []
    for segment in paragraph.segments:
        if segment.op == REWORDED:
            parts += [_marked(segment.was, CUT), _marked(segment.text, ADDED)]
        elif segment.op in (ADDED, CUT):
            parts.append(_marked(segment.text, segment.op))
        else:
            parts.append(Content(text(segment.text)))
    return Content(" ").join(parts)


def _marked(words: str, op: str) -> Content:
    if op == ADDED:
        return Content.styled("{+" + text(words) + "+}", ADDED_STYLE)
    return Content.styled("[-" + text(words) + "-]", CUT_STYLE)

"""The article viewer: a header and rendered Markdown, with find (n/N) built on top.

Markdown has no find: after rendering, each text block's Content is searched for
the query's words and restyled, and n/N scroll to the block line holding a match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static

from newsreader.tui import keys
from newsreader.tui.find import Term, find_sentence, find_spans
from newsreader.tui.render import article_header

if TYPE_CHECKING:
    from textual.widgets import Markdown
    from textual.widgets._markdown import MarkdownBlock

MATCH = "$foreground on $warning 40%"
CURRENT = "bold $background on $warning"
CITED = "$foreground on $accent 35%"


@dataclass(slots=True)
class Match:
    block: MarkdownBlock
    start: int
    end: int


class ArticleView(VerticalScroll):
    """Scrolls the header and the body together; remembers nothing itself."""

    BINDINGS = keys.bindings(keys.READER)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.article: Any = None
        self.matches: list[Match] = []
        self.current = -1
        self._plain: dict[int, Content] = {}  # block id -> content before highlighting
        self._cited: Match | None = None

    def compose(self) -> ComposeResult:
        yield Static(
            "No article open. Search, then press enter on a result.",
            id="article-header",
            markup=False,
        )
        yield Static("", id="article-context", markup=False)

    async def _body(self) -> Markdown:
        """The Markdown widget, mounted on first use: markdown-it and pygments load
        then, not before the first paint."""
        from textual.widgets import Markdown

        found = self.query("#article-body")
        if found:
            return found.first(Markdown)
        body = Markdown("", id="article-body", open_links=False)
        await self.mount(body)
        return body

    @property
    def body(self) -> Markdown:
        return self.query_one("#article-body")  # type: ignore[return-value]

    async def show(
        self,
        article: Any,
        terms: list[Term],
        sentence: str | None = None,
        context: str = "",
        scroll_y: float | None = None,
    ) -> None:
        """Render an article, highlight the terms, then scroll: to the cited
        sentence, else to the remembered position, else to the top."""
        self.article = article
        self.query_one("#article-header", Static).update(article_header(article))
        context_line = self.query_one("#article-context", Static)
        context_line.update(context)
        context_line.display = bool(context)
        body = await self._body()
        await body.update(article.markdown or article.text or "")
        self._plain = {id(b): b._content for b in self._text_blocks()}
        self._cited = self._cite(sentence) if sentence else None
        self.matches = self._find(terms)
        self.current = -1
        self._paint()
        self.call_after_refresh(self._initial_scroll, scroll_y)

    def _initial_scroll(self, scroll_y: float | None, tries: int = 10) -> None:
        if self._cited is not None:
            cited = self._cited
            self._reveal(cited)
            # once more when a busy machine has finished the layout (the block's place
            # may still move): a no-op when it had
            self.set_timer(0.1, lambda: self._cited is cited and self._reveal(cited))
            return
        target = scroll_y or 0
        if target > self.max_scroll_y and tries:
            # the body is still being laid out: try again after the next refresh
            self.set_timer(0.02, lambda: self._initial_scroll(scroll_y, tries - 1))
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def clear(self) -> None:
        self.article = None

    def _text_blocks(self) -> list[MarkdownBlock]:
        """Blocks that show text of their own (tables are left as they are)."""
        from textual.widgets._markdown import MarkdownBlock, MarkdownTable

        return [
            block
            for block in self.body.query(MarkdownBlock)
            if block._content.plain
            and not any(isinstance(a, MarkdownTable) for a in block.ancestors)
        ]

    def _find(self, terms: list[Term]) -> list[Match]:
        if not terms:
            return []
        return [
            Match(block, start, end)
            for block in self._text_blocks()
            for start, end in find_spans(self._plain[id(block)].plain, terms)
        ]

    def _cite(self, sentence: str) -> Match | None:
        for block in self._text_blocks():
            span = find_sentence(self._plain[id(block)].plain, sentence)
            if span:
                return Match(block, *span)
        return None

    def _paint(self, blocks: set[int] | None = None) -> None:
        """Restyle blocks from their plain content (all, or just those given)."""
        styled: dict[int, Content] = {}
        if self._cited:
            key = id(self._cited.block)
            content = styled.get(key, self._plain[key])
            styled[key] = content.stylize(CITED, self._cited.start, self._cited.end)
        for number, match in enumerate(self.matches):
            key = id(match.block)
            content = styled.get(key, self._plain[key])
            style = CURRENT if number == self.current else MATCH
            styled[key] = content.stylize(style, match.start, match.end)
        for block in self._text_blocks():
            key = id(block)
            if blocks is None or key in blocks:
                block.set_content(styled.get(key, self._plain[key]))

    def jump(self, step: int) -> str:
        """Move to the next (step 1) or previous (-1) match; returns "3/17"."""
        if not self.matches:
            return "no matches"
        before = self.matches[self.current].block if self.current >= 0 else None
        if self.current < 0:
            self.current = 0 if step > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + step) % len(self.matches)
        match = self.matches[self.current]
        self._paint({id(match.block)} | ({id(before)} if before else set()))
        self._reveal(match)
        return self.counter

    @property
    def counter(self) -> str:
        if not self.matches:
            return ""
        if self.current < 0:
            count = len(self.matches)
            return f"{count} {'match' if count == 1 else 'matches'}"
        return f"match {self.current + 1}/{len(self.matches)}"

    def _reveal(self, match: Match) -> None:
        """Centre the line of the block that holds the match."""
        block = match.block
        width = max(1, block.content_region.width or self.size.width - 4)
        line = _line_of(self._plain[id(block)], match.start, width)
        top = block.region.y - self.region.y + int(self.scroll_y) + block.styles.padding.top
        self.scroll_to_region(
            Region(0, top + line, 1, 1), center=True, animate=False, immediate=True
        )


def _line_of(content: Content, offset: int, width: int) -> int:
    """Which wrapped line (at this width) holds the character at offset."""
    seen = 0
    for number, line in enumerate(content.wrap(width)):
        seen += len(line.plain)
        # wrapping drops the spaces it breaks at: allow one per line
        if offset < seen + number + 1:
            return number
    return 0

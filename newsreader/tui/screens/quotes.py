"""Quotes by speaker: who is quoted (with counts), and each quotation with its sources;
choosing a source opens its article at the quoted words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.tui.render import clip, text, where
from newsreader.tui.screens.view import ViewScreen
from newsreader.tui.widgets.lists import NavList
from newsreader.wording import plural

UNNAMED = "(speaker not named)"
QUOTE_CHARS = 320  # a long statement is clipped in the list (the article has it whole)
WORDING_CHARS = 120  # a source's own wording, where it differs from the fullest one


@dataclass(slots=True)
class Speaker:
    name: str | None
    groups: list[Any] = field(default_factory=list)  # story QuoteGroup objects

    @property
    def articles(self) -> int:
        return len({q.article_id for g in self.groups for q in g.quotes})


def speakers(groups: list[Any]) -> list[Speaker]:
    """Speakers with their quotations, most quoted first; the unnamed last."""
    found: dict[str | None, Speaker] = {}
    for group in groups:
        found.setdefault(group.speaker, Speaker(group.speaker)).groups.append(group)
    return sorted(
        found.values(),
        key=lambda s: (s.name is None, -len(s.groups), -s.articles, s.name or ""),
    )


def sources(group: Any) -> list[Any]:
    """A group's quotes, one per article (the first there)."""
    seen: dict[str, Any] = {}
    for quote in group.quotes:
        seen.setdefault(quote.article_id, quote)
    return list(seen.values())


class QuotesScreen(ViewScreen):
    TITLE = "Quotes by speaker"
    view = "quotes"

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.speakers: list[Speaker] = []
        self.facts: dict[str, Any] = {}
        self.speaker: Speaker | None = None

    def body(self) -> ComposeResult:
        with Horizontal(classes="view-body"):
            yield NavList(id="speakers", classes="view-list")
            yield NavList(id="quotes", classes="view-detail")

    def on_mount(self) -> None:
        self.query_one("#speakers").border_title = "Speakers"
        self.query_one("#quotes").border_title = "Quotations · enter opens a source"

    def fetch(self, progress: Any) -> Any:
        groups = self.core.quote_groups(progress)
        return None if groups is None else (groups, self.core.facts())

    def show(self, data: Any) -> None:
        groups, self.facts = data
        self.speakers = speakers(groups)
        named = sum(s.name is not None for s in self.speakers)
        self.show_status(
            f"{len(groups)} quotations, {named} named speakers · enter on a speaker lists "
            "their quotations"
            if groups
            else "No direct quotations found in this archive."
        )
        listing = self.query_one("#speakers", NavList)
        listing.clear_options()
        listing.add_options([Option(speaker_prompt(s)) for s in self.speakers])
        if self.speakers:
            listing.highlighted = 0
            listing.focus()

    @on(OptionList.OptionHighlighted, "#speakers")
    def speaker_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show_speaker(self.speakers[event.option_index])

    @on(OptionList.OptionSelected, "#speakers")
    def speaker_selected(self) -> None:
        self.query_one("#quotes").focus()

    def show_speaker(self, speaker: Speaker) -> None:
        self.speaker = speaker
        listing = self.query_one("#quotes", NavList)
        listing.clear_options()
        options: list[Option | None] = []
        for g, group in enumerate(speaker.groups):
            if options:
                options.append(None)
            options.append(Option(quote_prompt(group), disabled=True))
            for k, quote in enumerate(sources(group)):
                prompt = source_prompt(quote, group, self.facts.get(quote.article_id))
                options.append(Option(prompt, id=f"{g}:{k}"))
        listing.add_options(options)
        listing.action_first()
        listing.scroll_home(animate=False)

    @on(OptionList.OptionSelected, "#quotes")
    def source_selected(self, event: OptionList.OptionSelected) -> None:
        if self.speaker is None or not event.option.id:
            return
        g, k = map(int, event.option.id.split(":"))
        group = self.speaker.groups[g]
        quotes = sources(group)
        quote = quotes[k]
        who = text(self.speaker.name) if self.speaker.name else UNNAMED
        key = self.app.key_label("quotes")  # type: ignore[attr-defined]
        context = f"Quote by {who}: source {k + 1} of {len(quotes)} ({key} lists the quotes)"
        self.open_source(quote.article_id, None, context, quote=(quote.offset, quote.text))

    def action_back(self) -> None:
        """From the quotations to the speakers; from there, back to the article."""
        if self.query_one("#quotes").has_focus:
            self.query_one("#speakers").focus()
        else:
            super().action_back()


def speaker_prompt(speaker: Speaker) -> Content:
    name = text(speaker.name) if speaker.name else UNNAMED
    counts = f"{plural(len(speaker.groups), 'quote')}, {plural(speaker.articles, 'article')}"
    return Content.assemble((name, "bold"), (f"  {counts}", "dim"))


def quote_prompt(group: Any) -> Content:
    return Content.styled(f"“{clip(text(group.text), QUOTE_CHARS)}”", "italic $text")


def source_prompt(quote: Any, group: Any, fact: Any) -> Content:
    """Where the quotation appears; its wording there when that differs."""
    head = Content.assemble(("▸ ", "$text-accent"), (where(fact) or quote.article_id, "bold"))
    if text(quote.text) == text(group.text):
        return head
    return Content.assemble(head, (f": “{clip(text(quote.text), WORDING_CHARS)}”", "dim"))

"""Typed messages that workers and widgets post; handled with @on."""

from __future__ import annotations

from typing import Any

from textual.message import Message

from newsreader.tui.core import Results


class IndexProgress(Message):
    """Indexing advanced; repeats fold into the newest one."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


class IndexReady(Message):
    """The index is open (maybe again, after catching up)."""

    def __init__(self, final: bool) -> None:
        super().__init__()
        self.final = final  # False: a newer index is still being built


class StoryReady(Message):
    """The story data caught up with the index: the timeline may have changed."""


class IndexFailed(Message):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class SearchDone(Message):
    def __init__(self, results: Results) -> None:
        super().__init__()
        self.results = results


class TimelineDone(Message):
    def __init__(self, events: list[Any] | None, scope: str) -> None:
        super().__init__()
        self.events = events  # None: the story has not caught up with the index yet
        self.scope = scope


class ArticleLoaded(Message):
    """An article read from the index, with where to show it (None: not found)."""

    def __init__(self, article_id: str, article: Any, sentence: str | None, context: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.article = article
        self.sentence = sentence
        self.context = context


class SourcesLoaded(Message):
    """The chosen event and its sources' titles."""

    def __init__(self, event: Any, titles: dict[str, str]) -> None:
        super().__init__()
        self.event = event
        self.titles = titles


class ViewProgress(Message):
    """Reading quotes and names advanced (first use on an archive); repeats fold."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ViewProgress)


class ViewLoaded(Message):
    """A view's data, read in its worker (None: the index is not open)."""

    def __init__(self, data: Any) -> None:
        super().__init__()
        self.data = data

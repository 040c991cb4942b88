"""Plain data that flows between the steps: no I/O here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# `published_from` values, per the spec.
FROM_METADATA = "metadata"
FROM_TEXT = "text"
FROM_RELATED = "related"


@dataclass(slots=True)
class Article:
    """One cleaned article, as `show --json` reports it."""

    id: str | None = None
    path: str | None = None  # relative to the archive root, POSIX separators
    title: str | None = None
    subtitle: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    published_from: str | None = None
    url: str | None = None
    text: str = ""  # cleaned body as plain text, paragraphs split by a blank line
    markdown: str = ""  # the same body as Markdown

    def to_json(self) -> dict:
        # asdict's result, without its deep copy of each value (strings or None):
        # it is made twice per article indexed
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(slots=True)
class Skip:
    """A file (or a JSONL line) that was not indexed, and why."""

    path: str
    reason: str

    def to_json(self) -> dict:
        return {"path": self.path, "reason": self.reason}


@dataclass(slots=True)
class FileResult:
    """What reading one archive file gave: its articles and any problems."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    digest: str = ""  # content hash of the file and its manifest entry


@dataclass(slots=True)
class Source:
    """One article sentence citing an event."""

    id: str
    sentence: str
    expression: str  # the words that gave the date ("in June", "Thursday")
    offset: int  # character offset of the sentence in the article's `text`
    published: str | None = None  # the citing article's date

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """A dated happening of the story, with every sentence that reports it."""

    date: str  # ISO 8601 at the event's precision: 2017, 2017-06, 2017-W30, 2017-08-03
    start: str  # ISO date
    end: str  # ISO date
    precision: str  # day, week, month, quarter or year
    summary: str
    sources: list[Source] = field(default_factory=list)
    score: float = 0.0  # importance: distinct citing articles and dates

    @property
    def article_count(self) -> int:
        """The articles that tell it: its sources are sentences, several from one article."""
        return len({s.id for s in self.sources})

    def to_json(self) -> dict:
        data = asdict(self)
        data["sources"] = [s.to_json() for s in self.sources]
        return data

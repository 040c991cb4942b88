"""A publication date from the text itself, when metadata gives none.

News text dates itself in three ways, tried in this order:
- a dateline ("WASHINGTON, Aug. 3, 2017 —", "Updated August 3, 2017"): the date;
- a photo caption or a lead sentence with a full date ("Sessions speaks ...,
  Wednesday, Aug. 2, 2017"): the news is from that day or the days after it, and
  a weekday the story names ("on Thursday") is the news day: the first such
  weekday on or after the caption's date (at most six days later);
- nothing else: the date stays unknown (the story step may take it from other
  versions of the same story, `published_from="related"`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from newsreader.model import FROM_TEXT, Article
from newsreader.story.layout import CAPTION_VERBS, boilerplate_start, caption_paragraphs
from newsreader.story.text import paragraphs

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ]
    )
    for m in names.split()
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r"),?\s+)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})\b"
_FULL_DATES = [
    re.compile(
        rf"\b{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}", re.IGNORECASE
    ),
    re.compile(rf"\b{_WEEKDAY}(?P<day>\d{{1,2}})\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
]
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_LEAD_PARAGRAPHS = 6
_DATELINE_CHARS = 100  # a paragraph this short holding a date is a dateline or a timestamp
_MAX_SHIFT = 6  # a named weekday is within the week after the caption's date


@dataclass(frozen=True, slots=True)
class FoundDate:
    date: dt.date
    start: int  # offset in the text
    end: int
    dateline: bool  # a dateline or timestamp rather than a caption or lead sentence


def infer_published(article: Article, raw: str | None = None) -> None:
    """Set `published` (and `published_from="text"`) from the text when it is unknown.

    `raw`, the file's text before cleaning, still has the photo captions that
    cleaning drops ("..., Wednesday, Aug. 2, 2017"): it is read when the cleaned
    text gives no date. Markup is not read: HTML pages date themselves in metadata.
    """
    if article.published:
        return
    date = infer_date(article.text)
    if date is None and raw and not raw.lstrip().startswith("<"):
        date = infer_date(raw)
    if date:
        article.published, article.published_from = date.isoformat(), FROM_TEXT


def infer_date(text: str) -> dt.date | None:
    """The publication date a text gives itself, or None."""
    found = dating_dates(text)
    datelines = [f.date for f in found if f.dateline]
    if datelines:
        return max(datelines)
    if not found:
        return None
    base = max(f.date for f in found)
    weekday = news_weekday(text, found)
    if weekday is None:
        return base
    shift = (weekday - base.weekday()) % 7
    return base + dt.timedelta(days=shift) if shift <= _MAX_SHIFT else base


def dating_dates(text: str) -> list[FoundDate]:
    """Full dates (day, month, year) in the dateline, the lead and the photo captions."""
    captions = caption_paragraphs(text)
    tail = boilerplate_start(text)
    found = []
    for number, (offset, para) in enumerate(paragraphs(text)):
        if offset >= tail:
            break
        lead = number < _LEAD_PARAGRAPHS
        if not (lead or number in captions or CAPTION_VERBS.search(para)):
            continue
        for match, date in _full_dates(para):
            dateline = len(para.strip()) <= _DATELINE_CHARS or _opens_dateline(para, match)
            dateline = dateline and number not in captions and not CAPTION_VERBS.search(para)
            found.append(FoundDate(date, offset + match.start(), offset + match.end(), dateline))
    return found


def news_weekday(text: str, dates: list[FoundDate]) -> int | None:
    """The weekday the story names most often (0 = Monday), outside the dates themselves."""
    captions = caption_paragraphs(text)
    tail = boilerplate_start(text)
    counts: Counter[int] = Counter()
    for number, (offset, para) in enumerate(paragraphs(text)):
        if offset >= tail or number in captions:
            continue
        for match in _WEEKDAY_WORD.finditer(para):
            where = offset + match.start()
            if not any(d.start <= where < d.end for d in dates):
                counts[WEEKDAYS.index(match.group(1).lower())] += 1
    return counts.most_common(1)[0][0] if counts else None


def _full_dates(para: str):
    for pattern in _FULL_DATES:
        for match in pattern.finditer(para):
            date = _to_date(match)
            if date:
                yield match, date


def _to_date(match: re.Match) -> dt.date | None:
    month = match.group("mon")
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    try:
        return dt.date(int(match.group("year")), month_number or 0, int(match.group("day")))
    except ValueError:
        return None


def _opens_dateline(para: str, match: re.Match) -> bool:
    """ "WASHINGTON, Aug. 3, 2017 — ...": a date near the start followed by a dash."""
    return match.start() < 40 and bool(re.match(r"\s*[—–-]", para[match.end() :]))

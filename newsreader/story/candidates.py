"""Event candidates: every article sentence with a temporal expression resolved to dates.

What is not a candidate: durations ("48 hours"), sets ("every Monday"), vague
references ("recent years", PAST_REF), headings and listings (no word in lowercase
beyond "the", "of" ...), decades and centuries ("the 1990s", "the 21st
century": the background of a story, not a date on its timeline), a plan that did not
hold ("originally set for May 9": nothing happened that day), expressions that
resolve to nothing without a reference date, the camera date of a photo caption
("Sessions speaks ..., Wednesday, Aug. 2, 2017"), and anything in the page's
boilerplate tail. The publication day itself ("took new steps Thursday") is the day
of the news: it is a candidate like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from newsreader.story.layout import (
    CAPTION_VERBS,
    boilerplate_start,
    caption_paragraphs,
    is_boilerplate,
)
from newsreader.story.text import Sentence, sentences, terms

_EVENT_TYPES = frozenset({"DATE", "TIME"})
_PRECISIONS = frozenset({"day", "week", "month", "quarter", "year"})
_MIN_WORDS = 5
_LONGEST_DAYS = 366  # a year: a decade or a century is no date of the timeline
_LEAD = 3  # paragraphs: where a news story says what happened
# A sentence that reports has a word in lowercase beyond the small ones: without one it
# is a heading, a table row or a listing ("July 22 -- Blossom Music Center, OH").
_REPORTING_WORD = re.compile(r"\b(?!(?:the|and|for|from|with|of|at|in|on|to|by|vs)\b)[a-z]{3,}")
# A plan that did not hold names a day nothing happened on: "originally set for May 9",
# "had been due to open on May 9", "moved it from June 9", "the original June 9 date",
# "was set for May 9 but was postponed".
_PLAN = r"(?:set|scheduled|planned|slated|listed|due|expected|meant|timetabled|fixed|booked)"
_UNDONE = r"(?:postponed|delayed|moved|cancell?ed|called\s+off|scrapped|put\s+off|pushed\s+back)"
# what leads from the plan to its day: "set for", "due to go on trial on", "to start"
_TO_DAY = r"(?:[^.;:,]{0,25}\b(?:for|on|in|at|by|until|to\s+\w+))?\s+(?:the\s+)?$"
_PLAN_BEFORE = re.compile(
    rf"\b(?:(?:originally|initially|previously|first)\s+(?:been\s+)?{_PLAN}|had\s+been\s+{_PLAN}|"
    rf"(?:was|were|had\s+been)\s+supposed\s+to)\b{_TO_DAY}|"
    rf"\b(?:{_UNDONE}|rescheduled|adjourned|brought\s+forward|a\s+delay)\b[^.;:]{{0,20}}"
    r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:original\s+)?$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(r"\b(?:the|its|their|an?)\s+original\s+$", re.IGNORECASE)
_DATE_NOUN = re.compile(r"^\s+(?:\w+\s+)?(?:date|deadline|schedule|timetable)\b", re.IGNORECASE)
_SET_BEFORE = re.compile(rf"\b{_PLAN}\b{_TO_DAY}", re.IGNORECASE)
_UNDONE_AFTER = re.compile(rf"^[^.;]{{0,25}}\bbut\b[^.;]{{0,25}}\b{_UNDONE}\b", re.IGNORECASE)
_CAMERA_DATE = re.compile(r"\b\d{1,2}\b.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b")


@dataclass(slots=True)
class Candidate:
    article_id: str
    published: str | None  # the citing article's date: importance counts distinct ones
    offset: int  # of the sentence in the article text
    sentence: str
    expression: str
    start: str
    end: str
    precision: str
    date: str  # ISO 8601 at the precision
    terms: tuple[str, ...]
    context: tuple[str, ...]  # of the sentence before: who "the mayor" is, what "it" is
    lead: bool  # in the first paragraphs of the article


def event_candidates(article_id: str, text: str, published: str | None) -> list[Candidate]:
    """The dated sentences of one article, resolved against its publication date."""
    from newsreader.story.timex import find_timexes

    body = text[: boilerplate_start(text)]
    reference = dt.date.fromisoformat(published) if published else None
    spans = sentences(body)
    starts = [s.start for s in spans]
    captions = caption_paragraphs(text)
    found: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for timex in find_timexes(body, reference):
        index = bisect_right(starts, timex.start) - 1
        if index < 0 or timex.start >= spans[index].end:
            continue
        before = spans[index - 1].text if index > 0 else ""
        candidate = _candidate(article_id, published, spans[index], before, timex, captions)
        key = (candidate.sentence, candidate.start, candidate.end) if candidate else None
        if candidate and key not in seen:
            seen.add(key)
            found.append(candidate)
    return found


def _candidate(
    article_id: str,
    published: str | None,
    sentence: Sentence,
    before: str,
    timex,
    captions: set[int],
) -> Candidate | None:
    from newsreader.story.timex import timex_range, value_precision

    if timex.type not in _EVENT_TYPES or not _is_reportable(sentence, timex, captions):
        return None
    bounds = timex_range(timex)
    precision = value_precision(timex.value) if bounds else None
    if precision not in _PRECISIONS or bounds is None:
        return None
    start, end = bounds
    if (end - start).days > _LONGEST_DAYS:
        return None
    words = set(terms(timex.text))
    return Candidate(
        article_id=article_id,
        published=published,
        offset=sentence.start,
        sentence=sentence.text,
        expression=timex.text,
        start=start.isoformat(),
        end=end.isoformat(),
        precision=precision,
        date=iso_at(precision, start),
        terms=tuple(t for t in terms(sentence.text) if t not in words),
        context=tuple(terms(before)),
        lead=sentence.paragraph < _LEAD,
    )


def _is_reportable(sentence: Sentence, timex, captions: set[int]) -> bool:
    if len(sentence.text.split()) < _MIN_WORDS or is_boilerplate(sentence.text):
        return False
    if not (_REPORTING_WORD.search(sentence.text) or sentence.text.isupper()):
        return False  # a heading or a listing; wire copy in capitals reports
    caption = sentence.paragraph in captions or CAPTION_VERBS.search(sentence.text)
    # A caption may report news ("announced Thursday"); its full date is the camera's.
    return not (caption and _CAMERA_DATE.search(timex.text)) and not _plan_undone(sentence, timex)


def _plan_undone(sentence: Sentence, timex) -> bool:
    before = sentence.text[max(0, timex.start - sentence.start - 60) : timex.start - sentence.start]
    if _PLAN_BEFORE.search(before):
        return True
    after = sentence.text[timex.end - sentence.start :]
    if _ORIGINAL.search(before):
        return bool(_DATE_NOUN.match(after))  # "the original June 9 trial date"
    return bool(_SET_BEFORE.search(before) and _UNDONE_AFTER.match(after))


def iso_at(precision: str, start: dt.date) -> str:
    """ISO 8601 at a precision: 2017-08-03, 2017-W31, 2017-08, 2017-Q3, 2017."""
    if precision == "day":
        return start.isoformat()
    if precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    if precision == "quarter":
        return f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    return f"{start.year}"

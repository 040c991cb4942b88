"""Temporal expressions in English news text, typed and valued as TimeML TIMEX3.

`find_timexes(text, reference)` tags expressions with regular-expression rules
(`timex_dates`, `timex_periods`, `timex_holidays`, `timex_relative`, `timex_durations`,
`timex_clock`), keeps the longest where they overlap, then values each in text order
against the reference date (the document date), so "the next day" can lean on the last day
named before it.

Without a reference date, explicit dates keep their values and relative ones get
X-filled values at their precision: "Aug. 18" -> `XXXX-08-18`, "Thursday" ->
`XXXX-WXX-4`, "in June" -> `XXXX-06`, "yesterday" -> `XXXX-XX-XX`, "last week" ->
`XXXX-WXX`; PAST_REF/PRESENT_REF/FUTURE_REF and durations are unaffected.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsreader.story import timex_holidays as holidays
from newsreader.story.timex_calendar import precision, safe_date, value_range
from newsreader.story.timex_context import Context, is_title
from newsreader.story.timex_lex import MONTH, month_number
from newsreader.story.timex_memory import remember
from newsreader.story.timex_rules import RULES, Anchor, Handler


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # Python str offsets into the text, end exclusive
    end: int
    text: str  # == text[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # TIMEX3 value
    mod: str | None = None  # TIMEX3 mod: "EQUAL_OR_LESS", "APPROX", "START", ...


# References the calendar arithmetic can move a year either way from without overflow
# ("last winter" in January of year 3 began in December of year 1)
_FIRST_DAY, _LAST_DAY = dt.date(3, 1, 1), dt.date(9998, 12, 31)
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 40  # around an anchor: room for the longest match

_PREFIX = re.compile(
    r"(?:\b(?P<the>the\s+)?(?P<edge>end|beginning|start|middle|close|turn)\s+of\s+|"
    r"\b(?P<word>very\s+early|early|earlier|late|later|mid)(?:\s+in)?[\s-]+|\b(?P<mid>mid)-)$",
    re.IGNORECASE,
)
_PREFIX_MODS = {
    "end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID",
    "turn": "START", "early": "START", "very early": "START", "earlier": "START",
    "late": "END", "later": "END", "mid": "MID",
}  # fmt: skip


def find_timexes(text: str, reference: dt.date | None) -> list[Timex]:
    """The temporal expressions of `text`, sorted by start and not overlapping."""
    if reference is not None and not _FIRST_DAY <= reference <= _LAST_DAY:
        reference = None  # a placeholder ("0001-01-01" in a page's metadata), not a date
    source, text = text, _cased(text)
    ctx = Context(text, _dateline_day(text, reference))
    found: list[Timex] = []
    for match, handler in _select(text):
        result = handler(match, ctx)
        if result is None:
            continue
        kind, value, mod = result
        if handler is not holidays.holiday and is_title(text, match.start(), match.end()):
            continue
        if _is_name(text, match.start(), match.end()):
            continue
        start = match.start()
        if kind in ("DATE", "TIME") and not mod:
            start, mod = _with_prefix(text, start, found, mod)
        found.append(Timex(start, match.end(), source[start : match.end()], kind, value, mod))
        remember(ctx, kind, value, match)
    return found


# "WASHINGTON, June 25 --", "BRUSSELS, December 2 (Xinhua) --": the day the story was filed,
# which its "today" and "yesterday" count from when the paper prints it a day or two later
_DATELINE_DAY = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,40}}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}})?,\s+"
    rf"(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})\b(?:,?\s+(?P<year>\d{{4}})\b)?",
    re.MULTILINE,
)
_DATELINE_LAG = 3  # days


def _dateline_day(text: str, reference: dt.date | None) -> dt.date | None:
    match = _DATELINE_DAY.search(text, 0, 400)
    if reference is None or match is None:
        return reference
    year = int(match["year"] or reference.year)
    filed = safe_date(year, month_number(match["mon"]), int(match["day"]))
    if filed and filed > reference and not match["year"]:  # "December 31" in a paper of Jan. 2
        filed = safe_date(reference.year - 1, filed.month, filed.day)
    if filed and 0 < (reference - filed).days <= _DATELINE_LAG:
        return filed
    return reference


# A line in capitals (wire copy of old, a shouted headline) names its months and days
# in capitals: read them as the rules know them. "MAY" and "MARCH" only where a date
# is plain ("MAY 5", "IN MARCH"): elsewhere they are a verb.
_SHOUTED_LINE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.MULTILINE)
_CALENDAR_CAPS = re.compile(
    r"(?P<after>\b(?:IN|OF|BY|SINCE|UNTIL|EARLY|LATE|MID|LAST|NEXT|THIS|FROM|THROUGH)[ -])?"
    r"\b(?P<word>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER|JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|MONDAY|TUESDAY|"
    r"WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|CHRISTMAS|EASTER|THANKSGIVING)\b"
    r"(?P<number>(?= \d))?"
)
_VERBS_TOO = frozenset(("MAY", "MARCH"))


def _cased(text: str) -> str:
    """`text` with the calendar words of its lines in capitals in title case (same length)."""
    if not _SHOUTED_LINE.search(text):
        return text
    return _SHOUTED_LINE.sub(lambda line: _CALENDAR_CAPS.sub(_title, line[0]), text)


def _title(match: re.Match) -> str:
    word = match["word"]
    if word in _VERBS_TOO and match["after"] is None and match["number"] is None:
        return match[0]
    return (match["after"] or "") + word.title()


def _select(text: str) -> list[tuple[re.Match, Handler]]:
    """Candidate matches of every rule; the longest wins where they overlap."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-ASCII capitals lower to two characters
        lowered = text.translate(_ASCII_LOWER)
    windows: dict[Anchor, list[tuple[int, int]]] = {}
    candidates = []
    for order, (pattern, handler, anchors) in enumerate(RULES):
        for anchor in anchors:
            if anchor not in windows:
                windows[anchor] = _windows(anchor, lowered if anchor.lowered else text)
        spans = windows[anchors[0]] if len(anchors) == 1 else _merged(windows, anchors)
        candidates += [(m, order, handler) for m in _matches(pattern, spans, text)]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[1], c[0].start()))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[re.Match, Handler]] = []
    for match, _, handler in candidates:
        if any(match.start() < end and start < match.end() for start, end in taken):
            continue
        taken.append(match.span())
        chosen.append((match, handler))
    chosen.sort(key=lambda c: c[0].start())
    return chosen


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _matches(pattern: re.Pattern, spans: list[tuple[int, int]], text: str):
    seen = 0
    for start, end in spans:
        for match in pattern.finditer(text, max(start, seen), end):
            if match.end() > match.start():
                seen = match.end()
                yield match


def _windows(anchor: Anchor, text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around the hits of `anchor`."""
    windows: list[tuple[int, int]] = []
    for hit in anchor.pattern.finditer(text):
        at = hit.start()
        if anchor.word_start and at and text[at - 1].isalpha():
            continue  # "day" in "Monday"
        start, end = max(0, at - _WINDOW_BEFORE), hit.end() + _WINDOW_AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _merged(windows: dict, anchors: tuple[Anchor, ...]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(w for anchor in anchors for w in windows[anchor]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# "the Sunday Times", "Tuesday Morning Corp.", "Saturday Night Live": a calendar word
# naming a paper, a firm or a show
_NAME_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Post|Mirror|Express|Mail|Herald|Tribune|Independent|Observer|"
    r"Journal|Magazine|Review|Edition|Live|Football|Corp|Inc)\b"
)
# "April Simmons, a spokeswoman", "said June Carter": a month as a given name
_GIVEN_NAME = re.compile(r"(?:April|May|June)(?=\s+[A-Z][a-z]+(?:,|\s+(?:said|says|told)\b))")
_BEFORE_NAME = re.compile(r"(?:^|[.!?\n—–]\s*|\b(?:said|says|told|by|and|with)\s+)$")
# "Judge April Wilkins set sentencing", "a nurse named June Whitaker": a title before
_TITLE_BEFORE = re.compile(
    r"\b(?:named|Judge|Justice|Dr\.|Mrs?\.|Ms\.|Sen\.|Rep\.|Gov\.|Officer|Detective|Sgt\.|"
    r"Capt\.|Lt\.|Prof\.|actress|singer)\s+$"
)
_SURNAME_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")


def _is_name(text: str, start: int, end: int) -> bool:
    if _NAME_AFTER.match(text, end):
        return True
    if text[start:end] not in ("April", "May", "June"):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 12), start) and _SURNAME_AFTER.match(text, end):
        return True
    given = _GIVEN_NAME.match(text, start)
    before = _BEFORE_NAME.search(text, max(0, start - 8), start)
    return bool(given and given.end() == end and before)


def _with_prefix(text: str, start: int, found: list[Timex], mod: str | None):
    """Extend "early" + "next year", "the end of" + "1990" over the modifier words."""
    floor = found[-1].end if found else 0
    window = text[max(floor, start - 24) : start]
    m = _PREFIX.search(window)
    if not m:
        return start, mod
    key = (m["edge"] or m["word"] or m["mid"]).lower()
    key = re.sub(r"\s+", " ", key)
    return start - (len(window) - m.start()), _PREFIX_MODS.get(key, mod)


def timex_range(t: Timex) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a DATE or TIME value covers, or None."""
    if t.type not in ("DATE", "TIME"):
        return None
    return value_range(t.value)


def value_precision(value: str) -> str | None:
    """ "day", "week", "month", "quarter" or "year" for an anchored value, else None."""
    return precision(value)

"""Temporal expressions in English news text, typed and valued as TimeML TIMEX3.

`find_timexes(text, reference)` tags expressions with regular-expression rules
(`timex_dates`, `timex_relative`, `timex_durations`), keeps the longest where they
overlap, then values each in text order against the reference date (the document
date), so "the next day" can lean on the last day named before it.

Without a reference date, explicit dates keep their values and relative ones get
X-filled values at their precision: "Aug. 18" -> `XXXX-08-18`, "Thursday" ->
`XXXX-WXX-4`, "in June" -> `XXXX-06`, "yesterday" -> `XXXX-XX-XX`, "last week" ->
`XXXX-WXX`; PAST_REF/PRESENT_REF/FUTURE_REF and durations are unaffected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsreader.story import timex_dates as dates
from newsreader.story import timex_durations as durations
from newsreader.story import timex_relative as relative
from newsreader.story.timex_calendar import precision, value_range
from newsreader.story.timex_context import Context
from newsreader.story.timex_lex import WEEKDAY


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # Python str offsets into the text, end exclusive
    end: int
    text: str  # == text[start:end]
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # TIMEX3 value
    mod: str | None = None  # TIMEX3 mod: "EQUAL_OR_LESS", "APPROX", "START", ...


Handler = Callable[[re.Match, Context], "tuple[str, str, str | None] | None"]

_UNIT_WORD = r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenn"
# Cheap patterns that every match of a slow rule contains: the slow rule runs only
# in windows around their hits (thousands of sentences a second, not hundreds).
_MONTH_WORD = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_ANCHORS = {
    dates.full_date: _MONTH_WORD,
    dates.week_of: _MONTH_WORD,
    dates.second_day: _MONTH_WORD,
    dates.month_year: _MONTH_WORD,
    dates.month_alone: _MONTH_WORD,
    dates.weekday_alone: r"(?-i:[MTWFS][a-z]+day)",
    relative.part_of_day: r"morning|afternoon|evening|night|overnight",
    durations.clock_time: r"\d\s*[ap]\.?\s?m\b|noon|midnight|midday|GMT|UTC",
    dates.quarter: r"quarter",
    relative.ago: r"\b(?:ago|earlier|later|now|hence)\b",
    dates.holiday: r"Christmas|New Year|Thanksgiving|Easter|Independence|Fourth|Halloween|"
    r"Labor|Memorial|Valentine|Veterans",
    dates.season: r"spring|summer|fall|autumn|winter",
    durations.duration: _UNIT_WORD,
    dates.decade: r"0s\b|ties\b",
    dates.half: r"\bhalf\b",
    dates.spoken: r"nineteen|eighteen|thousand",
    dates.century: r"century",
}
_WINDOW_BEFORE, _WINDOW_AFTER = 80, 40

# Earlier rules win ties between matches of the same length.
_RULES: list[tuple[re.Pattern, Handler, re.Pattern | None]] = [
    (re.compile(p, re.IGNORECASE), h, re.compile(_ANCHORS[h], re.I) if h in _ANCHORS else None)
    for p, h in (
        (durations.TIME, durations.clock_time),
        (dates.WEEK_OF, dates.week_of),
        (dates.FULL_DATE, dates.full_date),
        (dates.NUMERIC_DATE, dates.numeric_date),
        (dates.MONTH_YEAR, dates.month_year),
        (dates.QUARTER, dates.quarter),
        (dates.QUARTER_REF, dates.quarter_ref),
        (dates.HALF, dates.half),
        (relative.AGO, relative.ago),
        (relative.PART_OF_DAY_RE, relative.part_of_day),
        (relative.RELATIVE, relative.relative),
        (dates.HOLIDAY, dates.holiday),
        (dates.SEASONS, dates.season),
        (durations.SET, durations.set_expression),
        (durations.DURATION, durations.duration),
        (relative.ANAPHORIC, relative.anaphoric),
        (relative.BARE_UNIT, relative.bare_unit),
        (relative.YEAR_END, relative.year_end),
        (relative.YEAR_AGO, relative.year_ago),
        (dates.SPOKEN, dates.spoken),
        (dates.CENTURY, dates.century),
        (dates.DECADE, dates.decade),
        (dates.YEAR_ALONE, dates.year_alone),
        (dates.SECOND_DAY, dates.second_day),
        (dates.WEEKDAY_ALONE, dates.weekday_alone),
        (dates.MONTH_ALONE, dates.month_alone),
        (relative.DEICTIC, relative.deictic),
        (durations.BARE_PLURAL, durations.bare_plural),
    )
]

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
    ctx = Context(text, reference)
    found: list[Timex] = []
    for match, handler in _select(text):
        result = handler(match, ctx)
        if result is None:
            continue
        kind, value, mod = result
        if handler is not dates.holiday and _is_title(text, match.start(), match.end()):
            continue
        start = match.start()
        if kind in ("DATE", "TIME") and not mod:
            start, mod = _with_prefix(text, start, found, mod)
        found.append(Timex(start, match.end(), text[start : match.end()], kind, value, mod))
        _remember(ctx, kind, value)
    return found


def _select(text: str) -> list[tuple[re.Match, Handler]]:
    """Candidate matches of every rule; the longest wins where they overlap."""
    candidates = [
        (match, order, handler)
        for order, (pattern, handler, anchor) in enumerate(_RULES)
        for match in _matches(pattern, anchor, text)
        if match.end() > match.start()
    ]
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


def _matches(pattern: re.Pattern, anchor: re.Pattern | None, text: str):
    if anchor is None:
        yield from pattern.finditer(text)
        return
    seen = 0
    for start, end in _windows(anchor, text):
        for match in pattern.finditer(text, max(start, seen), end):
            seen = match.end()
            yield match


def _windows(anchor: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Merged stretches of text around the hits of `anchor`."""
    windows: list[tuple[int, int]] = []
    for hit in anchor.finditer(text):
        start, end = max(0, hit.start() - _WINDOW_BEFORE), hit.end() + _WINDOW_AFTER
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


_CALENDAR_NAME = re.compile(rf"\d|{_MONTH_WORD}|{WEEKDAY}")
_WORD = re.compile(r"[A-Za-z]+")
_OPENERS = " \t\"'“‘`(["


def _is_title(text: str, start: int, end: int) -> bool:
    """`ABC's "This Week"`, `the Monitor Daily`: capitalised mid-sentence, a name, not a time.

    Month and weekday names are always capitalised; a headline in title case is not a name.
    """
    words = _WORD.findall(text, start, end)
    if (
        not words
        or not all(w[0].isupper() for w in words)
        or _CALENDAR_NAME.search(text, start, end)
    ):
        return False
    before = text[max(0, start - 40) : start].rstrip(_OPENERS)
    if not before or before[-1] in ".!?:;\n":
        return False  # a sentence starts here
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    line_words = [w for w in _WORD.findall(line) if len(w) > 3]  # no "of", "the", "in"
    capitalised = sum(w[0].isupper() for w in line_words)
    return not (len(line_words) >= 3 and capitalised >= 0.8 * len(line_words))


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


_LONG_PERIODS = frozenset({"P6M", "P9M", "P12M", "P1Y"})  # "the first nine months"


def _remember(ctx: Context, kind: str, value: str) -> None:
    """What anaphora ("the next day", "that year", "a year earlier") will lean on."""
    if (kind == "DURATION" and value in _LONG_PERIODS) or re.fullmatch(r"\d{4}-H\d", value):
        ctx.period = "year"
    elif re.fullmatch(r"\d{4}-Q\d", value):
        ctx.period = "quarter"
    if kind not in ("DATE", "TIME") or not value[:4].isdigit():
        return
    if precision(value) == "day":
        ctx.last_day = dt.date.fromisoformat(value[:10])
    if precision(value) in ("day", "week", "month", "quarter", "year") and len(value) >= 4:
        ctx.last_year = int(value[:4])


def timex_range(t: Timex) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a DATE or TIME value covers, or None."""
    if t.type not in ("DATE", "TIME"):
        return None
    return value_range(t.value)


def value_precision(value: str) -> str | None:
    """ "day", "week", "month", "quarter" or "year" for an anchored value, else None."""
    return precision(value)

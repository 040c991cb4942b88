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
from dataclasses import dataclass

from newsreader.story import timex_dates as dates
from newsreader.story.timex_calendar import SEASONS, precision, value_range
from newsreader.story.timex_context import Context
from newsreader.story.timex_lex import MONTH, WEEKDAY
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
_FIRST_DAY, _LAST_DAY = dt.date(2, 1, 1), dt.date(9998, 12, 31)
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
    ctx = Context(text, reference)
    found: list[Timex] = []
    for match, handler in _select(text):
        result = handler(match, ctx)
        if result is None:
            continue
        kind, value, mod = result
        if handler is not dates.holiday and _is_title(text, match.start(), match.end()):
            continue
        if _is_name(text, match.start(), match.end()):
            continue
        start = match.start()
        if kind in ("DATE", "TIME") and not mod:
            start, mod = _with_prefix(text, start, found, mod)
        found.append(Timex(start, match.end(), source[start : match.end()], kind, value, mod))
        _remember(ctx, kind, value, match)
    return found


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


_CALENDAR_NAME = re.compile(rf"\d|{MONTH}|{WEEKDAY}")
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


_LONG_PERIODS = frozenset({"P6M", "P9M", "P12M", "P1Y"})  # "the first nine months"


_OPENS_WITH = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n)[\"“]?(?:(?:In|By|During|Until|Through|Throughout|Early\s+in|"
    r"Late\s+in|In\s+early|In\s+late|In\s+mid-?)\s+(?:the\s+)?)?$"
)


def _remember(ctx: Context, kind: str, value: str, match: re.Match) -> None:
    """What anaphora ("the next day", "that year", "a year earlier") will lean on."""
    if (kind == "DURATION" and value in _LONG_PERIODS) or re.fullmatch(r"\d{4}-H\d", value):
        ctx.period = "year"
    elif re.fullmatch(r"\d{4}-Q\d", value):
        ctx.period = "quarter"
    if kind == "DURATION" and _TIME_PASSED.search(
        ctx.text, max(0, match.start() - 30), match.start()
    ):
        ctx.story_year = None
    if kind not in ("DATE", "TIME") or not value[:4].isdigit():
        return
    at = precision(value)
    if _OPENS_WITH.search(ctx.text, max(0, match.start() - 24), match.start()):
        # "In 1991, ...", "That year, ...": the sentence says which past year it tells of
        ctx.named_year, ctx.named_year_end = int(value[:4]), match.end()
    _remember_story(ctx, int(value[:4]), value, match)
    if at == "day":
        ctx.last_day = dt.date.fromisoformat(value[:10])
        _remember_day(ctx, ctx.last_day, match)
    if at in ("day", "week", "month", "quarter", "year") and len(value) >= 4:
        ctx.last_year = int(value[:4])
        ctx.last_precision = at
        ctx.last_end = match.end()
        if value[4:5] == "-" and value[5:7].isdigit():
            ctx.last_month = int(value[5:7])


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b")
# "since 2014", "dating to 1994": a span up to now, no background passage ("since 1991,
# when the Legislature ..." is one)
_SPAN_FROM = re.compile(r"\b(?:since|dating(?:\s+back)?\s+to|from|as\s+of)\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",\s+when\b")
# "the Dec. 21, 1988, bombing": a date naming a thing, outside the story unless it opens it
_FUNCTION_WORD = (
    r"(?:the|an?|it|its|he|his|she|her|they|their|we|this|that|these|those|which|who|whom|"
    r"when|where|while|and|but|or|nor|so|as|than|to|of|in|on|at|by|for|with|from|into|over|"
    r"after|before|during|until|through|since|because|if|is|was|were|are|has|had|have|will|"
    r"would|could|said|says)\b"
)
_NOUN_AFTER = re.compile(rf",?\s+(?!{_FUNCTION_WORD})[a-z]{{3,}}\b")
# "Students spent more than a year tracking down evidence": time passed, the story moves on
_TIME_PASSED = re.compile(r"\b(?:spent|took|lasted|waited|served|after|within)\s+(?:\w+\s+){0,2}$")


def _remember_story(ctx: Context, year: int, value: str, match: re.Match) -> None:
    """A background passage: a past year written out ("The 1988 floods", "in 2011"), and the
    dates that follow it in that year ("That June", "the next day"); any other date ends it."""
    ref = ctx.reference
    month = value[5:7]
    month = int(month) if month.isdigit() else SEASONS[month][0] if month in SEASONS else 0
    # "In the winter that followed ... a mild January": the story moved on to the next year
    moved_on = ctx.story_year is not None and year == ctx.story_year + 1
    continued = year == ctx.story_year or (moved_on and 0 < month < ctx.story_month)
    written = bool(_YEAR_WRITTEN.search(match[0])) and _opens_story(ctx, match)
    # a story may come up to the reference year, but only a past year opens one
    if ref is None or year > ref.year or not ((written and year < ref.year) or continued):
        ctx.story_year = None
        return
    ctx.story_month = month or (ctx.story_month if continued else 0)
    ctx.story_year, ctx.story_end = year, match.end()
    ctx.story_when = bool(_WHEN_AFTER.match(ctx.text, match.end()))


def _opens_story(ctx: Context, match: re.Match) -> bool:
    text, start, end = ctx.text, match.start(), match.end()
    if _SPAN_FROM.search(text, max(0, start - 16), start) and not _WHEN_AFTER.match(text, end):
        return False
    if _NOUN_AFTER.match(text, end):
        return bool(
            _OPENS_WITH.search(text, max(0, start - 28), start)
            or re.search(r"(?:^|[.!?]\s+|\n)The\s+$", text[max(0, start - 8) : start])
        )
    return True


_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|testified|wrote)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(r"\b(?:ended|ending|through|until|till|since)\s+$", re.IGNORECASE)


def _remember_day(ctx: Context, day: dt.date, match: re.Match) -> None:
    """The day a clock time told in the past falls on: an event's, else a statement's."""
    if ctx.reference is None or day > ctx.reference:
        return
    before = ctx.text[max(0, match.start() - 16) : match.start()]
    if _SAID_ON.search(before):
        ctx.said_day = day
    elif not _BOUND_BEFORE.search(before):
        ctx.event_day = day


def timex_range(t: Timex) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a DATE or TIME value covers, or None."""
    if t.type not in ("DATE", "TIME"):
        return None
    return value_range(t.value)


def value_precision(value: str) -> str | None:
    """ "day", "week", "month", "quarter" or "year" for an anchored value, else None."""
    return precision(value)

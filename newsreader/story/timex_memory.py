"""What the tagger remembers as it reads, for the expressions that lean on earlier ones:
the day, month and year last named ("the next day", "later that year"), the reporting
period ("a year earlier"), the past year a sentence or a background passage tells of
("In 1991, ...", "The 1988 floods ... in August"), and the days things happened or were
said on (where a clock time told in the past falls).
"""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story.timex_calendar import SEASONS, precision
from newsreader.story.timex_context import Context

# "Tuesday night", "7 p.m.", "11:30 p.m.": an evening, which small hours after it follow
_EVENING = re.compile(r"T(?:EV|NI|(?:1[89]|2[0-4]):\d\d)$")
_LONG_PERIODS = frozenset({"P6M", "P9M", "P12M", "P1Y"})  # "the first nine months"


_OPENS_WITH = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n)[\"“]?(?:(?:In|By|During|Until|Through|Throughout|Early\s+in|"
    r"Late\s+in|In\s+early|In\s+late|In\s+mid-?)\s+(?:the\s+)?)?$"
)


def remember(ctx: Context, kind: str, value: str, match: re.Match) -> None:
    """What anaphora ("the next day", "that year", "a year earlier") will lean on."""
    if (kind == "DURATION" and value in _LONG_PERIODS) or re.fullmatch(r"\d{4}-H\d", value):
        ctx.period = "year"
    elif re.fullmatch(r"\d{4}-Q\d", value):
        ctx.period = "quarter"
    if kind == "DURATION" and _TIME_PASSED.search(
        ctx.text, max(0, match.start() - 30), match.start()
    ):
        ctx.story_year = None
    if kind not in ("DATE", "TIME") or len(value) < 4 or not value[:4].isdigit():
        return  # decades ("199") and centuries ("20") name no year
    at = precision(value)
    if _OPENS_WITH.search(ctx.text, max(0, match.start() - 24), match.start()):
        # "In 1991, ...", "That year, ...": the sentence says which past year it tells of
        ctx.named_year, ctx.named_year_end = int(value[:4]), match.end()
        ctx.named_winter = value.endswith("-WI") and not _YEAR_WRITTEN.search(match[0])
    _remember_story(ctx, int(value[:4]), value, match)
    if at == "day":
        ctx.last_day = dt.date.fromisoformat(value[:10])
        ctx.evening_of = ctx.last_day if _EVENING.search(value, 10) else None
        if value[10:] in ("TMO", "TAF", "TEV", "TNI"):
            ctx.day_parts[value[10:]] = ctx.last_day
        _remember_day(ctx, ctx.last_day, match)
    if at in ("day", "week", "month", "quarter", "year"):
        ctx.last_year = int(value[:4])
        ctx.last_precision = at
        ctx.last_end = match.end()
        if value[4:5] == "-" and value[5:7].isdigit():
            ctx.last_month = int(value[5:7])
        if at == "week" and value[5:6] == "W" and value[6:8].isdigit():
            ctx.last_week = _monday(int(value[:4]), int(value[6:8]))


def _monday(year: int, week: int) -> dt.date | None:
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:  # year 0, week 53 of a year with 52
        return None


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d\d\b")
# "since 2014", "dating to 1994", "since it began in late 2019": a span up to now, no
# background passage ("since 1991, when the Legislature ..." is one)
_SPAN_FROM = re.compile(
    r"\b(?:since|dating(?:\s+back)?\s+to|from|as\s+of|since\s+(?:[\w'-]+\s+){1,4}in)\s+"
    r"(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r",\s+when\b")
# "the 2004 primary, which was held in March": a thing of that year, told of in a clause
_THING_TOLD = re.compile(r"(?:\s+[a-z]{3,}){1,2},\s+(?:which|when)\b")
# "the Dec. 21, 1988, bombing": a date naming a thing, outside the story unless it opens it
_FUNCTION_WORD = (
    r"(?:the|an?|it|its|he|his|she|her|they|their|we|this|that|these|those|which|who|whom|"
    r"when|where|while|and|but|or|nor|so|as|than|to|of|in|on|at|by|for|with|from|into|over|"
    r"after|before|during|until|through|since|because|if|is|was|were|are|has|had|have|will|"
    r"would|could|said|says)\b"
)
_THE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)The\s+$")  # "The 1988 floods were ..."
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
    ctx.story_when = bool(
        _WHEN_AFTER.match(ctx.text, match.end()) or _THING_TOLD.match(ctx.text, match.end())
    )
    ctx.story_told = continued and not written
    if written:  # a bare year inside a sentence is an aside: "founded in 1979"
        ctx.story_opens = bool(
            len(value) > 4
            or _OPENS_WITH.search(ctx.text, max(0, match.start() - 28), match.start())
            or _THE_OPENS.search(ctx.text, max(0, match.start() - 8), match.start())
        )


def _opens_story(ctx: Context, match: re.Match) -> bool:
    text, start, end = ctx.text, match.start(), match.end()
    if _SPAN_FROM.search(text, max(0, start - 40), start) and not _WHEN_AFTER.match(text, end):
        return False
    if _NOUN_AFTER.match(text, end):
        return bool(
            _OPENS_WITH.search(text, max(0, start - 28), start)
            or _THE_OPENS.search(text, max(0, start - 8), start)
            or _THING_TOLD.match(text, end)
        )
    return True


_SAID_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|added|stated|confirmed|testified|wrote)\s+"
    r"(?:in\s+an?\s+(?:statement|interview|speech|briefing)\s+|reporters\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_BOUND_BEFORE = re.compile(r"\b(?:ended|ending|through|until|till|since)\s+$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_ASIDE = re.compile(r"\b(?:where|whose|who|which)\b", re.IGNORECASE)
RECENT_DAYS = 7  # a day further back than this is long gone for the clock times after it


def _remember_day(ctx: Context, day: dt.date, match: re.Match) -> None:
    """The day a clock time told in the past falls on: see `clock_day`."""
    before = ctx.text[max(0, match.start() - 40) : match.start()]
    if ctx.reference is None or day > ctx.reference:
        if _BOUND_BEFORE.search(before) or _BY_BEFORE.search(before):
            ctx.last_day_kind = "ahead bound"
        else:
            ctx.last_day_kind, ctx.first_ahead = "ahead", ctx.first_ahead or day
        return
    if _ASIDE.search(ctx.clause_before(match.start())) and (ctx.reference - day).days > RECENT_DAYS:
        # "the port where police shot two protesters on Jan. 17": a day long gone, told in
        # a relative clause, is not the day the story goes on with
        ctx.last_day_kind = "aside"
        return
    ctx.first_day = ctx.first_day or day
    if _SAID_ON.search(before):
        ctx.last_day_kind = "said"
    elif _BOUND_BEFORE.search(before):
        ctx.last_day_kind = "bound"
    else:
        ctx.last_day_kind, ctx.event_day = "event", day


def coming_clock_day(ctx: Context) -> dt.date | None:
    """`The hearing is scheduled for 1 p.m.`, not told in the past: on the day last named,
    unless that is a deadline still to come ("the session must end by May 19"): then on the
    first day ahead the story names ("will hold their first hearing Thursday")."""
    if ctx.last_day_kind == "ahead bound" and ctx.first_ahead:
        return ctx.first_ahead
    return ctx.anchor_day()


def clock_day(ctx: Context) -> dt.date | None:
    """`He was shot at 10 p.m.`, told in the past: on the day the story last named, unless
    that day was one something was said on ("the weather service said Monday that it
    touched down at 9:52 p.m.": the day it happened, named before) or one still to come or
    a period's end ("sentencing is set for Sept. 27 ... the verdict was read shortly after
    4:30 p.m."; "the quarter ended Nov. 30 ... released after the market closed at 4 p.m."):
    then the day the story is of, the first it names."""
    if ctx.last_day_kind == "event":
        return ctx.last_day
    if ctx.last_day_kind == "said":
        return ctx.event_day or ctx.last_day
    return ctx.first_day or ctx.reference


def speech_day(ctx: Context, start: int, days: int = 0) -> dt.date | None:
    """The day "today", "tonight", "tomorrow" (`days` 1) mean: counted from the paper's day,
    or, inside a quote whose speaker the paragraph says spoke on an earlier day, from that
    day ("... Stahl said Sunday in Dubuque. "Tomorrow night we find out ...": Monday)."""
    said = _speaking_day(ctx, start)
    return said + dt.timedelta(days=days) if said else None


def _speaking_day(ctx: Context, start: int) -> dt.date | None:
    ref, day = ctx.reference, ctx.last_day
    if ref is None or day is None or day >= ref or ctx.last_day_kind != "said":
        return ref
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    if ctx.last_end < paragraph:
        return ref
    opened = _QUOTE_MARKS.findall(ctx.text, paragraph, start)
    return day if opened and opened[-1] in '"“' and len(opened) % 2 else ref


_QUOTE_MARKS = re.compile(r'["“”]')

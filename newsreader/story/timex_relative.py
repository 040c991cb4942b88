"""Rules for expressions that only mean something against a date: "last week", "today",
"now", "two years ago", "the next day" (parts of a day, "this morning", are in
`timex_clock`)."""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story import timex_resolve as resolve
from newsreader.story.timex_calendar import add_months, fmt, shift
from newsreader.story.timex_context import Context
from newsreader.story.timex_lex import (
    DATE_UNIT,
    MONTH,
    NUMBER,
    PART_CODES,
    PART_OF_DAY,
    SEASON,
    SEASON_CODES,
    WEEKDAY,
    WEEKDAYS,
    is_month,
    length_value,
    month_number,
    parse_number,
    unit_name,
    weekday_number,
)
from newsreader.story.timex_memory import speech_day

Found = tuple[str, str, str | None]

RELATIVE = (
    rf"\b(?P<rel>(?:the\s+)?(?:last|past|previous|prior|this|next|coming|current|same)|"
    rf"this\s+past|this\s+coming)\s+(?P<unit>week|fortnight|month|year|quarter|decade|century|weekend|"
    rf"fiscal\s+year|{SEASON}|{WEEKDAY}|{MONTH})(?!-)\b(?!\s*\d)"
)
BARE_UNIT = (
    r"\b(?P<rel>the)\s+(?:(?:full|fiscal|calendar)\s+)?(?P<unit>week|month|year|weekend)\b(?!-)"
)
YEAR_END = r"\byear(?:'s)?[\s-]end\b"
NEW_YEAR = r"\bthe\s+(?-i:new)\s+(?-i:year)\b(?!'s)"  # not "New Year's Day", a holiday
DEICTIC = (
    r"\b(?:today|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
    r"(?:right\s+)?now|currently|current|these\s+days|nowadays|at\s+present|recently(?!\s+as\b)|recent|"
    r"lately|the\s+(?:near\s+|distant\s+)?future|future(?:\s+(?:years|months|quarters|decades))?|the\s+(?:near|short|long)\s+term|soon|"
    r"(?<=\bat\s)the\s+time(?!\s+(?:of|when|that|being))|"
    r"(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bover\s))the\s+past)\b(?![\s-]+(?:quarter|year|month|week|day|"
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple))"
)
ANAPHORIC = (
    r"\b(?:(?:the|that)\s+(?P<dir>next|following|previous|preceding|same)\s+"
    rf"(?P<unit>day|morning|afternoon|evening|night|week|month|year|{SEASON})|"
    r"that\s+(?:same\s+)?(?P<unit2>day|week|month|year|morning|afternoon|evening|night|"
    r"spring|summer|fall|autumn|winter)|"
    # "in 1990 ... That June": the month of the year last named
    # ("said that May was hard": "that" opens a clause with the month as its subject)
    # "struck on Oct. 8 ... that Saturday": the one nearest the day last named
    rf"that\s+(?P<wday>{WEEKDAY})\b(?!')|"
    # "won the House in 1994 ... the following January": the first one after it
    rf"the\s+following\s+(?P<month2>{MONTH})(?!\s*\d)|"
    rf"(?<!said\s)(?<!says\s)that\s+(?P<month>{MONTH})(?!\s*\d)"
    r"(?!\s+(?:was|is|will|would|has|had|could|should|might|can|sales|figures|data)\b)|"
    # "down from $450 million the year before.": before the time last named
    r"the\s+(?P<unit3>day|week|month|year)\s+(?P<dir3>before|after)"
    r"(?=\s*(?:[.,;:!?)]|(?:and|but|or)\b)))\b(?!-)"
)
YEAR_AGO = r"\byear-(?:ago|earlier)\b"
# "this time last year": the same day a year (a month, a week) before or after
SAME_TIME = r"\bthis\s+time\s+(?P<rel>last|next)\s+(?P<unit>year|month|week)\b"
AGO = (
    rf"(?:(?P<mod>about|almost|nearly|some|roughly|approximately|more\s+than|less\s+than|"
    rf"just|only|over|barely)\s+)?(?P<num>{NUMBER}|a)\s+(?P<unit>{DATE_UNIT})s?\s+(?:or\s+so\s+)?"
    rf"(?P<dir>ago|earlier|later|from\s+now|hence|from\s+(?P<base>today|tomorrow|{WEEKDAY}))\b"
    r"(?!\s+than\b)"  # "a fortnight later than last year": a length, said by the rule for those
    r"(?P<today>(?<=ago)\s+today\b)?"  # "a year ago today": that very day
)
_PRESENT = {"now", "right now", "currently", "current", "these days", "nowadays", "at present"}
_PAST = {"recently", "recent", "lately", "the past"}
_DAY_OFFSETS = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().strip())


def deictic(m: re.Match, ctx: Context) -> Found | None:
    word = _words(m[0])
    if word in ("today", "tomorrow") and _is_generic_day(m, ctx):
        return None
    if word in _DAY_OFFSETS:
        # "Stahl said Sunday. "Tomorrow we find out": Monday
        return "DATE", fmt("day", speech_day(ctx, m.start(), _DAY_OFFSETS[word])), None
    if word in _PRESENT:
        if word == "current" and re.search(
            r"\bthen\s+$", ctx.text[max(0, m.start() - 6) : m.start()]
        ):
            return None
        return "DATE", "PRESENT_REF", None
    if word in _PAST:
        return "DATE", "PAST_REF", None
    if word == "the time":
        return "DATE", "PAST_REF", None  # "saying at the time he was willing"
    if word == "soon" and not _soon_is_future(m, ctx):
        return None
    if word.startswith("future "):
        return "DATE", "FUTURE_REF", None  # "in future quarters"
    if word == "future" and not re.search(r"\bin\s+$", ctx.text[max(0, m.start() - 4) : m.start()]):
        return None  # "future earnings": an adjective, not a time ("in future" is one)
    return "DATE", "FUTURE_REF", None


# "today's youth", "the people of tomorrow": the present age or the future, no day
_GENERIC_AFTER = re.compile(
    r"'s\s+(?:\w+\s+)?(?:youth|young|world|society|children|kids|teenagers|students|parents|"
    r"families|generation|consumers|workers|women|men|people|computers|technology|culture|"
    r"economy|standards|politics|media|cars|homes|schools|era)\b",
    re.IGNORECASE,
)
_GENERIC_BEFORE = re.compile(
    r"\bthe\s+(?:people|world|children|leaders|cars|companies|industry|technology|workers|"
    r"consumers|youth|cities|jobs|families|generation|economy|society|schools)\s+of\s+$",
    re.IGNORECASE,
)


def _is_generic_day(m: re.Match, ctx: Context) -> bool:
    if _GENERIC_AFTER.match(ctx.text, m.end()):
        return True
    return bool(_GENERIC_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()))


_SOON_AFTER = re.compile(r"\s+(?:will|would)\b", re.IGNORECASE)
_SOON_BEFORE = re.compile(r"\b(?:will|would|may|might|could|should|can|to|'ll)\s+$", re.I)


def _soon_is_future(m: re.Match, ctx: Context) -> bool:
    """`may soon seek`, `soon will begin`; not `as soon as`, not `was soon released`."""
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    return bool(_SOON_BEFORE.search(before) or _SOON_AFTER.match(ctx.text, m.end()))


_RELATION = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "this": 0, "current": 0,
    "same": 0, "next": 1, "coming": 1, "this past": -1, "this coming": 1,
}  # fmt: skip


def relative(m: re.Match, ctx: Context) -> Found | None:
    rel = _words(m["rel"]).removeprefix("the ")
    unit = _words(m["unit"])
    if unit == "fortnight":  # "over the last fortnight": two weeks, no calendar unit
        return "DURATION", "P2W", None
    relation = {-1: "last", 0: "this", 1: "next"}[_RELATION[rel]]
    told = m["rel"].lower().startswith("the") and ctx.last_year is not None
    if told and unit in SEASON_CODES and rel in ("next", "previous", "prior", "same"):
        # "in 2009 ... the next spring": after the year last named
        return "DATE", _season_after_named(ctx, SEASON_CODES[unit], rel), None
    if rel in ("previous", "prior") and m["rel"].lower().startswith("the"):
        return _previous(ctx, unit)
    if rel == "same" and (same := _same_as_named(ctx, unit)):
        return "DATE", same, None
    if rel == "next" and m["rel"].lower().startswith("the") and (after := _after_named(m, ctx)):
        return "DATE", after, None
    if rel == "next" and told and is_month(unit):  # "in May 2003 ... the next March"
        return _month_after_named(ctx, m.start(), month_number(unit))
    if unit in WEEKDAYS:
        return "DATE", resolve.weekday(ctx, m.start(), weekday_number(unit), relation), None
    if is_month(unit):
        relation = "past" if rel in ("past", "this past", "previous", "prior") else relation
        return "DATE", resolve.month(ctx, m.start(), month_number(unit), relation), None
    if unit in SEASON_CODES:
        return "DATE", resolve.season(ctx, m.start(), SEASON_CODES[unit], relation), None
    if unit == "weekend" and relation == "this":
        ref = ctx.reference
        if rel == "this" and ref and ref.weekday() >= 5:
            return "DATE", fmt("weekend", ref), None  # said on a Saturday: the one it is in
        if rel == "this" and ref and ref.weekday() < 5 and not resolve.told_in_past(ctx, m.start()):
            return "DATE", fmt("weekend", ref), None  # "could bring relief this weekend"
        return "DATE", _the_weekend(ctx, m.start()), None
    if (
        unit in ("decade", "century")
        and rel != "this"
        and (rel == "past" or _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()))
    ):
        # "over the past decade", "spent the past decade": the ten years up to now, not the
        # 1980s ("the last decade" alone may be the one before)
        return "DURATION", "P10Y" if unit == "decade" else "P100Y", None
    return "DATE", _unit_value(ctx.reference, unit, _RELATION[rel]), None


_SPAN_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within)\s+$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)


def _after_named(m: re.Match, ctx: Context) -> str | None:
    """`in 1990 ... The next year`, `in March 2015 ... the next month`: after the time last
    named, as "the following year" is; "over / in the next year" is from now."""
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if _SPAN_BEFORE.search(before) or _IN_BEFORE.search(before):
        return None
    unit = _words(m["unit"])
    if unit == "year" and ctx.last_year is not None and ctx.reference:
        return f"{ctx.last_year + 1:04d}" if ctx.last_year < ctx.reference.year else None
    if unit == "month" and (month := ctx.last_named_month()):
        return fmt("month", shift(month, "month", 1))
    if unit == "week" and ctx.last_precision == "day" and resolve.last_in_sentence(ctx, m.start()):
        # "pass it by Sept. 24, with the Senate following the next week"
        return fmt("week", ctx.last_day + dt.timedelta(weeks=1))
    return None


def _same_as_named(ctx: Context, unit: str) -> str | None:
    """`on July 2 ... the same week`: the week, month or year of the time last named."""
    if unit == "week" and ctx.last_day is not None:
        return fmt("week", ctx.last_day)
    if unit == "month" and (month := ctx.last_named_month()):
        return fmt("month", month)
    if unit == "year" and ctx.last_year is not None:
        return f"{ctx.last_year:04d}"
    return None


def _weekday_near_named(ctx: Context, start: int, number: int) -> str:
    """`that Saturday`: the one within three days of the day last named, else as a weekday."""
    if ctx.last_day is None:
        return resolve.weekday(ctx, start, number)
    offset = (number - ctx.last_day.weekday() + 3) % 7 - 3
    return (ctx.last_day + dt.timedelta(days=offset)).isoformat()


def _month_of_named(ctx: Context, start: int, number: int) -> Found:
    """`That June`: the month in the year last named, else as a month alone."""
    if ctx.last_year is None:
        return "DATE", resolve.month(ctx, start, number), None
    return "DATE", f"{ctx.last_year:04d}-{number:02d}", None


def _month_after_named(ctx: Context, start: int, number: int) -> Found:
    """`the following January`, `the next March`: the first one after the time last named."""
    if ctx.last_year is None:
        return "DATE", resolve.month(ctx, start, number, "next"), None
    later = ctx.last_precision == "year" or number <= ctx.last_month
    return "DATE", f"{ctx.last_year + later:04d}-{number:02d}", None


def _season_after_named(ctx: Context, code: str, rel: str) -> str:
    """`the next spring`, `that summer`: the season after, before or of the time last named."""
    year, month = ctx.last_year, ctx.last_month if ctx.last_precision != "year" else None
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    if rel == "same":
        return f"{year:04d}-{code}"
    if rel == "next":
        return f"{year + (0 if month is not None and first > month else 1):04d}-{code}"
    return f"{year - (0 if month is not None and first + 2 < month else 1):04d}-{code}"


def _previous(ctx: Context, unit: str) -> Found:
    """`the previous Friday`, `the prior year`: before the time last spoken of."""
    if unit in WEEKDAYS:
        anchor = ctx.anchor_day()
        if anchor is None:
            return "DATE", f"XXXX-WXX-{weekday_number(unit) + 1}", None
        back = (anchor.weekday() - weekday_number(unit)) % 7 or 7
        return "DATE", (anchor - dt.timedelta(days=back)).isoformat(), None
    if unit in ("year", "fiscal year") and ctx.last_year is not None:
        return "DATE", f"{ctx.last_year - 1:04d}", None
    if unit == "month" and (month := ctx.last_named_month()):
        return "DATE", fmt("month", shift(month, "month", -1)), None
    if unit in ("day", "week", "month") and ctx.last_day is not None:
        return "DATE", fmt(unit, shift(ctx.last_day, unit, -1)), None
    return "DATE", _unit_value(ctx.reference, unit, -1), None


def _unit_value(ref: dt.date | None, unit: str, offset: int) -> str:
    """`last week`, `next year`: the unit containing the reference, moved by `offset`."""
    unit = "year" if unit == "fiscal year" else unit
    if unit == "weekend":
        return _weekend(ref, offset)
    if unit in ("decade", "century"):
        if ref is None:
            return "XXX" if unit == "decade" else "XX"
        moved = shift(ref, unit, offset)
        return f"{moved.year // 10:03d}" if unit == "decade" else f"{moved.year // 100:02d}"
    if unit == "week" and ref is not None and ref.weekday() == 6 and offset <= 0:
        # on a Sunday, "last week" is the one ending that day, "this week" the one ahead;
        # "next week" is still the one starting tomorrow
        ref += dt.timedelta(days=1)
    day = shift(ref, unit, offset) if ref else None
    return fmt(unit, day)


def _weekend(ref: dt.date | None, offset: int) -> str:
    if ref is None:
        return "XXXX-WXX-WE"
    # Before Saturday, "the weekend" in the past is the one just gone.
    if offset == 0 and ref.weekday() < 5:
        offset = -1
    return fmt("weekend", ref + dt.timedelta(weeks=offset))


_AWARD_BEFORE = re.compile(
    r"\b(?:man|woman|person|player|coach|rookie|athlete|manager|executive|car|song|album|"
    r"record|book|word|team|driver|pitcher|artist|entertainer|newsmaker)\s+of\s+$",
    re.IGNORECASE,
)
# "the year of the rooster", "the Year of the Woman": a year named for something, no date
_NAMED_YEAR = re.compile(
    r"(?i:\s+of\s+the\s+(?:rat|ox|tiger|rabbit|dragon|snake|horse|goat|sheep|monkey|rooster|"
    r"dog|pig)\b)|(?<=[a-z] Year)\s+of\s+(?:the\s+)?[A-Z]"
)
# "the Year 6 football team", "year 11 pupils": a school year, a class, no date
_SCHOOL_YEAR = re.compile(
    r"(?<=Year)\s+\d{1,2}\b|"
    r"\s+\d{1,2}\s+(?:pupils|students|children|class|classes|teachers?|exams?|girls|boys)\b"
)


def bare_unit(m: re.Match, ctx: Context) -> Found | None:
    """`the year`, `the week`, `that year`: the unit of the reference, or the last one named."""
    unit = m["unit"].lower()
    if unit == "year" and _AWARD_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "player of the year", "Time's Person of the Year": a title
    if unit == "year" and (
        _NAMED_YEAR.match(ctx.text, m.end()) or _SCHOOL_YEAR.match(ctx.text, m.end())
    ):
        return None
    if unit == "year" and re.match(r"\s+(?:ended|ending)\b", ctx.text[m.end() : m.end() + 9]):
        return "DURATION", "P1Y", None  # "the year ended Sept. 30": a reporting period
    if unit == "weekend":
        return "DATE", _the_weekend(ctx, m.start()), None
    if unit == "year" and (told := resolve.told_year(ctx, m.start(), carried=False)):
        return "DATE", f"{told:04d}", None  # "In 2020 it cut jobs, but by the end of the year"
    if unit == "year" and "full" in m[0].lower() and ctx.last_quarter and ctx.last_quarter[1] == 4:
        # "fourth-quarter profit rose ... For the full year": the year that quarter ends
        return "DATE", f"{ctx.last_quarter[0]:04d}", None
    return "DATE", fmt(unit, ctx.reference), None


def _the_weekend(ctx: Context, start: int) -> str:
    """`the weekend`, `this weekend`: the one just gone, or in a future clause the coming one."""
    ref = ctx.reference
    ahead = resolve.looks_ahead(ctx, start)  # "could wait until the weekend"
    if ref is not None and ref.weekday() < 5 and ahead:
        return fmt("weekend", ref)  # "ahead of the weekend": this week's
    return _weekend(ref, 1 if ahead else 0)


def new_year(m: re.Match, ctx: Context) -> Found | None:
    """`in the new year`: said late in a year, the next; early in one, that one."""
    ref = ctx.reference
    if ref is None or 3 <= ref.month <= 9:
        return None  # in mid-year "the new year" is more likely a fiscal or a school year
    return "DATE", f"{ref.year + (1 if ref.month >= 10 else 0):04d}", None


def year_end(m: re.Match, ctx: Context) -> Found | None:
    return "DATE", fmt("year", ctx.reference), "END"


def anaphoric(m: re.Match, ctx: Context) -> Found | None:
    """`the next day`, `that year`: against the last day named, else the reference."""
    if m["month"]:
        return _month_of_named(ctx, m.start(), month_number(m["month"]))
    if m["month2"]:
        return _month_after_named(ctx, m.start(), month_number(m["month2"]))
    if m["wday"]:
        return "DATE", _weekday_near_named(ctx, m.start(), weekday_number(m["wday"])), None
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    direction = (m["dir"] or m["dir3"] or "same").lower()
    steps = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
    step = steps.get(direction, 0)
    if m["unit"] and unit in SEASON_CODES:  # "in late 2020 ... the following spring"
        rel = {1: "next", -1: "previous", 0: "same"}[step]
        if ctx.last_year is None:
            return "DATE", resolve.season(ctx, m.start(), SEASON_CODES[unit]), None
        return "DATE", _season_after_named(ctx, SEASON_CODES[unit], rel), None
    if unit == "year" and ctx.last_year is not None:  # "in June 1998 ... later that year"
        return "DATE", f"{ctx.last_year + step:04d}", None
    if unit == "month" and (month := ctx.last_named_month()):  # "in August ... that month"
        return "DATE", fmt("month", shift(month, "month", step)), None
    if unit == "week" and ctx.last_precision == "week" and ctx.last_week:
        # "96 cases last week, up from 41 the week before"
        return "DATE", fmt("week", shift(ctx.last_week, "week", step)), None
    anchor = ctx.anchor_day()
    if m["unit2"] and unit in SEASON_CODES:  # "that summer": of the year last named
        if ctx.last_year is None:
            return "DATE", resolve.season(ctx, m.start(), SEASON_CODES[unit]), None
        return "DATE", _season_after_named(ctx, SEASON_CODES[unit], "same"), None
    if m["unit2"] and unit in PART_OF_DAY:  # "that evening": of the day last named
        return "TIME", fmt("day", anchor) + PART_CODES[unit], None
    if unit in PART_OF_DAY:  # "the next morning" is that day
        unit = "day"
    day = shift(anchor, unit, step) if anchor else None
    return "DATE", fmt(unit, day), None


def same_time(m: re.Match, ctx: Context) -> Found | None:
    ref = ctx.reference
    step = -1 if m["rel"].lower() == "last" else 1
    return "DATE", fmt("day", shift(ref, m["unit"].lower(), step) if ref else None), None


def year_ago(m: re.Match, ctx: Context) -> Found | None:
    """`year-ago results`: last year, or the same quarter last year in a results story."""
    found = _year_ago_quarter(m, ctx)
    if found:
        return found
    ref = ctx.reference
    return "DATE", fmt("year", shift(ref, "year", -1) if ref else None), None


_AGO_PRECISION = {
    "day": "day", "night": "day", "week": "week", "fortnight": "week", "month": "month",
}  # fmt: skip


_SHORT_UNITS = {"day": "D", "week": "W"}
_UNIT_STEPS = {"decade": ("year", 10), "century": ("year", 100), "fortnight": ("week", 2)}


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def ago(m: re.Match, ctx: Context) -> Found | None:
    unit = unit_name(m["unit"])
    count = parse_number(m["num"])
    direction = m["dir"].lower().split()[0]
    sign = 1 if direction in ("later", "from", "hence", "after") else -1
    if count is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    anchor = ctx.anchor_day() if direction in ("later", "before", "after") else ctx.reference
    if m["base"] and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()):
        # "halt it for a week from Monday": a length
        return "DURATION", length_value(count, unit), _mod(m["mod"])
    if m["base"] and ctx.reference:  # "a week from Tuesday": from the coming Tuesday
        base_day = m["base"].lower()
        if base_day in _DAY_OFFSETS:
            anchor = ctx.reference + dt.timedelta(days=_DAY_OFFSETS[base_day])
        else:
            anchor = dt.date.fromisoformat(
                resolve.weekday(ctx, m.start(), weekday_number(base_day), "next")
            )
    if direction in ("later", "earlier") and unit in _SHORT_UNITS and count == int(count):
        # TimeBank: "three days later" is a length ("later" is a signal), "a year later" a date
        return "DURATION", f"P{int(count)}{_SHORT_UNITS[unit]}", _mod(m["mod"])
    base, factor = _UNIT_STEPS.get(unit, (unit, 1))
    if m["today"] and ctx.reference and count == int(count):  # "a year ago today"
        return "DATE", fmt("day", shift(ctx.reference, base, -int(count) * factor)), None
    if unit == "year" and count == 1 and direction in ("ago", "earlier"):
        found = _year_ago_quarter(m, ctx) or _year_ago_month(m, ctx)
        if found:
            return found
    precision = _AGO_PRECISION.get(unit, "quarter" if unit == "quarter" else "year")
    if m["base"] and unit in ("day", "week"):
        precision = "day"  # "a week from Tuesday" is that day
    if _from_period_named(ctx, m, direction, base, count):
        # "elected in 1987 and re-elected four years later": from the year last named
        named = dt.date(ctx.last_year, ctx.last_month, 1)
        moved = shift(named, base, sign * int(count) * factor)
        return "DATE", fmt(precision, moved), _mod(m["mod"])
    if anchor is None or count != int(count):
        return "DATE", fmt(precision, None), _mod(m["mod"])
    return "DATE", fmt(precision, shift(anchor, base, sign * int(count) * factor)), _mod(m["mod"])


_YEAR_IN_SENTENCE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _from_period_named(ctx: Context, m: re.Match, direction: str, base: str, count: float):
    """Whether "N years later" counts from the year (or month) named last rather than the
    reference: "later" after one; "earlier" only after a year named in the same sentence."""
    # a season or quarter counts as its year: "closed in the summer of 1997 ... two years later"
    named = {"year": ("year",), "quarter": ("year",), "month": ("year", "month")}
    named = named.get(ctx.last_precision, ())
    if base not in named or count != int(count):
        return False
    if direction == "later":
        return True
    if direction != "earlier":
        return False
    text, start = ctx.text, m.start()
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return bool(_YEAR_IN_SENTENCE.search(text, left, start))


def _year_ago_quarter(m: re.Match, ctx: Context) -> Found | None:
    """In a quarterly-results sentence, "a year ago" is the same quarter a year before."""
    if ctx.last_quarter is None or ctx.period == "year":
        return None  # "in the first nine months ... a year earlier" is last year
    if not ctx.is_financial(m.start(), m.end()):
        return None
    year, number = ctx.last_quarter
    return "DATE", f"{year - 1:04d}-Q{number}", None


def _year_ago_month(m: re.Match, ctx: Context) -> Found | None:
    """`sales fell in September from a year earlier`: the month named, a year before."""
    if ctx.last_precision != "month" or ctx.last_year is None or ctx.last_year < 2:
        return None
    if resolve.SENTENCE_END.search(ctx.text, ctx.last_end, m.start()):
        return None
    return "DATE", f"{ctx.last_year - 1:04d}-{ctx.last_month:02d}", None


_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "EQUAL_OR_LESS", "almost": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "barely": "EQUAL_OR_LESS",
}  # fmt: skip


def _mod(word: str | None) -> str | None:
    return _MODS.get(_words(word)) if word else None


def month_offset(ref: dt.date, months: int) -> dt.date:
    return add_months(ref, months)

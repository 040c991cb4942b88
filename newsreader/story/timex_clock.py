"""Rules for clock times ("3 p.m.", "noon Saturday", "10:35 a.m. (0735 GMT) Friday",
"six o'clock last night"), the clock read and the day it falls on, named or told by its
story; and for parts of a day ("Tuesday night", "tonight", "overnight", "the morning")."""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story import timex_resolve as resolve
from newsreader.story.timex_calendar import fmt
from newsreader.story.timex_context import Context
from newsreader.story.timex_lex import (
    DAY_NUM,
    HOUR_WORDS,
    MONTH,
    ONES,
    PART_CODES,
    SPOKEN_DAY,
    WEEKDAY,
    WEEKDAYS,
    after_words,
    day_ordinal,
    month_number,
    weekday_number,
)
from newsreader.story.timex_memory import RECENT_DAYS, clock_day, coming_clock_day, speech_day
from newsreader.story.timex_relative import _DAY_OFFSETS, _words

Found = tuple[str, str, str | None]

_SPOKEN_MINUTES = {"fifteen": 15, "thirty": 30, "forty-five": 45}

_PART_OF_TODAY = (
    r"this\s+(?:morning|afternoon|evening)|tonight|last\s+night|"
    r"in\s+the\s+(?:morning|afternoon|evening)"
)
# "at eleven o'clock yesterday morning", "at 7 o'clock Friday evening": a part of a named day
_PART_OF_DAY_NAMED = rf"(?:yesterday|tomorrow|{WEEKDAY})\s+(?:morning|afternoon|evening|night)"

_CLOCK_AFTER = after_words("at", "by", "from", "until", "till", "to", "before", "after")
# what follows a number that counts ("five to ten years", "ten past nine thousand")
_COUNTED = (
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|per|percent|points?|"
    r"thousand|hundred|million|people|of|and|or|%)"
)
_CLOCK = (
    rf"(?:(?:(?P<h>\d{{1,2}})(?:[:.](?P<min>[0-5]\d))?\s*|"
    rf"\b(?P<hw>{HOUR_WORDS})(?:-(?P<mw>fifteen|thirty|forty-five))?\s+(?=[ap]\.))"
    r"(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b)|"
    # "at 9:02 this morning", "at five-thirty this morning": the part of the day says a.m.
    # "at seven o'clock this morning", "2:30 in the morning", "six o'clock last night"
    rf"(?:(?P<ph>\d{{1,2}})(?::(?P<pmin>[0-5]\d)|\s+o'clock)|\b(?P<phw>{HOUR_WORDS})"
    rf"(?:-(?P<pmw>fifteen|thirty|forty-five)|\s+o'clock))"
    rf"(?=\s+(?:{_PART_OF_TODAY})\b|(?<=o'clock)\s+(?:{_PART_OF_DAY_NAMED})\b)|"
    r"(?P<noon>\bnoon|\bmidnight|\bmidday)\b|(?P<h24>[01]\d|2[0-3]):?(?P<m24>[0-5]\d)\s+(?-i:GMT|UTC)|"
    # "kick-off at 19:45", "by 14:30 on Friday": a clock of 24 hours after its preposition
    rf"{_CLOCK_AFTER}(?P<h24b>[01]?\d|2[0-3]):(?P<m24b>[0-5]\d)(?![\d:]|\.\d|\s*[ap]\.?\s?m\b)|"
    # "at half past nine this morning", "quarter to ten tonight": the part of the day says
    # which side of noon; without one, the hour as said ("the march stepped off at nine
    # o'clock", "gates open at half past twelve")
    rf"\b(?P<rel>half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+(?P<dir>past|to)\s+"
    rf"(?P<rh>{HOUR_WORDS}|1[0-2]|[1-9])\b(?![\s-]*(?:[ap]\.?\s?m\b|{_COUNTED}))|"
    rf"\b(?P<oh>{HOUR_WORDS}|1[0-2]|[1-9])\s+o'clock\b(?!\s+(?-i:News|Show|Edition)))"
)

TIME = (
    rf"(?:(?P<approx>around|about|approximately|roughly)\s+)?{_CLOCK}"
    rf"(?:\s+(?-i:[ECMP][SD]?T|GMT|UTC|BST|CES?T|[Ll]ocal\s+time|"
    r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime))?"
    rf"(?:,?\s+(?P<when>{WEEKDAY}(?:,?\s+(?P<mon2>{MONTH})\s*(?P<day2>{DAY_NUM}))?|"
    rf"today|yesterday|tomorrow|{_PART_OF_TODAY}|"
    rf"(?P<mon>{MONTH})\s*(?P<day>{DAY_NUM})(?:,\s*(?P<year>(?:19|20)\d\d)\b)?))?"
    # "at 2 a.m. Sunday morning": the part of the day the clock is in
    r"(?:(?<=day|row)\s+(?:morning|afternoon|evening|night)\b)?"
)


def clock_time(m: re.Match, ctx: Context) -> Found | None:
    if m["noon"] and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6) : m.start()], re.I):
        return None  # "high noon comes today": an idiom
    if (
        m["rh"]
        and not m["when"]
        and not _CLOCK_CUE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "ten to one against": odds, not "at ten to one"
    clock = _clock(m, morning=bool((m["rh"] or m["oh"]) and _morning_near(m, ctx)))
    if clock is None:
        return None
    named = _named_day(m, ctx)
    if named is None and _on_schedule(m, ctx):
        return "TIME", f"XXXX-XX-XXT{clock}", None  # "open daily from 8am to 5pm"
    day = named or _part_day(ctx, clock, _story_day(m, ctx))
    if clock < "06" and not named and ctx.evening_of and ctx.evening_of.isoformat() == day:
        # "Polls closed at 7 p.m. ... not called until after 1 a.m.": the night ran on
        day = (ctx.evening_of + dt.timedelta(days=1)).isoformat()
    mod = "APPROX" if m["approx"] else None
    if clock == "24:00" and _AFTER_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start()):
        return "TIME", _after_midnight(m, ctx, day), mod
    return "TIME", f"{day}T{clock}", mod


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)
_CLOCK_CUE = re.compile(
    r"\b(?:at|by|until|till|before|after|about|around|from|since|it's|it\s+is|gone)\s+$", re.I
)

# the hours of the parts of a day, from 5 a.m. (the small hours count as 24 to 29)
_PART_HOURS = {"TMO": (5, 12), "TAF": (12, 18), "TEV": (17, 22), "TNI": (20, 29)}


def _part_day(ctx: Context, clock: str, day: str) -> str:
    """ "conceded Wednesday afternoon ... after the polls closed Tuesday night ... called her
    at 2:40 p.m.": a clock time that no part named for its day holds falls on the day after,
    when a part named for that day holds it (the small hours of its night, the day after)."""
    small = clock < "05"
    hour = int(clock[:2]) + (24 if small else 0)
    holds = {part for part, (low, high) in _PART_HOURS.items() if low <= hour < high}
    mine = {part for part, named in ctx.day_parts.items() if named.isoformat() == day}
    if not mine or mine & holds:
        return day
    after = dt.date.fromisoformat(day) + dt.timedelta(days=1)
    later = {
        named + dt.timedelta(days=small and part == "TNI")
        for part, named in ctx.day_parts.items()
        if part in holds and named == after
    }
    return later.pop().isoformat() if len(later) == 1 else day


# A clock time of every day named near it: "open daily from 8am to 5pm", "watering between
# 6am and 8am on Tuesdays", "a second flight each day, leaving at 4:50 p.m."
_RECURRING = re.compile(
    r"\b(?:daily|nightly|every\s+(?:day|night|morning|afternoon|evening|weekday)|"
    r"each\s+(?:day|night|morning|afternoon|evening)|(?:times|twice|once)\s+a\s+day\b|"
    r"weekdays|weeknights|(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))",
    re.IGNORECASE,
)

_NEAR = 40  # characters either side, within the sentence


# a curfew's hours: "a curfew from 8 p.m. to 6 a.m.", "runs from 10pm to 4am"
_CURFEW = re.compile(r"\bcurfews?\b", re.IGNORECASE)

_RANGE_BEFORE = re.compile(
    r"\b(?:from|between)\s+(?:\S+(?:\s+[ap]\.?m\.?)?\s+(?:to|and|until)\s+)?$"
)


def _on_schedule(m: re.Match, ctx: Context) -> bool:
    text, first = ctx.text, ctx.sentence_start(m.start())
    ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
    right = min([*ends, m.end() + _NEAR])
    if _RECURRING.search(text, max(first, m.start() - _NEAR), right):
        return True
    sentence = text[first : min(ends, default=len(text))]
    before = text[max(0, m.start() - 24) : m.start()]
    return bool(_CURFEW.search(sentence) and _RANGE_BEFORE.search(before))


def _after_midnight(m: re.Match, ctx: Context, day: str) -> str:
    """`shortly after midnight`: the first hour of the day after the one the story names
    ("talks went on Monday ... resumed after midnight"); told in the past, no later than
    the story's own day ("was arrested shortly after midnight")."""
    if m["when"] and day[:4].isdigit() and m["when"].split()[0].lower() in WEEKDAYS:
        return f"{day}T00:00"  # "shortly after midnight Saturday": Saturday's first hour
    if m["when"] or not day[:4].isdigit():
        return f"{day}T24:00"
    past = resolve.past_in_sentence(ctx, m.start())
    after = dt.date.fromisoformat(day) + dt.timedelta(days=0 if past and not ctx.last_day else 1)
    if past and ctx.reference and after > ctx.reference:
        after = ctx.reference
    return f"{after.isoformat()}T00:00"


def _clock(m: re.Match, morning: bool = False) -> str | None:
    if m["noon"]:
        return "12:00" if m["noon"].lower() in ("noon", "midday") else "24:00"
    if m["h24"] or m["h24b"]:
        return f"{int(m['h24'] or m['h24b']):02d}:{m['m24'] or m['m24b']}"
    if m["rh"] or m["oh"]:
        return _told_clock(m, morning)
    digits, word = m["h"] or m["ph"], m["hw"] or m["phw"]
    hour = int(digits) if digits else int(ONES[word.lower()])
    spoken = (m["mw"] or m["pmw"] or "").lower()
    minute = int(m["min"] or m["pmin"] or _SPOKEN_MINUTES.get(spoken, 0))
    if not 1 <= hour <= 12:
        return None
    ampm = (m["ampm"] or "").lower()
    # "9:02 this morning", "five-thirty tonight": without a.m. or p.m., the part of the day
    # says which side of noon
    after_noon = ampm.startswith("p") if ampm else not m[0].lower().endswith("morning")
    if after_noon and hour != 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


_PAST_MINUTES = {
    "half": 30, "quarter": 15, "a quarter": 15, "five": 5, "ten": 10, "twenty": 20,
    "twenty-five": 25,
}  # fmt: skip


_AFTERNOON_UNTIL = 7  # a spoken hour up to seven, with no part of the day, is after noon
_MORNING_NEAR = re.compile(r"\b(?:dawn|daybreak|sunrise|morning|breakfast|a\.m\.|am)\b", re.I)


def _morning_near(m: re.Match, ctx: Context) -> bool:
    """The part of the day a spoken hour is in, told near it: "the dawn service ... by a
    quarter past four"."""
    near = ctx.text[max(ctx.sentence_start(m.start()) - 120, 0) : m.end() + 40]
    return bool(_MORNING_NEAR.search(near))


def _told_clock(m: re.Match, morning: bool) -> str:
    """ "half past nine this morning", "quarter to ten tonight", "nine o'clock" on a
    24-hour clock: after noon when the part of the day says so, else the hour as said."""
    said = m["rh"] or m["oh"]
    hour = int(said) if said.isdigit() else int(ONES[said.lower()])
    minutes = _PAST_MINUTES[" ".join(m["rel"].lower().split())] if m["rh"] else 0
    if m["rh"] and m["dir"].lower() == "to":
        hour, minutes = hour - 1, 60 - minutes
    told = m[0].lower()
    if m["when"] and not told.endswith("morning") and hour < 12:
        hour += 12
    elif not m["when"] and 1 <= hour <= _AFTERNOON_UNTIL and not morning:
        hour += 12  # "at three o'clock", "the next news at seven o'clock": afternoon hours
    return f"{hour % 24:02d}:{minutes:02d}"


def _named_day(m: re.Match, ctx: Context) -> str | None:
    """The day a clock time names or is followed by: "5 p.m. Nov. 6", "six o'clock last
    night", "at 10 a.m. on Thursday"; None when it names none."""
    when = (m["when"] or "").lower().split(",")[0].split()[0] if m["when"] else ""
    ref = ctx.reference
    if m["mon"] or m["mon2"]:  # "5 p.m. Nov. 6", "10 a.m. Friday, Dec. 6"
        number = month_number(m["mon"] or m["mon2"])
        day = int(re.sub(r"\D", "", m["day"] or m["day2"]))
        if m["year"]:  # "2:40 a.m. on Oct. 3, 2011"
            return f"{m['year']}-{number:02d}-{day:02d}"
        return resolve.month_day(ctx, m.start(), number, day) or "XXXX-XX-XX"
    if when in ("this", "tonight"):
        return fmt("day", ref)
    if when == "last":  # "six o'clock last night"
        return fmt("day", ref - dt.timedelta(days=1) if ref else None)
    if when == "in":  # "2:30 in the morning": of the day being told
        return fmt("day", ctx.anchor_day())
    if when in _DAY_OFFSETS:
        return fmt("day", ref + dt.timedelta(days=_DAY_OFFSETS[when]) if ref else None)
    if when:
        return resolve.weekday(ctx, m.start(), weekday_number(when))
    later = _DAY_AFTER.match(ctx.text, m.end())
    if later:  # "at 10:35 a.m. (0735 GMT) Friday"
        return resolve.weekday(ctx, m.start(), weekday_number(later["wd"]))
    if on := _ON_DAY_AFTER.match(ctx.text, m.end()):
        # "at 10 a.m. on Thursday": the day is an expression of its own, the clock on it
        if on["wd"]:
            return resolve.weekday(ctx, m.start(), weekday_number(on["wd"]))
        month = month_number(on["mon"] or on["mon2"] or on["mon3"])
        day = day_ordinal(on["sday"]) if on["sday"] else int(on["day"] or on["day2"])
        if on["year"]:
            return f"{on['year']}-{month:02d}-{day:02d}"
        return resolve.month_day(ctx, m.start(), month, day) or "XXXX-XX-XX"
    return None


def _story_day(m: re.Match, ctx: Context) -> str:
    """The day of a clock time that names none, from what its sentence and story tell."""
    ref = ctx.reference
    if _NOTE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return fmt("day", ref)  # "This story was updated at 5:45 p.m.": the story's own day
    if _TRADING_AFTER.match(ctx.text, m.end()):
        return fmt("day", ref)  # "rose to $32.40 at 11:45 a.m. in composite trading": today's
    future = ctx.is_future(m.start())
    if ref and future and (ctx.anchor_day() or ref) < ref:
        return fmt("day", ref)  # "the payrolls report, due at 1230 GMT": not a day gone by
    # "He was shot at 10 p.m.": told in the past, on the day the story last told something
    # happened ("convicted on Tuesday ... sentencing is set for Sept. 27 ... the verdict was
    # read shortly after 4:30 p.m."), else the day last named, else the reference
    if ref and not future and resolve.past_in_sentence(ctx, m.start()):
        return fmt("day", clock_day(ctx))
    return fmt("day", coming_clock_day(ctx))


_ON_DAY_AFTER = re.compile(
    rf"\s+on\s+(?:(?P<wd>{WEEKDAY})\b(?!,?\s+(?:{MONTH}|\d))|(?:{WEEKDAY},?\s+)?(?:(?P<mon>{MONTH})\s*"
    r"(?P<day>\d{1,2})\b|"
    # "at 2am on Sunday 1 October", "at half past nine on the fourth of March"
    rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH})|"
    rf"the\s+(?P<sday>{SPOKEN_DAY})\s+of\s+(?P<mon3>{MONTH}))(?:,?\s*(?P<year>(?:19|20)\d\d)\b)?)"
)

_TRADING_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}in\s+(?:[\w.&-]+\s+){0,5}trading\b")


_NOTE_BEFORE = re.compile(r"\b(?:updated|posted|published|modified|corrected)\b[^.;]*$", re.I)

_DAY_AFTER = re.compile(rf"\s*\([^()]{{1,24}}\)\s*(?:on\s+)?(?P<wd>{WEEKDAY})\b", re.IGNORECASE)


PART_OF_DAY_RE = (
    rf"\b(?:(?P<day>{WEEKDAY}|today|yesterday|tomorrow|this|last|early\s+this|late\s+last)(?:'s)?"
    rf"\s+(?P<part>morning|afternoon|evening|night)|(?P<tonight>tonight|overnight)|"
    # "by mid afternoon", "(dealers bought) in the morning": of the day being told
    r"(?P<edge>mid|late|early)[\s-]?(?P<part2>morning|afternoon|evening)|"
    # "worked through the night", "into the evening": of the day being told
    r"(?:(?<=\bin\s)|(?<=\bthrough\s)|(?<=\bduring\s)|(?<=\binto\s))"
    r"the\s+(?P<part3>morning|afternoon|evening|night)|"
    # "shares fell in morning trading", "in afternoon trade": the story's day's session
    r"(?<=\bin\s)(?P<session>morning|afternoon)(?=\s+trad(?:e|ing)\b))\b"
)


def _past_background(ctx: Context, day: dt.date | None, start: int) -> dt.date | None:
    """ "By early evening a crowd had gathered", after a background paragraph on February's
    events: the story's own day (the first it names, if recent), not the long-gone one."""
    ref = ctx.reference
    if not (ref and day and (ref - day).days > RECENT_DAYS):
        return day
    if "\n" not in ctx.text[ctx.last_end : start]:
        return day
    first = ctx.first_day
    return first if first and (ref - first).days <= RECENT_DAYS else ref


def part_of_day(m: re.Match, ctx: Context) -> Found | None:
    ref = ctx.reference
    if m["tonight"]:
        if m["tonight"].lower() == "overnight":
            return _overnight(m, ctx)
        return "TIME", fmt("day", speech_day(ctx, m.start())) + "TNI", None
    if m["session"]:
        return "TIME", fmt("day", ref) + PART_CODES[m["session"].lower()], None
    if m["part2"] or m["part3"]:
        edge = {"early": "START", "late": "END", "mid": "MID"}.get((m["edge"] or "").lower())
        part = PART_CODES[(m["part2"] or m["part3"]).lower()]
        day = _past_background(ctx, ctx.anchor_day(), m.start())
        if not ctx.last_day and ref and part == "TNI" and _past_here(ctx, m.start()):
            day = ref - dt.timedelta(days=1)  # "crews worked through the night": last night
        return "TIME", fmt("day", day) + part, edge
    word = _words(m["day"])
    part = PART_CODES[m["part"].lower()]
    if word in _DAY_OFFSETS:
        return "TIME", fmt("day", speech_day(ctx, m.start(), _DAY_OFFSETS[word])) + part, None
    if word.endswith("this"):
        return "TIME", fmt("day", speech_day(ctx, m.start())) + part, None
    if word.endswith("last"):
        if _OWNER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            return None  # "their last night shift", "on the last night of the tour"
        day = ref - dt.timedelta(days=1) if ref else None
        return "TIME", fmt("day", day) + part, None
    # TimeBank annotates "Friday night" as a DATE more often than as a TIME.
    value = resolve.weekday(ctx, m.start(), weekday_number(word))
    return "DATE", value + part, None


_OWNER_BEFORE = re.compile(r"\b(?:the|a|their|his|her|its|my|our|your)\s+$", re.IGNORECASE)


# "rain fell overnight, flooding streets", "Overnight the system moves east": the adverb;
# "overnight shifts", "an overnight stay" name no night
_ADVERB_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:the|a|an|in|on|at|to|and|but|or|from|into|as|when|while|after|"
    r"before|with|by|for|of|across|through|over|until)\b"
)


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"'”’]?)\s*$")


def _past_here(ctx: Context, start: int) -> bool:
    return not ctx.is_future(start) and resolve.past_in_sentence(ctx, start)


def _overnight(m: re.Match, ctx: Context) -> Found | None:
    opens = _OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 4), m.start())
    if not (opens or _ADVERB_AFTER.match(ctx.text, m.end())):
        return None
    ref = ctx.reference
    if ref is None or not _past_here(ctx, m.start()):
        return "TIME", fmt("day", ref) + "TNI", None
    # told in the past: the night before the paper, or of the day the story last told
    # something happened, as for a clock time ("ordered residents to leave Tuesday
    # afternoon ... about 150 stayed there overnight")
    told = clock_day(ctx)
    day = told if told and told < ref - dt.timedelta(days=1) else ref - dt.timedelta(days=1)
    return "TIME", fmt("day", day) + "TNI", None

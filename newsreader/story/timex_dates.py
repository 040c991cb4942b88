"""Rules for calendar dates: explicit dates, months, weekdays, years, decades and seasons
(reporting periods, quarters and halves, are in `timex_periods`; holidays in
`timex_holidays`). Each rule is a pattern and a function
from its match to (type, value, mod), or None to drop the match."""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story import timex_resolve as resolve
from newsreader.story.timex_calendar import add_months, fmt, safe_date
from newsreader.story.timex_context import Context
from newsreader.story.timex_holidays import holiday_named_after, nth_weekday_of
from newsreader.story.timex_lex import (
    DAY_NUM,
    MONTH,
    ORDINALS,
    PART_CODES,
    SEASON,
    SEASON_CODES,
    SPOKEN_DAY,
    SPOKEN_YEAR,
    WEEKDAY,
    YEAR4,
    after_words,
    day_ordinal,
    month_number,
    spoken_year,
    weekday_number,
)

Found = tuple[str, str, str | None]

FULL_DATE = (
    rf"(?:(?P<wd>{WEEKDAY})(?:'s)?,?\s+)?"
    # "March 4", "March the 4th"
    rf"(?:(?P<mon>{MONTH})\s*(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?(?P<day>{DAY_NUM})|"
    rf"(?:the\s+)?(?P<day2>{DAY_NUM})(?:\s+of)?\s+(?P<mon2>{MONTH}))"
    rf"(?:,?\s+(?P<year>{YEAR4})|(?:\s+of)?\s+(?P<that>that|the\s+same)\s+year\b|"
    # "July 1 last year"
    r"\s+(?P<ryear>last|this|next)\s+year\b)?"
)
# "January fifteenth", "August fifteenth, nineteen forty-five", "the fourth of March": dates
# as broadcasters and British writers say them
SPOKEN_DATE = (
    rf"(?:{WEEKDAY},?\s+)?(?:(?P<mon>{MONTH})\s+(?:the\s+)?(?P<sday>{SPOKEN_DAY})|"
    rf"the\s+(?P<sday2>{SPOKEN_DAY})\s+of\s+(?P<mon2>{MONTH})(?!['’]s))"
    rf"(?:,?\s+(?P<year>{YEAR4})|,?\s+(?P<syear>{SPOKEN_YEAR}))?"
)
# "resumed on the 22nd.", "by the 3rd, when": a day of the month the story is in
ORDINAL_DAY = (
    after_words("on", "by", "until", "till", "from", "since", "before")
    + r"the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|at|when|but|with|to|until|through)\b)"
)
# "the week of March 6", "the week of 21 August", "the week ended July 10"
WEEK_OF = (
    rf"\bthe\s+week(?P<weekend>end)?\s+(?:of|ended|ending|beginning|starting)\s+"
    rf"(?:(?P<mon>{MONTH})\s*(?P<day>{DAY_NUM})|(?P<day2>{DAY_NUM})\s+(?P<mon2>{MONTH}))"
    rf"(?:,?\s+(?P<year>{YEAR4}))?"
)
WEEK_IN_MONTH = (
    rf"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+(?:full\s+)?week\s+of\s+"
    rf"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?"
)
# "the second Monday of January", "the last Friday in June 2018"
NTH_WEEKDAY = (
    rf"\bthe\s+(?P<ord>first|second|third|fourth|fifth|last|final)\s+(?P<wd>{WEEKDAY})\s+"
    rf"(?:of|in)\s+(?P<mon>{MONTH})(?!\s*\d{{1,2}}\b)(?:,?\s+(?P<year>{YEAR4}))?"
)
# "by Wednesday of next week"
WEEKDAY_OF_WEEK = rf"\b(?P<wd>{WEEKDAY})\s+of\s+(?P<rel>this|next|last)\s+week\b"
# "April 24 and 25": the second day of a pair, in the month of the first.
SECOND_DAY = rf"(?<=\s)(?P<day>{DAY_NUM})\b(?:,?\s+(?P<year>{YEAR4}))?(?!\s*(?:%|percent))"
_PAIR_YEAR = re.compile(rf"\s+(?:and|or|to|through)\s+{DAY_NUM},?\s+(?P<year>{YEAR4})")
_FIRST_DAY = re.compile(
    rf"(?P<mon>{MONTH})\s*(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{YEAR4}))?\s+(?:and|or|to|through)\s+$",
    re.IGNORECASE,
)
NUMERIC_DATE = (
    r"\b(?:(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)|(?P<a>\d\d?)/(?P<b>\d\d?)/(?P<c>\d{4}))\b"
)
MONTH_YEAR = (
    rf"(?P<mon>{MONTH}),?\s+(?:of\s+)?"
    rf"(?:(?P<year>{YEAR4})|(?P<rel>this|last|next|that|the\s+same)\s+year\b)"
)
_REL = r"(?:(?P<rel>last|this|next|this\s+past|this\s+coming)\s+)?"
MONTH_ALONE = rf"{_REL}(?P<mon>{MONTH})(?!\s*\d)"
# "on Saturday week": British for the Saturday after the coming one
WEEKDAY_ALONE = rf"{_REL}(?P<wd>{WEEKDAY})(?:(?P<week>\s+week\b(?!\s+of\b))|'s)?(?!s\b)"
YEAR_ALONE = (
    rf"(?<![\w$£€.,/])(?<!\d-)(?:(?P<pre>fiscal(?:\s+year)?|FY|the\s+year|calendar)\s*)?"
    rf"(?P<year>{YEAR4})(?![\w-]|\s*(?:%|percent)|[.,]\d)"
)
_CENTURY_WORDS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
CENTURY = (
    rf"(?:the\s+)?(?:(?P<n>1\d|2[01])(?:st|th)|(?P<w>{'|'.join(_CENTURY_WORDS)}))[\s-]century\b"
)
SPOKEN = rf"(?:(?P<mon>{MONTH})\s+)?(?:the\s+year\s+)?(?P<year>{SPOKEN_YEAR})"
DECADE = (
    r"(?:the\s+)?(?:(?P<c>1[5-9]|20)?(?P<d>\d)0s|'(?P<d2>\d)0s|"
    r"(?:nineteen[\s-])?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b"
)


# "by the end of the decade", "in the middle of the decade", "by the end of the century": a
# part of the decade (century) in view
DECADE_PART = r"the\s+(?P<edge>end|middle|start|beginning)\s+of\s+the\s+(?P<unit>decade|century)\b"
_EDGE_MODS = {"end": "END", "middle": "MID", "start": "START", "beginning": "START"}


def decade_part(m: re.Match, ctx: Context) -> Found | None:
    """The decade of the time last named when told in the past ("went public in 2011 and
    grew in the middle of the decade"), else the reference's."""
    year = ctx.reference.year if ctx.reference else None
    if ctx.last_year is not None and resolve.told_in_past(ctx, m.start()):
        year = ctx.last_year
    digits = 3 if m["unit"].lower() == "decade" else 2
    value = f"{year // 10 ** (4 - digits):0{digits}d}" if year is not None else "X" * digits
    return "DATE", value, _EDGE_MODS[m["edge"].lower()]


SEASONS = (
    # "in summer", "by spring": the preposition gates the season but is not part of it
    rf"(?:(?P<det>the|this|last|next|this\s+past|this\s+coming)\s+|"
    r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bthrough\s)|"
    r"(?<=\bsince\s)|(?<=\bduring\s))(?P<bare>))?"
    rf"(?:(?P<part>early|late|mid)[\s-]+)?(?P<s>{SEASON})\b(?:\s+(?:of\s+)?(?P<year>{YEAR4})|"
    # "the fall of last year"
    r"\s+of\s+(?P<ryear>last|this|next)\s+year\b)?"
)
# "May" and "March" are also words: take them alone only after a date preposition.
_MARCH_NAMED = re.compile(r"\s+(?:of\s+(?!(?:19|20)\d\d\b|last\b|this\b|next\b|that\b)|on\s+[A-Z])")
_BARE_MONTH_OK = re.compile(
    r"(?:\b(?:in|since|until|till|through|by|of|from|last|next|this|early|late|mid|during|"
    r"before|after|between|and|to|or|on|past|end|beginning|the|for|as)\s+|mid-)$",
    re.IGNORECASE,
)


def full_date(m: re.Match, ctx: Context) -> Found | None:
    groups = m.groupdict()
    month = month_number(m["mon"] or groups.get("mon2"))
    day = int(re.sub(r"\D", "", m["day"] or groups.get("day2")))
    year = m["year"] or ((pair := _PAIR_YEAR.match(ctx.text, m.end())) and pair["year"])
    if groups.get("that") and ctx.last_year is not None:  # "Sept. 12 of that year"
        year = ctx.last_year
    if groups.get("ryear") and ctx.reference:  # "July 1 last year"
        year = year_phrase(m["ryear"], ctx)
    return _day(ctx, m.start(), int(year) if year else None, month, day)


def spoken_date(m: re.Match, ctx: Context) -> Found | None:
    year = int(m["year"]) if m["year"] else m["syear"] and spoken_year(m["syear"])
    month, day = month_number(m["mon"] or m["mon2"]), day_ordinal(m["sday"] or m["sday2"])
    return _day(ctx, m.start(), year or None, month, day)


def _day(ctx: Context, start: int, year: int | None, month: int, day: int) -> Found | None:
    """A day of a month: of the year given, or of the one the context points to."""
    if year:
        found = safe_date(year, month, day)
        return ("DATE", found.isoformat(), None) if found else None
    value = resolve.month_day(ctx, start, month, day)
    return ("DATE", value, None) if value else None


def ordinal_day(m: re.Match, ctx: Context) -> Found | None:
    """`on the 22nd`: of the month the sentence names, else of the reference's month, or
    the one before told in the past (on the 3rd, "on the 22nd" was last month's), the one
    after when ahead (on the 22nd, "by the 3rd")."""
    day, ref = int(m["day"]), ctx.reference
    if _GOLF.search(ctx.sentence_around(m.start(), m.end())):
        return None  # "birdied on the 5th": a hole
    if ctx.last_precision in ("day", "month") and resolve.last_in_sentence(ctx, m.start()):
        found = safe_date(ctx.last_year, ctx.last_month, day)  # "opened on 3 May ... the 22nd"
        return ("DATE", found.isoformat(), None) if found else None
    if ref is None:
        return None
    shift = 0
    if day > ref.day and resolve.told_in_past(ctx, m.start()):
        shift = -1
    elif day < ref.day and resolve.looks_ahead(ctx, m.start()):
        shift = 1
    month = add_months(ref.replace(day=1), shift)
    found = safe_date(month.year, month.month, day)
    return ("DATE", found.isoformat(), None) if found else None


_GOLF = re.compile(
    r"\b(?:birdie|birdied|bogey|bogeyed|eagle|par|hole|green|tee|fairway|putt|putted)s?\b",
    re.IGNORECASE,
)


def week_of(m: re.Match, ctx: Context) -> Found | None:
    """`the week of March 6`: the ISO week holding that day; `the weekend of March 2`: the
    weekend holding that day, or the one after it."""
    found = full_date(m, ctx)
    weekend = "-WE" if m["weekend"] else ""
    if found is None or not found[1][:1].isdigit():
        return ("DATE", f"XXXX-WXX{weekend}", None) if found else None
    day = dt.date.fromisoformat(found[1])
    if weekend:
        day += dt.timedelta(days=max(0, 5 - day.weekday()))
    return "DATE", fmt("week", day) + weekend, None


_WEEK_DAYS = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def week_in_month(m: re.Match, ctx: Context) -> Found | None:
    """`the last week of October`: the ISO week holding its middle day (not "last week")."""
    number = month_number(m["mon"])
    if m["year"]:
        month = f"{int(m['year']):04d}-{number:02d}"
    else:
        month = resolve.month(ctx, m.start(), number)
    if not month[:4].isdigit():
        return "DATE", "XXXX-WXX", None
    first = dt.date(int(month[:4]), number, 1)
    last = add_months(first, 1) - dt.timedelta(days=1)
    day = _WEEK_DAYS.get(m["ord"].lower(), last.day - 3)
    return "DATE", fmt("week", first.replace(day=day)), None


def nth_weekday(m: re.Match, ctx: Context) -> Found | None:
    """`the second Monday of January`: that day of the month, the month as a month alone."""
    number = month_number(m["mon"])
    month = f"{m['year']}-{number:02d}" if m["year"] else resolve.month(ctx, m.start(), number)
    if not month[:4].isdigit() or int(month[:4]) < 1:
        return "DATE", month, None
    which = m["ord"].lower()
    n = -1 if which in ("last", "final") else {**ORDINALS, "fifth": 5}[which]
    day = nth_weekday_of(int(month[:4]), number, weekday_number(m["wd"]), n)
    if day.month != number:
        return None  # no fifth Monday that month
    return "DATE", day.isoformat(), None


def weekday_of_week(m: re.Match, ctx: Context) -> Found | None:
    """`Wednesday of next week`: that day in the week named."""
    ref = ctx.reference
    if ref is None:
        return "DATE", f"XXXX-WXX-{weekday_number(m['wd']) + 1}", None
    weeks = {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks)
    return "DATE", (monday + dt.timedelta(days=weekday_number(m["wd"]))).isoformat(), None


def second_day(m: re.Match, ctx: Context) -> Found | None:
    first = _FIRST_DAY.search(ctx.text, max(0, m.start() - 32), m.start())
    if first is None or _COUNTS.match(ctx.text, m.end()):
        return None
    day = int(re.sub(r"\D", "", m["day"]))
    month = month_number(first["mon"])
    last = ctx.last_day
    if m["year"] or first["year"]:
        found = safe_date(int(m["year"] or first["year"]), month, day)
    elif last is not None and last.month == month:
        found = safe_date(last.year, month, day)
    else:
        value = resolve.month_day(ctx, first.start(), month, day)
        return ("DATE", value, None) if value else None
    return ("DATE", found.isoformat(), None) if found else None


def numeric_date(m: re.Match, ctx: Context) -> Found | None:
    """`2021-03-04`; `3/4/2021` as March 4, unless the text writes its dates day first
    ("4 March"), as British papers do: then the 3rd of April; `13/4/2021` either way."""
    if m["y"]:
        found = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    else:
        first, second, year = int(m["a"]), int(m["b"]), int(m["c"])
        if ctx.day_first is None:
            ctx.day_first = len(_DAY_MONTH.findall(ctx.text)) > len(_MONTH_DAY.findall(ctx.text))
        day_first = first > 12 or (second <= 12 and ctx.day_first)
        found = safe_date(year, second, first) if day_first else safe_date(year, first, second)
    return ("DATE", found.isoformat(), None) if found else None


_DAY_MONTH = re.compile(rf"\b{DAY_NUM}\s+{MONTH}")
_MONTH_DAY = re.compile(rf"{MONTH}\s*{DAY_NUM}\b")


def month_year(m: re.Match, ctx: Context) -> Found | None:
    """`June 2009`, `February this year`, `April next year`."""
    month = month_number(m["mon"])
    if m["year"]:
        return "DATE", f"{int(m['year']):04d}-{month:02d}", None
    rel = " ".join(m["rel"].lower().split())
    if rel in ("that", "the same") and ctx.last_year is not None:  # "in August of that year"
        return "DATE", f"{ctx.last_year:04d}-{month:02d}", None
    if ctx.reference is None or rel in ("that", "the same"):
        return "DATE", f"XXXX-{month:02d}", None
    year = ctx.reference.year + {"last": -1, "this": 0, "next": 1}[rel]
    return "DATE", f"{year:04d}-{month:02d}", None


def _relation(words: str | None) -> str:
    """ "last", "this", "next" or "" from "last", "this past", "this coming"..."""
    last = words.split()[-1].lower() if words else ""
    return {"past": "last", "coming": "next"}.get(last, last)


def month_alone(m: re.Match, ctx: Context) -> Found | None:
    word = m["mon"]
    relation = _relation(m["rel"])
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if word in ("May", "March") and not relation and not _BARE_MONTH_OK.search(before):
        return None
    if word == "March" and before.endswith("the ") and _MARCH_NAMED.match(ctx.text, m.end()):
        return None  # "since the March of a Million", "the March on Washington": a march
    number = month_number(word)
    ref = ctx.reference
    if not relation and ref and (pair := _PAIRED_MONTH_YEAR.match(ctx.text, m.end())):
        # "between April and September last year": both of last year
        return "DATE", f"{year_phrase(pair['rel'], ctx)}-{number:02d}", None
    if (
        not relation
        and ref
        and 0 < (ref.month - number) % 12 <= 2
        and _FIGURES.match(ctx.text, m.end())
        and not _TIME_PREPOSITION.search(before)  # "in June sales will rise": a time
    ):
        relation = "past"  # "will publish July retail sales next week": figures are of the past
    if _futures_month(ctx, m, relation) or (not relation and ref and _awaited(ctx, m)):
        # "the March contract", "for December delivery": a futures month; "sit tight until at
        # least the February meeting", said in October: the coming one
        return "DATE", f"{ref.year + (number < ref.month):04d}-{number:02d}", None
    return "DATE", resolve.month(ctx, m.start(), number, relation), None


def _awaited(ctx: Context, m: re.Match) -> bool:
    """A month's event waited for: "until the February meeting", "before the May election"."""
    if not resolve.SCHEDULED.match(ctx.text, m.end()):
        return False
    return bool(_WAITING.search(ctx.clause_before(m.start()))) and not resolve.told_in_past(
        ctx, m.start()
    )


def _futures_month(ctx: Context, m: re.Match, relation: str) -> bool:
    if relation or not ctx.reference or not _CONTRACT_AFTER.match(ctx.text, m.end()):
        return False
    return ctx.is_financial(m.start(), m.end())


_CONTRACT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:futures\s+)?(?:contracts?|delivery|futures)\b", re.I
)
_WAITING = re.compile(r"\b(?:until|till|before|ahead\s+of)\b[^.;]*$", re.IGNORECASE)


_TIME_PREPOSITION = re.compile(
    r"\b(?:in|by|until|since|before|after|during|through|from)\s+$", re.I
)


_PAIRED_MONTH_YEAR = re.compile(
    rf"\s*(?:and|to|through|until|or|-|–)\s*{MONTH}\s+(?P<rel>last|this|next)\s+year\b", re.I
)
# What a month's figures are called: they come out a month or two after it
_FIGURES = re.compile(
    r"(?:'s)?\s+(?:retail\s+sales|sales|jobs|employment|payrolls?|trade|inflation|consumer|"
    r"producer|housing|home\s+sales|factory|industrial|unemployment|jobless|figures|data|"
    r"statistics|numbers|durable)\b",
    re.IGNORECASE,
)


_PAIRED_SET = re.compile(
    rf"\s+(?:and|or)\s+{WEEKDAY}(?:s\b|\s+(?P<parts>mornings|afternoons|evenings|nights)\b)"
)


# a weekday in a name: the football club "Sheffield Wednesday"; a day named for what
# happened on it, whose date the name does not tell ("Bloody Sunday", "Black Monday")
_NAMED_BY_WEEKDAY = re.compile(r"\b(?:Sheffield|Bloody|Black|Super|Dark|Red)\s+$")


_FOLLOWING = re.compile(r"\bthe\s+following\s+$", re.IGNORECASE)


def weekday_alone(m: re.Match, ctx: Context) -> Found | None:
    if _NAMED_BY_WEEKDAY.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    paired = None if m["rel"] or m[0].endswith("'s") else _PAIRED_SET.match(ctx.text, m.end())
    if paired:  # "on Monday and Tuesday nights": every Monday night too
        part = PART_CODES.get((paired["parts"] or "").lower().rstrip("s"), "")
        return "SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}{part}", None
    relation = _relation(m["rel"])
    if not relation and (named := holiday_named_after(ctx, m.end(), weekday_number(m["wd"]))):
        return "DATE", named.isoformat(), None  # "On Friday, New Year's Day, ..."
    if (
        not relation
        and ctx.last_day
        and _FOLLOWING.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        # "announced on Friday 11 January ... from the following Monday": after that day
        ahead = (weekday_number(m["wd"]) - ctx.last_day.weekday()) % 7 or 7
        return "DATE", (ctx.last_day + dt.timedelta(days=ahead)).isoformat(), None
    if m["week"] and not relation and ctx.reference:
        ahead = (weekday_number(m["wd"]) - ctx.reference.weekday()) % 7 or 7
        return "DATE", (ctx.reference + dt.timedelta(days=ahead + 7)).isoformat(), None
    if not relation and ctx.reference and _event_ahead(ctx, m):
        # "seeks a second term in Sunday vote": an event set for the day, told as to come
        ahead = (weekday_number(m["wd"]) - ctx.reference.weekday()) % 7
        return "DATE", (ctx.reference + dt.timedelta(days=ahead)).isoformat(), None
    if not relation and m[0].endswith("'s") and ctx.future_cue(m.start()) in (None, "would"):
        relation = "past"  # "Wednesday's ruling" has happened; "ahead of Friday's report" not
    return "DATE", resolve.weekday(ctx, m.start(), weekday_number(m["wd"]), relation), None


def _event_ahead(ctx: Context, m: re.Match) -> bool:
    """A weekday naming an event set for it ("Sunday vote", "Tuesday's hearing") in a
    sentence that tells nothing in the past."""
    if not resolve.SCHEDULED.match(ctx.text, m.end()):
        return False
    # "said Sunday's vote was a rebuke": the sentence goes on in the past
    return not (resolve.past_in_sentence(ctx, m.start()) or resolve.past_after(ctx, m.start()))


_COUNTS = re.compile(
    r"\s+(?:people|persons|men|women|troops|soldiers|workers|employees|jobs|shares|students|"
    r"feet|meters|metres|miles|kilometers|acres|tons|tonnes|units|cars|homes|votes|members|"
    r"delegates|cases|deaths|residents|children|refugees|marines|points|barrels|dollars|"
    # measures and street numbers: "1800 pounds", "1600 Pennsylvania Avenue"
    r"pounds|kilograms|kilos|grams|ounces|gallons|liters|litres|yards|inches|degrees|"
    r"(?-i:(?:[A-Z][a-z]+\s+)?(?:Avenue|Street|Road|Boulevard|Drive|Lane|(?:Ave|St|Rd|Blvd)(?=\.))))\b",
    re.IGNORECASE,
)


# "GTX 1660 Ti", "RTX 2060": a model number after a name in capitals
_MODEL_BEFORE = re.compile(r"\b(?!FY\b|AD\b|BC\b)[A-Z]{2,}[\s-]$")

# "he wore number 1990", "Flight 2000", "Windows 2000": a number naming a thing
_NUMBERED_BEFORE = re.compile(
    r"(?:\b(?i:number|nos?\.|room|suite|flight|route|highway|interstate|gate|channel|model|"
    r"version|apartment|pier|platform|page|chapter|section|article|paragraph|resolution)|#|"
    r"\b(?:Windows|Office))\s*$"
)


def year_alone(m: re.Match, ctx: Context) -> Found | None:
    if _COUNTS.match(ctx.text, m.end()):
        return None
    if not m["pre"] and _NUMBERED_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
        return None
    if not m["pre"] and _MODEL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        year, ref = int(m["year"]), ctx.reference
        if year < 1900 or (ref is not None and year > ref.year + 30):
            return None
    return "DATE", m["year"], None


# "in '82", "since '09": a year in two digits after a preposition of time
SHORT_YEAR = r"(?<=\s)['’](?P<yy>\d\d)\b(?![’']?s\b|\s*(?:%|percent))"
_SHORT_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|from|by|until|till|before|after|through|summer|spring|fall|autumn|"
    r"winter)\s$",
    re.IGNORECASE,
)


def short_year(m: re.Match, ctx: Context) -> Found | None:
    """The latest year up to the reference ending in those digits (1982 for '82 in 2003)."""
    if not _SHORT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    digits, ref = int(m["yy"]), ctx.reference
    top = ref.year if ref else 1999
    year = top - (top - digits) % 100
    return ("DATE", f"{year:04d}", None) if year > 0 else None


def century(m: re.Match, ctx: Context) -> Found | None:
    """`the 20th century` is the 1900s: TIMEX3 `19`."""
    number = int(m["n"]) if m["n"] else _CENTURY_WORDS[m["w"].lower()]
    return "DATE", f"{number - 1:02d}", None


def spoken(m: re.Match, ctx: Context) -> Found | None:
    year = spoken_year(m["year"])
    if year is None:
        return None
    return "DATE", f"{year:04d}-{month_number(m['mon']):02d}" if m["mon"] else f"{year:04d}", None


_DECADES = ("twenties", "thirties", "forties", "fifties")
_DECADES += ("sixties", "seventies", "eighties", "nineties")
_DECADE_WORDS = {word: index + 2 for index, word in enumerate(_DECADES)}


def decade(m: re.Match, ctx: Context) -> Found | None:
    if m["w"]:
        return "DATE", f"19{_DECADE_WORDS[m['w'].lower()]}", None
    digit = m["d"] or m["d2"]
    century = m["c"]
    if century and digit == "0" and int(century) < 20:
        return "DATE", century, None  # "the 1800s": the century, as people mean it
    if century is None:
        if m["d"]:  # "60s" without an apostrophe: more likely ages or temperatures
            return None
        year = ctx.reference.year if ctx.reference else 2000
        century = str(year // 100 - (1 if int(digit) * 10 > year % 100 else 0))
    return "DATE", f"{century}{digit}", None


def year_phrase(phrase: str | None, ctx: Context) -> str | None:
    """ "2019", "this year", "next year" as a year, against the reference."""
    if phrase and (written := re.search(r"\d{4}", phrase)):
        return written[0]
    if ctx.reference is None:
        return None if phrase else "XXXX"
    offset = {"next": 1, "last": -1}.get((phrase or "this").split()[0].lower(), 0)
    return f"{ctx.reference.year + offset:04d}"


# English writes seasons in lower case: "the Winter Olympics", "Summer Games", "the Arab
# Spring" are names (a capital before another name, or mid-sentence)
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n][\"'”’)]*)\s*[\"'“‘(]*$")


def season(m: re.Match, ctx: Context) -> Found | None:
    code = SEASON_CODES[m["s"].lower()]
    mod = {"early": "START", "late": "END", "mid": "MID"}.get((m["part"] or "").lower())
    if m["year"]:
        return "DATE", f"{m['year']}-{code}", mod
    if m["ryear"] and ctx.reference:
        return "DATE", f"{year_phrase(m['ryear'], ctx)}-{code}", mod
    if m["s"][0].isupper() and not m["s"].isupper():
        at = m.start("s")
        opens = _SENTENCE_OPEN.search(ctx.text, max(0, m.start() - 4), m.start())
        if _NAME_AFTER.match(ctx.text, m.end("s")) or (at > m.start() or not opens):
            return None
    det = (m["det"] or "").split()[-1].lower() if m["det"] else ""
    if m["bare"] is not None:
        det = "in"
    if not det:
        return None
    relation = {"past": "last", "coming": "next", "the": "", "in": ""}.get(det, det)
    return "DATE", resolve.season(ctx, m.start(), code, relation), mod

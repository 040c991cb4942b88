"""Holidays as dates: "Christmas Eve 1989", "last Thanksgiving", "Easter week", "every New
Year's Eve"; the fixed ones by month and day, the moving ones by rule (Easter by the
Gregorian computus, Thanksgiving as the fourth Thursday of November)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsreader.story import timex_resolve as resolve
from newsreader.story.timex_calendar import add_months, fmt
from newsreader.story.timex_context import Context
from newsreader.story.timex_lex import PART_CODES

Found = tuple[str, str, str | None]

HOLIDAY = (
    r"(?:(?P<rel>last|this|next|every|each)\s+)?(?-i:(?P<h>Christmas(?:\s+(?:Day|Eve))?|"
    r"New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|"
    r"Independence\s+Day|the\s+Fourth\s+of\s+July|July\s+Fourth|Halloween|Labor\s+Day|"
    r"Memorial\s+Day|Valentine's\s+Day|Veterans\s+Day|Black\s+Friday|Cyber\s+Monday|"
    r"Good\s+Friday|Boxing\s+Day|Presidents'?\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|"
    r"Columbus\s+Day|Mother's\s+Day|Father's\s+Day|Election\s+Day|St\.\s+Patrick's\s+Day|"
    r"Remembrance\s+Day|Anzac\s+Day|Australia\s+Day|Canada\s+Day|Bastille\s+Day|May\s+Day|"
    r"Waitangi\s+Day|Juneteenth|Hogmanay|Guy\s+Fawkes\s+Night|Bonfire\s+Night))"
    r"(?:(?P<week>\s+week)|(?P<weekend>\s+weekend)|,?\s+(?P<hyear>(?:1[5-9]|20)\d\d)|"
    # "on Christmas night", "Boxing Day morning": a part of the holiday
    r"\s+(?P<part>morning|afternoon|evening|night)(?!s))?\b"
)


def _easter(year: int) -> dt.date:
    """Anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * mm + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday_of(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n < 0:  # last such weekday of the month
        last = add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


_HOLIDAYS = {
    "christmas": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "new year's": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "thanksgiving": lambda y: nth_weekday_of(y, 11, 3, 4),
    "easter": _easter,
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "labor day": lambda y: nth_weekday_of(y, 9, 0, 1),
    "memorial day": lambda y: nth_weekday_of(y, 5, 0, -1),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "black friday": lambda y: nth_weekday_of(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: nth_weekday_of(y, 11, 3, 4) + dt.timedelta(days=4),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "presidents day": lambda y: nth_weekday_of(y, 2, 0, 3),
    "presidents' day": lambda y: nth_weekday_of(y, 2, 0, 3),
    "martin luther king day": lambda y: nth_weekday_of(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: nth_weekday_of(y, 1, 0, 3),
    "martin luther king jr day": lambda y: nth_weekday_of(y, 1, 0, 3),
    "columbus day": lambda y: nth_weekday_of(y, 10, 0, 2),
    "mother's day": lambda y: nth_weekday_of(y, 5, 6, 2),  # the U.S. one
    "father's day": lambda y: nth_weekday_of(y, 6, 6, 3),
    "election day": lambda y: nth_weekday_of(y, 11, 0, 1) + dt.timedelta(days=1),  # U.S.
    "st. patrick's day": lambda y: dt.date(y, 3, 17),
    "remembrance day": lambda y: dt.date(y, 11, 11),
    "anzac day": lambda y: dt.date(y, 4, 25),
    "australia day": lambda y: dt.date(y, 1, 26),
    "canada day": lambda y: dt.date(y, 7, 1),
    "bastille day": lambda y: dt.date(y, 7, 14),
    "may day": lambda y: dt.date(y, 5, 1),
    "waitangi day": lambda y: dt.date(y, 2, 6),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "hogmanay": lambda y: dt.date(y, 12, 31),
    "guy fawkes night": lambda y: dt.date(y, 11, 5),
    "bonfire night": lambda y: dt.date(y, 11, 5),
}


def _every_year(make: Callable[[int], dt.date]) -> str:
    """ "every New Year's Eve" XXXX-12-31; "each Thanksgiving", a day that moves, XXXX-11."""
    one, other = make(2001), make(2002)
    if (one.month, one.day) == (other.month, other.day):
        return f"XXXX-{one.month:02d}-{one.day:02d}"
    return f"XXXX-{one.month:02d}" if one.month == other.month else "XXXX"


# "Christmas cards", "Halloween costumes": things of the holiday, not its date
_HOLIDAY_THINGS = re.compile(
    r"\s+(?:cards?|trees?|lights|decorations|carols|songs|music|movies?|films?|gifts|presents|"
    r"sweaters?|costumes?|candy|ornaments|specials?|episodes?)\b",
    re.IGNORECASE,
)


_NAMED_AFTER = re.compile(r",\s+" + HOLIDAY)


def holiday_named_after(ctx: Context, end: int, weekday: int) -> dt.date | None:
    """ "On Friday, New Year's Day, ...": the holiday a weekday is named as, when it falls on
    that weekday within a week of the reference."""
    found = _NAMED_AFTER.match(ctx.text, end)
    ref = ctx.reference
    if found is None or ref is None or found["rel"] or found["hyear"]:
        return None
    make = _HOLIDAYS.get(_name(found["h"]))
    if make is None:
        return None
    days = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := make(y))]
    days = [d for d in days if d.weekday() == weekday and abs((d - ref).days) <= 7]
    return days[0] if days else None


def _name(words: str) -> str:
    name = re.sub(r"\s+", " ", words.lower())
    return re.sub(r" (?:day|sunday)$", "", name) if name not in _HOLIDAYS else name


def holiday(m: re.Match, ctx: Context) -> Found | None:
    if _HOLIDAY_THINGS.match(ctx.text, m.end()):
        return None
    make = _HOLIDAYS.get(_name(m["h"]))
    if make is None:
        return None
    ref = ctx.reference
    relation = (m["rel"] or "").lower()
    if relation in ("every", "each"):
        return "SET", _every_year(make), None
    if m["hyear"]:  # "on Christmas Eve 1989"
        found = make(int(m["hyear"]))
    elif ref is not None and relation in ("this", "next", "last"):
        this = make(ref.year)
        if relation == "next":
            found = this if this > ref else make(ref.year + 1)
        elif relation == "last":
            found = this if this < ref else make(ref.year - 1)
        else:
            found = this
    else:
        found = resolve.nearest_year(ctx, m.start(), make)
    if m["part"] and found:
        return "TIME", fmt("day", found) + PART_CODES[m["part"].lower()], None
    if m["weekend"] and found:  # "the Easter weekend"; "Labor Day weekend" ends on Monday
        return "DATE", fmt("weekend", found - dt.timedelta(days=found.weekday() == 0)), None
    return "DATE", fmt("week" if m["week"] else "day", found), None  # "Easter week"

"""TIMEX3 value arithmetic: format dates at a precision, shift them, and read values back.

Values follow TimeML TIMEX3: `2017-08-03`, `2017-W30`, `2017-W30-WE` (a weekend),
`2017-06`, `2017-Q3`, `2017-H2`, `2017-SU` (a season), `2017`, `201` (a decade),
`20` (a century), `2017-08-03T15:00`, `2017-08-03TMO` (a part of the day).
An unknown part is written with X: `XXXX-08-18`, `XXXX-WXX`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
}


def fmt(precision: str, day: dt.date | None) -> str:
    """A date written at a precision; X-filled when the date is unknown."""
    if day is None:
        return UNKNOWN[precision]
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "weekend":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if precision == "decade":
        return f"{day.year // 10:03d}"
    return f"{day.year:04d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    return add_months(day, 12 * years)


def shift(day: dt.date, unit: str, count: int) -> dt.date:
    """`day` moved by `count` units (day, week, month, quarter, year, decade, century)."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=count)
        if unit == "week":
            return day + dt.timedelta(weeks=count)
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
        return add_months(day, months.get(unit, 12) * count)
    except (OverflowError, ValueError):
        return day


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)(-WE)?$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])$")
_HALF = re.compile(r"(\d{4})-H([12])$")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"(\d{4})$")
_DECADE = re.compile(r"(\d{3})X?$")
_CENTURY = re.compile(r"(\d{2})XX$|(\d{2})$")


def value_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a DATE/TIME value covers; None if it has no anchor."""
    try:
        return _range(value)
    except ValueError:
        return None


def _range(value: str) -> tuple[dt.date, dt.date] | None:
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return day, day
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), 1)
    if m := _QUARTER.match(value):
        return _months(int(m[1]), 3 * int(m[2]) - 2, 3)
    if m := _HALF.match(value):
        return _months(int(m[1]), 6 * int(m[2]) - 5, 6)
    if m := _SEASON.match(value):
        first, _ = SEASONS[m[2]]
        return _months(int(m[1]), first, 3)  # a winter from the December of its year
    if m := _YEAR.match(value):
        return _months(int(m[1]), 1, 12)
    if m := _DECADE.match(value):
        return _months(int(m[1]) * 10, 1, 120)
    if m := _CENTURY.match(value):
        return _months(int(m[1] or m[2]) * 100, 1, 1200)
    return None


def _months(year: int, month: int, count: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    last = add_months(first, count - 1)
    return first, last.replace(day=calendar.monthrange(last.year, last.month)[1])


def precision(value: str) -> str | None:
    """day, week, month, quarter or year; None for values without a calendar anchor."""
    checks = (
        (_DAY, "day"),
        (_WEEK, "week"),
        (_MONTH, "month"),
        (_QUARTER, "quarter"),
        (_SEASON, "quarter"),
        (_HALF, "year"),
        (_YEAR, "year"),
        (_DECADE, "year"),
        (_CENTURY, "year"),
    )
    if re.match(r"\d{4}-\d\d-\d\dT", value):
        return "day"
    for pattern, name in checks:
        if pattern.match(value):
            return name
    return None

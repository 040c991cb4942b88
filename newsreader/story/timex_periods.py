"""Rules for reporting periods: quarters ("the third quarter", "the year-ago quarter", "the
latest period"), halves ("the second half of fiscal 2004"), parts of a year ("the last three
months of 2014") and months naming a quarter ("the April-June period", "the March quarter").
Each rule is a pattern and a function from its match to (type, value, mod), or None to drop
the match."""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story import timex_resolve as resolve
from newsreader.story.timex_calendar import add_months, fmt, quarter_of, safe_date
from newsreader.story.timex_context import Context
from newsreader.story.timex_dates import CENTURY, DECADE, Found, century, decade, year_phrase
from newsreader.story.timex_lex import DAY_NUM, MONTH, ORDINALS, YEAR4, month_number
from newsreader.story.timex_relative import _mod

# "the March quarter", "the June quarter": the quarter that month ends or holds
MONTH_QUARTER = rf"\bthe\s+(?P<mon>{MONTH})\s+quarter\b"

_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_QPRE = (
    rf"(?:(?:year-ago|year-earlier|latest|current|comparable|previous|preceding|prior|same|fiscal|"
    rf"{YEAR4}|(?:this|last|next)\s+year's)[\s-]+)"
)

QUARTER = (
    # "the third-quarter loss": the article belongs to the loss
    rf"(?:(?:the|this|last|next)\s+(?!{_ORD}-))?(?P<pre>{_QPRE}*)"
    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?quarter(?!ly)"
    rf"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<year>{YEAR4})|(?P<ago>\s+a\s+year\s+(?:ago|earlier))|"
    rf"\s+(?:of\s+)?(?P<ryear>last|this|next)\s+year)?"
)

QUARTER_REF = (
    rf"\b(?P<det>the|that|this|last|next)\s+(?P<pre>{_QPRE}*)(?P<what>quarter|period)\b(?!-)"
    rf"(?P<ago>\s+a\s+year\s+(?:ago|earlier))?"
)

# "the April-June period", "the July-to-September quarter": a quarter (or a half)
MONTH_SPAN = (
    rf"(?:the\s+)?(?P<m1>{MONTH})(?:\s*[-–]\s*|-to-|\s+to\s+|\s+through\s+)(?P<m2>{MONTH})"
    r"\s+(?:period|quarter)\b"
)


def month_span(m: re.Match, ctx: Context) -> Found | None:
    first, last = month_number(m["m1"]), month_number(m["m2"])
    if last - first == 2 and first % 3 == 1:
        value = f"Q{(first + 2) // 3}"
    elif (first, last) in ((1, 6), (7, 12)):
        value = f"H{last // 6}"
    else:
        return None
    ref = ctx.reference
    if ref is None:
        return "DATE", f"XXXX-{value}", None
    over = safe_date(ref.year, last, 28) < ref  # its last month by the 28th: near enough
    year = ref.year if over or ctx.is_future(m.start()) else ref.year - 1
    return "DATE", f"{year:04d}-{value}", None


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_DECADE = re.compile(DECADE, re.IGNORECASE)
_CENTURY = re.compile(CENTURY, re.IGNORECASE)

HALF = (
    r"(?:(?P<hmod>at\s+least|more\s+than|nearly|almost|about)\s+(?=the\s))?"
    rf"(?:the\s+(?![a-z]+-half))?(?P<which>first|second|last|latter)(?:\s+half|-half(?=\s)|"
    # "the first two quarters of 1990": its first half
    rf"(?<=first|.last)\s+two\s+quarters(?=\s+of\s))"
    rf"(?:\s+of\s+(?:(?P<year>{YEAR4}|(?:this|next|last|the)\s+year|"
    # "the second half of the fiscal year", "the first half of fiscal 2023"
    rf"(?:(?:this|next|last|the)\s+(?:current\s+)?)?fiscal\s+(?:year|{YEAR4}))|"
    # "the last half of the '80s", "the first half of the 20th century": its start or end
    rf"(?P<decade>{_unnamed(DECADE)})|(?P<century>{_unnamed(CENTURY)})))?"
)

# "the last three months of 2014", "the first six months of this year": a quarter, a half
YEAR_PART = (
    rf"\bthe\s+(?P<which>first|last|final)\s+(?P<n>three|six|3|6)\s+months\s+of\s+"
    rf"(?P<year>{YEAR4}|(?:this|next|last|the)\s+year)\b"
)


def month_quarter(m: re.Match, ctx: Context) -> Found | None:
    month = resolve.month(ctx, m.start(), month_number(m["mon"]))
    if not month[:4].isdigit():
        return "DATE", "XXXX-QX", None
    return "DATE", f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}", None


def quarter(m: re.Match, ctx: Context) -> Found | None:
    if not m["year"] and ctx.is_game(m.start(), m.end()):
        return None
    number = ORDINALS[m["ord"].lower()]
    pre = m["pre"].lower()
    before = ctx.clause_before(m.start())
    # Looking ahead to anything but its results ("will report fourth-quarter earnings")
    ahead = ctx.is_future(m.start()) and not _REPORTS_BEFORE.search(before)
    year = _quarter_year(m, ctx, pre, number, ahead)
    if year is None:
        return "DATE", f"XXXX-Q{number}", None
    if m["ago"] or "year-ago" in pre or "year-earlier" in pre:
        year -= 1
    elif not ahead:
        told = _ENDED.match(ctx.text, m.end()) or _RESULTS_TOLD.search(before)
        _reported(ctx, year, number, told is not None or "fiscal" in pre)
    return "DATE", f"{year:04d}-Q{number}", None


# Results told in the past: the quarter is over, even when its fiscal number is not yet
# over by the calendar ("Ralston reported a decline in fourth-quarter earnings" in November).
_RESULTS_TOLD = re.compile(
    r"\b(?:reported|posted|earned|lost|had|was|were|rose|fell|declined|dropped|jumped|slipped|"
    r"climbed|gained|increased|decreased|surged|plunged|slid|tumbled|soared)\b",
    re.IGNORECASE,
)

_REPORTS_BEFORE = re.compile(
    r"\b(?:report|post|release|announce|publish)\s+(?:its\s+|their\s+)?"
    r"(?:(?:first|second|third|final|latest|preliminary)\s+)?(?:(?:estimate|figures|data|results)\s+"
    r"(?:of|for|on)\s+)?$",
    re.IGNORECASE,
)

_ENDED = re.compile(rf",?\s+(?:that\s+)?(?:ended|ending)\s+(?P<mon>{MONTH})\s*(?P<day>{DAY_NUM})")


def _reported(ctx: Context, year: int, number: int, ended: bool) -> None:
    """Remember the quarter a results story reports: the latest one over by the story's
    date ("After a flat second quarter" does not displace the third; forecasts do not
    count). A quarter "ended Sept. 30" is over, whatever its fiscal number."""
    ref = ctx.reference
    if ref is not None and not ended and dt.date(year, 3 * number, 1) > ref:
        return
    if ctx.last_quarter is None or (year, number) > ctx.last_quarter:
        ctx.last_quarter = (year, number)


def _quarter_year(m: re.Match, ctx: Context, pre: str, number: int, ahead: bool) -> int | None:
    if m["year"] or (explicit := re.search(r"\b\d{4}\b", pre)):
        return int(m["year"] or explicit[0])
    ref = ctx.reference
    if ref is None:
        return None
    relation = m["ryear"] or (re.search(r"(this|last|next) year's", pre) or [None, None])[1]
    if relation:
        return ref.year + {"last": -1, "this": 0, "next": 1}[relation.lower()]
    if "fiscal" in m[0].lower() and not ahead:
        return ref.year  # a fiscal number is not the calendar's: "fiscal third-quarter" in April
    # A quarter that has not begun yet is last year's, unless the clause looks ahead; one
    # over already, looked ahead to, is next year's ("review by the end of the first
    # quarter", said in November)
    if 3 * number - 2 > ref.month and not ahead:
        return ref.year - 1
    if 3 * number < ref.month - 3 and ahead:  # not the one just over, results to come
        return ref.year + 1
    return ref.year


_NAMED_AFTER = re.compile(r"\s+(?:(?:of|in)\s+(?:19|20)\d\d\b|last\s+year\b)", re.I)


def quarter_ref(m: re.Match, ctx: Context) -> Found | None:
    """`the quarter`, `the latest period`, `the year-ago quarter`: the quarter being reported."""
    pre, det, what = m["pre"].lower(), m["det"].lower(), m["what"].lower()
    if what == "period" and not pre:
        return None
    if what == "period" and "same" in pre and _NAMED_AFTER.match(ctx.text, m.end()):
        return None  # "in the same period of 1988", "... last year": the year says when
    if det in ("this", "next", "last") or "current" in pre:
        return _relative_quarter(ctx, {"next": 1, "last": -1}.get(det, 0))
    if what == "period" and ctx.period == "year" and "latest" not in pre:
        return _period_year(ctx, pre, m["ago"])
    year_quarter = ctx.last_quarter or _last_completed(ctx.reference)
    if year_quarter is None:
        return "DATE", "XXXX-QX", None
    year, number = year_quarter
    if explicit := re.search(r"\b\d{4}\b", pre):
        year = int(explicit[0])
    elif m["ago"] or "year-ago" in pre or "year-earlier" in pre or "comparable" in pre:
        year -= 1
    elif ctx.last_quarter is not None and re.search(r"previous|preceding|prior", pre):
        # "in the second quarter from 3.7 percent in the previous quarter": the one before
        year, number = (year, number - 1) if number > 1 else (year - 1, 4)
    elif ctx.last_quarter is None:
        ctx.last_quarter = year_quarter  # "in the quarter ... a year earlier": that quarter
    return "DATE", f"{year:04d}-Q{number}", None


def _period_year(ctx: Context, pre: str, ago: str | None) -> Found:
    """`the 1988 period` after "the first nine months": a year."""
    if explicit := re.search(r"\b\d{4}\b", pre):
        return "DATE", explicit[0], None
    if ctx.reference is None:
        return "DATE", "XXXX", None
    back = 1 if ago or "year-ago" in pre or "year-earlier" in pre or "comparable" in pre else 0
    return "DATE", f"{ctx.reference.year - back:04d}", None


def _relative_quarter(ctx: Context, offset: int) -> Found:
    if ctx.reference is None:
        return "DATE", "XXXX-QX", None
    return "DATE", fmt("quarter", add_months(ctx.reference, 3 * offset)), None


def _last_completed(ref: dt.date | None) -> tuple[int, int] | None:
    if ref is None:
        return None
    previous = add_months(ref, -3)
    return previous.year, quarter_of(previous)


_HALF_OF_THING = re.compile(r"\s+of\s+(?!fiscal\b)", re.IGNORECASE)


def half(m: re.Match, ctx: Context) -> Found | None:
    if not m["year"] and ctx.is_game(m.start(), m.end()):
        return None  # "scored twice in the second half"
    which = 1 if m["which"].lower() == "first" else 2
    if m["decade"] or m["century"]:
        whole = _DECADE.fullmatch(m["decade"]) if m["decade"] else _CENTURY.fullmatch(m["century"])
        found = decade(whole, ctx) if m["decade"] else century(whole, ctx)
        return (found[0], found[1], "START" if which == 1 else "END") if found else None
    if not m["year"] and _HALF_OF_THING.match(ctx.text, m.end()):
        return None  # "the second half of the $700 billion fund": a share of something else
    year = year_phrase(m["year"], ctx)
    if year is None:
        return None
    ref = ctx.reference
    named = None if m["year"] else _year_in_sentence(ctx, m.start())
    if named is not None and ref and named >= ref.year:
        # "4 percent this year, improving in the second half"; a past year in the sentence
        # may be a comparison ("from 3.4 billion in 2023, ... during the second half")
        year = f"{named:04d}"
    elif not m["year"] and ref and which == 2 and ref.month <= 6 and not ctx.is_future(m.start()):
        year = f"{ref.year - 1:04d}"  # a second half not begun yet is last year's, as quarters
    return "DATE", f"{year}-H{which}", _mod(m["hmod"])


_YEAR_NAMED = re.compile(r"(?:\b\d{4}|\b(?:this|last|next|that)\s+year)$", re.IGNORECASE)


def _year_in_sentence(ctx: Context, start: int) -> int | None:
    """The year named last, if it is named earlier in the sentence ("in 2019", "this year";
    not "a year earlier", counted from something else)."""
    if ctx.last_precision != "year" or ctx.last_year is None:
        return None
    if not _YEAR_NAMED.search(ctx.text, max(0, ctx.last_end - 10), ctx.last_end):
        return None
    return ctx.last_year if resolve.last_in_sentence(ctx, start) else None


def year_part(m: re.Match, ctx: Context) -> Found | None:
    year = year_phrase(m["year"], ctx)
    if year is None:
        return None
    first = m["which"].lower() == "first"
    if m["n"] in ("three", "3"):
        return "DATE", f"{year}-Q{1 if first else 4}", None
    return "DATE", f"{year}-H{1 if first else 2}", None

"""The tagger's rules in priority order, each with the anchors that gate it.

Every match of a rule contains a hit of one of its anchors: words searched as plain
literals in the lowered text (the regular-expression engine skips ahead by first
letter; case-insensitive patterns cannot), or capitalised names in the text itself.
A rule's own, slower pattern only runs in windows around those hits: that is what
keeps the tagger at thousands of sentences a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsreader.story import timex_clock as clock
from newsreader.story import timex_dates as dates
from newsreader.story import timex_durations as durations
from newsreader.story import timex_holidays as holidays
from newsreader.story import timex_periods as periods
from newsreader.story import timex_relative as relative
from newsreader.story.timex_context import Context

Handler = Callable[[re.Match, Context], "tuple[str, str, str | None] | None"]


@dataclass(frozen=True, slots=True)
class Anchor:
    pattern: re.Pattern
    lowered: bool  # searched in the text with ASCII capitals lowered
    word_start: bool  # a hit counts only at the start of a word


def _words(words: str) -> Anchor:
    """Words in any case (searched in lowered text: literals the engine skips to)."""
    return Anchor(re.compile("|".join(words.split())), lowered=True, word_start=True)


def _names(names: str) -> Anchor:
    """Capitalised names ("May" the month, not "may"), also in capitals; `_` is a space."""
    forms = [n.replace("_", " ") for n in names.split()]
    return Anchor(re.compile("|".join([*forms, *(f.upper() for f in forms)])), False, True)


def _literal(text: str) -> Anchor:
    """A literal that may start inside a word ("-long" in "month-long")."""
    return Anchor(re.compile(re.escape(text)), lowered=True, word_start=False)


def _regex(pattern: str) -> Anchor:
    return Anchor(re.compile(pattern), lowered=True, word_start=False)


_MONTH = _names("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_WEEKDAY = _names("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_UNITS = "second minute hour day night week fortnight month quarter year decade centur millenn"
_CALENDAR = "week fortnight month year quarter decade centur spring summer fall autumn winter"
_SEASONS = _words("spring summer fall autumn winter")

# (pattern, handler, anchors); earlier rules win ties between matches of the same length.
_TABLE: list[tuple[str, Handler, Anchor | tuple[Anchor, ...]]] = [
    (
        clock.TIME,
        clock.clock_time,
        _regex(
            r"\d\s*[ap]\.?\s?m\b|\s[ap]\.\s?m\b|noon|midnight|midday|gmt|utc|"
            r"this morning|this afternoon|this evening|tonight|o'clock|last night|"
            r"in the morning|in the afternoon|in the evening|\d:\d\d|"
            r"(?:half|quarter|five|ten|twenty) (?:past|to) "
        ),
    ),
    (dates.WEEK_OF, dates.week_of, _MONTH),
    (periods.MONTH_QUARTER, periods.month_quarter, _MONTH),
    (dates.WEEK_IN_MONTH, dates.week_in_month, _MONTH),
    (dates.NTH_WEEKDAY, dates.nth_weekday, _WEEKDAY),
    (dates.WEEKDAY_OF_WEEK, dates.weekday_of_week, _WEEKDAY),
    (dates.FULL_DATE, dates.full_date, _MONTH),
    (dates.SPOKEN_DATE, dates.spoken_date, _MONTH),
    (dates.ORDINAL_DAY, dates.ordinal_day, _regex(r"the \d\d?(?:st|nd|rd|th)\b")),
    (dates.NUMERIC_DATE, dates.numeric_date, _regex(r"\d[/-]\d")),
    (dates.MONTH_YEAR, dates.month_year, _MONTH),
    (periods.QUARTER, periods.quarter, _words("quarter")),
    (periods.QUARTER_REF, periods.quarter_ref, _words("quarter period")),
    (periods.MONTH_SPAN, periods.month_span, _MONTH),
    (dates.DECADE_PART, dates.decade_part, _words("decade century")),
    (periods.HALF, periods.half, _words("half quarters")),
    (periods.YEAR_PART, periods.year_part, _words("months")),
    (
        relative.AGO,
        relative.ago,
        (
            _words("ago earlier later now hence"),
            # "a week from Tuesday", "a week from today"
            _regex(
                r"from (?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            ),
        ),
    ),
    (
        clock.PART_OF_DAY_RE,
        clock.part_of_day,
        _words("morning afternoon evening night tonight overnight"),
    ),
    (relative.RELATIVE, relative.relative, (_words(_CALENDAR), _MONTH, _WEEKDAY)),
    (
        holidays.HOLIDAY,
        holidays.holiday,
        _names(
            "Christmas New_Year Thanksgiving Easter Independence Fourth Halloween Labor "
            "Memorial Valentine Veterans Black Cyber Good Boxing Presidents Martin_Luther "
            "Columbus_Day Mother's Father's Election_Day St._Patrick's Remembrance Anzac "
            "Australia_Day Canada_Day Bastille May_Day Waitangi Juneteenth Hogmanay Guy_Fawkes "
            "Bonfire_Night"
        ),
    ),
    (dates.SEASONS, dates.season, _SEASONS),
    (
        durations.SET,
        durations.set_expression,
        _words("every each per daily weekly fortnightly monthly annually yearly hourly nightly"),
    ),
    (durations.DURATION, durations.duration, _words(_UNITS)),
    (durations.COMPOUND, durations.compound, _words(_UNITS)),
    (durations.ANOTHER, durations.another, _words("another further extra additional")),
    (durations.LONG, durations.long_adjective, _literal("-long")),
    (
        relative.ANAPHORIC,
        relative.anaphoric,
        (_words("day morning afternoon evening night week month year"), _SEASONS, _MONTH, _WEEKDAY),
    ),
    (relative.BARE_UNIT, relative.bare_unit, _words("week month year")),
    (relative.YEAR_END, relative.year_end, _words("year")),
    (relative.NEW_YEAR, relative.new_year, _words("year")),
    (relative.YEAR_AGO, relative.year_ago, _words("year-")),
    (relative.SAME_TIME, relative.same_time, _words("this time")),
    (dates.SPOKEN, dates.spoken, _words("nineteen eighteen thousand")),
    (dates.CENTURY, dates.century, _words("century")),
    (
        dates.DECADE,
        dates.decade,
        _regex(r"0s\b|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"),
    ),
    (dates.YEAR_ALONE, dates.year_alone, _regex(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")),
    (dates.SHORT_YEAR, dates.short_year, _regex(r"\s['’]\d\d\b")),
    (dates.SECOND_DAY, dates.second_day, _MONTH),
    (durations.WEEKDAY_SET, durations.weekday_set, _WEEKDAY),
    (dates.WEEKDAY_ALONE, dates.weekday_alone, _WEEKDAY),
    (dates.MONTH_ALONE, dates.month_alone, _MONTH),
    (
        relative.DEICTIC,
        relative.deictic,
        _words(
            "today yesterday tomorrow now current these nowadays present recent lately future "
            "term soon time past"
        ),
    ),
    (
        durations.BARE_PLURAL,
        durations.bare_plural,
        _words("years months weeks days decades centuries hours minutes while"),
    ),
]

# No expression starts inside a word ("Asian trading hours" holds no "an ... hours"); said
# once here, it also spares each pattern its attempts at every letter of a window.
RULES: list[tuple[re.Pattern, Handler, tuple[Anchor, ...]]] = [
    (
        re.compile(r"(?<!\w)(?:" + pattern + ")", re.IGNORECASE),
        handler,
        anchors if isinstance(anchors, tuple) else (anchors,),
    )
    for pattern, handler, anchors in _TABLE
]

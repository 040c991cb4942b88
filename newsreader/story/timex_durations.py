"""Rules for durations ("48 hours", "the past two years") and sets ("every week", "daily");
clock times are in `timex_clock`."""

from __future__ import annotations

import re

from newsreader.story.timex_context import Context, title_case_line
from newsreader.story.timex_lex import (
    MONTH,
    NUMBER,
    ONES,
    PART_CODES,
    TIME_UNITS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    length_value,
    month_number,
    parse_number,
    unit_name,
    weekday_number,
)
from newsreader.story.timex_relative import _mod

Found = tuple[str, str, str | None]

_LASTING = ("last", "lasts", "lasted", "lasting", "take", "takes", "took", "taken", "for",
            "just", "spent", "wait", "waited")  # fmt: skip
_DUR_MOD = (
    r"up\s+to|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|"
    r"fewer\s+than|"
    # "last over a week" is more than a week; "used over three years", during them
    r"(?=over\b)(?:"
    + "|".join(rf"(?<=\b{verb}\s)" for verb in _LASTING)
    + r")over(?!\s+the)|nearly|almost|about|around|approximately|roughly|within|barely"
)
DURATION = (
    rf"(?:(?P<mod>{_DUR_MOD})\s+)?(?P<halfa>half\s+(?=an?\s))?"
    rf"(?P<the>(?:the|its|his|her|their)\s+(?:(?:first|last|past|next|previous|latest|coming|"
    rf"following|final|remaining|ensuing|year-earlier|year-ago)\s+)?"
    # "the 24-hour strike": the article belongs to the strike, not to the duration
    rf"(?![\w,.-]+-{UNIT}\b(?!s)))?"
    rf"(?P<num>{NUMBER})(?:\s+(?:to|or)\s+(?P<num2>{NUMBER})|(?<=\d)[-–](?P<num3>\d+(?=[\s-])))?"
    r"[\s-]+"
    rf"(?:(?:more|additional|full|straight|consecutive|trading|business|calendar)[\s-]+)?"
    rf"(?P<unit>{UNIT})s?(?P<adj>-long|-old)?\b(?P<half>\s+and\s+a\s+half\b)?(?:\s+or\s+so\b)?"
    # "five days a week", "300 nights a year": a recurrence in that period, not a length
    r"(?P<per>(?:(?<=days)|(?<=nights))\s+(?:a|per|each)\s+(?:week|month|year)\b)?"
)
_BARE_PRE = "recent|coming|past|next|last|many"
_BARE_UNITS = "years|months|weeks|days|decades|centuries|hours|minutes"
BARE_PLURAL = (
    # the words first: the lookbehinds run only where they start
    rf"(?=(?:the\s+)?(?:{_BARE_PRE}|{_BARE_UNITS})\b)"
    r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s\s)|(?<=\bwithin\s)|"
    # "it could take months", "the campaign could last weeks"
    r"(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\blasted\s)|"
    + "|".join(
        rf"(?<=\b{modal}\slast\s)" for modal in ("to", "could", "would", "will", "may", "might")
    )
    + r")"
    rf"(?P<pre>(?:the\s+)?(?:{_BARE_PRE})\s+)?"
    rf"(?P<unit>{_BARE_UNITS})\b|"
    # "in the weeks ahead", "over the years", "for a while": lengths not known exactly
    r"the\s+(?P<ahead>years|months|weeks|days)\s+ahead\b|"
    r"(?:(?<=\bover\s)|(?<=\bthrough\s))the\s+(?P<over>years|decades)\b(?!\s+(?:of|since|after|before|\d))|"
    r"(?<=\bfor\s)a\s+(?:little\s+|long\s+|short\s+)?(?P<while>while)\b|"
    # "had years of warnings", "hours after a judge threw out": a length, however many
    r"(?<![Tt]he\s)(?<![Aa]fter\s)(?<!first\s)(?<!early\s)(?<!final\s)(?<!last\s)(?<!\d\s)"
    r"(?<!more\s)(?<!fewer\s)(?<!less\s)"  # "more days of 110 degrees": a count of days
    r"(?<!million\s)(?<!billion\s)(?<!trading\s)(?<!business\s)(?<!office\s)(?<!working\s)"
    r"(?<=[a-z,]\s)(?P<of>years|months|weeks|days|decades|hours)(?=\s+(?:of|after|before)\s)"
)
SET = (
    # "every two years", "every 2-3 hours": a period of that length
    rf"\bevery\s+(?P<n>{NUMBER}(?:\s*[-–]\s*\d+|\s+to\s+{NUMBER})?)\s+"
    rf"(?P<units>seconds|minutes|hours|days|weeks|months|years|decades)\b|"
    rf"\b(?:(?:every|each|per)\s+(?P<other>other\s+|single\s+)?(?P<what>hour|minute|day|week|fortnight|month|quarter|year|"
    rf"morning|afternoon|evening|night|weekend|summer|winter|spring|fall|{WEEKDAY}|{MONTH})"
    # "every Tuesday night": every such part of the day
    r"(?:(?<=\wday)\s+(?P<wpart>morning|afternoon|evening|night)\b)?|"
    r"(?P<adv>daily|weekly|fortnightly|monthly|annually|yearly|hourly|nightly))\b"
)
_RATE_BEFORE = re.compile(
    r"(?:\d|\btwice|\btimes|\bonce|\bmillion|\bbillion|\bthousands?|\bhundreds?|\bdozens?|"
    r"\bpercent|%|\bdollars)[^.;,]{0,25}$|"
    # "three hours a day", "20 minutes a week": time spent per period
    r"\b(?:seconds|minutes|hours|days|nights|weeks)\s+$",
    re.IGNORECASE,
)
_SPEED_BEFORE = re.compile(
    r"\b(?:miles|kilometers|kilometres|km|feet|meters|metres|knots|laps|words|beats)\s+$", re.I
)
_AGE_AFTER = re.compile(r"\s+old\b", re.IGNORECASE)  # "52 years old"
# "three-quarters of the vote" is a share; "several quarters of losses" is a duration.
_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:the|a|an|its|his|her|their|our|all|those|these|\d)\b|"
    r"[\s-]+(?:percentage[\s-]+)?points?\b",  # "a quarter point": a quarter of a point
    re.I,
)
# "a second" is an ordinal ("a second group") unless it is counted as time.
_SECOND_OK_AFTER = re.compile(r"\s*(?:later|earlier|ago|before|after|or|longer|[.,;!?]|$)", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|to)\s+$", re.IGNORECASE)


def duration(m: re.Match, ctx: Context) -> Found | None:
    unit = unit_name(m["unit"])
    if unit not in UNITS:
        return None
    count = parse_number(m["num"])
    if count is not None and m["half"]:
        count += 0.5  # "a minute and a half"
    if count is not None and m["halfa"]:
        count = 0.5  # "half an hour"
    word = m["num"].lower()
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    ordinal = unit == "second" and word in ("a", "an") and not m["the"]
    if ordinal and not _SECOND_OK_AFTER.match(ctx.text, m.end()):
        return None  # "a second motor": an ordinal, whatever comes before
    if word in ("a", "an") and _SPEED_BEFORE.search(before):
        return None  # "winds of 145 miles an hour": a speed, no time
    if word in ("a", "an") and not m["the"] and not m["mod"] and _RATE_BEFORE.search(before):
        return "SET", length_value(1, unit), None  # "$2 billion a year"
    if word == "one" and unit == "day" and not m["the"] and _MODAL_BEFORE.search(before):
        return "DATE", "FUTURE_REF", None  # "will one day be"
    if m["per"]:
        return "SET", length_value(1, m["per"].split()[-1].lower()), None
    if _not_a_duration(m, ctx, word, unit):
        return None
    if m["num2"] or m["num3"]:
        count = None  # "the next 12 to 18 months", "10-15 minutes": not known exactly
    return "DURATION", length_value(count, unit), _mod(m["mod"])


# "2 hours, 21 minutes, 4 seconds", "14 years, 7 months and 3 days": one length, its
# units each smaller than the one before (so "47 seconds, one second ahead" ends before
# its second "second")
_COUNT = (
    r"(?:\d+|"
    # counted parts only: "24 hours a day" is a rate, "a day" no part of a length
    + "|".join(
        sorted(set(ONES) - {"a", "an", "half", "single", "dozen", "zero"}, key=len, reverse=True)
    )
    + r")\s+"
)
_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


def _smaller_parts(after: int) -> str:
    """Optionally, one more part in a smaller unit than _ORDER[after], and so on."""
    rest = [rf"{_ORDER[j]}s?\b{_smaller_parts(j)}" for j in range(after + 1, len(_ORDER))]
    return rf"(?:,?\s+(?:and\s+)?{_COUNT}(?:{'|'.join(rest)}))?" if rest else ""


COMPOUND = (
    rf"\b{_COUNT}(?:"
    + "|".join(
        rf"{unit}s?\b(?=,?\s+(?:and\s+)?{_COUNT}){_smaller_parts(i)}"
        for i, unit in enumerate(_ORDER)
    )
    + ")"
)


def compound(m: re.Match, ctx: Context) -> Found | None:
    """P14Y7M3D, PT2H21M4S: the parts in the order the pattern holds them to."""
    parts = re.findall(r"(\w+)\s+(year|month|week|day|hour|minute|second)s?", m[0], re.I)
    counts = [(unit.lower(), parse_number(number.lower())) for number, unit in parts]
    if any(c is None or c != int(c) for _, c in counts):
        return None
    date = "".join(f"{int(c)}{UNITS[u]}" for u, c in counts if u not in TIME_UNITS)
    time = "".join(f"{int(c)}{UNITS[u]}" for u, c in counts if u in TIME_UNITS)
    return "DURATION", f"P{date}{'T' + time if time else ''}", None


def _not_a_duration(m: re.Match, ctx: Context, word: str, unit: str) -> bool:
    if word in ("some", "many") and not m["the"]:
        return True
    if word == "zero" or m["adj"] == "-old" or _AGE_AFTER.match(ctx.text, m.end()):
        return True  # ages are not durations in TimeBank
    if m["unit"][0].isupper() and not m["num"][0].isupper():
        return not title_case_line(ctx.text, m.start())  # "60 Minutes", "Sandra Day O'Connor"
    if unit == "quarter" and _SHARE_AFTER.match(ctx.text, m.end()):
        return True
    if word in ("a", "an") and not m["adj"] and ctx.text.startswith("-", m.end()):
        return True  # "a day-care center", "a year-end bonus": a compound noun, no length
    if unit == "second" and word in ("a", "an") and not m["the"]:
        return not _SECOND_OK_AFTER.match(ctx.text, m.end())
    return False


# "another year", "a further six months": the word counts as part of the length
ANOTHER = (
    rf"\b(?:another|an?\s+(?:further|extra|additional))\s+(?:(?P<num>{NUMBER})\s+)?"
    rf"(?P<unit>{UNIT})s?\b"
)


def another(m: re.Match, ctx: Context) -> Found | None:
    unit = unit_name(m["unit"])
    if not m["num"] and unit in ("second", "day", "night", "quarter"):
        return None  # "to fight another day", "another quarter of losses": no length said
    count = parse_number(m["num"]) if m["num"] else 1
    return "DURATION", length_value(count, unit), None


def bare_plural(m: re.Match, ctx: Context) -> Found | None:
    if m["while"]:
        return "DURATION", "PXX", None
    pre = (m["pre"] or "").lower()
    unit = unit_name(m["unit"] or m["ahead"] or m["over"] or m["of"])
    if "recent" in pre or pre.strip() in ("the past", "the last", "past"):
        return "DATE", "PAST_REF", None
    return "DURATION", length_value(None, unit), None


# "on Mondays", "on Tuesday nights", "Friday mornings": every such day (or part of it)
WEEKDAY_SET = (
    rf"\b(?P<wd>{WEEKDAY})(?:s\b(?:\s+(?P<part>morning|afternoon|evening|night)s?\b)?|"
    r"\s+(?P<parts>mornings|afternoons|evenings|nights)\b)"
)


def weekday_set(m: re.Match, ctx: Context) -> Found | None:
    part = (m["part"] or m["parts"] or "").lower().rstrip("s")
    return "SET", f"XXXX-WXX-{weekday_number(m['wd']) + 1}{PART_CODES.get(part, '')}", None


# "the month-long strike", "a day-long meeting": one unit, as an adjective
LONG = r"\b(?P<unit>hour|day|week|month|year|decade)-long\b"


def long_adjective(m: re.Match, ctx: Context) -> Found | None:
    return "DURATION", length_value(1, m["unit"].lower()), None


_SET_WORDS = {
    "daily": "day", "nightly": "day", "weekly": "week", "fortnightly": "fortnight",
    "monthly": "month",
}  # fmt: skip


# "rise 8.5% annually", "average daily volume": a rate's unit, not a set of times (TimeBank)
_RATE_ADVERB_BEFORE = re.compile(
    r"(?:%|\bpercent|\baverage|\bunits|\bmillion|\bbillion|\btons|\bbarrels)\s+$", re.IGNORECASE
)


def set_expression(m: re.Match, ctx: Context) -> Found | None:
    if m["adv"] and _RATE_ADVERB_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    if m["units"]:
        count = parse_number(m["n"]) if re.fullmatch(r"[\w\s,.]+", m["n"]) else None
        if count is not None and count != int(count):
            count = None
        return "SET", length_value(count, unit_name(m["units"])), None
    if m["adv"]:
        word = m["adv"].lower()
        unit = _SET_WORDS.get(word, "hour" if word == "hourly" else "year")
        return "SET", length_value(1, unit), None
    what = m["what"]
    lower = what.lower()
    per = m[0].lower().startswith("per")
    if lower in TIME_UNITS and per:
        return None  # "60 miles per hour", "$20 per hour": a rate's unit
    # "every night" recurs at night; "8 hours per night" is a rate
    if lower in PART_CODES and not per:
        return "SET", f"XXXX-XX-XX{PART_CODES[lower]}", None
    if lower in UNITS:
        every = 2 if (m["other"] or "").lower().startswith("other") else 1
        return "SET", length_value(every, lower), None  # "every other week": P2W
    if what[0].isupper():
        if lower in WEEKDAYS:
            part = PART_CODES.get((m["wpart"] or "").lower(), "")
            return "SET", f"XXXX-WXX-{weekday_number(lower) + 1}{part}", None
        return "SET", f"XXXX-{month_number(what):02d}", None
    seasons = {"spring": "SP", "summer": "SU", "fall": "FA", "winter": "WI"}
    return "SET", f"XXXX-{seasons[lower]}", None

"""Words of English time expressions and the regular-expression pieces built from them."""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PART_CODES = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "10Y", "century": "100Y", "millennium": "1000Y",
}  # fmt: skip
TIME_UNITS = frozenset({"second", "minute", "hour"})
ONES = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "single": 1, "half": 0.5, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
# Days of the month as broadcasters say them: "January fifteenth", "the twenty-first".
_DAY_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
DAY_ORDINALS = {word: n for n, word in enumerate(_DAY_WORDS, 1)}
DAY_ORDINALS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
DAY_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(_DAY_WORDS[:9], 1)}
SPOKEN_DAY = (
    "(?:"
    + "|".join(w.replace("-", r"[\s-]") for w in sorted(DAY_ORDINALS, key=len, reverse=True))
    + r")(?![\w-])"
)
HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
VAGUE = frozenset({"few", "a few", "several", "some", "many"})

# Capitalised only: "may", "march" and "fall" are common English words.
MONTH = (
    r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
    r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b(?=\s+\d))"
)
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_NUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
_DIGITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_UNDER_100 = rf"(?:(?:{_TENS})(?:[\s-](?:{_DIGITS}))?|{_TEENS}|{_DIGITS})"
NUMBER = (
    rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2)?|(?:(?:{_TENS})(?:[\s-](?:{_DIGITS}))?|{_ONES})"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_UNDER_100})?)?"
    rf"(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|couple\s+of|few|several|some|many)"
)
# Years as broadcasters say them: "nineteen ninety-six", "the year two thousand".
_SPOKEN_CENTURY = (
    rf"(?:eighteen|nineteen)[\s-](?:(?:{_TENS})(?:[\s-](?:{_DIGITS}))?|{_TEENS}|hundred|"
    rf"oh[\s-](?:{_DIGITS}))"
)
SPOKEN_YEAR = (
    rf"(?:{_SPOKEN_CENTURY}|(?<=\byear\s)two\s+thousand(?:\s+and\s+(?:{_DIGITS}|{_TEENS}))?)"
    r"(?![\w-])"
)
UNIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|"
    r"centuries|millennium)"
)
# Units a date can be counted in: "two hours ago" is a time, not a day.
DATE_UNIT = r"(?:day|night|week|fortnight|month|quarter|year|decade|century|centuries|millennium)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


_MONTH_WORDS = frozenset(
    re.findall(
        r"\w+",
        "january february march april may june july august september october november "
        "december jan feb mar apr jun jul aug sep sept oct nov dec",
    )
)


def after_words(*words: str) -> str:
    """A pattern that matches where one of `words` and a space end: "(?<=\\bat\\s)|...", the
    way a clock or a day is led in ("at 19:45", "on the 22nd") without being part of it."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words) + ")"


def is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTH_WORDS


def month_number(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().removesuffix("'s")]


def unit_name(word: str) -> str:
    """`Weeks` -> `week`, `centuries` -> `century`."""
    word = word.lower().rstrip("-")
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word


def parse_number(words: str) -> float | None:
    """A count written in figures or words; None when vague ("several", "a few")."""
    text = re.sub(r"\s+", " ", words.lower().strip()).replace(",", "")
    if text in VAGUE:
        return None
    if text.endswith("couple of"):
        return 2.0
    half = 0.0
    for suffix in (" 1/2", " and a half"):
        if text.endswith(suffix):
            text, half = text.removesuffix(suffix), 0.5
    try:
        return float(text) + half
    except ValueError:
        pass
    total = current = 0.0
    for part in re.split(r"[\s-]+", text):
        if part in ONES:
            current += ONES[part]
        elif part in TENS:
            current += TENS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part == "thousand":
            total, current = total + (current or 1) * 1000, 0.0
        elif part != "and":
            return None
    return total + current + half


def day_ordinal(words: str) -> int:
    """`twenty first` -> 21."""
    return DAY_ORDINALS[re.sub(r"[\s-]+", "-", words.lower())]


def spoken_year(words: str) -> int | None:
    """`nineteen ninety-six` -> 1996, `two thousand and one` -> 2001."""
    parts = [p for p in re.split(r"[\s-]+", words.lower()) if p not in ("and", "oh")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        return 2000 + (int(parse_number(" ".join(rest)) or 0) if rest else 0)
    if not parts or parts[0] not in ("eighteen", "nineteen"):
        return None
    rest = parts[1:]
    if rest == ["hundred"]:
        return ONES[parts[0]] * 100
    tail = parse_number(" ".join(rest))
    return None if tail is None else ONES[parts[0]] * 100 + int(tail)


def length_value(count: float | None, unit: str) -> str:
    """The TIMEX3 value of `count` units: P2Y, PT48H, P2Y6M, PXM (`count` None: unknown)."""
    code = UNITS[unit]
    time = "T" if unit in TIME_UNITS else ""
    if count is None:  # "for decades" is PXDE (the TIMEX3 guidelines), not PXY
        return "PXDE" if unit == "decade" else f"P{time}X{code[-1] if code[-1] != 'E' else 'D'}"
    if code in ("10Y", "100Y", "1000Y", "2W"):
        return f"P{_number_text(count * int(code[:-1]))}{code[-1]}"
    if code == "WE":
        return f"P{_number_text(2 * count)}D"
    whole, half = int(count), count - int(count)
    smaller = {"year": ("M", 6), "hour": ("M", 30), "minute": ("S", 30), "day": ("H", 12)}
    if half and unit in smaller:
        extra = f"{'T' if unit == 'day' else ''}{smaller[unit][1]}{smaller[unit][0]}"
        return f"P{time}{whole}{code}{extra}" if whole else f"P{time}{extra}"
    return f"P{time}{_number_text(count)}{code}"


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"

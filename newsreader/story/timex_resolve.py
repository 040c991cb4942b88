"""Placing an underspecified calendar name ("June", "Aug. 18", "Friday") on the calendar.

News is written about the days around its publication: a weekday is the one in the
week of publication, in the past unless the clause speaks of the future; a month
alone is the most recent one, or the next one in a future clause; a month and day
is the nearest such day.
"""

from __future__ import annotations

import datetime as dt
import re

from newsreader.story.timex_calendar import SEASONS, safe_date
from newsreader.story.timex_context import (
    NOT_AFTER_AUXILIARY,
    PAST_IRREGULAR,
    PAST_JUST_BEFORE,
    Context,
)

# A clause told in the past: its auxiliaries, and the irregular verbs news tells with
_PAST_TOLD = re.compile(rf"\b(?:{PAST_IRREGULAR})\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NEXT_WEEK = re.compile(r"\bnext\s+week\b(?![^.;]*\b(?:this|last)\s+week\b)", re.IGNORECASE)
_SINCE_NEAR = re.compile(
    r"\bsince\s+(?:[\w'-]+\s+){0,4}?(?:(?:on|late|early|last)\s+)?$", re.IGNORECASE
)
_ENDED_BEFORE = re.compile(r"\bended\s+(?:on\s+)?$", re.IGNORECASE)
# "the Jan. 6 riot", "Tuesday's Aug. 18 deadline": a day naming a thing, outside the tense
_NAMING_BEFORE = re.compile(r"(?:\bthe|'s)\s+$", re.IGNORECASE)
_NAMING_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|through\b)[a-z]{3,}")


def weekday(ctx: Context, start: int, number: int, relation: str = "") -> str:
    """`Friday` (number 4) as a day; `relation` is "last", "this", "next", "past" (on
    or before the reference, whatever the tense) or ""."""
    ref = ctx.reference
    if ref is None:
        return f"XXXX-WXX-{number + 1}"
    delta = (number - ref.weekday()) % 7
    first = ctx.last_day
    if not relation and first and first > ref and _after_coming(ctx, start, number):
        # "will fill out questionnaires Monday and Tuesday", "host Sunderstead on Tuesday
        # before travelling to Kingsmoor on Saturday": the day after the coming one
        return (first + dt.timedelta(days=(number - first.weekday()) % 7 or 7)).isoformat()
    back = (ref.weekday() - number) % 7
    if not relation and _SINCE_NEAR.search(ctx.text, max(0, start - 50), start):
        relation = "past"  # "idle since Monday", "since her arrest on Thursday": gone by
    if not relation and _NEXT_WEEK.search(ctx.text, ctx.sentence_start(start), start):
        # "Conditions improve next week, with sunshine returning Monday": that week's
        return (ref + dt.timedelta(days=7 + number - ref.weekday())).isoformat()
    relation = relation or _plan_relation(ctx, start, back, delta)
    if relation == "this":
        return (ref + dt.timedelta(days=number - ref.weekday())).isoformat()
    if relation == "nearer":
        return (ref + dt.timedelta(days=delta if delta < back else -back)).isoformat()
    if relation == "next" or (not relation and looks_ahead(ctx, start)):
        return (ref + dt.timedelta(days=delta or (7 if relation == "next" else 0))).isoformat()
    if relation == "last":
        # yesterday is "Wednesday", not "last Wednesday": that is the one a week before
        back = back + 7 if back <= 1 else back
    if not relation and back and delta and delta * 2 < back and not past_in_sentence(ctx, start):
        # untold by its tense, a day less than half as far ahead as back is the coming one
        # ("rain on Thursday", in Tuesday's paper); "said Thursday" stays last week's
        return (ref + dt.timedelta(days=delta)).isoformat()
    return (ref - dt.timedelta(days=back)).isoformat()


def _plan_relation(ctx: Context, start: int, back: int, delta: int) -> str:
    """What a plan, an order or a change of date says of a weekday its tense does not place:
    "next" for a day something begins or is put off to ("a special session beginning
    Monday", "pushed back to Tuesday"), "nearer" for one an order, a plan told in the past
    or a change takes effect on ("ordered residents to leave Tuesday afternoon", "ordered him
    to surrender his passport by Friday", "preorders starting Friday"), else ""."""
    if _BEGINNING_BEFORE.search(ctx.text, max(0, start - 14), start):
        return "next" if back else "this"
    before = ctx.clause_before(start)
    if back and delta and (_told_to(ctx, start, before) or _starting(ctx, start)):
        return "nearer"
    return "next" if _PUT_OFF_TO.search(before) else ""


def _starting(ctx: Context, start: int) -> bool:
    """ "preorders starting Friday", "limits from Monday": a change that takes effect on a
    day either side, not a span's first day ("from Monday through Thursday")."""
    if not _STARTING_BEFORE.search(ctx.text, max(0, start - 14), start):
        return False
    if _SPAN_TO.match(ctx.text, start) or ctx.is_future(start):
        return False  # "will close starting Friday": the coming one, as any future says
    return not told_in_past(ctx, start)


_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|effective|from)\s+(?:on\s+)?$", re.I)
# a participle of what starts on a day is of what is still to come: "a session beginning
# Monday" (one that began Monday "began")
_BEGINNING_BEFORE = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+)?$", re.I)
_SPAN_TO = re.compile(r"\w+\s*(?:,\s*)?(?:through|to|until|till|and|or|[-–])\s", re.I)


def _told_to(ctx: Context, start: int, before: str) -> bool:
    """Whether the day's future is only an infinitive after a verb told in the past, a plan
    of the past ("the two were to be flown to Dublin on Thursday") or an order's deadline;
    `before` is the clause before the day."""
    if _DEADLINE_SET.search(before) or _WAS_TO.search(before):
        return True
    cue = ctx.future_cue(start)
    if cue is None or not cue.lower().startswith("to "):
        return False
    at = before.lower().rfind(cue.lower())
    return at > 0 and bool(_PAST_TOLD.search(before, 0, at) or _PAST_ED.search(before, 0, at))


_PUT_OFF_TO = re.compile(
    r"\b(?:postponed|delayed|pushed\s+back|put\s+off|rescheduled|deferred|slip|moved\s+back)\b"
    r"[^.;]*\b(?:to|until|till)\s+(?:(?:next|the\s+coming)\s+)?$",
    re.IGNORECASE,
)
_GRANTED = re.compile(
    r"(?:gave|given|needed|postponed|delayed|deferred|extended|adjourned|recessed)\b",
    re.IGNORECASE,
)
_WAS_TO = re.compile(
    r"\b(?:was|were)\s+(?:due\s+|supposed\s+)?to\s+(?:be\s+)?[a-z]+\b(?![^.;]*\bhad\b)"
)


def last_in_sentence(ctx: Context, start: int) -> bool:
    """Whether the date last named is earlier in the sentence that holds `start`."""
    end = ctx.last_end
    return end >= ctx.sentence_start(start) and not SENTENCE_END.search(ctx.text, end, start)


def _after_coming(ctx: Context, start: int, number: int) -> bool:
    """Whether the weekday follows another, still to come: joined to it, or later in its
    sentence with nothing told in the past between."""
    if _PAIR_BEFORE.search(ctx.text, max(0, start - 30), start):
        return True
    end = ctx.last_end
    if number == ctx.last_day.weekday() or not _WEEKDAY_ENDS.search(
        ctx.text, max(0, end - 22), end
    ):
        return False
    if not last_in_sentence(ctx, start):
        return False
    between = ctx.text[end:start]
    return not (_PAST_TOLD.search(between) or _PAST_ED.search(between) or _REPORTED.search(between))


_WEEKDAY_ENDS = re.compile(
    r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)


_PAIR_BEFORE = re.compile(
    r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:and|or|through|to)\s+$"
)
# "faces a Friday deadline", "the Thursday deadline": a deadline not yet past;
# "meet tomorrow and Wednesday", "canceled classes today and Friday": a day joined to today
_DEADLINE = re.compile(r"\w+(?:'s)?\s+deadline\b", re.IGNORECASE)
_WITH_TOMORROW = re.compile(
    r"\b(?:today|tomorrow|tonight)\s+(?:and|or|through|to)\s+$", re.IGNORECASE
)


# "canceled through Friday", "could take until Sunday": a span that reaches the day; not
# a range ("from Monday through Thursday") nor a clause told in the past ("lasted until")
_UNTIL_BEFORE = re.compile(
    r"(?<!day\s)\b(?:until|till|through)\s+"
    r"(?:(?:noon|midday|midnight|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)


def looks_ahead(ctx: Context, start: int) -> bool:
    """Whether a day or season still to come is meant: a future cue, "until" not told in
    the past, a deadline."""
    if ctx.is_future(start) or _WITH_TOMORROW.search(ctx.text, max(0, start - 20), start):
        return True
    if _UNTIL_BEFORE.search(ctx.text, max(0, start - 30), start):
        return not told_in_past(ctx, start)
    if not _DEADLINE.match(ctx.text, start):
        return False
    # "missed the Friday deadline", "completed its offer, ... by the Tuesday deadline"
    told = ctx.text[ctx.sentence_start(start) : start]
    return not (_PAST_TOLD.search(told) or _PAST_VERB.search(told))


_OPENS = re.compile(
    r"(?:\s*\b(?:on|in|by|during|since|until|early|late|mid|last|this|but|and|then|"
    # "On the morning of Jan. 14, as agents were carrying boxes out"
    r"the\s+(?:morning|afternoon|evening|night|eve|day|weekend)\s+of)\b)*\s*$",
    re.IGNORECASE,
)
# The rest of a sentence, over abbreviations ("Roe vs. Wade", "Birmingham, Ala., killed")
_SENTENCE_REST = re.compile(r"(?:[^.;!?\n]|(?<![A-Za-z]{4})(?<=[A-Za-z])\.)*")
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|said|told|took|came|went|began|(?<!-)[a-z]{3,}ed)\b"
)
_RELATIVE_OPENS = re.compile(r"[^,;.]{0,20}?,?\s*(?:which|when|where|who)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:that|said|says|told)\b")
# A verb in the past tense, not a participle after an auxiliary ("is expected", "has asked")
# not an adjective joined by a hyphen: "second-placed", "so-called", "long-awaited"
# Past tenses spelt as the present ("shares hit a record Thursday", "the bank cut 200 jobs in
# April"): a verb when an object follows (not "a further cut in March") and no infinitive or
# modal comes before ("to cut its rates")
_NOT_BARE = "to would may might can could must should shall do does not"
_BARE_PAST = "".join(rf"(?<!\b{w}\s)" for w in _NOT_BARE.split()) + (
    r"(?<!'ll\s)(?:cut|shut|hit|quit|hurt|split|spread|cost|shed|beat)"
    r"(?=\s+(?:(?:a|an|the|its|his|her|their|our|some|all|more|off|down|(?-i:[A-Z]))\b|\d))"
)
_PAST_ED = re.compile(
    NOT_AFTER_AUXILIARY
    + rf"(?<!\bwill\s)(?<!n.t\s)(?<!\byet\s)(?<!-)\b(?:[a-z]{{3,}}ed|{_BARE_PAST})\b"
)


def past_in_sentence(ctx: Context, start: int) -> bool:
    """A verb in the past anywhere in the sentence ("who led a march to ... on Friday")."""
    if told_in_past(ctx, start):
        return True
    before = ctx.text[ctx.sentence_start(start) : start]
    return bool(_PAST_TOLD.search(before) or _PAST_ED.search(before))


def past_after(ctx: Context, start: int) -> bool:
    """A verb in the past after the expression in its sentence."""
    return _told_in_past(ctx, _sentence_after(ctx, start))


def _sentence_after(ctx: Context, start: int) -> str:
    end = ctx.text.find(" ", start)
    return _SENTENCE_REST.match(ctx.text, end if end >= 0 else start, start + 200)[0]


def _told_in_past(ctx: Context, rest: str) -> bool:
    past = _PAST_VERB.search(rest)
    return past is not None and not ctx.future_cue_in(rest, past.start())


def told_in_past(ctx: Context, start: int) -> bool:
    """Whether the clause before the expression is told in the past, or, when the expression
    opens its sentence ("In January, a clinic was bombed"), the sentence it opens."""
    before = ctx.clause_before(start, 60)
    if _PAST_TOLD.search(before) or PAST_JUST_BEFORE.search(before):  # "opened in January"
        return True
    # "searched ... on Jan. 14"; what follows "added that" has a tense of its own
    own = _REPORTED.split(before)[-1]
    if _PAST_ED.search(own) and not ctx.future_cue_in(own):
        return True
    if not _OPENS.fullmatch(before):
        return False
    # "On Friday, the government announced it would pay": what it told of comes after
    rest = _sentence_after(ctx, start)
    if _RELATIVE_OPENS.match(rest):
        return False  # "on June 1, which had been a workday": what the day was, not its tense
    return _told_in_past(ctx, rest)


def month(ctx: Context, start: int, number: int, relation: str = "") -> str:
    """`June` as a month: the most recent one, or the next one in a future clause."""
    ref = ctx.reference
    if ref is None:
        return f"XXXX-{number:02d}"
    if relation == "this":
        return f"{ref.year:04d}-{number:02d}"
    if relation == "past":  # "this past May": the latest one, however recent
        return f"{ref.year - (1 if number >= ref.month else 0):04d}-{number:02d}"
    if relation == "last" and (ref.month - number) % 12 <= 1:
        # "last February" said in March is a year before: the one just over is "last month"
        back = (ref.month - number) % 12 + 12
        year = ref.year + (ref.month - 1 - back) // 12
        return f"{year:04d}-{number:02d}"
    future = relation == "next" or (relation != "last" and ctx.is_future(start))
    if future and not relation and _GRANTED.match(ctx.future_cue(start) or ""):
        # "We gave the company until the end of October", said in November: a deadline set
        # in the past may be over, when it is a month or two back
        back = (ref.month - number) % 12
        future = not 0 < back <= 2
    since = _SINCE_BEFORE.search(ctx.text, max(0, start - 7), start)  # "since November": past
    if not relation and not future and (told := told_year(ctx, start, number)) is not None:
        return f"{told:04d}-{number:02d}"
    if not relation and not future and not since and not told_in_past(ctx, start):
        # A month a few months ahead is nearer than the same month most of a year ago.
        future = (number - ref.month) % 12 * 2 < (ref.month - number) % 12
    if future:
        year = ref.year + (1 if number < ref.month or (relation and number == ref.month) else 0)
    else:
        year = ref.year - (1 if number > ref.month or (relation and number == ref.month) else 0)
    return f"{year:04d}-{number:02d}"


def told_year(ctx: Context, start: int, month: int = 0, carried: bool = True) -> int | None:
    """The past year a sentence tells of, named in its opening ("In 1991, the Legislature
    fought ... until August", "That year, the council approved an increase in July") or, when
    `carried`, in the sentences just before it in its paragraph ("The 1988 floods were the
    worst. The waters began rising in August"; "began in July 1992. In the spring" is the
    spring after), when the clause is told in the past. Only then: "founded in 1921, he
    announced in June that he would retire" is this June."""
    ref = ctx.reference
    if ref is None or ctx.is_future(start):
        return None
    year = _sentence_year(ctx, start, carried)
    if year is None or year >= ref.year:
        return None
    if (year == ctx.story_year and month and month < ctx.story_month) or (
        ctx.named_winter and year == ctx.named_year and 0 < month <= 3
    ):
        year += 1  # a story told forward; "Last winter's storm, in mid-January": its January
        if year == ref.year and month > ref.month:
            return None
    # told in the past: the clause, or the sentence around it ("but by the end of the year
    # demand had recovered")
    sentence = ctx.sentence_around(start, start)
    told = told_in_past(ctx, start) or _PAST_TOLD.search(sentence) or _PAST_ED.search(sentence)
    ahead = ctx.future_cue_in(ctx.text[ctx.sentence_start(start) : start])
    return year if told and not ahead else None


def _sentence_year(ctx: Context, start: int, carried: bool) -> int | None:
    named = ctx.named_year
    if named is not None and SENTENCE_END.search(ctx.text, ctx.named_year_end, start):
        named = None
    if not carried or ctx.story_year is None:
        return named
    between = ctx.text[ctx.story_end : start]
    if "\n" in between or _QUOTE_OPENS.search(between) or _SAID.search(between):
        return named  # what someone said is news of now: "He said that June was hard"
    ends = len(SENTENCE_END.findall(ctx.text, ctx.story_end, start))
    # in its own sentence, a story year counts only where the sentence opens with a year or
    # the year opens a clause telling of it ("survived the flood of 1964, when water rose"),
    # or a date of the story came before ("began rising in August and receded in September")
    alone = ends == 0 and named is None and not (ctx.story_when or ctx.story_told)
    # past its sentence, only a year that opened one carries: "Kessler Construction,
    # founded in 1979, is a road builder. Its name surfaced ... on Jan. 14" is this January
    aside = ends > 0 and not (ctx.story_opens or ctx.story_when or ctx.story_told)
    if ends > _STORY_SENTENCES or alone or aside:
        return named
    return ctx.story_year


_QUOTE_OPENS = re.compile(r"(?:^|\s)[\"“]")
_SAID = re.compile(r"\b(?:said|says|say|told|tells)\b")
_STORY_SENTENCES = 2  # how many sentences a background year carries over


# where a sentence ends: its stop (and closing quote) before a capital, or a line break
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+(?=[A-Z\"“])|\n")


def month_day(ctx: Context, start: int, number: int, day: int) -> str | None:
    """`Aug. 18` as the nearest such day to the reference date."""
    ref = ctx.reference
    if ref is None:
        return f"XXXX-{number:02d}-{day:02d}" if safe_date(2000, number, day) else None
    years = (ref.year - 1, ref.year, ref.year + 1)
    options = [d for y in years if (d := safe_date(y, number, day))]
    if not options:
        return None
    if _ENDED_BEFORE.search(ctx.text, max(0, start - 12), start):
        # "the fiscal year ended Jan. 31": over by the story's date
        options = [d for d in options if d <= ref] or options
    elif (told := told_year(ctx, start, number)) is not None and safe_date(told, number, day):
        return safe_date(told, number, day).isoformat()  # "In 1980 ... died there on March 14"
    # News looks back more than ahead: a future day must be clearly nearer to win, and
    # more so in a clause told in the past ("was arrested for a March 21 call").
    cue = None if _names_thing(ctx, start) else ctx.future_cue(start)
    if cue is None and _UNTIL_BEFORE.search(ctx.text, max(0, start - 30), start):
        # "a cut in agency budgets through June 30", said in November: a span still running
        # reaches ahead; "has fallen 2% this year through Oct. 19" is a figure to date
        gone = max((d for d in options if d <= ref), default=None)
        if gone and (ref - gone).days > _TO_DATE_DAYS and not told_in_past(ctx, start):
            cue = "will"
    if cue is None:
        cue = _set_for(ctx.clause_before(start))
    if cue is not None and ctx.is_certain(cue):
        later = [d for d in options if d >= ref]
        # "the hearing is scheduled for Feb. 14": the coming one; but "the trial was set for
        # May 9", told in June, is the May gone: a plan most of a year off names its year
        # "The trial, set for May 9, opened that morning": a plan's participle takes the
        # tense of the sentence it sits in
        gone = told_in_past(ctx, start) or (
            _PLAN_PARTICIPLE.search(ctx.clause_before(start)) and past_after(ctx, start)
        )
        far = later and (min(later) - ref).days > _FAR_AHEAD_DAYS and gone
        if later and not far:
            return min(later).isoformat()
    ahead = 1.0 if cue is not None else 4.0 if told_in_past(ctx, start) else 1.5
    best = min(options, key=lambda d: (d - ref).days * ahead if d > ref else (ref - d).days)
    return best.isoformat()


def _set_for(before: str) -> str | None:
    """The cue of a day an order, a court or a timetable sets, from the clause before it."""
    if _DEADLINE_SET.search(before):
        return "to"  # "directed the Corporation to file a report by December 10"
    if _SET_DOWN.search(before):
        return "for"  # "posted the matter for hearing on December 14": the nearer either way
    if _SCHEDULE_FROM.search(before):
        return "from"  # "the third departing each Thursday from August 6": a timetable
    return None


def _names_thing(ctx: Context, start: int) -> bool:
    """ "the Jan. 6 riot": a day naming a thing, whatever the tense; not an event set for
    that day ("will face him in the Nov. 4 general election")."""
    if not _NAMING_BEFORE.search(ctx.text, max(0, start - 6), start):
        return False
    end = ctx.text.find(" ", ctx.text.find(" ", start) + 1)  # past "Jan. 6"
    return (
        end > 0 and bool(_NAMING_AFTER.match(ctx.text, end)) and not SCHEDULED.match(ctx.text, end)
    )


_PLAN_PARTICIPLE = re.compile(
    r"(?:^|\b(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[a-z]+\s+)"
    r"(?:set|scheduled|slated|planned)\s+(?:for|on)\s+$",
    re.IGNORECASE,
)
_TO_DATE_DAYS = 61  # "through" a day this recent is a figure up to it
_FAR_AHEAD_DAYS = 270  # a plan told in the past this far ahead is more likely one gone
# An order or an expectation with its deadline: "directed the city to file a report by",
# "ordered him to surrender his passport by", "expected the governor to sign it by"
_DEADLINE_SET = re.compile(
    r"\b(?:order|direct|ask|requir|instruct|urg|forc|tell|told|expect)(?:s|e|es|ed|ing)?\b"
    r"[^;]*\bto\s+(?!be\b|have\b)[a-z]+\b[^;]*\bby\s+$"
)
# A timetable that starts on a day: "departing each Thursday from August 6"
_SCHEDULE_FROM = re.compile(
    r"\b(?:each|every|daily|weekly|nightly|(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|"
    r"Saturdays|Sundays))\b[^.;]*\b(?:from|starting|beginning)\s+$",
    re.IGNORECASE,
)
# A court's business set down for a day, told in the past or not: "posted the matter for
# hearing on", "set the case for trial on", "adjourned the hearing until", "remanded to"
_SET_DOWN = re.compile(
    r"\bfor\s+(?:(?:a|the|further|final|its)\s+)?(?:hearing|trial|sentencing|mention|"
    r"arguments|judgment|orders|retrial)\s+(?:on\s+)?$|"
    r"\b(?:adjourned|remanded|deferred|postponed|put\s+off|moved|pushed|rescheduled|reset)\b"
    r"[^.;]*\b(?:to|until|till)\s+$",
    re.IGNORECASE,
)
# An event set for a day: "the Nov. 4 general election", "the February meeting"
SCHEDULED = re.compile(
    # one word may qualify it: "Tuesday's council meeting", "the Nov. 4 general election"
    r"\s+(?:[a-z-]+\s+)?"
    r"(?:elections?|primary|primaries|runoff|referendum|vote|caucus(?:es)?|deadline|hearing|"
    r"summit|launch|sentencing|debate|auction|meeting|conference|session|trial|opening|"
    r"ceremony|game|match|final|semifinal|playoff|showdown|kick-?off|fixtures?|derby|parade)\b",
    re.IGNORECASE,
)


def season(ctx: Context, start: int, code: str, relation: str = "") -> str:
    """`summer` as the season of a year; a winter is named by the year of its December."""
    ref = ctx.reference
    if ref is None:
        return f"XXXX-{code}"
    year = ref.year - 1 if code == "WI" and ref.month <= 2 else ref.year
    ahead = not relation and (
        looks_ahead(ctx, start)
        # "racing to build camps before the winter": not told in the past, the coming one
        or (
            _BEFORE_SEASON.search(ctx.text, max(0, start - 14), start)
            and not past_in_sentence(ctx, start)
        )
    )
    told = None if relation or ahead else told_year(ctx, start, SEASONS[code][0])
    if told is not None:
        return f"{told:04d}-{code}"  # "In 1991, the Legislature fought through the summer"
    begins, ends = _season_bounds(year, code)
    if relation == "this":
        return f"{year:04d}-{code}"
    if relation == "next":
        return f"{year + (1 if ref >= begins else 0):04d}-{code}"
    if ahead:  # "will keep hiring through the spring", said in March: the one under way
        return f"{year + (1 if ref > ends else 0):04d}-{code}"
    if relation == "last":
        return f"{year - (0 if ref > ends else 1):04d}-{code}"
    if ref < begins and not relation and not told_in_past(ctx, start):
        # untold by its tense: the nearer one ("bookings for the fall", said in July)
        last, _ = _season_bounds(year - 1, code)
        if (begins - ref).days < (ref - last).days:
            return f"{year:04d}-{code}"
    return f"{year - (0 if ref >= begins else 1):04d}-{code}"


_BEFORE_SEASON = re.compile(r"\b(?:before|by|ahead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _season_bounds(year: int, code: str) -> tuple[dt.date, dt.date]:
    first, last = SEASONS[code]
    return dt.date(year, first, 1), dt.date(year + (code == "WI"), last, 28)


def nearest_year(ctx: Context, start: int, make) -> dt.date | None:
    """The date `make(year)` nearest the reference, for holidays without a year (a future
    one when the clause looks ahead, or when it is much nearer than the last one)."""
    ref = ctx.reference
    if ref is None:
        return None
    day = ctx.last_day
    # a day of another year named just before in the sentence: "on May 21, 2025, five days
    # before Memorial Day" (said in 2024), "the Rose Bowl on New Year's Day" (of 1999's story)
    if day and day.year != ref.year and last_in_sentence(ctx, start):
        years = [y for y in (day.year - 1, day.year, day.year + 1) if 1 < y < 9999]
        return min((make(y) for y in years), key=lambda d: abs(d - day))
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := make(y))]
    if ctx.is_future(start):
        later = [d for d in options if d >= ref]
        return min(later) if later else None
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 12), start):
        return max((d for d in options if d <= ref), default=None)  # "sober since Christmas"
    # The nearest, a future one only when less than half as far as the last one ("Black
    # Friday is approaching" a week ahead; "Christmas" in August is last year's), a quarter
    # in a clause told in the past.
    ahead = 4 if told_in_past(ctx, start) else 2
    return min(options, key=lambda d: (d - ref).days * ahead if d > ref else (ref - d).days)

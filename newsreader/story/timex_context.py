"""What a normalizer needs beyond the words: the reference date, tense and earlier dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from newsreader.story.timex_lex import MONTH, WEEKDAY

# A timetable stated outright: "takes effect Jan. 1", "expire Friday", "reset for Thursday";
# not "did not take effect until", "had been due to expire Friday"
_TIMETABLE = (
    r"(?<!\bdid\s)(?<!\bnot\s)(?<!\bto\s)(?:takes?\s+effect|expires?)|"
    r"(?:reset|rescheduled|reschedules?)\s+(?:for|to)"
)
# Words before an expression, in its own clause, that put it in the future.
_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|would|going to|gonna|scheduled|expected to|expects?|"
    r"expecting|prepar(?:e|es|ing)\s+to|due(?=\s+(?:on\s+|by\s+|at\s+)?$)|"
    # "results are expected Sunday night", "a decision expected by the end of June"
    r"(?:is|are)\s+(?:(?:now|still|also|not)\s+)?expected(?=\s+(?:(?:late|early)\s+)?$)|"
    # "with results expected late Wednesday", "snow expected between Saturday evening and"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)"
    r"expected(?=\s+(?:(?:late|early|on|between|into)\s+)?$)|"
    r"expected\s+by(?=\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$)|"
    # "if it trades well on Thursday" (not "asked if she had met him Tuesday"), "until
    # stewards are briefed Thursday"
    r"\bif\b(?![^,;.]*\b(?:had|was|were|did|said|"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bnot\s)(?<!\bbe\s)(?<!\bbeen\s)[a-z]{3,}ed)\b)|"
    r"until\s+(?:[\w'-]+\s+){0,3}?(?:is|are)\b|"
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)plans?|planned|planning|"
    r"set to|due to|is due|are due|to resume|to begin|to start|"
    r"to meet|to vote|to close|to leave|to return|to visit|to open|as soon as|as early as|"
    r"next(?!\s+to\b)|coming|upcoming|ahead\s+of|"
    # a timetable in the present tense: "the offer expires Friday", "is set for Tuesday"
    rf"{_TIMETABLE}|begins|starts|resumes|opens|reopens|meets|convenes|set\s+for|slated|"
    r"(?:they|talks|negotiations|hearings|deliberations|sessions|voters|polls|markets|schools|"
    r"banks|offices|courts)\s+(?:begin|start|resume|open|reopen|close|meet|vote|go)|"
    # "the deadline is Friday", "the vote is on Tuesday": a present copula before the day
    r"(?:is|are)(?=\s+(?:on\s+|in\s+)?$)|"
    # "the Games end on Sunday": a plural timetable verb right before the day
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!n't\s)(?<!not\s)(?:begin|end|resume|reopen|convene|conclude)"
    r"(?=\s+(?:on\s+)?$)|"
    r"leaves\s+for|heads\s+(?:to|for|into|back)|(?:is|are)\s+(?:(?:now|still|also|not)\s+)?"
    r"expected\s+(?:in|at|on|back|by)|"
    r"(?:un)?likely\s+to|(?:eager|poised|ready)\s+to|"
    r"faces\s+(?:trial|sentencing|arraignment|a\s+(?:vote|hearing|deadline))(?=\s+(?:on\s+|in\s+)?$)|"
    r"is\s+to|are\s+to|"
    # a verb, not a noun: "the president returns Friday", not "early returns Tuesday"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bearly\s)"
    r"(?<!\bpartial\s)(?<!\belection\s)(?<!\btax\s)(?<!\bfirst\s)(?<!\bfinal\s)"
    r"(?:votes|closes|ends|concludes|arrives|departs|returns|visits|travels|flies|testifies)\b|"
    r"launches|debuts|premieres|airs|kicks\s+off|wraps\s+up|goes\s+on\s+sale|"
    # "ministers arrive in Paris at the weekend": a journey in the present is scheduled
    r"(?<!\bdid\s)(?<!\bnot\s)(?<!n't\s)(?:arrive|depart)\b|"
    # a modal looks ahead ("may vote Tuesday"), unless it looks back ("may have", "could not")
    r"(?:(?-i:may|MAY)|might|should|must)(?!\s+(?:not\s+)?have\b)|"  # "May" is the month
    # "a vote could come Tuesday" (not "could not sleep", "could have died")
    r"could(?!n't|\s+(?:not|barely|hardly|have|see|hear)\b|\s+be\s+[a-z]+\s+(?:on\s+)?$)|"
    # a forecast in the present: "storms are possible Tuesday", "snow is forecast for Friday"
    r"(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:possible|likely|forecast|predicted)\b"
    r"(?!\s+to\s+have\b)|"
    r"(?:hop(?:es?|ed|ing)|intends?|intending|aims?|aiming|seeks?|seeking|wants?|tries|try|"
    r"trying|needs?|has|have)\s+to(?!\s+do\s+with\b)|"
    # "Korvians vote on Sunday", "shareholders vote Tuesday": a vote in the present is set
    r"(?-i:[A-Z][a-z]+s)\s+(?:vote|go\s+to\s+the\s+polls)(?=\s+(?:on\s+)?$)|"
    # "promised an election in June", "has promised a review by the end of June"
    r"(?:promis|pledg|vow)(?:e|es|ed|ing)?(?=\s+(?:an?|the|its|their|his|her|new)\s+"
    r"(?:(?!at\b)[\w'-]+\s+){1,5}?(?:in|by|for|before)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$)|"
    # "a bonus, to be paid in January": a passive infinitive looks ahead
    r"^\s*to\s+be\s+(?!the\b|an?\b)[a-z]{2,}(?:ed|id|en|ld|wn|nt)\b|"
    # a promise looks ahead of when it was made: "threatened to strike at 12:01 a.m.
    # Saturday", "promised to pay by spring" (not "decided to reopen the case in May")
    r"(?:vow|pledge|promise|threaten)[ds]?(?:ed)?\s+to\s+"
    r"(?!the\b|an?\b|its\b|their\b|his\b|her\b|this\b|that\b)(?=[a-z])|"
    # a deadline moved or granted: "postponed until Tuesday", "has until Friday to"
    r"(?:postpone|delay|defer|extend|adjourn|recess|give|gave|given|has|have|need)\w*\b[^.;]{0,60}"
    r"\b(?:until|till))\b",
    re.IGNORECASE,
)
_CERTAIN = re.compile(
    r"will|won't|wo n't|shall|'ll|scheduled|expected to|set to|due to|is due|are due|slated|"
    rf"set\s+for|{_TIMETABLE}|(?:postpone|delay|defer|extend|adjourn|recess)\w*\b.*",
    re.IGNORECASE | re.DOTALL,
)
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:on|in|by|during|early|late|later|next|this)\s+)?", re.IGNORECASE
)
_FUTURE_AFTER = re.compile(
    r"[^,.;:!?\n]{1,40},?\s+(?:(?!said\b|says\b|told\b)[\w'-]+\s+){0,5}?"
    r"(?:will|'ll|is\s+(?:expected|scheduled|due|set)\s+to|are\s+(?:expected|scheduled|due|set)\s+to)\b",
    re.IGNORECASE,
)
_OWNS_SUBJECT = re.compile(
    r"[A-Z][a-z]+day's\s+(?:[a-z-]+\s+){0,2}?(?:elections?|votes?|referendum|"
    r"runoff|poll|meeting|summit|talks|hearing|debate|match|game|final|deadline)\b"
)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_PAST_NEAR = re.compile(r"\b(?:last|past|previous|since|ago|earlier)\b", re.IGNORECASE)
# "had been due to", "as previously planned", "originally scheduled for": a plan of the past
_PAST_PERFECT = re.compile(
    r"\b(?:had\s+(?:been\s+)?|previously\s+|originally\s+|initially\s+)$", re.IGNORECASE
)
# A relative clause told in the past, between the future cue and the expression: "will
# offer the lander that the company unveiled in May".
_PAST_RELATIVE = re.compile(
    # "be ready to leave after ice jams pushed the river over its banks late Tuesday"
    r"\b(?:that|which|who|whom|whose|after|when|because|since)\b(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:was|were|had|did|said|told|took|came|went|began|made|won|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)
# A forecast of a figure for a past period: "expect employers added ... jobs in May"
_FORECAST_OF_PAST = re.compile(
    r"(?:expect|forecast|estimate|predict)s?\s+(?:that\s+)?"
    r"(?:(?!(?:to|will|would|be|been|remain|stay)\b)[a-z]+\s+){1,3}?[a-z]{3,}ed\b",
    re.IGNORECASE,
)
# A verb in the past right before the expression: "the men arrested Thursday", "the
# deadline to leave expired on Tuesday"; not a passive ahead ("will be released Friday")
# a participle there; after "is"/"are" a passive in the present ("are briefed Friday")
NOT_AFTER_AUXILIARY = r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhave\s)(?<!\bhas\s)(?<!\bis\s)(?<!\bare\s)"
# Past tenses without -ed
PAST_IRREGULAR = (
    "was|were|had|did|met|saw|gave|took|came|went|began|won|lost|held|sent|fell|rose|"
    "spoke|wrote|broke|struck|fought|sold|bought|brought|caught|fled|flew|drove|ran|led|"
    "became|spent|made|found|left|kept|paid|built|grew|knew|threw|froze|stood|lit|swept|"
    "sank|shook|tore|woke|rode|rang|sang|swam|stole|sought|taught|thought|heard|felt|"
    "chose|forgot|got|drew|blew|withdrew|upheld|oversaw|arose|awoke|slept|dealt|meant|"
    "told|sat|ate|shot|hung|dug|stuck|swore|bore|hid|shone"
)
PAST_JUST_BEFORE = re.compile(
    NOT_AFTER_AUXILIARY + rf"(?<!-)\b(?:[a-z]{{3,}}ed|(?i:{PAST_IRREGULAR}))\s+(?:on\s+|in\s+)?$"
)
# "will be formally launched Monday": a passive ahead, an adverb in it
_PASSIVE_AHEAD = re.compile(r"\b(?:be|been)\s+[a-z]+ly\s+[a-z]{3,}ed\s+(?:on\s+|in\s+)?$")
_PAST_PASSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?[a-z]{3,}ed\s+(?:on\s+)?$")
# also `wrong," he said`; not the point of "4.1 metres"
_CLAUSE_END = re.compile(r"[;:!?\n]|\.(?!\d)|,[\"”’']?\s")
# A period that ends an abbreviation, not a clause: "crest at St. Louis until Friday".
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Ste|Mt|Ft|Sen|Sens|Rep|Reps|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Prof|"
    r"Rev|Jr|Sr|No|Calif|Fla|Mass|Ariz|Colo|Conn|Ill|Ind|Kan|Ky|La|Md|Mich|Minn|Miss|Mo|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|[A-Z]|[ap]\.m|[ap]|"  # "8 a.m. on Sunday"
    r"Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$"  # "on Aug. 3"
)
_MONEY = re.compile(
    r"(?:\$|£|€|\d|\bcents?\b|\bpercent\b|%|\bshares?\b|\bprofit|\bearnings\b|\brevenue|"
    r"\bsales\b|\bnet\b|\bincome\b|\bloss\b|\bquarter)",
    re.IGNORECASE,
)


_GAME = re.compile(
    r"\b(?:halftime|half-time|touchdowns?|field\s+goals?|quarterback|overtime|scored|scoring|"
    r"rebounds|free\s+throws?|kickoff|tip-off|innings?|the\s+buzzer|penalty\s+kick)\b",
    re.IGNORECASE,
)


_WORD = re.compile(r"[A-Za-z]+")


def title_case_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is a headline in title case ("After 47 Years, Diner
    Serves Its Last Pancakes"), where capitals name nothing."""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    line_words = [w for w in _WORD.findall(line) if len(w) > 3]  # no "of", "the", "in"
    capitalised = sum(w[0].isupper() for w in line_words)
    return len(line_words) >= 3 and capitalised >= 0.8 * len(line_words)


_CALENDAR_NAME = re.compile(rf"\d|{MONTH}|{WEEKDAY}")
_OPENERS = " \t\"'“‘`(["


def is_title(text: str, start: int, end: int) -> bool:
    """`ABC's "This Week"`, `the Monitor Daily`: capitalised mid-sentence, a name, not a time.

    Month and weekday names are always capitalised; a headline in title case is not a name.
    """
    words = _WORD.findall(text, start, end)
    if (
        not words
        or not all(w[0].isupper() for w in words)
        or _CALENDAR_NAME.search(text, start, end)
    ):
        return False
    before = text[max(0, start - 40) : start].rstrip(_OPENERS)
    if not before or before[-1] in ".!?:;\n":
        return False  # a sentence starts here
    return not title_case_line(text, start)


@dataclass(slots=True)
class Context:
    text: str
    reference: dt.date | None
    last_day: dt.date | None = None  # the latest day-precision date mentioned
    # for a clock time told in the past: what the day last named was ("event", "said" on
    # "said Monday", "bound" on "ended Nov. 30", "ahead"), the latest event day up to the
    # reference, and the first day the text names up to it (the day its story is of)
    last_day_kind: str = ""
    event_day: dt.date | None = None
    first_day: dt.date | None = None
    first_ahead: dt.date | None = None  # the first day still to come the story names
    evening_of: dt.date | None = None  # the day whose evening or night was named last
    # the day each part of a day ("TAF", "TNI") was last named with: "Wednesday afternoon"
    day_parts: dict[str, dt.date] = field(default_factory=dict)
    last_year: int | None = None  # the year of the latest anchored date mentioned
    named_year: int | None = None  # the year a sentence opens with ("In 1991, ...")
    named_year_end: int = 0  # where that expression ends
    named_winter: bool = False  # it was a winter ("Last winter, ..."): its January is a year on
    story_year: int | None = None  # the past year the latest dates tell of, named in words
    story_end: int = 0  # where the latest of them ends
    story_month: int = 0  # the month the story has come to in that year, 0 if unknown
    story_when: bool = False  # its year is followed by ", when": "the flood of 1964, when"
    story_told: bool = False  # last kept by a date it tells of, not by its year written out
    story_opens: bool = False  # a day or month of it, or its year opening a sentence
    last_precision: str = ""  # the precision of that date: "day", "month", "year" ...
    last_month: int = 1  # its month, when its precision is "month" or finer
    last_week: dt.date | None = None  # the Monday of its week, when its precision is "week"
    last_end: int = 0  # where that date ends in the text
    last_quarter: tuple[int, int] | None = None  # (year, quarter) of financial reporting
    period: str = ""  # "quarter" or "year": the reporting period last spoken of
    day_first: bool | None = None  # writes "4 March", so "04/03/2021" too: see numeric_date

    def clause_before(self, start: int, width: int = 90) -> str:
        """The words before `start`, back to the start of the clause."""
        window = self.text[max(0, start - width) : start]
        ends = [
            e
            for e in _CLAUSE_END.finditer(window)
            if e[0] != "." or not _ABBREVIATION.search(window, 0, e.start())
        ]
        return window[ends[-1].end() :] if ends else window

    def is_future(self, start: int) -> bool:
        return self.future_cue(start) is not None

    @staticmethod
    def is_certain(cue: str) -> bool:
        """A future stated outright ("will", "is scheduled for"), not a plan or a wish."""
        return bool(_CERTAIN.fullmatch(cue))

    @staticmethod
    def future_cue_in(words: str, before: int | None = None) -> bool:
        """A future cue in `words`, starting before position `before` if given."""
        cue = _FUTURE.search(words)
        return cue is not None and (before is None or cue.start() < before)

    def future_cue(self, start: int) -> str | None:
        """The words that put the expression at `start` in the future, or None."""
        before = self.clause_before(start)
        cues = list(_FUTURE.finditer(before))
        cue = cues[-1] if cues else None
        if cue is None:
            return "will" if self._future_after(start, before) else None
        if _PAST_NEAR.search(before[-12:]) or _PAST_RELATIVE.search(before, cue.end()):
            return None
        if _SINCE.search(before, cue.end()):
            return None  # "will be the first since the pact took effect on Aug. 1"
        if _FORECAST_OF_PAST.match(before, cue.start()):
            return None  # "economists expect employers added 215,000 jobs in May": a report
        # "will charge the men arrested Thursday"; but a past after "would", "as soon as" is
        # the sequence of tenses ("would buy as soon as trading opened Monday")
        sequence = cue[0].lower() in ("would", "as soon as")
        if (
            not sequence
            and PAST_JUST_BEFORE.search(before, cue.end())
            and not _PASSIVE_AHEAD.search(before, cue.end())
        ):
            return None
        if cue[0].lower() != "as soon as" and _PAST_PASSIVE_BEFORE.search(before, cue.end()):
            return None  # "would not say whether he was arrested Tuesday"
        # "had been due to expire Friday": a plan of the past, overtaken since.
        return None if _PAST_PERFECT.search(before, 0, cue.start()) else cue[0].lower()

    def _future_after(self, start: int, before: str) -> bool:
        """`On Tuesday, the board will vote`: a time opening its clause takes the tense of
        the clause it opens."""
        # "investors bet that Sunday's election will pass off calmly": a day owning the
        # subject of its clause takes that clause's tense too
        owner = _OWNS_SUBJECT.match(self.text, start)
        if not (_OPENS_CLAUSE.fullmatch(before) or owner):
            return False
        return bool(_FUTURE_AFTER.match(self.text, start, start + 120))

    def sentence_start(self, start: int) -> int:
        """Where the sentence holding `start` begins: its period before it, the line break,
        or 0; a period of an abbreviation ("U.S. figures", "Aug. 3") ends none."""
        text, at = self.text, start
        newline = text.rfind("\n", 0, start)
        while (dot := text.rfind(". ", 0, at)) > newline:
            if not _ABBREVIATION.search(text, max(0, dot - 6), dot):
                return dot
            at = dot
        return max(newline, 0)

    def sentence_around(self, start: int, end: int) -> str:
        right = self.text.find(". ", end)
        return self.text[self.sentence_start(start) : right if right >= 0 else len(self.text)]

    def is_financial(self, start: int, end: int) -> bool:
        """A company-results sentence: "a year ago" there means the same quarter last year."""
        return bool(_MONEY.search(self.sentence_around(start, end)))

    def is_game(self, start: int, end: int) -> bool:
        """A sports sentence: "24 points in the third quarter" is a period of the game."""
        return bool(_GAME.search(self.sentence_around(start, end)))

    def anchor_day(self) -> dt.date | None:
        return self.last_day or self.reference

    def last_named_month(self) -> dt.date | None:
        """The first day of the month last named ("in October", "Aug. 5, 2018"), if any."""
        if self.last_year is None or self.last_precision not in ("day", "month"):
            return None
        return dt.date(self.last_year, self.last_month, 1)

"""Who said a quotation: the attribution around its quote marks, in news English.

Patterns: `"…," Sessions said` / `"…," said Police Chief Jarrod Burguan` /
`"…," according to Dr. Osei` after the quote; `Davis said in a statement: "…"` and
`Berry stressed that the department "…"` before it. Returns the raw speaker words and
where they are; `quote_speakers` turns them into full names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.story.entity_lexicon import SPEECH_VERBS

_VERB = "(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + ")"
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|la|le|da|del|bin|al)){0,6})"
# "the mayor", "a spokesman for the city", "one engineer", "their lead lawyer"
DETERMINERS = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
_ROLE = rf"{DETERMINERS}\s+(?:[A-Za-z.'’-]+\s+){{0,4}}?[a-z][a-z-]+"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b"
_STAFF_NAME = (
    rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:[a-z]+\s+){{1,2}}{_NAME}"  # "company spokesman Jo Li"
)
_WHO = rf"(?P<who>{_PRONOUN}|(?:[Tt]he\s+)?{_NAME}|{_ROLE}|{_STAFF_NAME})"
_ADVERBS = r"(?:(?:also|later|then|again|once|previously|has|had|have|further|simply)\s+)*"
_APPOSITIVE = (
    r"(?:,\s+(?P<appos>[^,\"“”‘’]{1,80}),)?"  # "Okonkwo, their lawyer," / "their lawyer, Okonkwo,"
)
_TAIL_PATTERNS = (
    re.compile(rf"\s*[,;]?\s*{_WHO}{_APPOSITIVE}\s+{_ADVERBS}(?P<verb>{_VERB})\b"),
    re.compile(rf"\s*[,;]?\s*(?P<verb>{_VERB})\s+{_WHO}"),
    re.compile(rf"\s*[,;]?\s*(?P<verb>according\s+to)\s+{_WHO}"),
)
_HEAD_VERB = re.compile(rf"\b(?P<verb>{_VERB})\b")
_HEAD_SUBJECT = re.compile(rf"{_WHO}{_APPOSITIVE},?\s+{_ADVERBS}$")  # "…, Jo Li, told"
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$")
_END_OF_ATTRIBUTION = re.compile(r"[^.!?\"“”‘’]*[.,;!?]?\s*")


@dataclass(frozen=True, slots=True)
class Attribution:
    who: str  # the speaker words as written: "he", "Mr. Sessions", "the mayor"
    at: int  # offset of those words
    end: int  # offset just after the attribution clause
    verb: str = "said"
    appositive: str | None = None  # set off by commas after `who`: a name or a role
    appositive_at: int = -1


def after_quote(text: str, end: int, limit: int) -> Attribution | None:
    """`"…," Sessions said` or `"…," said Police Chief Jarrod Burguan`, right after the quote."""
    for pattern in _TAIL_PATTERNS:
        match = pattern.match(text, end, limit)
        if match and _plausible(match.group("who")):
            clause = _END_OF_ATTRIBUTION.match(text, match.end(), limit)
            verb = match.group("verb").split()[0]
            return Attribution(
                match.group("who"), match.start("who"), clause.end(), verb, *_appositive(match)
            )
    return None


def before_quote(text: str, start: int, floor: int, partial: bool) -> Attribution | None:
    """`Davis said in a statement: "…"`: the last speech verb of the clause before the quote.

    A quotation inside a sentence (partial) needs no colon; otherwise the clause must end
    with a colon or comma so that a verb further back is not taken for this quote's.
    """
    lo = sentence_start(text, start, floor)
    head = text[lo:start]
    if not partial and not re.search(r"[:,]\s*$", head):
        return None
    verbs = list(_HEAD_VERB.finditer(head))
    if not verbs:
        return None
    verb = verbs[-1]
    match = _HEAD_SUBJECT.search(head, 0, verb.start())
    if not match or not _plausible(match.group("who")):
        return None
    appositive, at = _appositive(match)
    at = at + lo if appositive else at
    return Attribution(
        match.group("who"), lo + match.start("who"), start, verb.group(), appositive, at
    )


def _appositive(match: re.Match) -> tuple[str | None, int]:
    if not match.groupdict().get("appos"):
        return None, -1
    return match.group("appos").strip(), match.start("appos")


def sentence_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding pos, not before floor; "Mr." and "U.S." do not end one."""
    start = floor
    for match in _SENTENCE_END.finditer(text, floor, pos):
        if not _ABBREVIATION_END.search(text, max(floor, match.start() - 6), match.start() + 1):
            start = match.end()
    return start


def _plausible(who: str) -> bool:
    if is_role(who):
        return True
    first = who.split()[0]
    return first not in ("A", "An", "It", "This", "That", "In", "But", "And", "If", "When")


def is_role(who: str) -> bool:
    """ "the mayor", "one engineer": a description, not a name."""
    return bool(_ROLE_START.match(who))


_ROLE_START = re.compile(rf"{DETERMINERS}\s+[a-z]")

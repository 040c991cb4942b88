"""Speaker words to full names: "Sessions" -> "Jeff Sessions", "he" -> the last speaker."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from newsreader.story.entity_lexicon import ORG_NOUNS
from newsreader.story.entity_mentions import ORG, PERSON, Mention
from newsreader.story.entity_names import Names
from newsreader.story.quote_attribution import Attribution, is_role

_GENDERS = {"he": "m", "she": "f"}
_NOBODY = frozenset(("they", "we", "i"))


def _start(m: Mention) -> int:
    return m.start


def _inside(ranges: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [a for a, _ in ranges]

    def test(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ranges[k][1]

    return test


class Speakers:
    """Resolves attributions of one article, remembering who spoke where."""

    def __init__(self, text: str, names: Names, quoted: list[tuple[int, int]]) -> None:
        self.names = names
        inside = _inside(quoted)  # names within quotation marks are not the speakers
        self.mentions = sorted((m for m in names.mentions if not inside(m.start)), key=_start)
        self.starts = [m.start for m in self.mentions]
        self.paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)] or [0]
        self.spoke: list[tuple[int, str]] = [
            (m.start, m.name) for m in self.mentions if m.kind == PERSON and m.speaking
        ]

    def resolve(self, att: Attribution, anchor: int) -> str | None:
        """Full name for the attribution of the quote starting at anchor."""
        who = att.who.strip()
        low = who.lower()
        if low in _NOBODY:
            return None
        if low in _GENDERS:
            name = self._pronoun(att.at, min(anchor, att.at), _GENDERS[low])
        elif is_role(who):  # "their lawyer, Sam Okonkwo," names the speaker in apposition
            named = att.appositive and not is_role(att.appositive)
            name = self._named(att.appositive_at, att.appositive) if named else None
            name = name or self._role(att.at, who.split()[-1])
        else:
            name = self._named(att.at, who)
        if name:
            bisect.insort(self.spoke, (att.at, name))
        return name

    def _named(self, at: int, who: str) -> str | None:
        lo = bisect.bisect_left(self.starts, at)
        hi = bisect.bisect_left(self.starts, at + len(who))
        inside = self.mentions[lo:hi]
        for kind in (PERSON, ORG):
            found = [m for m in inside if m.kind == kind]
            if found:
                return found[-1].name
        person = self.names.person(re.sub(r"^[Tt]he\s+", "", who))
        if person:
            return person
        return who if re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}", who) else None

    def _pronoun(self, at: int, anchor: int, gender: str) -> str | None:
        """This paragraph's latest speaker or only person, else the last paragraph's."""
        here = self._paragraph(anchor, 0)
        before = self._paragraph(anchor, 1)
        return (
            self._latest_speaker(here, at, gender)
            or self._only_person(here, at, gender)
            or self._latest_speaker(before, at, gender)
            or self._only_person(before, at, gender)
        )

    def _latest_speaker(self, floor: int, at: int, gender: str) -> str | None:
        for pos, name in reversed(self.spoke):
            if floor <= pos < at and self._gender_fits(name, gender):
                return name
        return None

    def _only_person(self, floor: int, at: int, gender: str) -> str | None:
        lo, hi = bisect.bisect_left(self.starts, floor), bisect.bisect_left(self.starts, at)
        people = {
            m.name
            for m in self.mentions[lo:hi]
            if m.kind == PERSON and self._gender_fits(m.name, gender)
        }
        return people.pop() if len(people) == 1 else None

    def _role(self, at: int, head: str) -> str | None:
        """ "the mayor" -> the latest person whose title ends in Mayor; "the company"
        -> the latest organization."""
        head = head.lower()
        before = self.mentions[: bisect.bisect_left(self.starts, at)]
        for m in reversed(before):
            roles = self.names.roles.get(m.name) if m.kind == PERSON else None
            if roles and any(r.lower().split()[-1] == head for r in roles):
                return m.name
        if head in ORG_NOUNS:
            return next((m.name for m in reversed(before) if m.kind == ORG), None)
        return None

    def _paragraph(self, at: int, back: int) -> int:
        """Start of the paragraph holding at, or of the one `back` paragraphs earlier."""
        k = bisect.bisect_right(self.paragraphs, at) - 1
        return self.paragraphs[max(0, k - back)]

    def _gender_fits(self, name: str, gender: str) -> bool:
        known = self.names.genders.get(name)
        return known is None or known == gender

"""Speaker words to full names: "Sessions" -> "Jeff Sessions", "he" -> the last speaker."""

from __future__ import annotations

import bisect
import re

from newsreader.story.entity_mentions import ORG, PERSON
from newsreader.story.entity_names import Names
from newsreader.story.quote_attribution import Attribution

_GENDERS = {"he": "m", "she": "f"}
_NOBODY = frozenset(("they", "we", "i"))


class Speakers:
    """Resolves attributions of one article, remembering who spoke where."""

    def __init__(self, text: str, names: Names) -> None:
        self.names = names
        self.mentions = sorted(names.mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.paragraphs = [m.start() for m in re.finditer(r"[^\n]+", text)] or [0]
        self.spoke: list[tuple[int, str]] = [
            (m.start, m.name) for m in self.mentions if m.kind == PERSON and m.speaking
        ]

    def resolve(self, att: Attribution) -> str | None:
        who = att.who.strip()
        low = who.lower()
        if low in _NOBODY:
            return None
        if low in _GENDERS:
            name = self._pronoun(att.at, _GENDERS[low])
        elif re.match(r"(?:the|a|an)\s+[a-z]", who):
            name = self._role(att.at, who.split()[-1])
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

    def _pronoun(self, at: int, gender: str) -> str | None:
        """The latest speaker of this and the last paragraph, else its only person."""
        floor = self._window(at)
        for pos, name in reversed(self.spoke):
            if floor <= pos < at and self._gender_fits(name, gender):
                return name
        people = {
            m.name
            for m in self.mentions
            if m.kind == PERSON and floor <= m.start < at and self._gender_fits(m.name, gender)
        }
        return people.pop() if len(people) == 1 else None

    def _role(self, at: int, head: str) -> str | None:
        """ "the mayor" -> the latest person whose title ends in Mayor."""
        head = head.lower()
        for m in reversed(self.mentions[: bisect.bisect_left(self.starts, at)]):
            roles = self.names.roles.get(m.name) if m.kind == PERSON else None
            if roles and any(r.lower().split()[-1] == head for r in roles):
                return m.name
        return None

    def _window(self, at: int) -> int:
        k = bisect.bisect_right(self.paragraphs, at) - 1
        return self.paragraphs[max(0, k - 1)]

    def _gender_fits(self, name: str, gender: str) -> bool:
        known = self.names.genders.get(name)
        return known is None or known == gender

"""One article's names settled: surnames to full names, roles gathered, acronyms expanded."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newsreader.story.entity_gazetteer import STATE_ABBREVIATIONS
from newsreader.story.entity_lexicon import HONORIFICS, OCCUPATIONS, ROLE_HEADS, ROLE_MODIFIERS
from newsreader.story.entity_mentions import ORG, PERSON, PLACE, SINGLE, Mention, scan_mentions

_SUFFIXES = frozenset(["Jr.", "Sr.", "II", "III", "IV"])
_ROLE_NOUNS = frozenset(w.lower().rstrip(".") for w in ROLE_HEADS | OCCUPATIONS) | frozenset(
    [
        "spokesman",
        "spokeswoman",
        "organizer",
        "founder",
        "owner",
        "resident",
        "official",
        "activist",
    ]
)
_ROLE_EXPANSIONS = {"Sen.": "Senator", "Rep.": "Representative", "Gov.": "Governor"}
_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?((?:[\w.'’-]+\s+){0,4}?[\w'’-]+)"
    r"(?=\s+(?:of|for|at|in|with|who|whose|on|to)\b|,|\.|$)"
)
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
_PLACE_ALIASES = {"U.S.": "United States", "US": "United States", "USA": "United States"}
_PLACE_ALIASES |= {"U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom"}


def surname(name: str) -> str:
    words = [w for w in name.split() if w not in _SUFFIXES]
    return words[-1] if words else name


def first_last(name: str) -> str:
    words = [w for w in name.split() if w not in _SUFFIXES]
    return f"{words[0]} {words[-1]}" if len(words) > 1 else name


def org_key(name: str) -> str:
    """ "U.S. Department of Justice" and "Justice Department" share a key."""
    name = re.sub(r"^(?:U\.S\.|US|United States)\s+", "", name)
    match = re.fullmatch(r"(Department|Ministry|Bureau|Office) of (?:the )?(.+)", name)
    if match:
        name = f"{match.group(2)} {match.group(1)}"
    return name.casefold()


def initials(name: str) -> set[str]:
    words = re.findall(r"[\w'’-]+", re.sub(r"^(?:U\.S\.|US)\s+", "", name))
    full = "".join(w[0] for w in words).upper()
    caps = "".join(w[0] for w in words if w[0].isupper())
    return {full, caps}


def role_name(role: str) -> str:
    return " ".join(_ROLE_EXPANSIONS.get(w, w) for w in role.split())


@dataclass
class Names:
    """The settled mentions of one article and what they resolve to."""

    mentions: list[Mention]
    roles: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    genders: dict[str, str] = field(default_factory=dict)
    by_surname: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def person(self, surface: str) -> str | None:
        """The full name a surface form ("Mr. Burguan", "Chief Burguan", "Burguan") stands for."""
        words = [w for w in surface.split() if w not in HONORIFICS]
        while len(words) > 1 and words[0] in _ROLE_WORDS:
            words = words[1:]
        if not words:
            return None
        name = " ".join(words)
        if len(words) > 1:
            return self._full(name)
        found = self.by_surname.get(name) or self.by_surname.get(f"first:{name}")
        return found[-1] if found else None

    def _full(self, name: str) -> str:
        for full in self.by_surname.get(surname(name), []):
            if first_last(full) == first_last(name):
                return full
        return name


@lru_cache(maxsize=8)  # find_quotes and find_entities of one article share the work
def analyze(text: str) -> Names:
    """Scan, then settle single words and canonical names in article order (read-only)."""
    names = Names(scan_mentions(text))
    for m in names.mentions:
        if m.kind == PERSON and len(m.name.split()) > 1:
            _register(names, m.name)
    settled = []
    for m in names.mentions:
        m = _settle(names, m)
        if m is not None:
            settled.append(m)
            _learn(names, m, text)
    names.mentions = _expand_acronyms(settled)
    return names


def _register(names: Names, full: str) -> None:
    for key in (surname(full), f"first:{full.split()[0]}"):
        same = [n for n in names.by_surname[key] if first_last(n) == first_last(full)]
        if not same:
            names.by_surname[key].append(full)


def _settle(names: Names, m: Mention) -> Mention | None:
    if m.kind == PLACE:
        if m.name in STATE_ABBREVIATIONS:
            return None  # "Jackson, Tenn.": the city is the news, not the abbreviation
        m.name = _PLACE_ALIASES.get(m.name, m.name)
    if m.kind == ORG:
        m.name = re.sub(r"^(?:U\.S\.|US)\s+(?=\w)", "", m.name)
    single = len(m.name.split()) == 1
    if m.kind == PERSON and not single:
        m.name = names._full(m.name)
        return m
    if m.kind in (PERSON, SINGLE, PLACE) and single:
        full = names.by_surname.get(m.name)
        if full:  # "Davis" is the commissioner here, not the Californian city
            m.name, m.kind = full[-1], PERSON
            return m
    if m.kind == SINGLE:
        if not m.speaking:
            return None
        m.kind = PERSON
    return m if m.kind in (PERSON, PLACE, ORG) else None


def _learn(names: Names, m: Mention, text: str) -> None:
    if m.kind != PERSON:
        return
    if m.role:
        names.roles[m.name][role_name(m.role)] += 2  # a title outweighs an apposition
    else:
        role = _apposition_role(text, m.end)
        if role:
            names.roles[m.name][role] += 1
    if m.gender:
        names.genders[m.name] = m.gender


def _apposition_role(text: str, end: int) -> str | None:
    """ "Peter Simonson, executive director of ..." -> "Executive Director"."""
    match = _APPOSITION.match(text, end)
    if not match:
        return None
    words = match.group(1).split()
    if words[0] in ("and", "or", "but", "who", "which") or words[-1].lower() not in _ROLE_NOUNS:
        return None
    while len(words) > 1 and words[0][:1].isupper() and words[0] not in _ROLE_WORDS:
        words = words[1:]  # "the Baltimore police commissioner": the place is not the role
    owners = [k for k, w in enumerate(words) if w.endswith(("'s", "’s"))]
    words = words[owners[-1] + 1 :] if owners else words  # "the hospital system's chief ..."
    return " ".join(w[:1].upper() + w[1:] for w in words) or None


def _expand_acronyms(mentions: list[Mention]) -> list[Mention]:
    """ "ICE" is "Immigration and Customs Enforcement" when the article spells it out."""
    full = {}
    for m in mentions:
        if m.kind == ORG and len(m.name.split()) > 1:
            for key in initials(m.name):
                full.setdefault(key, m.name)
    for m in mentions:
        if m.kind == ORG and m.name.isupper() and m.name in full:
            m.name = full[m.name]
    return mentions

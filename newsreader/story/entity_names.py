"""One article's names settled: surnames to full names, roles gathered, acronyms expanded."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from newsreader.story import entity_gazetteer as gaz
from newsreader.story.entity_gazetteer import STATE_ABBREVIATIONS
from newsreader.story.entity_lexicon import (
    HONORIFICS,
    OCCUPATIONS,
    ORG_HEADS,
    ORG_NOUNS,
    PARTIES,
    PLACE_PREFIXES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
)
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
# "their lead lawyer, Samuel Okonkwo": the role set off before the name.
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"((?:[\w.'’-]+\s+){0,3}?[a-z][\w-]*),\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$"
)
# "Brightwave, the video-conferencing company": a single name that is an organization.
_ORG_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + "|".join(sorted(ORG_NOUNS, key=len, reverse=True))
    + r")\b"
)
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
_NOT_SHORT_FORMS = (
    _ROLE_WORDS
    | ORG_HEADS
    | PARTIES
    | PLACE_PREFIXES
    | frozenset(
        ["American", "National", "United", "Federal", "State", "New", "North", "South", "Public"]
    )
)
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
    org_forms: dict[str, str] = field(default_factory=dict)  # "Halvorsen" -> "Halvorsen Steel"

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
    names.org_forms = _org_short_forms(names.mentions, text)
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
    if m.kind == PERSON and not single and not m.role and m.name in names.org_forms:
        m.name, m.kind = names.org_forms[m.name], ORG  # "Valley Mercy" of Valley Mercy Hospital
        return m
    if m.kind == PERSON and not single:
        m.name = names._full(m.name)
        return m
    if m.kind in (PERSON, SINGLE, PLACE) and single:
        full = names.by_surname.get(m.name)
        if full:  # "Davis" is the commissioner here, not the Californian city
            m.name, m.kind = full[-1], PERSON
            return m
    if m.kind == SINGLE and m.name in names.org_forms:  # "Halvorsen said", "Brightwave's"
        m.name, m.kind = names.org_forms[m.name], ORG
        return m
    if m.kind == SINGLE:
        if not m.speaking:
            return None
        m.kind = PERSON
    return m if m.kind in (PERSON, PLACE, ORG) else None


def _org_short_forms(mentions: list[Mention], text: str) -> dict[str, str]:
    """Short names of an organization: its name's first word ("Halvorsen" of "Halvorsen
    Steel Corp.") or its name without the generic heads ("Valley Mercy" of "Valley Mercy
    Hospital"), or a single name set off as one ("Brightwave, the video company")."""
    forms: dict[str, str] = {}
    people = {w for m in mentions if m.kind == PERSON for w in (m.name, surname(m.name))}
    for m in mentions:
        words = m.name.split()
        if m.kind == ORG and len(words) > 1:
            if _short_form(words[0]) and words[0] not in people:  # not "Trump Administration"
                forms.setdefault(words[0], m.name)
            bare = len(words)
            while bare > 2 and words[bare - 1] in ORG_HEADS:
                bare -= 1
            if 1 < bare < len(words):
                forms.setdefault(" ".join(words[:bare]), m.name)
        elif m.kind == SINGLE and _short_form(m.name) and _ORG_APPOSITION.match(text, m.end):
            forms.setdefault(m.name, m.name)
    return forms


def _short_form(word: str) -> bool:
    return (
        len(word) > 3
        and word[0].isupper()
        and word[1:].islower()
        and word not in _NOT_SHORT_FORMS
        and not gaz.is_known_place(word)
    )


def _learn(names: Names, m: Mention, text: str) -> None:
    if m.kind != PERSON:
        return
    if m.role:
        names.roles[m.name][role_name(m.role)] += 2  # a title outweighs an apposition
    else:
        role = _apposition_role(text, m.end) or _role_before(text, m.start)
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
    if words[0] in ("and", "or", "but", "who", "which"):
        return None
    return _role_words(words)


def _role_before(text: str, start: int) -> str | None:
    """ "the union's organizing director, Luis Ferreira" -> "Organizing Director"."""
    match = _ROLE_BEFORE.search(text, max(0, start - 80), start)
    return _role_words(match.group(1).split()) if match else None


def _role_words(words: list[str]) -> str | None:
    """The job in a description, title-cased; None unless it ends in a job noun."""
    if words[-1].lower() not in _ROLE_NOUNS:
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

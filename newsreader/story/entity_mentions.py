"""Capitalized runs classified as people (with titles), places and organizations.

Each mention keeps its offset so quotes can resolve pronouns and surnames by position.
Single capitalized words are left as "single" for `entity_names` to settle once the
article's full names are known ("Davis" is a surname there, a city elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreader.story import entity_gazetteer as gaz
from newsreader.story.entity_lexicon import (
    FEMALE_HONORIFICS,
    HONORIFICS,
    LANDMARKS,
    LOCATIVES,
    MALE_HONORIFICS,
    NEVER_PLACES,
    NOT_NAMES,
    OCCUPATIONS,
    ORG_HEADS,
    PARTIES,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PLURAL_ROLES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    SURNAME_PLACES,
)
from newsreader.story.entity_tokens import Token, capitalized_runs, tokenize

PERSON, PLACE, ORG, SINGLE = "person", "place", "organization", "single"

_NAME_WORD = re.compile(
    r"[A-Z]['’][A-Z][a-z]+|"  # O'Brien
    r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|Mc[A-Z][a-z]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_NOT_ACRONYMS = frozenset(
    [
        "I",
        "II",
        "III",
        "IV",
        "CEO",
        "TV",
        "OK",
        "AM",
        "PM",
        "US",
        "USA",
        "UK",
        "AP",
        "ET",
        "PT",
        "GMT",
        "BBC",
    ]
) - {"AP", "BBC"}
_SUFFIXES = frozenset(["Jr.", "Sr.", "II", "III", "IV"])
_ROLE_WORDS = ROLE_HEADS | ROLE_MODIFIERS
_STAFF = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "officials",
        "official",
        "executives",
        "employees",
        "workers",
        "staff",
    ]
)
_SENTENCE_STOPS = frozenset('.!?:;"“”‘’—–-(')


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    name: str  # the name without titles: "Jeff Sessions", "Sessions"
    kind: str  # person, place, organization, or single (unsettled)
    role: str | None = None
    gender: str | None = None  # "m"/"f" from Mr./Ms.; None when not said
    speaking: bool = False  # next to a speech verb: strong evidence of a person


def scan_mentions(text: str) -> list[Mention]:
    """Every name-like mention in the text, in order."""
    tokens = tokenize(text)
    ctx = _Ctx(tokens, {t.start: i for i, t in enumerate(tokens)})
    lower = set(re.findall(r"\b[a-z][a-z'’]+\b", text))
    mentions: list[Mention] = []
    for run in capitalized_runs(text, tokens):
        for segment in _segments(run):
            segment = _trim(segment, ctx, lower)
            if segment:
                mentions.extend(_classify(segment, ctx))
    return mentions


@dataclass(slots=True)
class _Ctx:
    tokens: list[Token]
    at: dict[int, int]  # token start offset -> index

    def index(self, token: Token) -> int:
        return self.at[token.start]

    def before(self, token: Token) -> str:
        i = self.index(token)
        return self.tokens[i - 1].text if i > 0 else ""

    def after(self, token: Token, n: int) -> list[str]:
        i = self.index(token) + 1
        return [t.text for t in self.tokens[i : i + n]]


def _segments(run: list[Token]) -> list[list[Token]]:
    """Split a run at connectors, keeping "Department of Justice" and particles together."""
    parts: list[list[Token]] = [[]]
    joins: list[Token] = []
    for token in run:
        if token.text in NOT_NAMES and parts[-1]:
            joins.append(token)  # "United We Dream": a pronoun inside breaks the name
            parts.append([])
            continue
        if token.text[0].isupper():
            parts[-1].append(token)
        else:
            joins.append(token)
            parts.append([])
    merged = [parts[0]]
    for joiner, part in zip(joins, parts[1:], strict=True):
        if _joins(merged[-1], joiner.text, part):
            merged[-1] = [*merged[-1], joiner, *part]
        else:
            merged.append(part)
    return [p for p in merged if p]


def _joins(left: list[Token], joiner: str, right: list[Token]) -> bool:
    if not left or not right:
        return False
    if joiner in ("de", "del", "della", "der", "van", "von", "la", "le", "du", "da", "bin", "al"):
        return True
    if joiner not in ("of", "for", "and"):
        return False
    whole = " ".join(t.text for t in left + right)
    if joiner == "and" and (gaz.is_known_place(left[-1].text) or " and " in whole):
        return False
    heads = ORG_HEADS | {"Secretary", "Minister", "Ministry", "University", "Bank", "State"}
    return left[-1].text in heads or (right[-1].text in ORG_HEADS and len(right) + len(left) > 2)


def _trim(segment: list[Token], ctx: _Ctx, lower: set[str]) -> list[Token]:
    """Drop sentence openers and other capitalized non-names at the edges."""
    while segment and (segment[0].text in NOT_NAMES or segment[0].text in CONNECTOR_WORDS):
        segment = segment[1:]
    if (
        segment
        and _sentence_initial(ctx, segment[0])
        and segment[0].text.lower() in lower
        and segment[0].text not in _ROLE_WORDS
        and segment[0].text not in HONORIFICS
    ):
        segment = segment[1:]
    while segment and (segment[-1].text in NOT_NAMES or segment[-1].text in CONNECTOR_WORDS):
        segment = segment[:-1]
    return segment


CONNECTOR_WORDS = frozenset(("of", "for", "and", "the"))


def _sentence_initial(ctx: _Ctx, token: Token) -> bool:
    before = ctx.before(token)
    return not before or before in _SENTENCE_STOPS


def _classify(seg: list[Token], ctx: _Ctx) -> list[Mention]:
    words = [t.text for t in seg]
    if words[0] in HONORIFICS and len(words) > 1:
        return _person(seg[1:], None, _gender(words[0]), ctx)
    role_at = _role_block(words)
    if role_at is not None:
        return _titled(seg, role_at, ctx)
    return [_plain(seg, ctx)]


def _gender(honorific: str) -> str | None:
    if honorific in MALE_HONORIFICS:
        return "m"
    return "f" if honorific in FEMALE_HONORIFICS else None


def _role_block(words: list[str]) -> tuple[int, int] | None:
    """(start, end) of a title that is followed by a name, or None."""
    start = next((k for k, w in enumerate(words) if w in _ROLE_WORDS), None)
    if start is None:
        return None
    end = start
    while end < len(words) and (words[end] in _ROLE_WORDS or _of_in_role(words, end)):
        end += 1
    # The title must end on a head word ("Police Chief"), and a name must follow.
    last_head = max((k for k in range(start, end) if words[k] in ROLE_HEADS), default=None)
    if last_head is None or last_head + 1 >= len(words):
        return None
    if not all(_NAME_WORD.fullmatch(w) or w in _SUFFIXES for w in words[last_head + 1 :]):
        return None
    return start, last_head + 1


def _of_in_role(words: list[str], k: int) -> bool:
    return words[k] == "of" and k + 1 < len(words) and words[k + 1] in _ROLE_WORDS


def _titled(seg: list[Token], block: tuple[int, int], ctx: _Ctx) -> list[Mention]:
    start, end = block
    words = [t.text for t in seg]
    out = []
    prefix = [t for t in seg[:start] if t.text not in PARTIES and t.text not in ("U.S.", "US")]
    if prefix and gaz.is_known_place(" ".join(t.text for t in prefix)):
        out.append(_mention(prefix, PLACE))
    role = " ".join(words[start:end])
    out.extend(_person(seg[end:], PLURAL_ROLES.get(role, role), None, ctx))
    return out


def _person(name: list[Token], role: str | None, gender: str | None, ctx: _Ctx) -> list[Mention]:
    words = [t.text for t in name if t.text not in _SUFFIXES]
    if not words or not all(_NAME_WORD.fullmatch(w) for w in words):
        return []
    m = _mention(name, PERSON, role)
    m.gender, m.speaking = gender, _speaking(ctx, name)
    return [m]


def _mention(seg: list[Token], kind: str, role: str | None = None) -> Mention:
    name = " ".join(t.text for t in seg)
    return Mention(seg[0].start, seg[-1].end, name, kind, role)


def _plain(seg: list[Token], ctx: _Ctx) -> Mention:
    words = [t.text for t in seg]
    name = " ".join(words)
    if _shouted_place(words, name):  # a dateline: "SAN FRANCISCO —"
        m = _mention(seg, PLACE)
        m.name = name.title()
        return m
    kind = _kind_of(words, name, seg, ctx)
    m = _mention(seg, kind)
    m.speaking = _speaking(ctx, seg)
    return m


def _shouted_place(words: list[str], name: str) -> bool:
    """An all-capitals place name; short ones are more often acronyms ("ICE")."""
    if not all(w.isupper() for w in words) or (len(words) == 1 and len(name) < 5):
        return False
    return gaz.is_known_place(name.title())


def _kind_of(words: list[str], name: str, seg: list[Token], ctx: _Ctx) -> str:
    if len(words) > 1 and (words[-1] in ORG_HEADS or _head_of(words)):
        return ORG  # "... Union", "Department of Justice", "Communications Workers of America"
    if any(_ACRONYM.fullmatch(w) and w not in _NOT_ACRONYMS for w in words):
        return ORG if not gaz.is_known_place(name.title()) else PLACE
    if _is_place(words, name, seg, ctx):
        return PLACE
    if len(words) == 1:
        return SINGLE
    if words[-1] in OCCUPATIONS or words[0] in OCCUPATIONS:
        return "other"
    if words[-1] in LANDMARKS or words[0] in LANDMARKS:
        return "other"
    if words[0] == "River" or words[-1] == "River":
        return PLACE
    if ctx.after(seg[-1], 1) and ctx.after(seg[-1], 1)[0] in _STAFF:
        return ORG  # "Valley Health spokesman Kevin O'Brien"
    if len(words) <= 4 and all(_NAME_WORD.fullmatch(w) or w in _SUFFIXES for w in words):
        return PERSON
    return SINGLE if len(words) == 1 else ORG if words[-1] in ORG_HEADS else "other"


def _head_of(words: list[str]) -> bool:
    return "of" in words[1:] and words[words.index("of") - 1] in ORG_HEADS


def _is_place(words: list[str], name: str, seg: list[Token], ctx: _Ctx) -> bool:
    if gaz.is_region(name) or (len(words) > 1 and words[-1] in PLACE_HEADS):
        return name not in NEVER_PLACES
    if len(words) > 1 and words[0] in PLACE_PREFIXES and gaz.is_known_place(" ".join(words[1:])):
        return True
    population = gaz.city_population(name)
    if population is None or name in NEVER_PLACES:
        return False
    if len(words) > 1 or (population >= 100_000 and name not in SURNAME_PLACES):
        return True
    return _locative(seg, ctx)


def _locative(seg: list[Token], ctx: _Ctx) -> bool:
    """Preceded by "in"/"from"/..., or followed by a state ("Jackson, Tenn.")."""
    if ctx.before(seg[0]) in LOCATIVES:
        return True
    after = ctx.after(seg[-1], 2)
    return len(after) == 2 and after[0] == "," and gaz.is_region(after[1])


def _speaking(ctx: _Ctx, seg: list[Token]) -> bool:
    """ "Davis said", "said Davis": a speech verb next to the name."""
    after = ctx.after(seg[-1], 2)
    return ctx.before(seg[0]) in SPEECH_VERBS or any(w in SPEECH_VERBS for w in after)

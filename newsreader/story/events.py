"""Events: candidates from many articles that report one happening, merged.

Two candidates report the same happening when their dates are the same range and
their sentences share salient words (IDF-weighted: the names and rare words of
the happening, not the words every article of the story uses). Clustering is
leader-style against cluster centroids through an inverted index: linear in the
candidates, no all-pairs matrix. A coarse mention ("in June") that clearly
reports an event dated more finely ("June 26") joins it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsreader.model import Event, Source
from newsreader.story.candidates import Candidate

SAME_HAPPENING = 0.12  # cosine of a candidate to a cluster's centroid
COARSE_INTO_FINE = 0.15
RELATED = 0.05  # a repeated sentence joining an event of its dates: some shared words
WIDELY_TOLD = 3  # articles: an event a lone article's sentence of its day may join,
ONE_ANGLE = 0.08  # sharing this much with it (less than a member: its centre is wide)
CONTEXT_WEIGHT = 0.5
BACKGROUND = 0.5
RECENT_PAST = 91  # days (a quarter) before the first article: older background weighs less
ANTICIPATED = 0.25  # an article that foretold an event, against one that reports it
FEW_FOLLOWING = (5, 0.05)  # articles, share: the least coverage an event is counted against
WIDE_FLOOR = 0.25  # the least a month, quarter or year inside the archive's stretch weighs
_SUMMARY_CHARS = 240
_PRECISION_WEIGHT = {"day": 1.0, "week": 0.9, "month": 0.8, "quarter": 0.7, "year": 0.6}
_FINER = ["day", "week", "month", "quarter", "year"]
_WIDE = frozenset(("quarter", "year"))
# "WASHINGTON (AP) —", "CLEVELAND, Ohio –", "DUBAI, United Arab Emirates —"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,60}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})?"
    r"(?:\s*\([^)]{1,30}\))?\s*(?:[—–-]{1,2}|»|:)\s+|"
    # "(AP) — Rosa Tran ...": the credit left when "MARLOW, Kes." ended a sentence of its own
    r"^\([A-Z][\w.&/-]*(?: [A-Z][\w.&/-]*)?\)\s*[—–-]{1,2}\s+"
)
_QUOTE_START = re.compile(r"^[\"“‘']")
_COUNTED_FROM_PUBLICATION = re.compile(
    r"\b(?:last|this|next|ago|yesterday|today|tomorrow|tonight|earlier|later)\b", re.IGNORECASE
)

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Coverage:
    """When the articles of a timeline ran: what happened before the first one is
    background, and an event late in the archive has had fewer articles to tell it."""

    days: tuple[str, ...]  # publication days, one per article, sorted
    earliest: str | None

    @classmethod
    def of(cls, published: dict[str, str | None], earliest: str | None = None) -> Coverage:
        days = tuple(sorted(d for d in published.values() if d))
        return cls(days, earliest or (days[0] if days else None))

    def background(self, span: tuple[str, str]) -> float:
        """1, or less for an event over before the first article: BACKGROUND for the
        story's beginning the archive came weeks late to (a rescue a month before the
        first story), less the longer before RECENT_PAST it began: a year long
        past ("the contracts, from 2021 to 2024") is context however often recalled."""
        start, end = span
        if not self.earliest or end >= self.earliest:
            return 1.0
        before = _days_between(start, self.earliest)
        return BACKGROUND * min(1.0, math.sqrt(RECENT_PAST / max(before, 1)))

    def placing(self, precision: str, span: tuple[str, str]) -> float:
        """How well a month, quarter or year places an event in the stretch the archive
        covers: 1 less the share of the stretch its dates fill (at least WIDE_FLOOR). A year
        of a twenty-month story holds too much of it to be one happening ("the collapse
        last year", "the report due by the end of 2021" merge there); a month of it is a
        date. Dates outside the stretch are background or foretold, weighed elsewhere."""
        if precision in ("day", "week") or not self.days:
            return 1.0
        start, end = span
        if end < self.days[0] or start > self.days[-1]:
            return 1.0
        stretch = _days_between(self.days[0], self.days[-1]) + 1
        return max(WIDE_FLOOR, 1.0 - (_days_between(start, end) + 1) / stretch)

    def late(self, start: str) -> float:
        """How much more an event counts for being told by a share of fewer articles: the
        square root of all articles over those that ran from its start on (at least
        FEW_FOLLOWING). Counts, damped: a verdict in the archive's last week, told by
        half of the articles since, ranks with what half of all articles tell, not above
        what most of them do. An event after the last article was only foretold, by any
        of them: counted against all."""
        total = len(self.days)
        following = total - bisect_left(self.days, start)
        if not following:
            return 1.0
        least = max(FEW_FOLLOWING[0], FEW_FOLLOWING[1] * total)
        return math.sqrt(total / max(following, least)) if total > least else 1.0


def _days_between(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


@dataclass
class _Cluster:
    members: list[Candidate] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)
    square: float = 0.0  # squared norm of the centroid

    def add(self, candidate: Candidate, vector: Vector) -> None:
        self.members.append(candidate)
        self._sum(vector)

    def _sum(self, vector: Vector) -> None:
        for term, weight in vector.items():
            old = self.centroid.get(term, 0.0)
            self.centroid[term] = old + weight
            self.square += (old + weight) ** 2 - old**2

    def absorb(self, other: _Cluster) -> None:
        self.members.extend(other.members)
        self._sum(other.centroid)

    def similarity(self, vector: Vector, norm: float) -> float:
        dot = sum(w * self.centroid.get(t, 0.0) for t, w in vector.items())
        return dot / (math.sqrt(self.square) * norm) if self.square and norm else 0.0


def build_events(
    candidates: list[Candidate], version_of: dict[str, str] | None = None
) -> list[Event]:
    """Merge candidates into events, sorted by start, then end. `version_of` maps
    article ids to their version group (see `carried_over`)."""
    candidates = carried_over(candidates, version_of or {})
    idf = _idf(candidates)
    coverage = Coverage.of({c.article_id: c.published for c in candidates})
    groups: dict[tuple[str, str, str], list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        groups[(candidate.start, candidate.end, candidate.precision)].append(candidate)
    clusters = [c for members in groups.values() for c in _merged(_cluster(members, idf))]
    clusters = _coarse_into_fine(clusters, idf)
    ranked = sorted(((_event(c, idf, coverage), c) for c in clusters), key=lambda p: -p[0].score)
    events = _folded(ranked, idf, coverage)
    events.sort(key=lambda e: (e.start, e.end, -e.score))
    _distinct_summaries(events)
    return events


def _folded(
    ranked: list[tuple[Event, _Cluster]], idf: dict[str, float], coverage: Coverage
) -> list[Event]:
    """An event whose every sentence also reports a more important event of other
    dates ("in June tapped 12 cities, and the four targeted Thursday ...") joins the
    closest event of its own dates that shares words with it (RELATED or more): the
    sentence tells of that day too, in too few of its words to have joined by them,
    and on its own it would repeat on the timeline a sentence shown for the other date.
    So does an event of a day (or week) one article alone tells, when an event of its
    dates that several tell (WIDELY_TOLD) shares words with it (ONE_ANGLE): one
    reporter's angle on the day's happening ("the blast occurred at 10:35 a.m.",
    "Clinton has sought to distance himself"), in words of its own.
    `ranked`: events with their clusters, most important first."""
    cited: set[tuple[str, int]] = set()
    by_dates: dict[tuple[str, str], list[_Cluster]] = defaultdict(list)
    events: dict[int, Event] = {}
    for event, cluster in ranked:
        keys = {(c.article_id, c.offset) for c in cluster.members}
        same_dates = by_dates[(event.start, event.end)]
        host = _host(event, cluster, same_dates, keys <= cited)
        if host is None:
            cited |= keys
            same_dates.append(cluster)
            events[id(cluster)] = event
        else:
            host.absorb(cluster)
            events[id(host)] = _event(host, idf, coverage)
    return list(events.values())


def _host(
    event: Event, cluster: _Cluster, same_dates: list[_Cluster], repeated: bool
) -> _Cluster | None:
    """The more important event of the same dates `cluster` joins (see `_folded`)."""
    if repeated:
        return _closest(cluster, same_dates, RELATED)
    if event.precision in ("day", "week") and len({c.article_id for c in cluster.members}) == 1:
        widely = [c for c in same_dates if len({m.article_id for m in c.members}) >= WIDELY_TOLD]
        return _closest(cluster, widely, ONE_ANGLE)
    return None


def _closest(cluster: _Cluster, others: list[_Cluster], floor: float) -> _Cluster | None:
    """The cluster of `others` whose centroid is closest to `cluster`'s, if `floor` or more."""
    norm = math.sqrt(cluster.square)
    best, score = None, floor
    for other in others:
        similarity = other.similarity(cluster.centroid, norm)
        if similarity >= score:
            best, score = other, similarity
    return best


def _distinct_summaries(events: list[Event]) -> None:
    """One sentence sums up one event: a sentence dated twice ("ruled Wednesday that he
    must go back by Jan. 14") that already sums up a more important event is passed
    over for the event's next best source, when it has one (which then comes first)."""
    used: set[str] = set()
    for event in sorted(events, key=lambda e: -e.score):
        if event.sources[0].sentence in used:
            other = next((n for n, s in enumerate(event.sources) if s.sentence not in used), 0)
            event.sources.insert(0, event.sources.pop(other))
            event.summary = summarize(event.sources[0].sentence)
        used.add(event.sources[0].sentence)


def carried_over(candidates: list[Candidate], version_of: dict[str, str]) -> list[Candidate]:
    """A sentence carried unchanged into a later version of a text means what it meant
    first (`version_of`: article id -> its version group).

    A wire story run again days later keeps its "Thursday" and "last week": resolved
    against the later date they name a day nothing happened on. The first dated
    version to print the sentence (with that expression) says which day it is. Only
    versions: a stock line ("The council meets Tuesday.") in unrelated articles is
    news of each one's own week.
    """
    keys = [
        (version_of.get(c.article_id, c.article_id), c.sentence, c.expression) for c in candidates
    ]
    first: dict[tuple[str, str, str], Candidate] = {}
    for key, c in zip(keys, candidates, strict=True):
        known = first.get(key)
        if known is None or (c.published or "~") < (known.published or "~"):
            first[key] = c
    return [_dated_as(c, first[key]) for key, c in zip(keys, candidates, strict=True)]


def _dated_as(candidate: Candidate, origin: Candidate) -> Candidate:
    if (origin.start, origin.end) == (candidate.start, candidate.end):
        return candidate
    return replace(
        candidate, start=origin.start, end=origin.end, precision=origin.precision, date=origin.date
    )


def earliest_published(candidates: list[Candidate]) -> str | None:
    """The first day the archive covers: what happened before it is background."""
    return min((c.published for c in candidates if c.published), default=None)


def importance(
    sources: list[Source], precision: str, span: tuple[str, str], coverage: Coverage
) -> float:
    """Distinct citing articles, and distinct days they ran on: what lasts mattered;
    counted against the articles that could tell it (`Coverage.late`).

    An article that ran before the event's dates (`span`: start, end) foretold it, and a
    plan can slip ("the trial, set for June 9", later moved): it counts for ANTICIPATED
    of one that reports it. Finer dates weigh more (a day says more than a year), and so
    does what happened within the archive's coverage: an event before the first article
    is background ("the plant, built in 1987"), however often it is recalled.
    """
    start = span[0]
    weight: dict[str, float] = {}
    days: dict[str, float] = {}
    for s in sources:
        told = 1.0 if not s.published or s.published >= start else ANTICIPATED
        if told == 1.0 and _foretold(s.sentence, s.expression):
            told = ANTICIPATED  # "the report is expected this month", written in the month
        weight[s.id] = max(weight.get(s.id, 0.0), told)
        if s.published:
            days[s.published] = max(days.get(s.published, 0.0), told)
    articles, dated = sum(weight.values()), sum(days.values())
    scale = _PRECISION_WEIGHT[precision] * coverage.late(start) * coverage.background(span)
    scale *= coverage.placing(precision, span)
    return round((articles + 0.5 * max(dated - 1, 0)) * scale, 3)


def _idf(candidates: list[Candidate]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for candidate in candidates:
        counts.update(set(candidate.terms))
    total = len(candidates) + 1
    return {term: math.log(total / (1 + n)) + 1.0 for term, n in counts.items()}


def _vector(candidate: Candidate, idf: dict[str, float]) -> tuple[Vector, float]:
    vector = {t: CONTEXT_WEIGHT * idf.get(t, 1.0) for t in set(candidate.context)}
    vector.update({t: idf.get(t, 1.0) for t in set(candidate.terms)})
    return vector, math.sqrt(sum(w * w for w in vector.values()))


def _cluster(members: list[Candidate], idf: dict[str, float]) -> list[_Cluster]:
    # Lead sentences first: they state the happening most fully, so they seed clusters.
    ordered = sorted(members, key=lambda c: (not c.lead, c.published or "", c.article_id, c.offset))
    return _leader(_single(c, idf) for c in ordered)


def _merged(clusters: list[_Cluster]) -> list[_Cluster]:
    """Clusters of one date whose centroids are as close as a member to its centroid.

    Leader clustering compares each candidate with the clusters as they stood when it
    came: two reports of one happening in different words ("rescued by fishermen",
    "found clinging to an inner tube") each seed a cluster before the words they
    share have gathered. Compared whole, the larger absorbs the smaller.
    """
    if len(clusters) < 2:
        return clusters
    return _leader(sorted(clusters, key=lambda c: -len(c.members)))


def _leader(units: Iterable[_Cluster]) -> list[_Cluster]:
    """Each unit joins the cluster so far closest to it (SAME_HAPPENING or more), or
    seeds one; candidate clusters are found through an inverted index of terms."""
    kept: list[_Cluster] = []
    postings: dict[str, set[int]] = defaultdict(set)
    for unit in units:
        norm = math.sqrt(unit.square)
        near = {k for t in unit.centroid for k in postings.get(t, ())}
        best, score = max(
            ((k, kept[k].similarity(unit.centroid, norm)) for k in near),
            key=lambda pair: pair[1],
            default=(-1, 0.0),
        )
        if best < 0 or score < SAME_HAPPENING:
            best = len(kept)
            kept.append(_Cluster())
        kept[best].absorb(unit)
        for term in unit.centroid:
            postings[term].add(best)
    return kept


def _single(candidate: Candidate, idf: dict[str, float]) -> _Cluster:
    cluster = _Cluster()
    cluster.add(candidate, _vector(candidate, idf)[0])
    return cluster


def _coarse_into_fine(clusters: list[_Cluster], idf: dict[str, float]) -> list[_Cluster]:
    """A month (or week, year) mention that clearly reports a finer-dated event joins it."""
    by_precision: dict[str, list[_Cluster]] = defaultdict(list)
    for cluster in clusters:
        by_precision[cluster.members[0].precision].append(cluster)
    kept: list[_Cluster] = list(by_precision["day"])
    for level, precision in enumerate(_FINER[1:], start=1):
        finer = [c for p in _FINER[:level] for c in by_precision[p]]
        for cluster in by_precision[precision]:
            target = _finer_match(cluster, finer, idf)
            if target is None:
                kept.append(cluster)
                continue
            rest = _Cluster()  # what only foretells the month reports no day of it
            for member in cluster.members:
                joins = rest if _foretold(member.sentence, member.expression) else target
                joins.add(member, _vector(member, idf)[0])
            if rest.members:
                kept.append(rest)
    return kept


# "the report would be delivered in March", "is expected this month": a plan; "disclosed
# since March", "by the end of March": a bound of a span. Neither reports a day of the month.
_FORETOLD = re.compile(
    r"\b(?:will|would|shall|expect(?:s|ed)?|due|scheduled|planned|promised|set\s+to|"
    r"(?:is|are)\s+to|going\s+to)\b[^.;]{0,40}$|\b(?:since|until|till|before|by)\s+$",
    re.IGNORECASE,
)
# "since protests began Jan. 14", "until Jan. 29": the day bounds a span
_BOUND = re.compile(r"\b(?:since|until|till)\b(?:,?\s+[\w'-]+){0,10}?\s+(?:on\s+)?$", re.IGNORECASE)


def _foretold(sentence: str, expression: str) -> bool:
    return _said_before(sentence, expression, _FORETOLD, 60)


def _bounded(sentence: str, expression: str) -> bool:
    return _said_before(sentence, expression, _BOUND, 90)


def _said_before(sentence: str, expression: str, words: re.Pattern, width: int) -> bool:
    """Whether `words` end in the `width` characters before the expression."""
    at = sentence.find(expression)
    return at > 0 and bool(words.search(sentence, max(0, at - width), at))


def _finer_match(cluster: _Cluster, finer: list[_Cluster], idf) -> _Cluster | None:
    """The finer event inside the mention's dates it is closest to. A quarter or a year
    holds too many happenings for shared words to tell which one another article's
    mention reports ("sales growth in 2019", "the tour in 2020"): it joins only an event
    its own articles tell."""
    first = cluster.members[0]
    inside = [
        other
        for other in finer
        if first.start <= other.members[0].start and other.members[0].end <= first.end
    ]
    if first.precision in _WIDE:
        own = {c.article_id for c in cluster.members}
        inside = [o for o in inside if own <= {c.article_id for c in o.members}]
    return _closest(cluster, inside, COARSE_INTO_FINE)


def _event(cluster: _Cluster, idf: dict[str, float], coverage: Coverage) -> Event:
    head = _finest(cluster.members)
    members = cluster.members
    vectors = [_vector(c, idf) for c in members]  # once each: voices and scores share them
    voices = _voices(members, vectors)
    scores = [
        _representative(c, v, voices, head.start) for c, v in zip(members, vectors, strict=True)
    ]
    ranked = [members[k] for k in sorted(range(len(members)), key=lambda k: -scores[k])]
    sources, seen = [], set()
    for c in ranked:
        if (c.article_id, c.offset) not in seen:
            seen.add((c.article_id, c.offset))
            sources.append(Source(c.article_id, c.sentence, c.expression, c.offset, c.published))
    return Event(
        date=head.date,
        start=head.start,
        end=head.end,
        precision=head.precision,
        summary=summarize(ranked[0].sentence),
        sources=sources,
        score=importance(sources, head.precision, (head.start, head.end), coverage),
    )


def _finest(members: list[Candidate]) -> Candidate:
    return min(members, key=lambda c: (_FINER.index(c.precision), c.start))


def _voices(members: list[Candidate], vectors: list[tuple[Vector, float]]) -> _Cluster:
    """The cluster with each distinct sentence once: a story's reruns and versions repeat
    its sentences, and should not outvote the other reporters of the happening."""
    voices, seen = _Cluster(), set()
    for candidate, (vector, _) in zip(members, vectors, strict=True):
        if candidate.sentence not in seen:
            seen.add(candidate.sentence)
            voices.add(candidate, vector)
    return voices


def _representative(
    candidate: Candidate, vector: tuple[Vector, float], voices: _Cluster, start: str
) -> float:
    """Close to the centre of the distinct sentences, from a story's lead, in the
    reporter's words, told once it happened (not "the trial is set to begin Sept. 8")."""
    score = voices.similarity(*vector)
    score -= 0.2 if candidate.published and candidate.published < start else 0.0
    score += 0.1 if candidate.lead else 0.0
    score -= 0.15 if _QUOTE_START.match(candidate.sentence) else 0.0
    score -= 0.1 if len(candidate.sentence) > 2 * _SUMMARY_CHARS else 0.0
    # "Last week, lawyers filed ..." under June 8: the reader of a timeline has no article
    # date to count from; "filed on June 8", "filed Thursday" read right
    score -= 0.1 if _COUNTED_FROM_PUBLICATION.search(candidate.expression) else 0.0
    # "41 people have been killed since protests began Jan. 14" counts from the day; it
    # does not tell what happened on it
    score -= 0.2 if _bounded(candidate.sentence, candidate.expression) else 0.0
    return score


def summarize(sentence: str) -> str:
    """The sentence without its dateline, cut at a word boundary when long."""
    text = _DATELINE.sub("", sentence.strip(), count=1)
    if len(text) <= _SUMMARY_CHARS:
        return text
    cut = text[:_SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + "…"

"""Direct quotations with resolved speakers, and the same quotation across articles.

Precision first: a quoted phrase counts only with a speech verb next to it (after the
quote, or before it in the same sentence), or as a whole paragraph of quoted speech.
Scare quotes ("so-called "sanctuary cities"") have neither and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsreader.model import Article
from newsreader.story.entity_lexicon import HONORIFICS
from newsreader.story.entity_names import analyze
from newsreader.story.quote_attribution import Attribution, after_quote, before_quote
from newsreader.story.quote_groups import cluster, majority_speaker, words
from newsreader.story.quote_marks import Span, quote_spans
from newsreader.story.quote_speakers import Speakers

_PARTIAL_MIN_WORDS = 5  # a mid-sentence fragment shorter than this is a scare quote
_ALONE_MIN_WORDS = 4  # an unattributed quoted paragraph must be this long
_TITLES = frozenset(h.casefold().strip(".") for h in HONORIFICS)  # "mr", "dr", ...


@dataclass(frozen=True, slots=True)
class Quote:
    article_id: str
    text: str  # without quote marks; a quote split by its attribution is one, parts joined
    speaker: str | None  # resolved full name ("Jeff Sessions"), or None
    offset: int  # offset of the quotation's first character in Article.text


@dataclass
class QuoteGroup:
    speaker: str | None
    text: str  # the most complete wording
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class _Found:
    span: Span
    text: str
    speaker: str | None
    attribution: Attribution | None


def find_quotes(article: Article) -> list[Quote]:
    """The article's direct quotations in text order."""
    text = article.text or ""
    spans = quote_spans(text)
    if not spans:
        return []
    quoted = sorted(part for span in spans for part in span.parts)
    speakers = Speakers(text, analyze(text), quoted)
    found: list[_Found] = []
    for k in range(len(spans)):
        _take(text, spans, k, speakers, found)
    article_id = article.id or ""
    return [
        Quote(article_id, f.text.rstrip(","), f.speaker, _first_char(text, f.span)) for f in found
    ]


def _take(text: str, spans: list[Span], k: int, speakers: Speakers, found: list[_Found]) -> None:
    span = spans[k]
    quoted = _clean(span.text(text))
    if not quoted:
        return
    limit = _limit(text, spans, k)
    tail = after_quote(text, span.end, limit) if span.closed else None
    last = found[-1] if found else None
    if tail is None and last and _continues(text, last, span):
        last.text = _join(last.text, quoted)  # "First part," he said. "Second part."
        last.span = Span(last.span.start, span.end, last.span.parts + span.parts)
        return
    attribution = tail or _before(text, span, quoted)
    if tail is not None and tail.verb == "according":  # the source, unless nobody speaks
        attribution = _before(text, span, quoted) or tail
    if attribution is not None:
        speaker = speakers.resolve(attribution, span.start)
        found.append(_Found(span, quoted, speaker, attribution))
    elif _whole_paragraph(text, span) and len(quoted.split()) >= _ALONE_MIN_WORDS:
        found.append(_Found(span, quoted, _carried_speaker(text, span, last), None))


def _before(text: str, span: Span, quoted: str) -> Attribution | None:
    floor = _paragraph_start(text, span.start)
    if _whole_paragraph(text, span):  # `Davis said in a statement:` ending the paragraph before
        floor = _paragraph_start(text, max(0, floor - 2))
    partial = len(quoted.split()) >= _PARTIAL_MIN_WORDS
    return before_quote(text, span.start, floor, partial)


def _continues(text: str, last: _Found, span: Span) -> bool:
    """The quote follows the last one with nothing but its attribution between them."""
    att = last.attribution
    if att is None or att.end > span.start or "\n" in text[att.end : span.start]:
        return False
    return not text[att.end : span.start].strip()


def _carried_speaker(text: str, span: Span, last: _Found | None) -> str | None:
    """A quoted paragraph right after an attributed quote (and its attribution clause)
    goes on with the same voice."""
    if last is None or last.speaker is None:
        return None
    after = max(last.span.end, last.attribution.end if last.attribution else 0)
    between = text[after : span.start]
    return last.speaker if between.count("\n") <= 2 and not between.strip() else None


def _limit(text: str, spans: list[Span], k: int) -> int:
    end = text.find("\n", spans[k].end)
    end = len(text) if end < 0 else end
    return min(end, spans[k + 1].start) if k + 1 < len(spans) else end


def _whole_paragraph(text: str, span: Span) -> bool:
    lo = _paragraph_start(text, span.start)
    hi = text.find("\n", span.end)
    hi = len(text) if hi < 0 else hi
    return not text[lo : span.start].strip() and not text[span.end : hi].strip(" .")


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _clean(quoted: str) -> str:
    return re.sub(r"[\s;:]+$", "", quoted.strip())


def _join(first: str, second: str) -> str:
    """ "…sanctuary city," + "Our policies …" reads "…sanctuary city. Our policies …"."""
    if second[:1].islower():
        return f"{first} {second}"
    first = first.rstrip(",")
    return f"{first}{'' if first.endswith(('.', '!', '?', '…')) else '.'} {second}"


def _first_char(text: str, span: Span) -> int:
    a, b = span.parts[0]
    while a < b and text[a].isspace():
        a += 1
    return a


def group_quotes(quotes: list[Quote]) -> list[QuoteGroup]:
    """The same quotation across articles, most-cited (by distinct articles) first."""
    groups = []
    for members in cluster(quotes):
        chosen = [quotes[i] for i in members]
        text = max(chosen, key=_completeness).text
        groups.append(QuoteGroup(majority_speaker(chosen), text, chosen))
    groups.sort(key=lambda g: (-len({q.article_id for q in g.quotes}), -len(g.quotes), _first(g)))
    return groups


def _completeness(q: Quote) -> tuple[int, bool, bool, int]:
    """Most words; then a named speaker, a full stop, and the plainer punctuation."""
    return (
        len(words(q.text)),
        q.speaker is not None,
        q.text.endswith((".", "!", "?")),
        -len(q.text),
    )


def _first(group: QuoteGroup) -> tuple[str, int]:
    return min((q.article_id, q.offset) for q in group.quotes)


def spoken_by(group: QuoteGroup, name: str) -> bool:
    """Whether the group's speaker is `name`: "Sessions", "Mr. Sessions" and "jeff
    sessions" all name Jeff Sessions (every word given, case and titles ignored)."""
    if group.speaker is None:
        return False
    wanted = name_words(name)
    return bool(wanted) and wanted <= name_words(group.speaker)


def name_words(name: str) -> set[str]:
    """The words of a name that identify it: casefolded, titles ("Mr.") left out."""
    words = {w.casefold().strip(".,") for w in name.replace("’", "'").split()}
    return words - _TITLES - {""}

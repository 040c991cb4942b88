"""The Whoosh schema, its analyzer, and the mapping between Article and stored fields.

The analyzer is Whoosh's StemmingAnalyzer (the default word pattern, lowercase,
English stop words, Porter stems) rewritten as one pass with a stem cache: Whoosh
runs a generator per filter per token, which made analysis most of the indexing
time. Whoosh pickles the schema into the index, so these class names are part of
the on-disk format: renaming them needs SCHEMA_VERSION bumped (forces a rebuild).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
import re
from collections.abc import Callable, Iterator

from whoosh.analysis import Analyzer, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.fields import DATETIME, ID, STORED, TEXT, Schema
from whoosh.formats import Positions
from whoosh.lang.porter import stem as porter_stem
from whoosh.system import pack_uint

from newsreader.model import Article

SCHEMA_VERSION = 1
WORD = re.compile(r"\w+(?:\.?\w+)*")
STOPS = frozenset(STOP_WORDS)
_STEMS: dict[str, str] = {}  # module level: an analyzer attribute would be pickled
_STEM_CACHE_MAX = 500_000
MAX_STEM = 40
TEXT_FIELDS = ("title", "subtitle", "outlet", "byline", "body")


def stem(word: str) -> str:
    """Porter stem of a lowercase word, cached (news vocabulary repeats a lot)."""
    stemmed = _STEMS.get(word)
    if stemmed is None and len(word) > MAX_STEM:
        return word  # not a word (a hash, a URL part): Porter can take very long
    if stemmed is None:
        if len(_STEMS) > _STEM_CACHE_MAX:
            _STEMS.clear()
        stemmed = _STEMS[word] = porter_stem(word)
    return stemmed


class WordTable(dict):
    """Word as written -> what `compute` makes of it, computed once (the table is
    emptied when it grows past _STEM_CACHE_MAX words)."""

    def __init__(self, compute: Callable[[str], str]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, word: str) -> str:
        if len(self) > _STEM_CACHE_MAX:
            self.clear()
        value = self[word] = self._compute(word)
        return value


def indexed_term(word: str) -> str:
    """The term a word as written is indexed under ("" = not indexed)."""
    lower = word.lower()
    return "" if len(lower) < 2 or lower in STOPS else stem(lower)


TERMS = WordTable(indexed_term)


def term_positions(text: str) -> dict[str, list[int]]:
    """Indexed term -> its word positions, as `terms` gives them (the indexing path:
    no character offsets, one dictionary lookup per word)."""
    poses: dict[str, list[int]] = {}
    start = poses.setdefault
    for pos, term in enumerate(map(TERMS.__getitem__, WORD.findall(text))):
        if term:
            start(term, []).append(pos)
    return poses


def terms(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(position, start char, end char, indexed term) for each kept word.

    Stop words and one-letter words are dropped but still take a position, so
    phrases match as StemmingAnalyzer would have them match."""
    for pos, match in enumerate(WORD.finditer(text)):
        word = match.group().lower()
        if len(word) < 2 or word in STOPS:
            continue
        yield pos, match.start(), match.end(), stem(word)


def every_word(text: str) -> Iterator[tuple[str, int, int]]:
    """(stem, start char, end char) of every word, stop words and one-letter words
    included (StemmingAnalyzer without a stop list): to find a query's words in a text."""
    for match in WORD.finditer(text):
        yield stem(match.group().lower()), match.start(), match.end()


class NewsAnalyzer(Analyzer):
    """Whoosh's StemmingAnalyzer in one pass; `tokenize=False` (prefixes,
    wildcards, ranges) only lowercases."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        if not tokenize:
            yield _fill(token, value.lower(), start_pos, start_char, start_char + len(value))
            return
        for pos, start, end, term in terms(value):
            if keeporiginal:
                token.original = value[start:end]
            yield _fill(token, term, start_pos + pos, start_char + start, start_char + end)


def _fill(token: Token, text: str, pos: int, start: int, end: int) -> Token:
    token.text, token.pos, token.startchar, token.endchar = text, pos, start, end
    token.stopped = False
    return token


class FastPositions(Positions):
    """Positions postings built straight from `terms`, without Token objects."""

    def word_values(self, value, analyzer, **kwargs):
        if not isinstance(analyzer, NewsAnalyzer) or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for word, poslist in term_positions(value).items():
            yield word, len(poslist), len(poslist) * boost, encode_positions(poslist)

    def postings(self, value: str) -> list[tuple[bytes, int, float, bytes]]:
        """What `field.index(value)` yields (term bytes, frequency, weight, encoded
        positions) for a NewsAnalyzer field, as one list (FastWriter's path)."""
        boost = self.field_boost
        return [
            (word.encode("utf-8"), len(poses), len(poses) * boost, encode_positions(poses))
            for word, poses in term_positions(value).items()
        ]


_ONE_POSITION: dict[int, bytes] = {}  # most terms occur once in a document


def encode_positions(poslist: list[int]) -> bytes:
    """Positions.encode: the count, then the pickled gaps between positions."""
    if len(poslist) == 1:
        found = _ONE_POSITION.get(poslist[0])
        if found is None:
            if len(_ONE_POSITION) > _STEM_CACHE_MAX:
                _ONE_POSITION.clear()
            found = _ONE_POSITION[poslist[0]] = pack_uint(1) + pickle.dumps(poslist, 2)
        return found
    gaps = [pos - before for before, pos in zip([0, *poslist], poslist, strict=False)]
    return pack_uint(len(gaps)) + pickle.dumps(gaps, 2)


def _text(boost: float = 1.0, stored: bool = False) -> TEXT:
    field = TEXT(analyzer=NewsAnalyzer(), stored=stored, field_boost=boost)
    field.format = FastPositions(field_boost=boost)
    return field


def build_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        path=ID(stored=True),
        title=_text(3.0),
        subtitle=_text(1.5),
        outlet=_text(),
        byline=_text(),
        published=DATETIME(),
        body=_text(),
        article=STORED(),  # the Article's fields as a dict, plus "digest"
    )


def to_document(article: Article, path: str) -> dict:
    """The Whoosh fields for one article (None values are left out)."""
    data = article.to_json()
    doc = {
        "id": article.id,
        "path": path,
        "body": article.text,
        "article": {**data, "digest": _digest_of(data)},
    }
    for name in ("title", "subtitle", "outlet", "byline"):
        if getattr(article, name):
            doc[name] = getattr(article, name)
    published = parse_date(article.published)
    if published:
        doc["published"] = published
    return doc


def to_article(stored: dict) -> Article:
    data = dict(stored["article"])
    data.pop("digest", None)
    return Article(**data)


def article_digest(article: Article) -> str:
    """Changes whenever anything shown of the article does (for derived stores)."""
    return _digest_of(article.to_json())


def _digest_of(data: dict) -> str:
    digest = hashlib.sha1()
    for value in data.values():
        digest.update(str(value).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def parse_date(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None

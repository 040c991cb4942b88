"""Snippets read an article only as far as their windows reach: the same snippet as
reading every word (the reference below), on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.index import snippets
from newsreader.index.schema import TERMS, WORD

# Short words (3 windows fit in a snippet), and matches rare (windows far apart).
OTHER = ["cat", "dog", "sun", "map", "pen", "car", "cup", "hat", "box", "key"]
WORDS = OTHER * 8 + ["vest", "vests", "city", "cities"]
STEMS = frozenset({"vest", "citi"})


def reference(text: str, stems: frozenset[str]) -> str:
    """snippet() as it was: every word of the text read first."""
    words = []
    for match in WORD.finditer(text):
        term = TERMS[match.group()]
        if term:
            words.append((*match.span(), term in stems))
    hits = [i for i, (_s, _e, matched) in enumerate(words) if matched]
    if not hits:
        return snippets.lead(text)
    pieces, used = [], 0
    windows = snippets._windows(hits, len(words))
    for first, last in windows:
        pieces.append(snippets._render(text, words[first : last + 1]))
        used += len(pieces[-1])
        if used >= snippets.MAX_CHARS:
            break
    prefix = "… " if words[hits[0]][0] > 0 and windows[0][0] > 0 else ""
    return prefix + " … ".join(pieces)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(WORDS), min_size=100, max_size=600), st.sampled_from(" \n,"))
def test_the_snippet_is_that_of_the_whole_text(words, gap):
    text = (gap + " ").join(words)
    assert snippets.snippet(text, STEMS) == reference(text, STEMS)


def test_a_long_article_is_read_only_as_far_as_its_windows():
    filler = "Nothing else happened there. " * 20
    text = (f"The vests arrived. {filler}" * 4) + filler * 100
    assert len(snippets._kept_words(text, STEMS)[0]) < 400  # of 8,000 words
    assert snippets.snippet(text, STEMS).count("<b>vests</b>") == 3


# Words whose first letters Porter changes ("eyed" -> "ei..."), or whose stem is
# one letter ("ies"), and ordinary ones, in any case.
UNSEEN = ["Eyed", "eying", "keys", "Cities", "ies", "oed", "stayed", "dyed", "by", "the", "I"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(UNSEEN + WORDS[-4:]), min_size=5, max_size=80),
    st.sets(st.sampled_from(["ei", "eye", "key", "citi", "i", "o", "stay", "dy", "vest"]),
            min_size=1, max_size=3),
)  # fmt: skip
def test_words_not_seen_before_match_as_when_stemmed(words, stems):
    """Words not yet in the word table are stemmed only when their first letters
    can match: the same matches as stemming every word."""
    text = " ".join(words)
    stems = frozenset(stems)
    TERMS.clear()
    found = snippets.snippet(text, stems)
    assert found == reference(text, stems)


# The stems' letters inside other words ("lovely", "decide"), words of one letter
# and stopwords, capitals, dotted words, a word Porter changes the start of.
CLUTTER = ["lovely", "decide", "I", "the", "of", "Vests", "CITY", "U.S.", "x", "eyed", "covet"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from(OTHER * 6 + CLUTTER + WORDS[-4:]), min_size=1, max_size=400),
    st.sampled_from([" ", "\n\n", ", ", " — ", ".  "]),
    st.sets(st.sampled_from(["vest", "citi", "ei", "covet", "decid"]), min_size=1, max_size=3),
)  # fmt: skip
def test_read_from_before_the_first_place_a_match_can_be(words, gap, stems):
    """Reading starts a few words before the first place the stems' letters occur
    and ends a few after the last: the snippet of the whole text, whatever they are
    and wherever they occur."""
    text = gap.join(words)
    stems = frozenset(stems)
    assert snippets.snippet(text, stems) == reference(text, stems)


def test_a_match_deep_in_a_long_article_is_read_from_near_it():
    filler = "Nothing else happened there. " * 400
    text = f"{filler}The vests arrived late.{filler}"
    words, cut = snippets._kept_words(text, STEMS)
    assert cut and len(words) < 40  # of 1,600 indexed words
    assert snippets.snippet(text, STEMS) == reference(text, STEMS)
    assert snippets.snippet(text, STEMS).startswith("… ")


def test_no_words_to_mark_give_the_lead():
    text = "The vests arrived late. " * 40
    found = snippets.snippet(text, frozenset())
    assert found == reference(text, frozenset()) == snippets.lead(text)

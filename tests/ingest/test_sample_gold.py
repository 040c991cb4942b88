"""The bundled sample corpus against its gold facts (a copy lives in tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.ingest.plaintext import clean_plaintext
from newsreader.model import Article
from newsreader.sanitize import normalize

REPO = Path(__file__).resolve().parents[2]
GOLD = json.loads((REPO / "tests" / "data" / "sample_gold.json").read_text(encoding="utf-8"))
ARTICLES = GOLD["articles"]
# Outlets the text itself names (a dateline, a masthead, the line above the byline);
# the manifest supplies the others.
OUTLET_IN_TEXT = {"001_6127b6edf6514e49", "002_ff24366a36f78b69", "003_291ebfcdde789490"}


def _clean(stem: str) -> Article:
    raw = (REPO / "sample_corpus" / f"{stem}.txt").read_text(encoding="utf-8")
    return clean_plaintext(raw)


@pytest.mark.parametrize("stem", sorted(ARTICLES))
def test_body_keeps_and_drops(stem: str) -> None:
    body = normalize(_clean(stem).text)
    for sentence in ARTICLES[stem]["body_has"]:
        assert normalize(sentence) in body
    for boilerplate in ARTICLES[stem]["body_lacks"]:
        assert normalize(boilerplate) not in body


@pytest.mark.parametrize("stem", sorted(ARTICLES))
def test_title(stem: str) -> None:
    article = _clean(stem)
    gold = ARTICLES[stem]["title"]
    assert article.title
    if gold:
        assert normalize(article.title) == normalize(gold)
    first = normalize(article.text.split("\n\n")[0])
    assert normalize(article.title.rstrip("…")) != first


@pytest.mark.parametrize("stem", sorted(ARTICLES))
def test_outlet_and_byline(stem: str) -> None:
    article = _clean(stem)
    gold = ARTICLES[stem]
    if stem in OUTLET_IN_TEXT:
        assert article.outlet == gold["outlet"]
    else:
        assert article.outlet in (None, gold["outlet"])
    assert article.byline == gold.get("byline")


def test_markdown_mirrors_text() -> None:
    article = _clean("003_291ebfcdde789490")
    assert article.markdown.count("\n\n") == article.text.count("\n\n")
    assert "Read more" not in article.markdown


def test_no_date_guessed_from_captions() -> None:
    # 000 and 004 carry a caption dated Aug. 2, the day before publication.
    assert _clean("000_20c8876e33a6016b").published is None
    assert _clean("004_cd46838aa5b83279").published is None

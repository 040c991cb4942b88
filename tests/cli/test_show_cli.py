"""`newsreader show ID`: the JSON shape, publication dates, plain output, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

KEYS = {
    "id", "path", "title", "subtitle", "outlet", "byline",
    "published", "published_from", "url", "text", "markdown",
}  # fmt: skip
GOLD = json.loads((Path(__file__).parents[1] / "data" / "sample_gold.json").read_text())
SAMPLE_IDS = sorted(GOLD["articles"])


@pytest.mark.parametrize("article_id", SAMPLE_IDS)
def test_json_shape_and_gold_metadata(cli, sample_copy, article_id):
    out = cli("show", article_id, "--archive", str(sample_copy), "--json")
    assert out.code == 0, out.err
    data = out.json()
    assert set(data) >= KEYS
    gold = GOLD["articles"][article_id]
    assert (data["id"], data["path"]) == (article_id, f"{article_id}.txt")
    assert data["outlet"] == gold["outlet"]
    if gold.get("title"):
        assert data["title"] == gold["title"]
    assert data["text"].strip() and data["markdown"].strip()


def test_every_sample_article_is_dated_and_says_how(cli, sample_copy):
    """Most sample files carry no date: the rest come from the text or from
    other versions of the same story."""
    dates = {}
    for article_id in SAMPLE_IDS:
        data = cli("show", article_id, "--archive", str(sample_copy), "--json").json()
        dates[article_id] = (data["published"], data["published_from"])
    assert {d for d, _ in dates.values()} <= {"2017-08-03", "2017-08-04"}
    assert {how for _, how in dates.values()} <= {"metadata", "text", "related"}
    assert "related" in {how for _, how in dates.values()}


def test_piped_output_is_plain_text(cli, sample_copy):
    out = cli("show", "002_ff24366a36f78b69", "--archive", str(sample_copy))
    assert out.code == 0
    assert "Sessions cracks down on cities over immigration" in out.out
    assert "\x1b" not in out.out


def test_unknown_id_is_a_one_line_error(cli, sample_copy):
    out = cli("show", "no/such/article", "--archive", str(sample_copy))
    assert out.code == 1
    assert out.out == ""
    assert len(out.err.strip().splitlines()) == 1 and "no/such/article" in out.err

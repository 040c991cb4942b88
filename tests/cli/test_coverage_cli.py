"""The coverage commands on the sample archive: versions, quotes, entities, coverage and
export, against their JSON shapes; errors; terminal output free of control characters."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from timelinejs_shape import check_timelinejs

REPO = Path(__file__).resolve().parents[2]
MONITOR, AP, DENVER, WAPO, ROUTE50 = (
    "000_20c8876e33a6016b",
    "001_6127b6edf6514e49",
    "002_ff24366a36f78b69",
    "003_291ebfcdde789490",
    "004_cd46838aa5b83279",
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ARTICLE_KEYS = {"id", "title", "outlet", "published"}


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, Path]:
    """One copy of the sample archive and one state folder for the module: indexed once."""
    root = tmp_path_factory.mktemp("coverage")
    shutil.copytree(REPO / "sample_corpus", root / "archive")
    return root / "archive", root / "home"


@pytest.fixture
def run(cli, sample, monkeypatch):
    archive, home = sample
    monkeypatch.setenv("NEWSREADER_HOME", str(home))

    def invoke(*argv: str):
        return cli(*argv, "--archive", str(archive))

    return invoke


def _ok(outcome):
    assert outcome.code == 0, outcome.err
    assert not CONTROL.search(outcome.out)
    return outcome


# -- versions -------------------------------------------------------------------------


def _paragraph(version: dict, words: str) -> dict:
    [found] = [p for p in version["paragraphs"] if any(words in s["text"] for s in p["segments"])]
    return found


def test_versions_json_shape_and_the_monitors_additions(run):
    data = _ok(run("versions", MONITOR, "--json")).json()
    assert set(data) >= ARTICLE_KEYS | {"versions"}
    assert data["id"] == MONITOR and data["outlet"] == "The Christian Science Monitor"
    assert [v["id"] for v in data["versions"]] == [AP, DENVER]
    for version in data["versions"]:
        assert set(version) >= ARTICLE_KEYS | {"words", "paragraphs"}
        assert set(version["words"]) == {"same", "added", "cut", "reworded"}
        for paragraph in version["paragraphs"]:
            assert paragraph["op"] in {"same", "added", "cut", "changed"}
            for segment in paragraph["segments"]:
                assert segment["op"] in {"same", "added", "cut", "reworded"}
                assert ("was" in segment) == (segment["op"] == "reworded")
    against_ap = data["versions"][0]
    assert against_ap["outlet"] == "Associated Press"
    assert _paragraph(against_ap, "Stockton Police Chief Eric Jones")["op"] == "added"


def test_versions_the_denver_post_stops_after_the_mayors_letter(run):
    data = _ok(run("versions", DENVER, "--json")).json()
    [against_ap] = [v for v in data["versions"] if v["id"] == AP]
    ops = [p["op"] for p in against_ap["paragraphs"]]
    last_own = max(k for k, op in enumerate(ops) if op != "cut")
    assert "Berry wrote" in against_ap["paragraphs"][last_own]["segments"][-1]["text"]
    assert set(ops[last_own + 1 :]) == {"cut"} and len(ops) - last_own > 8


def test_versions_terminal_listing_marks_added_and_cut_text(run):
    out = _ok(run("versions", MONITOR)).out
    assert "against Associated Press" in out
    assert "\n+ Stockton Police Chief Eric Jones said" in out
    assert "[-" in out and "{+" in out  # inline markers when piped
    assert "paragraphs the same" in out


def test_versions_of_a_text_with_none(run):
    data = _ok(run("versions", WAPO, "--json")).json()
    assert data["versions"] == []
    assert "no other versions" in _ok(run("versions", WAPO)).out


def test_versions_unknown_id_is_one_line_and_exit_1(run):
    out = run("versions", "no/such/article")
    assert out.code == 1 and out.out == ""
    assert out.err.count("\n") == 1 and "no article with id" in out.err


# -- quotes ---------------------------------------------------------------------------


def test_quotes_json_groups_sessions_statement_across_outlets(run):
    data = _ok(run("quotes", "--json")).json()
    assert data["speaker"] is None
    for quote in data["quotes"]:
        assert set(quote) >= {"speaker", "text", "articles", "sources"}
        assert quote["articles"] == len({s["id"] for s in quote["sources"]})
        for source in quote["sources"]:
            assert set(source) >= {"id", "outlet", "published", "speaker", "text", "offset"}
    key = "commonsense considerations"
    holding = [
        q
        for q in data["quotes"]
        if any(key in s["text"].lower().replace("-", "") for s in q["sources"])
    ]
    assert len(holding) == 1
    [statement] = holding
    assert statement["speaker"] == "Jeff Sessions"
    assert {s["id"] for s in statement["sources"]} >= {MONITOR, AP, DENVER, WAPO}
    assert {s["outlet"] for s in statement["sources"]} >= {
        "The Christian Science Monitor",
        "Associated Press",
        "The Denver Post",
        "The Washington Post",
    }


def test_quotes_by_speaker(run):
    data = _ok(run("quotes", "--speaker", "Sessions", "--json")).json()
    assert data["speaker"] == "Sessions" and data["quotes"]
    assert {q["speaker"] for q in data["quotes"]} == {"Jeff Sessions"}
    assert _ok(run("quotes", "--speaker", "Nobody Atall", "--json")).json()["quotes"] == []
    assert "no quotations by Nobody Atall" in _ok(run("quotes", "--speaker", "Nobody Atall")).out
    assert run("quotes", "--speaker", " ").code == 1
    assert len(_ok(run("quotes", "--limit", "2", "--json")).json()["quotes"]) == 2


def test_quotes_terminal_listing(run):
    out = _ok(run("quotes", "--speaker", "Burguan")).out
    assert out.startswith("Jarrod Burguan · 2 articles\n")
    assert "Associated Press · 2017-08-03 · 001_6127b6edf6514e49" in out


# -- entities -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Richard Berry", "Mayor"),
        ("Catherine Pugh", "Mayor"),
        ("Kevin Davis", "Police Commissioner"),
        ("Jarrod Burguan", "Police Chief"),
        ("Eric Jones", "Police Chief"),
        ("Alan Hanson", "Acting Assistant Attorney General"),
    ],
)
def test_entities_people_with_roles(run, name, role):
    data = _ok(run("entities", "--kind", "person", "--json")).json()
    people = {e["name"]: e for e in data["entities"]}
    assert people[name]["kind"] == "person"
    assert role in people[name]["role"]
    assert people[name]["articles"] >= 1 and people[name]["mentions"] >= people[name]["articles"]


def test_entities_json_shape_and_places(run):
    data = _ok(run("entities", "--json")).json()
    for entity in data["entities"]:
        assert set(entity) == {"name", "kind", "role", "mentions", "articles"}
        assert entity["kind"] in {"person", "place", "organization"}
    places = {e["name"] for e in data["entities"] if e["kind"] == "place"}
    assert {"Albuquerque", "Baltimore", "Stockton", "San Bernardino"} <= places
    sessions = next(e for e in data["entities"] if e["name"] == "Jeff Sessions")
    assert sessions["articles"] == 5
    limited = _ok(run("entities", "--kind", "place", "--limit", "3", "--json")).json()
    assert [e["kind"] for e in limited["entities"]] == ["place"] * 3


def test_entities_terminal_listing(run):
    out = _ok(run("entities", "--limit", "3")).out
    assert re.search(r"^People \(3 of \d+\)$", out, re.M)
    assert re.search(r"^ +\d+ +5  Jeff Sessions — Attorney General$", out, re.M)


# -- coverage -------------------------------------------------------------------------


def test_coverage_json_matrix(run):
    data = _ok(run("coverage", "--json")).json()
    outlets = [o["outlet"] for o in data["outlets"]]
    assert sorted(outlets) == sorted(
        [
            "The Christian Science Monitor",
            "Associated Press",
            "The Denver Post",
            "The Washington Post",
            "Route Fifty",
        ]
    )
    timeline = _ok(run("timeline", "--json")).json()["events"]
    assert [e["date"] for e in data["events"]] == [e["date"] for e in timeline]
    for event, told in zip(data["events"], timeline, strict=True):
        assert set(event) >= {"date", "start", "end", "precision", "summary", "reported_by"}
        cited = {s["id"] for s in told["sources"]}
        assert {i for r in event["reported_by"] for i in r["ids"]} == cited
    counts = {o["outlet"]: o["events"] for o in data["outlets"]}
    for outlet in outlets:
        assert counts[outlet] == sum(
            outlet in {r["outlet"] for r in e["reported_by"]} for e in data["events"]
        )
    everyone = [e for e in data["events"] if len(e["reported_by"]) == 5]
    assert any(e["start"] == "2017-08-03" for e in everyone)  # the letters, told by all


def test_coverage_terminal_matrix(run):
    out = _ok(run("coverage")).out
    assert "   1  " in out and "date        1 2 3 4 5  event" in out
    assert re.search(r"^2017-08-03  ● ● ● ● ●  ", out, re.M)


# -- export ---------------------------------------------------------------------------


def test_export_timelinejs_follows_the_documented_format(run):
    data = json.loads(_ok(run("export", "timeline", "--format", "timelinejs")).out)
    check_timelinejs(data)
    timeline = _ok(run("timeline", "--json")).json()["events"]
    assert len(data["events"]) == len(timeline)
    days = [e for e in data["events"] if e["start_date"].get("day")]
    assert {"year": 2017, "month": 8, "day": 3} in [e["start_date"] for e in days]


def test_export_timeline_csv_parses(run):
    out = _ok(run("export", "timeline", "--format", "csv", "--limit", "3")).out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    assert all(int(r["articles"]) == len(r["ids"].split("; ")) for r in rows)
    assert any("Associated Press" in r["outlets"] for r in rows)


def test_export_timeline_md_and_json(run):
    md = _ok(run("export", "timeline", "--title", "Letters to four cities")).out
    assert md.startswith("# Letters to four cities\n")
    events = _ok(run("export", "timeline", "--format", "json")).json()["events"]
    assert _ok(run("export", "timeline", "--json")).json()["events"] == events
    for event in events:
        assert f"## {event['date']}" in md or f"## week of {event['start']}" in md
        assert all(s["outlet"] for s in event["sources"])


def test_export_article_md(run):
    out = _ok(run("export", "article", DENVER)).out
    assert out.startswith("---\ntitle: Sessions cracks down on cities over immigration\n")
    assert "outlet: The Denver Post\n" in out
    assert "\n# Sessions cracks down on cities over immigration\n" in out
    assert "Berry wrote" in out


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "article"),
        ("export", "timeline", "extra-id"),
        ("export", "article", DENVER, "--format", "csv"),
        ("export", "timeline", "--format", "xml"),
        ("export", "article", DENVER, "--limit", "2"),
        ("export", "timeline", "--format", "csv", "--json"),
    ],
)
def test_export_usage_errors(run, argv):
    out = run(*argv)
    assert out.code == 2 and out.err.count("\n") == 1


def test_export_unknown_article(run):
    out = run("export", "article", "nope")
    assert out.code == 1 and "no article with id" in out.err


# -- article text is data ---------------------------------------------------------------


def test_control_characters_never_reach_the_output(cli, tmp_path):
    body = (
        "Mayor Jane Roe\x1b[31m said on Monday that the bridge would close.\n\n"
        '"We have no choice\x1b]0;title\x07 at all," Roe said.\n\n'
        "The city council met on Tuesday to vote on the plan for the old bridge."
    )
    records = [
        {"id": "a", "title": "Bridge\x1b[2J", "outlet": "Daily\x9b5m Planet", "text": body},
        {"id": "b", "title": "Bridge", "outlet": "Gazette", "text": body + "\n\nMore\x07 text."},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    for argv in (
        ("versions", "b"),
        ("quotes",),
        ("entities",),
        ("coverage",),
        ("export", "timeline"),
        ("export", "timeline", "--format", "csv"),
        ("export", "article", "b"),
    ):
        out = cli(*argv, "--archive", str(tmp_path))
        assert out.code == 0, (argv, out.err)
        assert not CONTROL.search(out.out), argv

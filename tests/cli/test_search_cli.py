"""`newsreader search`: JSON shape, totals, snippets, suggestion, fallback, clean output."""

from __future__ import annotations

import re

KEYS = {"query", "total", "results", "suggestion"}
HIT_KEYS = {"id", "title", "outlet", "published", "score", "snippet"}


def test_json_shape(cli, sample_copy):
    out = cli("search", "vests", "--archive", str(sample_copy), "--json")
    assert out.code == 0, out.err
    data = out.json()
    assert set(data) >= KEYS
    assert data["total"] == 2
    assert {r["id"] for r in data["results"]} == {"000_20c8876e33a6016b", "001_6127b6edf6514e49"}
    for hit in data["results"]:
        assert set(hit) >= HIT_KEYS
        assert "<b>vests</b>" in hit["snippet"]
    assert data["suggestion"] is None


def test_limit_keeps_total(cli, sample_copy):
    data = cli("search", "cities", "--limit", "2", "--archive", str(sample_copy), "--json").json()
    assert data["total"] == 5 and len(data["results"]) == 2


def test_field_and_phrase(cli, sample_copy):
    data = cli("search", 'outlet:"Washington Post"', "--archive", str(sample_copy), "--json").json()
    assert [r["id"] for r in data["results"]] == ["003_291ebfcdde789490"]


def test_suggestion_and_fallback(cli, sample_copy):
    data = cli("search", "imigration", "--archive", str(sample_copy), "--json").json()
    assert data["total"] == 0 and data["suggestion"] == "immigration"
    broken = cli("search", '"bulletproof vests', "--archive", str(sample_copy), "--json").json()
    assert broken["fallback"] is True and broken["total"] == 2


def test_plain_output_is_clean(cli, sample_copy):
    out = cli("search", "vest\x1b[31m", "--archive", str(sample_copy))
    assert out.code == 0
    assert "2 matches" in out.out and "<b>" not in out.out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out.out)


def test_empty_query_and_bad_limit(cli, sample_copy):
    assert cli("search", "  ", "--archive", str(sample_copy)).code == 1
    assert cli("search", "x", "--limit", "0", "--archive", str(sample_copy)).code == 2


def _ids(cli, archive, query: str) -> set[str]:
    out = cli("search", query, "--archive", str(archive), "--json")
    assert out.code == 0, out.err
    data = out.json()
    assert not data["fallback"] and data["total"] == len(data["results"])
    return {r["id"][:3] for r in data["results"]}


def test_name_facets(cli, sample_copy):
    """The Albuquerque mayor is in the Monitor, Denver Post and Route Fifty copies."""
    assert _ids(cli, sample_copy, 'person:"Richard Berry"') == {"000", "002", "004"}
    assert _ids(cli, sample_copy, "person:berry") == {"000", "002", "004"}
    assert _ids(cli, sample_copy, "vests person:berry") == {"000"}
    assert _ids(cli, sample_copy, "person:burguan OR Congress") == {"000", "001", "003"}
    assert _ids(cli, sample_copy, "place:Stockton") == {"000", "001", "002", "003", "004"}
    assert _ids(cli, sample_copy, "person:nobody") == set()


def test_dates_from_other_versions_count_in_date_ranges(cli, sample_copy):
    """Most sample files carry no date; their dates come from the text or from
    other versions of the story, and `published:` sees them all."""
    every = {"000", "001", "002", "003", "004"}
    assert _ids(cli, sample_copy, "published:2017-08") == every
    assert _ids(cli, sample_copy, "published:[2017-08-01 to 2017-08-04]") == every
    assert _ids(cli, sample_copy, "published:2016") == set()


def test_an_empty_archive_is_searchable(cli, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    for argv in (("search", "police"), ("timeline",), ("quotes",), ("coverage",)):
        out = cli(*argv, "--archive", str(empty), "--json")
        assert out.code == 0, (argv, out.err)
    assert cli("search", "police", "--archive", str(empty), "--json").json()["total"] == 0


def test_search_of_the_archive_named_before_the_command(cli, sample_copy, tmp_path):
    """`--archive` before the command is the archive searched (not the sample corpus)."""
    (sample_copy / "zz_walrus.txt").write_text("Walrus\n\nA walrus on the steps.\n")
    out = cli("--archive", str(sample_copy), "search", "walrus", "--json")
    assert out.code == 0, out.err
    assert out.json()["total"] == 1
    debug = cli("--debug", "--archive", str(tmp_path / "nope"), "search", "walrus")
    assert debug.code == 1 and "Traceback" in debug.err  # --debug before it holds too
    missing = cli("--archive", str(tmp_path / "nope"), "search", "walrus")
    assert missing.code == 1 and "archive not found" in missing.err

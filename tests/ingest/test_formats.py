import json
from pathlib import Path

import pytest

from newsreader.ingest.manifest import load_manifest
from newsreader.ingest.reader import parse_bytes, read_source
from newsreader.ingest.scan import scan_archive


def test_markdown_front_matter():
    source = (
        "---\ntitle: Council votes on budget\noutlet: The Tribune\nauthor: Ana Ruiz\n"
        "date: 2021-03-04\nurl: https://example.org/a\n---\n\n"
        "The council **approved** the [budget](https://example.org/b) on Tuesday.\n"
    )
    article = parse_bytes(source.encode(), "md", "a.md", "a").articles[0]
    assert (article.title, article.outlet, article.byline) == (
        "Council votes on budget",
        "The Tribune",
        "Ana Ruiz",
    )
    assert (article.published, article.published_from) == ("2021-03-04", "metadata")
    assert article.url == "https://example.org/a"
    assert article.text == "The council approved the budget on Tuesday."
    assert "**approved**" in article.markdown


def test_markdown_heading_is_the_title():
    article = parse_bytes(
        b"# Floods close roads\n\nWater rose overnight.\n", "md", "f.md", "f"
    ).articles[0]
    assert article.title == "Floods close roads"
    assert article.text == "Water rose overnight."


def test_markdown_bad_front_matter_is_reported():
    result = parse_bytes(b"---\ntitle: [unclosed\n---\nBody.\n", "md", "b.md", "b")
    assert not result.articles
    assert "invalid YAML front matter" in result.skipped[0].reason


def test_jsonl_good_lines_kept_bad_lines_reported():
    lines = [
        json.dumps(
            {
                "id": "s1",
                "title": "One",
                "text": "First story.\n\nSecond paragraph.",
                "published": "2020-05-01T10:00:00Z",
                "outlet": "Wire",
            }
        ),
        "{not json",
        json.dumps(
            {
                "title": "Two",
                "html": "<html><body><article><p>"
                + "Body text here. " * 30
                + "</p></article></body></html>",
            }
        ),
        json.dumps(["a list"]),
        json.dumps({"title": "No body"}),
        json.dumps({"id": "s1", "text": "Duplicate id."}),
    ]
    result = parse_bytes("\n".join(lines).encode(), "jsonl", "feed.jsonl", "feed")
    ids = [a.id for a in result.articles]
    assert ids == ["s1", "feed/3"]
    first = result.articles[0]
    assert (first.title, first.outlet, first.published) == ("One", "Wire", "2020-05-01")
    assert first.text == "First story.\n\nSecond paragraph."
    assert "Body text here." in result.articles[1].text
    assert [s.path for s in result.skipped] == [
        "feed.jsonl:2",
        "feed.jsonl:4",
        "feed.jsonl:5",
        "feed.jsonl:6",
    ]
    assert result.skipped[0].reason.startswith("line 2: invalid JSON")


_BODY = "Body with \x1b[31mred\x1b[0m and a bell\x07, as the council said on Monday."
_RAW = {
    "txt": f"Title \x1b]0;pwned\x07here\n\n{_BODY}\n",
    "md": f"# Title \x1b]0;pwned\x07here\n\n{_BODY}\n",
    "jsonl": json.dumps({"title": "Title \x1b]0;pwned\x07here", "text": _BODY}) + "\n",
    "html": f"<html><head><title>Title \x1b]0;pwned\x07here</title></head><body>"
    f"<article><p>{_BODY} {_BODY}</p><p>{_BODY}</p></article></body></html>",
}


@pytest.mark.parametrize("kind", sorted(_RAW))
def test_control_sequences_never_survive(kind):
    article = parse_bytes(_RAW[kind].encode(), kind, f"x.{kind}", "x").articles[0]
    for value in (article.title, article.text, article.markdown):
        assert "\x1b" not in value and "\x07" not in value
        assert "[31m" not in value and "[0m" not in value and "pwned" not in value


def test_binary_and_blank_files_are_skipped():
    assert (
        parse_bytes(b"\x00\x01\x02" * 100, "txt", "b.txt", "b").skipped[0].reason == "binary file"
    )
    assert parse_bytes(b"  \n\n ", "txt", "w.txt", "w").skipped[0].reason == "empty file"


def test_manifest_overrides_inferred_metadata(tmp_path: Path):
    (tmp_path / "a.txt").write_text("A headline\n\nThe body of the story goes here.\n")
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "a.txt": {
                    "outlet": "The Example Times",
                    "published": "2019-02-03",
                    "title": "Real title",
                }
            }
        )
    )
    entries, problem = load_manifest(tmp_path)
    source = scan_archive(tmp_path).files[0]
    article = read_source(tmp_path, source, entries.get("a.txt")).articles[0]
    assert problem is None
    assert (article.outlet, article.title) == ("The Example Times", "Real title")
    assert (article.published, article.published_from) == ("2019-02-03", "metadata")


def test_broken_manifest_is_reported(tmp_path: Path):
    (tmp_path / "manifest.json").write_text("{oops")
    entries, problem = load_manifest(tmp_path)
    assert len(entries) == 0 and "invalid JSON" in problem.reason


def test_reading_never_writes_the_archive(sample_copy: Path):
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sample_copy.rglob("*")}
    entries, _ = load_manifest(sample_copy)
    for source in scan_archive(sample_copy).files:
        read_source(sample_copy, source, entries.get(source.rel))
    assert before == {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sample_copy.rglob("*")}


def test_an_articles_json_is_its_fields():
    """Article.to_json, made without asdict's deep copies, gives asdict's dict."""
    import dataclasses

    from newsreader.model import Article

    article = Article(id="a", path="a.txt", title="T", published="2017-08-03", text="x")
    assert list(article.to_json().items()) == list(dataclasses.asdict(article).items())


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (1295949600, "2011-01-25"),  # Unix seconds
        (1295949600000, "2011-01-25"),  # milliseconds, as JavaScript writes them
        ("Tue, 25 Jan 2011 10:00:00 GMT", "2011-01-25"),
        (2011, None),  # a year alone is no publication day
        (True, None),
        (1e40, None),
    ],
)
def test_jsonl_published_as_a_timestamp_or_a_date_string(published, day):
    line = json.dumps({"title": "T", "text": "A story.", "published": published})
    (article,) = parse_bytes(line.encode(), "jsonl", "feed.jsonl", "feed").articles
    assert article.published == day


def test_jsonl_reads_other_archives_field_names_when_ours_are_absent():
    record = {
        "headline": "Dam fails",
        "body": "The spillway gave way before dawn.",
        "source": {"id": "mer", "name": "Meridian Press"},
        "date": "2021-03-04",
    }
    (article,) = parse_bytes(json.dumps(record).encode(), "jsonl", "f.jsonl", "f").articles
    assert (article.title, article.outlet, article.published) == (
        "Dam fails",
        "Meridian Press",
        "2021-03-04",
    )
    assert article.text == "The spillway gave way before dawn."
    ours = {**record, "title": "Ours", "text": "Our body.", "published": "2021-03-05"}
    (article,) = parse_bytes(json.dumps(ours).encode(), "jsonl", "f.jsonl", "f").articles
    assert (article.title, article.text, article.published) == ("Ours", "Our body.", "2021-03-05")

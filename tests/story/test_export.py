"""Timeline and article exports, each checked against its format's rules."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from timelinejs_shape import check_timelinejs

from newsreader.ingest.reader import parse_bytes
from newsreader.model import Article, Event, Source
from newsreader.story import export


@dataclass
class Facts:
    title: str | None
    outlet: str | None
    published: str | None = None


def _event(date, start, end, precision, summary="It happened.", ids=("a",)) -> Event:
    sources = [Source(i, f"Sentence of {i}.", "Thursday", 0, start) for i in ids]
    return Event(date, start, end, precision, summary, sources, 1.0)


EVENTS = [
    _event("2016", "2016-01-01", "2016-12-31", "year"),
    _event("2017-Q1", "2017-01-01", "2017-03-31", "quarter"),
    _event("2017-06", "2017-06-01", "2017-06-30", "month", ids=("a", "b")),
    _event("2017-W30", "2017-07-24", "2017-07-30", "week"),
    _event("2017-08-03", "2017-08-03", "2017-08-03", "day", "Letters <b>sent</b> & signed"),
]
FACTS = {"a": Facts("A title", "Daily Planet"), "b": Facts(None, None)}


def test_sample_timelinejs_follows_the_documented_format(sample_store):
    events = sample_store.timeline()
    data = export.timelinejs(events, {}, "Sample")
    check_timelinejs(data)
    assert len(data["events"]) == len(events)
    assert data["title"]["text"]["headline"] == "Sample"


def test_timelinejs_dates_follow_the_precision():
    data = export.timelinejs(EVENTS, FACTS)
    check_timelinejs(data)
    year, quarter, month, week, day = data["events"]
    assert year["start_date"] == {"year": 2016} and "end_date" not in year
    assert quarter["start_date"] == {"year": 2017, "month": 1}
    assert quarter["end_date"] == {"year": 2017, "month": 3}
    assert quarter["display_date"] == "Q1 2017"
    assert month["start_date"] == {"year": 2017, "month": 6}
    assert week["start_date"] == {"year": 2017, "month": 7, "day": 24}
    assert week["end_date"] == {"year": 2017, "month": 7, "day": 30}
    assert day["start_date"] == {"year": 2017, "month": 8, "day": 3}


def test_timelinejs_escapes_article_text_as_html():
    data = export.timelinejs(EVENTS, {"a": Facts("<script>x</script>", "Planet & Co")})
    slide = data["events"][-1]
    assert slide["text"]["headline"] == "Letters &lt;b&gt;sent&lt;/b&gt; &amp; signed"
    assert "<script>" not in slide["text"]["text"]
    assert "Planet &amp; Co" in slide["text"]["text"]


def test_csv_parses_one_row_per_event():
    rows = list(csv.reader(io.StringIO(export.timeline_csv(EVENTS, FACTS))))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert len(rows) == len(EVENTS) + 1
    month = dict(zip(rows[0], rows[3], strict=True))
    assert month["date"] == "2017-06" and month["articles"] == "2"
    assert month["outlets"] == "Daily Planet" and month["ids"] == "a; b"
    day = dict(zip(rows[0], rows[5], strict=True))
    assert day["summary"] == "Letters <b>sent</b> & signed"


def test_markdown_has_a_heading_per_date_and_every_source():
    text = export.timeline_markdown(EVENTS, FACTS, "The story")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["2016", "Q1 2017", "2017-06", "week of 2017-07-24", "2017-08-03"]
    assert text.startswith("# The story\n")
    assert "- Daily Planet (`a`): “Sentence of a.”" in text
    assert "- b (`b`)" in text  # no outlet known: the id
    assert "Letters \\<b\\>sent\\</b\\> & signed" in text


def test_sample_markdown_and_json_carry_every_event(sample_store):
    events = sample_store.timeline()
    text = export.timeline_markdown(events, {})
    for event in events:
        assert f"## {event.date}" in text or f"## week of {event.start}" in text
    data = export.timeline_json(events, {})
    assert [e["date"] for e in data["events"]] == [e.date for e in events]
    assert all(
        {"outlet", "title", "id", "sentence"} <= set(s)
        for e in data["events"]
        for s in e["sources"]
    )


def test_article_markdown_reads_back_to_the_same_article():
    article = Article(
        id="x",
        title="Council: “No” to the bridge",
        subtitle="A vote #1",
        outlet="The Daily Planet",
        byline="Lois Lane",
        published="2017-08-03",
        url="https://example.com/a?b=1",
        text="First paragraph.\n\nSecond, with a link.",
        markdown="First paragraph.\n\nSecond, with a [link](https://example.com/l).",
    )
    out = export.article_markdown(article)
    [back] = parse_bytes(out.encode(), "md", "x.md", "x").articles
    for field in ("title", "subtitle", "outlet", "byline", "published", "url"):
        assert getattr(back, field) == getattr(article, field), field
    assert back.text == article.text


def test_article_markdown_drops_control_characters():
    article = Article(
        id="x", title="Evil\x1b[31m title", text="Body\x07 text", markdown="Body\x07 text"
    )
    out = export.article_markdown(article)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a [link](x) <tag>", "a \\[link\\](x) \\<tag\\>"),
        ("plain words", "plain words"),
    ],
)
def test_md_escape(raw, escaped):
    assert export.md_escape(raw) == escaped


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80), st.text(max_size=40))
def test_exports_never_raise_and_csv_round_trips(summary, outlet):
    events = [_event("2017-08-03", "2017-08-03", "2017-08-03", "day", summary)]
    facts = {"a": Facts(summary, outlet)}
    check_timelinejs(export.timelinejs(events, facts, summary))
    export.timeline_markdown(events, facts, summary)
    rows = list(csv.reader(io.StringIO(export.timeline_csv(events, facts))))
    assert len(rows) == 2 and len(rows[1]) == len(export.CSV_COLUMNS)

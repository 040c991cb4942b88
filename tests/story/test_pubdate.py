"""Publication dates from the text: datelines, captions and weekday reasoning."""

from __future__ import annotations

import datetime as dt

import pytest

from newsreader.model import Article
from newsreader.story.pubdate import infer_date, infer_published

LONG = " ".join(["The council met again to discuss the budget and the new rules."] * 3)

CASES = [
    (
        "caption date, then the story names the next day",
        "Sessions speaks in Columbus, Ohio, Wednesday, Aug. 2, 2017. AP Photo/Jay LaPrete\n\n"
        "The department sent letters on Thursday to four cities.\n\n" + LONG,
        "2017-08-03",
    ),
    (
        "caption after a credit line, the story names the same weekday",
        "Jay LaPrete/AP\n\nThe mayor speaks in Columbus on Aug. 2, 2017.\n\n"
        "The mayor said Wednesday that the city would appeal.\n\n" + LONG,
        "2017-08-02",
    ),
    (
        "dateline: the date itself, whatever weekday the story names",
        "WASHINGTON, March 5, 2024 — The Senate voted on Monday to pass the bill.\n\n" + LONG,
        "2024-03-05",
    ),
    (
        "a timestamp line",
        "Updated 14 June 2023\n\nFloods closed the main road on Tuesday.\n\n" + LONG,
        "2023-06-14",
    ),
    (
        "ISO date in a short line",
        "2021-11-02\n\nVoters went to the polls.\n\n" + LONG,
        "2021-11-02",
    ),
    ("no date at all", "The council met on Thursday.\n\n" + LONG, None),
    (
        "a historical date deep in the body is no publication date",
        "\n\n".join([LONG] * 7) + "\n\nThe bridge opened on May 1, 1998, to great fanfare.",
        None,
    ),
    (
        "boilerplate tail is not read",
        "The council met on Thursday.\n\n"
        + "\n\n".join([LONG] * 3)
        + "\n\nSubscribe today! Offer valid through Jan. 1, 2030.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_infer_date(text, expected):
    found = infer_date(text)
    assert (found.isoformat() if found else None) == expected


def test_infer_published_sets_the_origin():
    article = Article(text=CASES[0][1])
    infer_published(article)
    assert (article.published, article.published_from) == ("2017-08-03", "text")


def test_metadata_date_is_kept():
    article = Article(text=CASES[0][1], published="2017-08-04", published_from="metadata")
    infer_published(article)
    assert (article.published, article.published_from) == ("2017-08-04", "metadata")


def test_raw_text_gives_the_caption_that_cleaning_dropped():
    article = Article(text="The department sent letters on Thursday.\n\n" + LONG)
    infer_published(article, raw=CASES[0][1])
    assert article.published == "2017-08-03"


def test_raw_markup_is_not_read():
    article = Article(text="Letters went out on Thursday.")
    infer_published(article, raw="<html><p>Wednesday, Aug. 2, 2017</p></html>")
    assert article.published is None


def test_weekday_shift_is_at_most_six_days():
    text = "Sessions speaks, Thursday, Aug. 3, 2017. AP Photo\n\nOn Wednesday he left.\n\n" + LONG
    assert infer_date(text) == dt.date(2017, 8, 9)

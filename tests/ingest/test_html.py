"""HTML pages -> clean article: main text, Markdown, metadata, and hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.ingest.html import ExtractionError, extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
SENTENCE = "The council voted on Tuesday to approve the new harbour budget after a long debate. "


@pytest.fixture(scope="module")
def council():
    return extract_html((FIXTURES / "council_budget.html").read_text(encoding="utf-8"))


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _article(paragraphs: int = 4) -> str:
    return "<article>" + f"<p>{SENTENCE * 3}</p>" * paragraphs + "</article>"


# --- main content -------------------------------------------------------------


def test_main_text_is_kept(council):
    assert council.text.startswith("The city council approved a 14 million euro budget")
    assert "We have waited a decade for this" in council.text
    assert council.text.rstrip().endswith("the environmental assessment was already complete.")


@pytest.mark.parametrize(
    "furniture",
    [
        "cookie",  # consent banner
        "Sport",  # navigation
        "Harbour silt problem grows worse",  # related links
        "All rights reserved",  # footer
        "Privacy",
        "Fishing boats in the old harbour",  # image caption
        "By Maria Okafor",  # byline: a metadata field, not body text
    ],
)
def test_page_furniture_is_dropped(council, furniture):
    assert furniture not in council.text
    assert furniture not in council.markdown


def test_headline_is_not_repeated_in_the_body(council):
    assert "Council approves harbour budget" not in council.text


def test_paragraphs_are_separated_by_one_blank_line(council):
    paragraphs = council.text.split("\n\n")
    assert len(paragraphs) >= 6
    assert all(p.strip() == p and p for p in paragraphs)
    assert "\n\n\n" not in council.text
    # Line breaks in the HTML source are layout, not paragraph breaks.
    assert "on Tuesday, ending a session" in council.text


def test_bracketed_text_is_kept(council):
    assert "[Update] The mayor's office said" in council.text
    assert "[Update]" in council.markdown.replace("\\[", "[").replace("\\]", "]")


# --- Markdown -----------------------------------------------------------------


def test_markdown_keeps_headings_links_and_lists(council):
    md = council.markdown
    assert "## What the plan includes" in md
    assert "[published plan](https://gazette.example.org/docs/harbour-plan.pdf)" in md
    assert "* rebuilding 400 metres of the eastern quay," in md


def test_text_has_no_markup(council):
    text = council.text
    assert "What the plan includes" in text and "## " not in text
    assert "published plan" in text and "](" not in text and "https://" not in text
    assert "rebuilding 400 metres of the eastern quay," in text
    assert not any(line.lstrip().startswith(("* ", "- ", "#")) for line in text.splitlines())


# --- metadata -----------------------------------------------------------------


def test_metadata_from_og_and_article_tags(council):
    assert council.title == "Council approves harbour budget after all-night session"
    assert council.outlet == "The Riverside Gazette"
    assert council.byline == "Maria Okafor"
    assert council.published == "2023-03-14"
    assert council.published_from == "metadata"
    assert council.url == "https://gazette.example.org/2023/03/14/council-harbour-budget"
    assert council.subtitle == "Members voted 7-4 to fund the dredging of the old harbour."
    assert council.id is None and council.path is None


def test_metadata_from_json_ld_alone():
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Not the outlet"},
            {
                "@type": "NewsArticle",
                "headline": "Ferry strike ends after nine days",
                "datePublished": "2021-07-02T18:00:00+02:00",
                "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"name": "Tom Lee"}],
                "publisher": {"@type": "Organization", "name": "Coastal Times"},
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    article = extract_html(_page(_article(), head))
    assert article.outlet == "Coastal Times"
    assert article.published == "2021-07-02"
    assert article.published_from == "metadata"
    assert "Ana Ruiz" in (article.byline or "")
    assert article.title == "Ferry strike ends after nine days"


def test_url_argument_wins_over_page_url():
    head = '<meta property="og:url" content="https://example.org/canonical">'
    article = extract_html(_page(_article(), head), url="https://example.org/fetched")
    assert article.url == "https://example.org/fetched"


def test_no_date_means_no_published_from():
    article = extract_html(_page(_article(), "<title>Undated</title>"))
    assert article.published is None
    assert article.published_from is None


def test_broken_json_ld_is_ignored():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    article = extract_html(_page(_article(), head))
    assert SENTENCE.strip() in article.text


# --- fallbacks ----------------------------------------------------------------


def test_article_in_bare_divs_is_found():
    # No <p>, no <article>: the kind of page where trafilatura finds little.
    body = (
        "<div class='menu'><a href='/a'>Alpha</a> <a href='/b'>Beta</a></div>"
        + "<div class='content'>"
        + "".join(f"<div>{SENTENCE * 2} Part {i}.</div>" for i in range(6))
        + "</div>"
    )
    article = extract_html(_page(body, "<title>Divs</title>"))
    assert article.text.count("approve the new harbour budget") >= 10
    assert "Alpha" not in article.text


# --- hostile input ------------------------------------------------------------


@pytest.mark.parametrize("html", ["", "   \n\t ", "<html></html>", "<html><body></body></html>"])
def test_empty_pages_raise_extraction_error(html):
    with pytest.raises(ExtractionError) as info:
        extract_html(html)
    assert str(info.value)  # a short human reason


def test_extraction_error_is_a_value_error():
    assert issubclass(ExtractionError, ValueError)


def test_page_without_article_raises_extraction_error():
    page = _page(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<footer><a href='/privacy'>Privacy</a></footer>"
    )
    with pytest.raises(ExtractionError, match="no article"):
        extract_html(page)


@pytest.mark.parametrize(
    "html",
    [
        "\x00\x01\x02<<<>>>&&&;;;]]><!--<?",
        "".join(chr(i) for i in range(1, 400)) * 5,
        "<html><body><p>unclosed <b><i><table><tr><td>cell",
        "<?xml version='1.0' encoding='utf-8'?><html><body>" + _article() + "</body></html>",
    ],
)
def test_garbage_never_raises_anything_but_extraction_error(html):
    try:
        article = extract_html(html)
    except ExtractionError:
        return
    assert "\x00" not in article.text


@pytest.mark.parametrize("tag", ["div", "span", "q", "section"])
def test_deeply_nested_page_gives_text_or_a_clear_error(tag):
    page = _page(f"<{tag}>" * 5000 + _article() + f"</{tag}>" * 5000, "<title>Deep</title>")
    try:
        article = extract_html(page)
    except ExtractionError as exc:
        assert "nested" in str(exc) or "no article" in str(exc)
    else:
        assert SENTENCE.strip() in article.text


def test_escape_sequences_and_controls_do_not_survive():
    evil = "\x1b[31m\x1b]0;pwned\x07\x9b2J\x08\u202e"
    head = (
        f"<title>Title {evil}here</title>"
        f'<meta property="og:site_name" content="Outlet{evil}">'
        f"<script>var s = '\\x1b[2J {evil}'; document.title = '\\u001b]0;x\\u0007';</script>"
    )
    body = f"<article><p>Start {evil}of the story. {SENTENCE * 3}</p>" + _article(3)[9:]
    article = extract_html(_page(body, head))
    for value in (article.title, article.outlet, article.text, article.markdown):
        assert value
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in value)
        assert not any(0x7F <= ord(ch) <= 0x9F for ch in value)
        assert "\u202e" not in value
        assert "[31m" not in value and "pwned" not in value
    assert "var s" not in article.text
    assert "Start of the story." in article.text


def test_entities_for_controls_are_removed_too():
    body = "<article><p>Alarm &#7; bell &#27;[31m red. " + SENTENCE * 3 + "</p></article>"
    article = extract_html(_page(body))
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in article.text + article.markdown)


# --- furniture rules stay off story sentences -----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 100 million people may have perished in the outbreak.",
        "Updated guidelines will be published next week, the ministry said.",
        "The trial resumes on 3 March 2020 at 10:00.",
        "Related talks between the two unions broke down on Friday evening.",
    ],
)
def test_story_sentences_that_look_like_furniture_are_kept(sentence):
    body = f"<article><p>{sentence}</p>" + f"<p>{SENTENCE * 3}</p>" * 3 + f"<p>{sentence}</p>"
    article = extract_html(_page(body + "</article>"))
    assert article.text.count(sentence) == 2


def test_outlet_given_as_a_url_reads_as_its_host():
    head = '<meta property="og:site_name" content="https://www.example-news.in">'
    assert extract_html(_page(_article(), head)).outlet == "example-news.in"

"""The plain-text cleaner on page furniture written for these tests, and on clean text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader.ingest.plaintext import clean_plaintext, recurring_lines
from newsreader.sanitize import normalize

PARAGRAPHS = [
    "HARBOR CITY, Ore. (AP) — The city council voted on Tuesday to close the old ferry "
    "terminal at the end of the month, ending more than a century of service across the bay.",
    "Officials said the terminal had become too expensive to repair after two winters of "
    "storms, and that a bridge built in the 1990s now carries most of the traffic it once had.",
    "“We understand how much this place means to people here,” said Mayor Lena Ortiz, who "
    "grew up riding the ferry to school. “But we could not justify another repair bill.”",
    "The terminal building will be offered to the county historical society, which has asked "
    "to turn it into a museum of the town's fishing and shipping past.",
    "Residents who spoke at the meeting were divided over the decision.",
    "Some said the ferry still served workers who could not afford the bridge toll, while "
    "others argued that the money would be better spent on the town's schools and roads.",
]
BODY = "\n\n".join(PARAGRAPHS)
TITLE = "Council votes to close century-old ferry terminal"


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def _assert_body_kept(text: str) -> None:
    for paragraph in PARAGRAPHS:
        assert normalize(paragraph) in normalize(text)


NAV = "\n".join(["Home", "News", "Local", "Politics", "Sports", "Opinion", "Weather", "Obituaries"])
COOKIES = (
    "We use cookies to improve your experience on our site and to show you relevant "
    "advertising. By continuing to browse you agree to our use of cookies.\n"
    "Accept all cookies\nManage cookie settings\nPrivacy Policy"
)
APPEAL = (
    "Dear reader,\n\n"
    "Local journalism takes time and money. For the price of a coffee each month you can "
    "help our reporters keep covering the stories that matter to this community.\n\n"
    "Our newsroom has been independent since it was founded, and we want to keep it that way "
    "for the next generation of readers who depend on it every single day.\n\n"
    "Subscribe today for $1 a week"
)
RELATED = (
    "Related stories\n\n"
    "Bridge tolls to rise again next spring\n\n"
    "School board approves new bus routes after long debate\n\n"
    "Fishing season opens with record catches along the coast"
)
FOOTER = (
    "© 2024 Harbor City Gazette. All rights reserved.\nTerms of Use | Privacy Policy | Contact Us"
)
CAPTION = (
    "Passengers wait to board the last scheduled ferry at the terminal on Monday.\n"
    "Photo: Jane Doe/Harbor City Gazette"
)


def test_cookie_wall_dropped() -> None:
    article = clean_plaintext(_page(TITLE, COOKIES, BODY, COOKIES))
    _assert_body_kept(article.text)
    assert "cookie" not in article.text.lower()


def test_subscription_appeal_dropped() -> None:
    article = clean_plaintext(_page(TITLE, BODY, "You've read 3 of 5 free articles.", APPEAL))
    _assert_body_kept(article.text)
    assert "Dear reader" not in article.text
    assert "price of a coffee" not in article.text


def test_related_links_and_footer_dropped() -> None:
    article = clean_plaintext(_page(TITLE, BODY, RELATED, FOOTER))
    _assert_body_kept(article.text)
    for line in ("Related stories", "Bridge tolls", "School board", "All rights reserved"):
        assert line not in article.text


def test_inline_related_headline_dropped() -> None:
    teaser = "Mayor unveils plan to rebuild the downtown waterfront park"
    middle = _page(*PARAGRAPHS[:3], teaser, *PARAGRAPHS[3:])
    article = clean_plaintext(_page(TITLE, middle))
    _assert_body_kept(article.text)
    assert teaser not in article.text


def test_caption_and_credit_at_top_dropped() -> None:
    article = clean_plaintext(_page(TITLE, CAPTION, BODY))
    _assert_body_kept(article.text)
    assert "Passengers wait" not in article.text
    assert "Photo:" not in article.text
    assert article.title == TITLE


def test_navigation_menu_dropped() -> None:
    article = clean_plaintext(_page("Harbor City Gazette", NAV, TITLE, BODY, NAV))
    _assert_body_kept(article.text)
    assert "Obituaries" not in article.text
    assert article.title == TITLE


def test_everything_at_once() -> None:
    raw = _page(NAV, COOKIES, TITLE, "By Maria Chen and Tom Ellis", CAPTION, BODY, RELATED, FOOTER)
    article = clean_plaintext(raw)
    _assert_body_kept(article.text)
    assert article.text.startswith("HARBOR CITY, Ore. (AP)")
    assert article.text.endswith("schools and roads.")
    assert article.title == TITLE
    assert article.byline == "Maria Chen and Tom Ellis"
    assert article.outlet == "Associated Press"


def test_clean_article_passes_through() -> None:
    article = clean_plaintext(_page(TITLE, BODY))
    assert article.text == BODY
    assert article.title == TITLE


def test_body_only_gets_a_title_from_its_first_sentence() -> None:
    article = clean_plaintext(BODY)
    assert article.text == BODY
    assert article.title and article.title.startswith("The city council voted on Tuesday")
    assert article.title not in article.text


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = _page(
        TITLE,
        "The city council voted on Tuesday to close the old ferry terminal at the\n"
        "end of the month, ending more than a century of service across the bay, and\n"
        "officials said the building would go to the county historical society.",
    )
    text = clean_plaintext(wrapped).text
    assert text.startswith(
        "The city council voted on Tuesday to close the old ferry terminal at the end"
    )
    assert "\n" not in text


def test_dateline_date_is_the_publication_date() -> None:
    body = _page("WASHINGTON, March 4, 2021 — " + PARAGRAPHS[1], *PARAGRAPHS[2:])
    article = clean_plaintext(_page(TITLE, body))
    assert (article.published, article.published_from) == ("2021-03-04", "text")


def test_caption_dates_are_not_publication_dates() -> None:
    caption = "The ferry leaves the dock on June 2, 2020, in Harbor City.\nAP Photo/Jane Doe"
    article = clean_plaintext(_page(TITLE, caption, BODY))
    assert article.published is None


def test_masthead_and_copyright_give_the_outlet() -> None:
    masthead = clean_plaintext(_page("The Harbor GazetteNews You Can Trust", TITLE, BODY))
    assert masthead.outlet == "The Harbor Gazette"
    body = BODY.replace("HARBOR CITY, Ore. (AP) — ", "")
    footer = clean_plaintext(_page(TITLE, body, "Copyright 2024 Coastal Media Group."))
    assert footer.outlet == "Coastal Media Group"


def test_control_characters_do_not_survive() -> None:
    raw = _page("Ferry \x1b[31mterminal\x1b[0m closes\x07", BODY.replace("bay", "bay\x1b]0;x\x07"))
    article = clean_plaintext(raw)
    for value in (article.title, article.text, article.markdown):
        assert "\x1b" not in value and "\x07" not in value


def test_recurring_lines_learned_across_files() -> None:
    furniture = "Get the Gazette morning briefing in your inbox"
    pages = [_page(f"Story number {n} headline here", furniture, BODY) for n in range(3)]
    learned = recurring_lines(pages)
    assert normalize(furniture).casefold() in learned
    assert all(normalize(p).casefold() not in learned for p in PARAGRAPHS if len(p) > 150)
    article = clean_plaintext(pages[0], boilerplate=learned)
    assert furniture not in article.text
    _assert_body_kept(article.text)


_WORDS = [
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "it",
    "was",
    "for",
    "on",
    "with",
    "as",
    "he",
    "she",
    "they",
    "said",
    "people",
    "city",
    "year",
    "water",
    "school",
    "police",
    "council",
    "new",
    "old",
    "plan",
    "money",
    "week",
    "report",
    "family",
    "road",
    "house",
    "work",
    "would",
    "could",
    "after",
    "before",
    "when",
    "where",
    "because",
    "while",
    "river",
    "market",
    "children",
    "street",
]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=8, max_size=22).map(
    lambda words: " ".join(words).capitalize() + "."
)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_paragraph, min_size=2, max_size=10, unique=True))
def test_generated_clean_prose_is_kept(paragraphs: list[str]) -> None:
    # Distinct paragraphs: a line said twice is treated as a caption or teaser by design.
    article = clean_plaintext(_page(TITLE, *paragraphs))
    assert article.text == "\n\n".join(paragraphs)
    assert article.title == TITLE


FURNITURE = [
    "Accept cookies",
    "Read our Privacy Policy",
    "Terms of Service",
    "© 2017 The Daily Planet",
    "Subscribers get unlimited digital access",
    "Sign up for our NEWSLETTER",
    "E-mail: desk@example.com",
    "Phone : 555 0100",
    "Skip to main content",
    "Story continues below",
]


@given(st.sampled_from(FURNITURE), st.sampled_from(["", "x ", "Menu | ", "42 "]), st.booleans())
def test_furniture_phrases_found_in_any_case_and_place(phrase, before, upper) -> None:
    from newsreader.ingest.plaintext_lines import make_block

    line = before + (phrase.upper() if upper else phrase)
    assert make_block(line, 0).boiler >= 1
    assert make_block("pre" + phrase.lower().replace(" ", ""), 0).boiler == 0 or "©" in phrase


def test_text_date_used_only_when_the_manifest_gives_none(tmp_path) -> None:
    from newsreader.ingest.reader import read_source
    from newsreader.ingest.scan import scan_archive

    (tmp_path / "a.txt").write_text(
        f"{TITLE}\n\nHARBOR CITY, Ore., Aug. 3, 2017 — {BODY}\n", encoding="utf-8"
    )
    source = scan_archive(tmp_path).files[0]
    cases = [(None, "2017-08-03", "text"), ({"published": "not a date"}, "2017-08-03", "text")]
    cases.append(({"published": "2017-09-01"}, "2017-09-01", "metadata"))
    for entry, published, origin in cases:
        article = read_source(tmp_path, source, entry).articles[0]
        assert (article.published, article.published_from) == (published, origin)

"""The cleaner's phrase patterns, matched in lowercase against the lowercased line,
find what the same patterns find ignoring case in the line as written."""

from __future__ import annotations

import re
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.ingest import plaintext_vocab as vocab

# Pieces of the furniture the patterns look for, and of text around it.
FRAGMENTS = [
    "Privacy Policy", "privacy settings", "Terms of Use", "cookies", "Cookie", "Sign up",
    "log in", "Subscribe", "subscribers", "Read more", "Related Stories", "more news",
    "Share this", "e-mail:", "Email address", "Phone:", "toll-free", "Contact us", "©",
    "All Rights Reserved", "Copyright", "(c) 2017", "This article may not be",
    "may not be redistributed", "Dear reader", "Dear Subscribers", "3 comments",
    "View comments", "Leave a reply", "John Smith says:", "About the author",
    "You've read 3 of 5 free articles", "subscribe to continue", "Already a subscriber?",
    "Start your free trial", "Become a member", "AP Photo", "AP Images", "Reuters Photo",
    "Getty Images", "Photo by", "photograph:", "Photo courtesy", "Image credit",
    "Credit :", "courtesy of", "Image 3 of 12", "Shutterstock", "iStockphoto",
    "file photo", "(John Amis/Atlanta Journal-Constitution/AP)", "Jay LaPrete/AP",
    "Damian Dovarganes/The Associated Press", "the", "a", "said", "photo", "image", "/",
    "(", ")", ":", " ", " ", "\n", ".", "-", "'", "2017",
]  # fmt: skip
NOISE = st.text(alphabet=string.ascii_letters + string.digits + " .,:;/()'-©", max_size=8)


@st.composite
def lines(draw) -> str:
    line = "".join(draw(st.lists(st.sampled_from(FRAGMENTS) | NOISE, max_size=12)))
    flips = draw(st.lists(st.booleans(), min_size=len(line), max_size=len(line)))
    return "".join(c.swapcase() if flip else c for c, flip in zip(line, flips, strict=True))


def _ignoring_case(phrases: vocab.Phrases) -> tuple[re.Pattern, re.Pattern]:
    """(whole pattern, `anywhere` alone) compiled with IGNORECASE, for the line as written."""
    anywhere = phrases._anywhere.pattern
    start = phrases._at_start.pattern if phrases._at_start is not None else "(?!)"
    return re.compile(rf"^(?:{start})|{anywhere}", re.I), re.compile(anywhere, re.I)


@settings(max_examples=400)
@given(lines())
def test_phrases_find_what_ignoring_case_finds(line: str) -> None:
    for phrases in (vocab.BOILER, vocab.ENDS, vocab.CREDIT):
        whole, anywhere = _ignoring_case(phrases)
        assert phrases.found(line) == bool(whole.search(line))
        assert phrases.count(line) == len(anywhere.findall(line))


def test_the_patterns_are_lowercase() -> None:
    """An upper-case letter in a pattern (not an escape such as \\W) would never match."""
    for phrases in (vocab.BOILER, vocab.ENDS, vocab.CREDIT):
        for pattern in (phrases._anywhere, phrases._at_start):
            if pattern is not None:
                letters = re.sub(r"\\.", "", pattern.pattern)
                assert letters == letters.lower(), pattern.pattern


def test_examples() -> None:
    assert vocab.CREDIT.found("(John Amis/Atlanta Journal-Constitution/AP)")
    assert vocab.CREDIT.found("Jay LaPrete/AP")
    assert vocab.CREDIT.found("A protest on Monday. AP PHOTO")
    assert not vocab.CREDIT.found("The mayor said the photo was taken in June.")
    assert vocab.ENDS.found("© 2017 The Associated Press. All Rights Reserved.")
    assert vocab.ENDS.found("12 Comments")
    assert not vocab.ENDS.found("The council said comments were welcome until Friday.")
    assert vocab.BOILER.count("Sign up for our NEWSLETTER. Privacy Policy | Cookies") == 4

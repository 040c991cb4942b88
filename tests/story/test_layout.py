"""Photo credits are told from prose as the plain pattern of them tells them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.story.layout import caption_paragraphs

# The credits as one alternation, each behind a word boundary: what the faster
# pattern of layout.py must find.
PLAIN = re.compile(
    r"\bAP Photo\b|\bAP Images\b|Getty Images|\bREUTERS\b|\bAFP\b|\bEPA\b|^Photo:|\bPhoto by\b"
    r"|\bPhotograph:|\bFile photo\b|\(Photo\b|\bPhoto courtesy\b|\bCredit:|\bImage:"
    r"|\([^()]{2,80}/[^()]{2,80}\)\s*$"
)
PIECES = ["AP Photo", "AP Images", "AFP", "EPA", "REUTERS", "Getty Images", "Photo:",
          "Photo by", "Photograph:", "File photo", "(Photo", "Photo courtesy", "Credit:",
          "Image:", "(John Amis/AP)", "(a/b)", "/", "(", ")", " ", "x", "_", "1", "é",
          "Ph", "A", "P"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=8).map("".join))
def test_credit_lines_as_the_plain_pattern_finds_them(line):
    line = line.replace("\n", " ")  # one paragraph
    credit = 1 in caption_paragraphs(f"The council met on Tuesday to vote on the plan.\n{line}")
    stripped = line.strip()
    if not stripped or re.match(r"^[A-Z][\w.'’ -]{1,40}/", stripped):
        return  # no paragraph, or a credit line (a rule of its own)
    assert credit == (len(stripped) < 600 and bool(PLAIN.search(stripped)))


def test_examples():
    text = "Sessions speaks in Columbus.\n\n(AP Photo/Jay LaPrete)\n\nThe plan was dropped."
    assert caption_paragraphs(text) == {1}
    assert caption_paragraphs("Photo: the mayor.\n\nSAPPHIRE REUTERSX told the council.") == {0}

"""Plain text <-> Markdown: a body written as Markdown reads back as the same text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.ingest.markup import markdown_to_text, text_to_markdown


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        (r"\*stars\*", "*stars*"),
        (r"a \_b\_ c", "a _b_ c"),
        ("*em* and **strong**", "em and strong"),
        (r"price \[x\](y)", "price [x](y)"),
        ("[link](http://example.org) text", "link text"),
        (r"1\. Not a list", "1. Not a list"),
        ("# Heading\n\n* item", "Heading\n\nitem"),
        (r"C\# and F\#", "C# and F#"),
    ],
)
def test_markdown_to_text(markdown, text):
    assert markdown_to_text(markdown) == text


# Lines of words and the punctuation Markdown gives meaning to.
LINES = st.text(alphabet=st.sampled_from(list("ab1 *_[]()#>-+.!\\`|<=~")), min_size=1)
BODIES = st.lists(LINES, min_size=1, max_size=4).map(
    lambda lines: "\n\n".join(re.sub(r"\s+", " ", line).strip() or "a" for line in lines)
)


@settings(max_examples=300)
@given(BODIES)
def test_text_round_trips_through_markdown(body):
    assert markdown_to_text(text_to_markdown(body)) == body

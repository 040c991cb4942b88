"""ends_sentence reads a line's end as the regular expression it replaced did."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsreader.ingest.plaintext_lines import ends_sentence

# The pattern it replaced: searched over the whole line.
SEARCHED = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$|[\"”»」』]$")


@given(st.text(alphabet="ab .!?…:;。！？\"'”’»)]」』\n", max_size=12))
def test_the_end_is_read_as_the_search_did(line):
    assert ends_sentence(line) == bool(SEARCHED.search(line))


def test_examples():
    assert ends_sentence("He left.") and ends_sentence('"He left."') and ends_sentence("(Yes.)")
    assert ends_sentence("Stop!”") and ends_sentence("She said: “Go”")
    assert not ends_sentence("Read more") and not ends_sentence("Sports )")
    assert not ends_sentence("")

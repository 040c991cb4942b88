"""ends_sentence, and the fold of runs of spaces, read a line as the regular
expressions they replaced did."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsreader.ingest.plaintext_lines import _SPACES, ends_sentence

# The pattern it replaced: searched over the whole line.
SEARCHED = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*$|[\"”»」』]$")
EVERY_RUN = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")


@given(st.text(alphabet="ab .!?…:;。！？\"'”’»)]」』\n", max_size=12))
def test_the_end_is_read_as_the_search_did(line):
    assert ends_sentence(line) == bool(SEARCHED.search(line))


def test_examples():
    assert ends_sentence("He left.") and ends_sentence('"He left."') and ends_sentence("(Yes.)")
    assert ends_sentence("Stop!”") and ends_sentence("She said: “Go”")
    assert not ends_sentence("Read more") and not ends_sentence("Sports )")
    assert not ends_sentence("")


@given(st.text(alphabet=" \t\u00a0\u2003\u200b\u202f\u205f\u3000\ufeffab\n", max_size=16))
def test_spaces_fold_as_every_run_replaced(line):
    assert _SPACES.sub(" ", line) == EVERY_RUN.sub(" ", line)

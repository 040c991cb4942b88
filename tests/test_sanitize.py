"""Article text as data: escape sequences and control characters never survive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsreader import sanitize

PIECES = ["\x1b[31m", "\x1b]0;title\x07", "\x9b2J", "\x1bP1$r\x1b\\", "\x1bc", "\r\n", "\r",
          "\x00", "\x7f", "\u202e", "\t", "\n", "é", "—", "plain words "]  # fmt: skip


def _every_pattern(value: str) -> str:
    """clean_text without its shortcut for text with no control character."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return sanitize._CONTROLS.sub("", sanitize._ESCAPES.sub("", value))


@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=12).map("".join))
def test_clean_text_is_every_pattern_applied(value: str) -> None:
    cleaned = sanitize.clean_text(value)
    assert cleaned == _every_pattern(value)
    assert not sanitize._CONTROLS.search(cleaned) and "\r" not in cleaned


def test_escape_sequences_go_whole() -> None:
    assert sanitize.clean_text("\x1b[1;31mred\x1b[0m \x1b]0;pwned\x07ok") == "red ok"
    assert sanitize.clean_text("line\r\nnext\tcell") == "line\nnext\tcell"
    assert sanitize.one_line(" a\n\x1b[2Jb  c ") == "a b c"

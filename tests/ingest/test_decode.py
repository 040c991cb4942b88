import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsreader.ingest.decode import DecodeError, decode, looks_binary


def test_utf8_first():
    assert decode("Café “quoted”".encode()) == "Café “quoted”"


def test_cp1252_comes_out_right():
    text = "The café’s owner said “no comment” – twice."
    assert decode(text.encode("cp1252")) == text


def test_short_cp1252_word():
    assert decode("Café".encode("cp1252")) == "Café"


def test_utf16_with_bom():
    assert decode("Ünïcode".encode("utf-16")) == "Ünïcode"


def test_nul_bytes_are_binary():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_control_heavy_text_looks_binary():
    assert looks_binary("\x01\x02\x03\x04abc" * 10)
    assert not looks_binary("plain words\n\tand a tab")


@given(st.binary(max_size=2000))
def test_decode_never_raises_other_errors(data):
    with contextlib.suppress(DecodeError):
        assert isinstance(decode(data), str)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Привет мир, как дела? Это тест.", "cp1251"), ("日本語のテキストです。", "shift_jis")],
)
def test_non_western_encodings_are_detected(text, encoding):
    assert decode(text.encode(encoding)) == text

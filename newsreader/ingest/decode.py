"""Bytes to text: UTF-8 first, then detection; binary is refused."""

from __future__ import annotations

import codecs
import re

# Detectors are unreliable on short Western texts (cp1252 read as cp850 or
# UTF-16). Text in a Western language is mostly ASCII letters with a few
# accented ones; Cyrillic or Greek bytes read as cp1252 come out nearly all
# accented. Beyond this share of non-ASCII letters, cp1252 is not the answer.
_MAX_ACCENTED_SHARE = 0.3
_NO_BOM_WIDE = ("utf_16", "utf_32")
# Control characters that do not occur in text. ESC and BEL belong to escape
# sequences in text, which are stripped later; tab, newlines and form feed are text.
_BINARY_CONTROLS = re.compile(r"[\x00-\x06\x08\x0b\x0e-\x1a\x1c-\x1f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the skip reason."""


def decode(data: bytes) -> str:
    """Decode a file's bytes, or raise DecodeError with a short reason."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable text ({encoding} byte order mark)") from exc
    if b"\x00" in data[:65536]:
        raise DecodeError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def _detect(data: bytes) -> str:
    western = _as_cp1252(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes  # slow to import, rarely needed

    for match in from_bytes(data):
        if not match.encoding.startswith(_NO_BOM_WIDE):  # wide text without a BOM has NULs
            return str(match)
    raise DecodeError("undecodable text (no character encoding fits)")


def _as_cp1252(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return text if letters and accented / len(letters) <= _MAX_ACCENTED_SHARE else None


def looks_binary(text: str) -> bool:
    """Text full of control characters is binary that happened to decode."""
    sample = text[:8192]
    if not sample:
        return False
    return len(_BINARY_CONTROLS.findall(sample)) / len(sample) > 0.05

"""Keep article text as data: no control characters or escape sequences survive."""

from __future__ import annotations

import re
import unicodedata

# ANSI/VT escape sequences (CSI, OSC, DCS/PM/APC strings, single-char escapes),
# in their 7-bit and 8-bit C1 forms.
_ESCAPES = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                  # CSI ... final byte
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)  # OSC/DCS/SOS/PM/APC
    | \x1b[ -/]*[0-~]?                                # other escapes
    """,
    re.VERBOSE | re.DOTALL,
)
# C0 and C1 controls except tab and newline; also bidi overrides that can
# disguise text on a terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Remove terminal escape sequences and control characters (keeps \\n and \\t)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not _CONTROLS.search(value):  # every escape starts with one: 8x faster on clean text
        return value
    value = _ESCAPES.sub("", value)
    return _CONTROLS.sub("", value)


def one_line(value: str) -> str:
    """A value for a single line of output: controls removed, whitespace folded."""
    return " ".join(clean_text(value).split())


def normalize(value: str) -> str:
    """NFKC and folded whitespace: how text is compared, not how it is shown."""
    return " ".join(unicodedata.normalize("NFKC", value).split())

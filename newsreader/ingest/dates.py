"""Publication dates given as metadata, in whatever form, to ISO dates."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_ISO_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) for a metadata value, or None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _epoch_date(value)
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    match = _ISO_PREFIX.match(value)
    if match:
        try:
            return dt.date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:
        default = dt.datetime(1, 1, 1)
        parsed = dateutil_parser.parse(value, default=default, fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed.year > 1 else None


# Unix time in seconds, or in milliseconds as JavaScript writes it: 1973 to 2096
_EPOCH_SECONDS = (1e8, 4e9)


def _epoch_date(value: float) -> str | None:
    """`1295949600` (a JSON archive's timestamp) as its UTC date; other numbers are no date."""
    seconds = value / 1000 if value > _EPOCH_SECONDS[1] else value
    if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()

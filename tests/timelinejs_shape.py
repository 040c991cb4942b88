"""TimelineJS 3's documented JSON format, as a checker the export tests share.

From timeline.knightlab.com/docs/json-format.html: a timeline is an object with
`events` (slides) and optional `title`, `eras`, `scale`; a slide has a `start_date`
(except the title), optional `end_date`, `text`, `media`, `group`, `display_date`,
`background`, `autolink`, `unique_id`; a date has a numeric `year` and optional
numeric `month` (1-12), `day`, time parts and a `display_date` string; a text object
has optional `headline` and `text` strings.
"""

from __future__ import annotations

import calendar

TOP_KEYS = {"events", "title", "eras", "scale"}
SLIDE_KEYS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date"}
TEXT_KEYS = {"headline", "text"}


def check_timelinejs(data: dict) -> None:
    """Raise AssertionError unless data follows the documented TimelineJS shape."""
    assert set(data) <= TOP_KEYS and isinstance(data["events"], list)
    if "title" in data:
        assert set(data["title"]) <= SLIDE_KEYS - {"start_date"}
        _check_text(data["title"]["text"])
    ids = [slide.get("unique_id") for slide in data["events"]]
    assert len(set(ids)) == len(ids)
    for slide in data["events"]:
        assert set(slide) <= SLIDE_KEYS
        start = _check_date(slide["start_date"])
        if "end_date" in slide:
            assert _check_date(slide["end_date"]) >= start
        _check_text(slide["text"])
        assert isinstance(slide.get("display_date", ""), str)


def _check_date(value: dict) -> tuple[int, int, int]:
    assert set(value) <= DATE_KEYS and "year" in value
    year, month, day = value["year"], value.get("month", 1), value.get("day", 1)
    assert all(isinstance(n, int) and not isinstance(n, bool) for n in (year, month, day))
    assert "day" not in value or "month" in value
    assert 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    return year, month, day


def _check_text(value: dict) -> None:
    assert set(value) <= TEXT_KEYS
    assert all(isinstance(v, str) for v in value.values())

"""`published:>2017-08` and friends: the days each comparison keeps."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from whoosh import query as Q

from newsreader.index.query import QueryParser, _days, date_comparisons
from newsreader.index.schema import build_schema

PARSER = QueryParser(build_schema())
KEEPS = {
    ">": lambda day, first, last: day > last,
    ">=": lambda day, first, last: day >= first,
    "<": lambda day, first, last: day < first,
    "<=": lambda day, first, last: day <= last,
}


def _period(day: dt.date, precision: int) -> tuple[str, dt.date, dt.date]:
    """A date written at a precision (1 year, 2 month, 3 day), its first and last day."""
    if precision == 3:
        return day.isoformat(), day, day
    first = day.replace(day=1) if precision == 2 else day.replace(month=1, day=1)
    after = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    last = after - dt.timedelta(days=1) if precision == 2 else first.replace(month=12, day=31)
    return first.isoformat()[: 4 + 3 * (precision - 1)], first, last


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.integers(1, 3),
    st.sampled_from(sorted(KEEPS)),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
)
def test_a_comparison_keeps_exactly_the_days_it_says(day, precision, operator, probe):
    written, first, last = _period(day, precision)
    query = PARSER.parse(f"published:{operator}{written}")
    assert isinstance(query, Q.NumericRange)
    start, end = _days(query)
    assert (start <= probe <= end) == KEEPS[operator](probe, first, last)


def test_what_is_not_a_date_is_left_to_the_parser():
    assert date_comparisons("published:>2017-13 vests") == "published:>2017-13 vests"
    assert date_comparisons("published:>=2017-02-30") == "published:>=2017-02-30"
    assert date_comparisons("title:>2017") == "title:>2017"

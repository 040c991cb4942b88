"""Event building from candidates: what a rerun article's relative dates mean."""

from __future__ import annotations

import pytest

from newsreader.story.candidates import event_candidates
from newsreader.story.events import build_events, summarize

LEAD = "The county council voted Tuesday to close the harbor bridge for six weeks of repairs."
REST = "Engineers had warned in January that the deck was failing under heavy trucks."
ONE_TEXT = {"a": "a", "b": "a", "c": "a"}  # version groups: all one text
THU = "2024-03-07"


def _days(
    *articles: tuple[str, str, str | None], version_of=ONE_TEXT
) -> list[tuple[str, list[str]]]:
    """(day, citing articles) of each day-dated event."""
    candidates = [c for a in articles for c in event_candidates(*a)]
    events = build_events(candidates, version_of)
    return sorted(
        (e.start, sorted({s.id for s in e.sources})) for e in events if e.precision == "day"
    )


def test_a_story_run_again_a_week_later_keeps_its_first_days():
    # 2024-03-07 is a Thursday: "Tuesday" is 03-05; read against 03-14 it would be 03-12.
    first = ("a", f"{LEAD}\n\n{REST}", "2024-03-07")
    rerun = ("b", f"{LEAD}\n\n{REST}", "2024-03-14")
    assert _days(first, rerun) == [("2024-03-05", ["a", "b"])]


def test_a_rewritten_sentence_is_read_against_its_own_date():
    first = ("a", LEAD, "2024-03-07")
    reopen = "The county council voted Tuesday to reopen the harbor bridge early."
    update = ("b", reopen, "2024-03-14")
    assert _days(first, update) == [("2024-03-05", ["a"]), ("2024-03-12", ["b"])]


def test_the_first_dated_printing_decides_whatever_the_order_read():
    rerun = ("b", LEAD, "2024-03-14")
    undated = ("c", LEAD, None)
    first = ("a", LEAD, "2024-03-07")
    assert _days(rerun, undated, first) == [("2024-03-05", ["a", "b"])]


def test_the_same_stock_line_in_unrelated_articles_is_each_ones_news():
    first = ("a", LEAD, "2024-03-07")
    other = ("b", LEAD, "2024-03-14")
    days = _days(first, other, version_of={"a": "a", "b": "b"})
    assert days == [("2024-03-05", ["a"]), ("2024-03-12", ["b"])]


def test_two_wordings_of_one_happening_on_one_day_are_one_event():
    # "a" seeds the event; "b" alone shares too little with it and seeds its own; the
    # reports that use both wordings ("c", "d") show they are one happening.
    days = _days(
        ("a", "Fishermen rescued the boy on Thursday near Fort Lauderdale.", "2024-03-08"),
        ("b", "The boy was found Thursday clinging to an inner tube at sea.", "2024-03-08"),
        (
            "c",
            "Fishermen found the boy Thursday clinging to an inner tube near Fort Lauderdale.",
            "2024-03-09",
        ),
        (
            "d",
            "Fishermen found the boy clinging to an inner tube near Fort Lauderdale on Thursday.",
            "2024-03-09",
        ),
        ("e", "A storm flooded the harbor road on Thursday.", "2024-03-08"),
        version_of={},
    )
    assert days == [("2024-03-07", ["a", "b", "c", "d"]), ("2024-03-07", ["e"])]


def test_a_sentence_dated_twice_sums_up_one_event_only():
    both = "The county council voted Tuesday to close the harbor bridge by March 29."
    events = build_events(
        [
            c
            for a in (
                ("a", both, "2024-03-07"),
                (
                    "b",
                    "The harbor bridge must close by March 29, the county council said.",
                    "2024-03-07",
                ),
                (
                    "c",
                    "On Tuesday the county council voted to close the harbor bridge.",
                    "2024-03-08",
                ),
            )
            for c in event_candidates(*a)
        ],
        {},
    )
    assert [e.start for e in events] == ["2024-03-05", "2024-03-29"]
    assert all(both in {s.sentence for s in e.sources} for e in events)
    assert len({e.summary for e in events}) == 2
    assert all(e.summary == e.sources[0].sentence for e in events)


def test_a_sentence_that_reports_another_date_too_joins_that_dates_event():
    # "a" tells of June first and of Thursday in passing: too few of its words are
    # Thursday's to cluster with "d" and "e", but shown alone its Thursday event would
    # repeat the sentence the June event already shows.
    both = (
        "In June the state chose 12 towns for harbor grants, and officials said four "
        "that balked got warning letters Thursday."
    )
    june = "The state chose 12 towns for harbor grants in June."
    events = build_events(
        [
            c
            for a in (
                ("a", both, "2024-08-09"),  # after "d" and "e": they seed the event
                ("b", june, "2024-08-08"),
                (
                    "c",
                    "In June, the state chose 12 towns to share its harbor grants.",
                    "2024-08-09",
                ),
                (
                    "d",
                    "The state warned four towns Thursday to admit its inspectors.",
                    "2024-08-08",
                ),
                ("e", "Four towns were warned Thursday to let inspectors in.", "2024-08-08"),
            )
            for c in event_candidates(*a)
        ],
        {},
    )
    assert [(e.date, sorted({s.id for s in e.sources})) for e in events] == [
        ("2024-06", ["a", "b", "c"]),
        ("2024-08-08", ["a", "d", "e"]),
    ]
    assert len({e.summary for e in events}) == 2


def test_a_date_only_a_repeated_sentence_tells_keeps_its_event():
    both = "In June the state chose 12 towns for harbor grants, and four were warned Thursday."
    articles = (("a", both, "2024-08-09"), ("b", "The state chose 12 towns in June.", "2024-08-08"))
    events = build_events([c for a in articles for c in event_candidates(*a)], {})
    assert [(e.date, sorted({s.id for s in e.sources})) for e in events] == [
        ("2024-06", ["a", "b"]),
        ("2024-08-08", ["a"]),
    ]


def test_decades_and_centuries_are_background_not_dates_of_the_timeline():
    text = (
        "In the 21st century, the disease is rare in most of the world. "
        "It spread through the port towns in the 1990s, doctors said. "
        "Health officials confirmed a new case of the disease on Tuesday."
    )
    dates = [c.date for c in event_candidates("a", text, "2024-03-07")]
    assert dates == ["2024-03-05"]


def test_a_sentence_the_versions_of_one_story_repeat_speaks_once_for_the_summary():
    told = "The council voted Tuesday to close the harbor bridge, angering ferry captains."
    first = ("a", told, THU)
    rerun = ("a2", told, "2024-03-08")
    other = ("b", "The council voted Tuesday to close the harbor bridge for deck repairs.", THU)
    third = ("c", "Engineers said Tuesday the bridge needs repairs to its failing deck.", THU)
    candidates = [c for a in (first, rerun, other, third) for c in event_candidates(*a)]
    groups = {"a": "a", "a2": "a", "b": "b", "c": "c"}
    [event] = build_events(candidates, groups)
    assert event.summary == other[1]


def test_headings_and_listings_are_no_reports_but_a_chronology_row_is():
    text = (
        "July 22 -- Blossom Music Center, Cuyahoga Falls, OH\n\n"
        "15 Fun Facts About the 2019 American Music Awards Nominations\n\n"
        "WASHINGTON, August 11 (Xinhua) --\n\n"
        "Aug. 3 -- The Justice Department sends letters to four cities."
    )
    dates = [c.date for c in event_candidates("a", text, "2019-11-20")]
    assert dates == ["2019-08-03"]
    shouted = "THE COUNCIL VOTED TUESDAY TO CLOSE THE HARBOR BRIDGE UNTIL MAY 5."
    assert [c.date for c in event_candidates("b", shouted, THU)] == ["2024-03-05", "2024-05-05"]


def test_a_year_another_article_names_does_not_join_a_day_it_does_not_tell():
    day = ("a", "The county council voted Tuesday to close the harbor bridge.", THU)
    year = ("b", "The county council closed three roads this year, the harbor bridge next.", THU)
    events = build_events([c for a in (day, year) for c in event_candidates(*a)], {})
    by_date = {e.date: sorted({s.id for s in e.sources}) for e in events}
    assert by_date == {"2024-03-05": ["a"], "2024": ["b"]}


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        ("WASHINGTON (AP) — The council voted.", "The council voted."),
        ("CLEVELAND, Ohio – The band will tour in 2020.", "The band will tour in 2020."),
        ("DUBAI, United Arab Emirates — Emirates ordered jets.", "Emirates ordered jets."),
        ("A federal judge ruled on Monday.", "A federal judge ruled on Monday."),
        ("NATO, the alliance, met on Monday.", "NATO, the alliance, met on Monday."),
        ("(AP) — Rosa Tran was elected mayor.", "Rosa Tran was elected mayor."),
        ("(Two of them) — he said — voted.", "(Two of them) — he said — voted."),
    ],
)
def test_a_summary_leaves_out_the_dateline(sentence, summary):
    assert summarize(sentence) == summary


def test_a_summary_dated_by_its_words_beats_one_counted_from_its_article():
    filed = "lawyers for about 4,000 residents filed a class-action lawsuit against the city."
    articles = [
        ("a", f"Last week, {filed}", "2023-06-15"),
        ("c", f"Last week, {filed.replace('lawsuit', 'suit')}", "2023-06-14"),
        ("b", "On June 8, lawyers for 4,000 residents filed a class-action lawsuit.", "2023-06-15"),
    ]
    events = build_events([c for a in articles for c in event_candidates(*a)], {})
    assert [(e.date, e.summary[:10]) for e in events] == [("2023-06-08", "On June 8,")]


def test_one_reporter_s_angle_joins_the_day_s_widely_told_event():
    told = [
        ("a", "The county council voted Tuesday to close the harbor bridge for repairs."),
        ("b", "County council members voted Tuesday to shut the harbor bridge for deck repairs."),
        ("c", "The council decided Tuesday that the harbor bridge will close for repairs."),
        # few words in common with the vote, in many of its own: joins it all the same
        ("d", "Ferry captains and weary dock workers said Tuesday they would add extra early "
              "dawn crossings across the bay while the harbor bridge is closed."),
        ("e", "A pianist gave a concert at the opera house on Tuesday evening."),  # another
    ]  # fmt: skip
    candidates = [c for i, text in told for c in event_candidates(i, text, THU)]
    tellers = sorted(sorted({s.id for s in e.sources}) for e in build_events(candidates, {}))
    assert tellers == [["a", "b", "c", "d"], ["e"]]


def _source(article: str, published: str):
    from newsreader.model import Source

    return Source(article, "s", "e", 0, published)


def test_an_event_foretold_counts_less_than_one_reported():
    from newsreader.story.events import Coverage, importance

    coverage = Coverage.of({"a": "2025-03-01", "b": "2025-03-02", "c": "2025-06-10"})
    day = ("2025-06-09", "2025-06-09")
    foretold = [_source("a", "2025-03-01"), _source("b", "2025-03-02")]
    reported = [_source("c", "2025-06-10"), _source("d", "2025-06-11")]
    assert importance(foretold, "day", day, coverage) < importance(reported, "day", day, coverage)


def test_a_late_event_is_counted_against_the_articles_since():
    from newsreader.story.events import Coverage

    days = [f"2025-{m:02d}-{d:02d}" for m in range(1, 11) for d in (5, 15)]  # 20 a month
    coverage = Coverage.of({str(n): day for n, day in enumerate(days * 10)})
    assert coverage.late("2025-01-01") == 1.0
    assert coverage.late("2025-10-01") > 2.0  # 20 of 200 ran since: sqrt(10)
    assert Coverage.of({"a": "2025-01-01", "b": "2025-10-01"}).late("2025-10-01") == 1.0
    # a year named ahead ("production moves to Mexico in 2026"): only foretold, by any article
    assert coverage.late("2026-01-01") == 1.0


def test_background_weighs_less_the_longer_before_the_first_article():
    from newsreader.story.events import BACKGROUND, Coverage

    coverage = Coverage.of({"a": "2025-01-14"})
    assert coverage.background(("2025-01-14", "2025-01-14")) == 1.0
    assert coverage.background(("2024-12-01", "2024-12-01")) == BACKGROUND
    assert coverage.background(("2021-01-01", "2021-12-31")) < BACKGROUND / 3


@pytest.mark.parametrize(
    "walk",
    [
        "harbor workers walked out",
        "the dockers, who load the ferries each morning, walked out",
    ],
)
def test_a_summary_tells_the_day_rather_than_count_from_it(walk):
    articles = [
        ("a", f"Nine ferries have been idle since {walk} on March 4.", "2024-03-20"),
        ("b", f"Nine ferries have been idle since {walk} on March 4.", "2024-03-21"),
        ("c", f"Nine ferries have been idle since {walk} on March 4, the port said.", "2024-03-22"),
        ("d", f"The strike began on March 4, when {walk} over pay.", "2024-03-12"),
    ]
    events = build_events([c for a in articles for c in event_candidates(*a)], {})
    (strike,) = [e for e in events if e.start == "2024-03-04"]
    assert strike.summary.startswith("The strike began on March 4")


def test_the_summary_is_a_sentence_told_once_it_happened():
    events = build_events(
        [
            c
            for a in (
                ("a", "The harbor bridge trial is set to open Monday in Brackley.", "2024-03-07"),
                ("b", "The harbor bridge trial opened Monday in Brackley.", "2024-03-11"),
            )
            for c in event_candidates(*a)
        ],
        {},
    )
    (trial,) = [e for e in events if e.start == "2024-03-11"]
    assert trial.summary == "The harbor bridge trial opened Monday in Brackley."


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge trial was originally set for May 9 but was postponed in April.",
        "The bridge trial, first set for May 9, opened on Monday.",
        "The three engineers had been due to go on trial on May 9, the court heard Monday.",
        "The bridge trial had been scheduled to start May 9, the clerk said Monday.",
        "Last month the judge moved the bridge trial from May 9 to the autumn.",
        "The judge granted a delay from the original May 9 trial date to the autumn.",
        "The bridge trial was set for May 9 but was postponed on Monday.",
    ],
)
def test_a_plan_that_did_not_hold_dates_nothing(sentence):
    dates = [c.date for c in event_candidates("a", sentence, "2025-06-20")]
    assert dates and "2025-05-09" not in dates  # the sentence still dates what it reports


def test_the_day_a_plan_was_undone_and_a_plan_that_held_still_date_their_sentences():
    text = (
        "The bridge trial opened on May 9 as first planned, with the jury sworn in. "
        "The judge on Tuesday postponed the harbor inquiry at the council's request."
    )
    dates = [c.date for c in event_candidates("a", text, "2025-06-20")]
    assert dates == ["2025-05-09", "2025-06-17"]


def test_a_year_inside_the_archive_s_stretch_places_an_event_less_than_a_month():
    from newsreader.story.events import WIDE_FLOOR, Coverage

    coverage = Coverage.of({"a": "2021-03-04", "b": "2022-10-20"})  # twenty months
    assert coverage.placing("day", ("2021-06-01", "2021-06-01")) == 1.0
    month = coverage.placing("month", ("2021-06-01", "2021-06-30"))
    year = coverage.placing("year", ("2021-01-01", "2021-12-31"))
    assert WIDE_FLOOR < year < 0.5 < month < 1.0
    assert (
        Coverage.of({"a": "2021-03-04"}).placing("year", ("2021-01-01", "2021-12-31")) == WIDE_FLOOR
    )
    assert coverage.placing("year", ("2009-01-01", "2009-12-31")) == 1.0  # background's own rule


def test_a_plan_told_in_its_month_counts_as_foretold():
    from newsreader.model import Source
    from newsreader.story.events import Coverage, importance

    coverage = Coverage.of({"a": "2022-03-16", "b": "2022-03-17"})
    month = ("2022-03-01", "2022-03-31")
    plans = [
        Source("a", "Its final report is expected this month.", "this month", 0, "2022-03-16"),
        Source("b", "The report will come in March, it said.", "March", 0, "2022-03-17"),
    ]
    reports = [
        Source("a", "The inquiry published its report this month.", "this month", 0, "2022-03-16"),
        Source("b", "The report came out in March.", "March", 0, "2022-03-17"),
    ]
    assert importance(plans, "month", month, coverage) < importance(
        reports, "month", month, coverage
    )


def test_a_month_mention_that_only_foretells_joins_no_day_of_it():
    articles = [
        ("a", "The harbor inquiry said on Tuesday that its report was nearly done.", "2022-03-09"),
        ("b", "The harbor inquiry's report is expected in March, officials said.", "2022-02-20"),
        ("c", "The harbor inquiry said its report was nearly done, in March.", "2022-04-02"),
    ]
    events = build_events([c for a in articles for c in event_candidates(*a)], {})
    (day,) = [e for e in events if e.start == "2022-03-08"]
    assert sorted({s.id for s in day.sources}) == ["a", "c"]

"""The temporal-expression tagger: spans, types and TIMEX3 values, on sentences written
for these tests (no evaluation text)."""

from __future__ import annotations

import datetime as dt
import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.story.timex import Timex, find_timexes, timex_range, value_precision

THURSDAY = dt.date(2017, 8, 3)
SUNDAY = dt.date(2017, 8, 6)

# (sentence, reference, expression, type, value)
CASES = [
    ("The mayor resigned Thursday after a long fight.", THURSDAY, "Thursday", "DATE", "2017-08-03"),
    ("The mayor resigned Tuesday after a long fight.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("The council will vote on Friday on the budget.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    # yesterday is "Wednesday": "last Wednesday" is the one a week before
    (
        "The chain collapsed last Wednesday with heavy debts.",
        THURSDAY,
        "last Wednesday",
        "DATE",
        "2017-07-26",
    ),
    (
        "The chain collapsed last Tuesday with heavy debts.",
        THURSDAY,
        "last Tuesday",
        "DATE",
        "2017-08-01",
    ),
    (
        "The photo was taken Wednesday, Aug. 2, 2017, in town.",
        THURSDAY,
        "Wednesday, Aug. 2, 2017",
        "DATE",
        "2017-08-02",
    ),
    (
        "A hearing is set for Aug. 18 in the county court.",
        THURSDAY,
        "Aug. 18",
        "DATE",
        "2017-08-18",
    ),
    (
        "The law passed Aug. 18, 2016, after a vote.",
        THURSDAY,
        "Aug. 18, 2016",
        "DATE",
        "2016-08-18",
    ),
    ("The report is dated 2017-08-01 and signed.", THURSDAY, "2017-08-01", "DATE", "2017-08-01"),
    ("The notice is dated 08/03/2017 at the top.", THURSDAY, "08/03/2017", "DATE", "2017-08-03"),
    # a text that writes "4 March" writes its numbers day first too
    ("Rain 4 March. The form is dated 08/03/2017.", THURSDAY, "08/03/2017", "DATE", "2017-03-08"),
    ("The form is dated 13/03/2017.", THURSDAY, "13/03/2017", "DATE", "2017-03-13"),
    ("It happened on March the 4th.", THURSDAY, "March the 4th", "DATE", "2017-03-04"),
    (
        "A warning in February 2016 went unread before the collapse on March 4 that year.",
        THURSDAY,
        "March 4 that year",
        "DATE",
        "2016-03-04",
    ),
    # a day of the month alone: of the month the sentence names, else of the paper's
    (
        "The inquest opened on 3 May 2016 and resumed on the 22nd.",
        THURSDAY,
        "the 22nd",
        "DATE",
        "2016-05-22",
    ),
    ("The inquest resumes on the 22nd.", THURSDAY, "the 22nd", "DATE", "2017-08-22"),
    ("Payments are due by the 1st, officials said.", THURSDAY, "the 1st", "DATE", "2017-09-01"),
    ("The plant closed in June and never reopened.", THURSDAY, "June", "DATE", "2017-06"),
    ("The plant closed last week and never reopened.", THURSDAY, "last week", "DATE", "2017-W30"),
    ("The plant closed last week and never reopened.", SUNDAY, "last week", "DATE", "2017-W31"),
    ("The shop opened this week near the station.", THURSDAY, "this week", "DATE", "2017-W31"),
    ("Sales fell last month across the region.", THURSDAY, "last month", "DATE", "2017-07"),
    ("The company was founded in 2009 by two brothers.", THURSDAY, "2009", "DATE", "2009"),
    (
        "Crime has risen in recent years in the suburbs.",
        THURSDAY,
        "recent years",
        "DATE",
        "PAST_REF",
    ),
    ("The storm could last 48 hours, forecasters said.", THURSDAY, "48 hours", "DURATION", "PT48H"),
    ("He served two years in the state prison.", THURSDAY, "two years", "DURATION", "P2Y"),
    ("The bridge took a decade to build.", THURSDAY, "a decade", "DURATION", "P10Y"),
    (
        "Talks dragged on for several months without result.",
        THURSDAY,
        "several months",
        "DURATION",
        "PXM",
    ),
    ("The fire started two weeks ago in the hills.", THURSDAY, "two weeks ago", "DATE", "2017-W29"),
    ("Officials spoke to reporters today at noon.", THURSDAY, "today", "DATE", "2017-08-03"),
    (
        "The suspect was arrested yesterday near the border.",
        THURSDAY,
        "yesterday",
        "DATE",
        "2017-08-02",
    ),
    ("The team is now in second place.", THURSDAY, "now", "DATE", "PRESENT_REF"),
    (
        "Profits are expected to rise this year, analysts say.",
        THURSDAY,
        "this year",
        "DATE",
        "2017",
    ),
    ("Prices peaked in the 1990s before a long slide.", THURSDAY, "the 1990s", "DATE", "199"),
    ("Revenue grew in fiscal 1998 as costs fell.", THURSDAY, "fiscal 1998", "DATE", "1998"),
    (
        "Net income fell in the third quarter of 1998.",
        THURSDAY,
        "the third quarter of 1998",
        "DATE",
        "1998-Q3",
    ),
    (
        "Net income fell in the second quarter, the firm said.",
        THURSDAY,
        "the second quarter",
        "DATE",
        "2017-Q2",
    ),
    ("The meeting starts at 3 p.m. in the hall.", THURSDAY, "3 p.m.", "TIME", "2017-08-03T15:00"),
    (
        "She testified this morning before the panel.",
        THURSDAY,
        "this morning",
        "TIME",
        "2017-08-03TMO",
    ),
    ("The newsletter is sent every week to members.", THURSDAY, "every week", "SET", "P1W"),
    ("The board meets weekly in the old library.", THURSDAY, "weekly", "SET", "P1W"),
    ("Dues are paid each year in January.", THURSDAY, "each year", "SET", "P1Y"),
    ("A probe measures the soil every hour.", THURSDAY, "every hour", "SET", "PT1H"),
    ("We will spend three hours a day on buses.", THURSDAY, "a day", "SET", "P1D"),
    ("Fireworks rise every New Year's Eve.", THURSDAY, "every New Year's Eve", "SET", "XXXX-12-31"),
    ("The family gathers each Thanksgiving.", THURSDAY, "each Thanksgiving", "SET", "XXXX-11"),
    ("The festival returns next year with new acts.", THURSDAY, "next year", "DATE", "2018"),
    ("Ticket sales opened in early 2015 with a rush.", THURSDAY, "early 2015", "DATE", "2015"),
    ("Protests grew last summer in the capital.", THURSDAY, "last summer", "DATE", "2016-SU"),
    (
        # a holiday weeks ahead is the coming one; months ahead, the last one
        "Shops close on Christmas Day every year.",
        dt.date(2017, 12, 1),
        "Christmas Day",
        "DATE",
        "2017-12-25",
    ),
    ("Shops close on Christmas Day every year.", THURSDAY, "Christmas Day", "DATE", "2016-12-25"),
]


FRIDAY_2000 = dt.date(2000, 1, 7)
MONDAY_1999 = dt.date(1999, 4, 19)

# Rules added after the first benchmark: (sentence, reference, expression, type, value)
MORE_CASES = [
    # A possessive weekday has happened, whatever the tense of the clause.
    (
        "They would look for ways around Wednesday's ruling.",
        FRIDAY_2000,
        "Wednesday's",
        "DATE",
        "2000-01-05",
    ),
    # An hour "later" is a duration; only day-sized units count as dates.
    ("Just over an hour later, he was dead.", THURSDAY, "over an hour", "DURATION", "PT1H"),
    ("A minute and a half later, a pilot saw it.", THURSDAY, "A minute and a half", "DURATION",
     "PT1M30S"),
    ("The storm lasted almost a hundred years.", THURSDAY, "almost a hundred years", "DURATION",
     "P100Y"),
    # "last" before a month and day leaves the day to the date rule.
    ("He was shot last Oct. 23 at his home.", MONDAY_1999, "Oct. 23", "DATE", "1998-10-23"),
    # Spoken years (broadcast transcripts) and ordinal centuries.
    ("Atlanta, nineteen ninety-six. A bomb.", THURSDAY, "nineteen ninety-six", "DATE", "1996"),
    ("January nineteen ninety-seven. Again.", THURSDAY, "January nineteen ninety-seven", "DATE",
     "1997-01"),
    ("The approach of the year two thousand worries them.", THURSDAY, "the year two thousand",
     "DATE", "2000"),
    ("She is a 20th century democrat.", THURSDAY, "20th century", "DATE", "19"),
    ("It lasted through the nineteenth century.", THURSDAY, "the nineteenth century", "DATE", "18"),
    # A month with "this/last/next year" is a month of that year.
    ("Since the tax took effect on July 1 last year, receipts rose.", dt.date(2018, 2, 7),
     "July 1 last year", "DATE", "2017-07-01"),
    ("The inquiry reports on 14 April next year.", dt.date(2018, 2, 7), "14 April next year",
     "DATE", "2019-04-14"),
    ("Ratification began in February this year.", dt.date(1998, 12, 3), "February this year",
     "DATE", "1998-02"),
    ("They join in April next year.", dt.date(1998, 12, 3), "April next year", "DATE", "1999-04"),
    ("It fell in March of last year.", THURSDAY, "March of last year", "DATE", "2016-03"),
    # "the week of" a day is that day's ISO week.
    ("A hearing is set for the week of March 6, lawyers said.", dt.date(2000, 2, 24),
     "the week of March 6", "DATE", "2000-W10"),
    ("The committee has scheduled a hearing for the week of 21 August.", dt.date(2023, 7, 20),
     "the week of 21 August", "DATE", "2023-W34"),
    ("Jobless claims fell to 310,000 in the week ended July 10.", dt.date(2004, 7, 15),
     "the week ended July 10", "DATE", "2004-W28"),
    ("Fans at the game on the weekend of March 2 should watch for a rash.",
     dt.date(2019, 3, 14), "the weekend of March 2", "DATE", "2019-W09-WE"),
    ("They met the weekend of Feb. 28, 2019.", dt.date(2019, 3, 14),
     "the weekend of Feb. 28, 2019", "DATE", "2019-W09-WE"),
    # The second day of a pair shares the first one's month and year.
    ("The summit is on April 24 and 25 in Washington.", dt.date(1999, 2, 10), "25", "DATE",
     "1999-04-25"),
    ("The fair ran from July 30 to 31, 2016, downtown.", THURSDAY, "July 30", "DATE",
     "2016-07-30"),
    # Counts of time and what only looks like one.
    ("The firm had several quarters of losses.", THURSDAY, "several quarters", "DURATION",
     "PXQ"),
    ("Islam will one day be the second religion.", THURSDAY, "one day", "DATE", "FUTURE_REF"),
    ("We do dozens of interviews a day, he said.", THURSDAY, "a day", "SET", "P1D"),
    # A plan of the past is no future: "had been due to", "as previously planned".
    ("The offer had been due to expire Friday evening.", dt.date(1989, 10, 30),
     "Friday evening", "DATE", "1989-10-27TEV"),
    ("The attack began as previously planned Saturday night.", dt.date(1991, 2, 25),
     "Saturday night", "DATE", "1991-02-23TNI"),
    # Deadlines moved or granted lie ahead; plans too.
    ("Officials postponed until Tuesday morning any action.", dt.date(2000, 3, 30),
     "Tuesday morning", "DATE", "2000-04-04TMO"),
    ("They have until 9 a.m. Tuesday to sign.", dt.date(2000, 4, 3), "9 a.m. Tuesday", "TIME",
     "2000-04-04T09:00"),
    ("Exiles planned a large demonstration on Saturday.", FRIDAY_2000, "Saturday", "DATE",
     "2000-01-08"),
    # Anaphora: before or in the time last spoken of.
    ("Stocks rose Friday, up 4% from the previous Friday.", dt.date(1989, 10, 30),
     "the previous Friday", "DATE", "1989-10-20"),
    ("He fled in June 1998 and went back later that year.", FRIDAY_2000, "later that year",
     "DATE", "1998"),
    ("In 1995 it grew; the previous year it shrank.", THURSDAY, "the previous year", "DATE",
     "1994"),
    # A range of lengths is a length not known exactly.
    ("Deals are planned for the next 12 to 18 months.", THURSDAY, "the next 12 to 18 months",
     "DURATION", "PXM"),
    # An article before a duration used as an adjective belongs to the noun.
    ("The 24-hour strike starts at midnight.", THURSDAY, "24-hour", "DURATION", "PT24H"),
    # Vague references: "at the time", a future "soon", "in future".
    ("He spoke in March, saying at the time he would quit.", THURSDAY, "the time", "DATE",
     "PAST_REF"),
    ("Prosecutors may soon seek an indictment.", THURSDAY, "soon", "DATE", "FUTURE_REF"),
    ("The firm soon will begin selling boxes.", THURSDAY, "soon", "DATE", "FUTURE_REF"),
    ("It may happen again in the future, he said.", THURSDAY, "the future", "DATE",
     "FUTURE_REF"),
    # Parts of the day and of seasons, of the day being told.
    ("By mid afternoon, officials said the road was open.", THURSDAY, "mid afternoon", "TIME",
     "2017-08-03TAF"),
    ("Stocks fell Friday. Dealers bought in the morning.", dt.date(1989, 10, 30), "the morning",
     "TIME", "1989-10-27TMO"),
    ("Orders rose from the low levels of the early summer.", dt.date(1989, 10, 26),
     "the early summer", "DATE", "1989-SU"),
    # A title-case headline keeps its dates.
    ("Cities Brace For Sanctions This Week\nThe letters went out.", THURSDAY, "This Week",
     "DATE", "2017-W31"),
    # A clock time without a day is on the day the story last named (or one that follows it).
    ("He was shot on Oct. 23. He died at 10 p.m. in hospital.", dt.date(1999, 4, 19), "10 p.m.",
     "TIME", "1998-10-23T22:00"),
    ("The blast occurred at 10:35 a.m. (0735 GMT) Friday.", dt.date(1998, 8, 8), "10:35 a.m.",
     "TIME", "1998-08-07T10:35"),
    ("The market closed at 4 p.m. after a calm day.", THURSDAY, "4 p.m.", "TIME",
     "2017-08-03T16:00"),
    # A timetable in the present tense lies ahead.
    ("The offer expires Friday, the company said.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("The vote is set for Tuesday in the senate.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("The board meets Monday to weigh the bid.", THURSDAY, "Monday", "DATE", "2017-08-07"),
    ("The strike began Monday and goes on.", THURSDAY, "Monday", "DATE", "2017-07-31"),
    # A time opening its clause takes the tense of the clause it opens.
    ("On Tuesday, the board will vote on the bid.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("They host Leeds on Tuesday evening before travelling to Hull on Saturday.",
     dt.date(2023, 2, 6), "Saturday", "DATE", "2023-02-11"),
    ("The Treasury will sell notes Tuesday, $9.5 billion of bonds Wednesday.",
     dt.date(1989, 7, 28), "Wednesday", "DATE", "1989-08-02"),
    # a dateline's day, a day or two before the paper, is the day "today" counts from
    ("WASHINGTON, June 25 -- The court ruled today that police may search cars.",
     dt.date(1998, 6, 26), "today", "DATE", "1998-06-25"),
    ("BRUSSELS, December 31 (Xinhua) -- The euro was launched today.", dt.date(1999, 1, 2),
     "today", "DATE", "1998-12-31"),
    ("An envoy will visit the camps next week.", dt.date(2009, 8, 16), "next week", "DATE",
     "2009-W34"),
    ("The replay is on Saturday week.", dt.date(2022, 7, 25), "Saturday week", "DATE",
     "2022-08-06"),
    ("The marquee lit up again Friday night.", dt.date(2021, 12, 2), "Friday night", "DATE",
     "2021-11-26TNI"),
    ("On Friday, the government announced it would pay.", dt.date(1998, 9, 30), "Friday",
     "DATE", "1998-09-25"),
    ("On Friday, officials planned to pay the families.", dt.date(1998, 9, 30), "Friday", "DATE",
     "1998-09-25"),
    ("Days will be made up on June 1, which had been a workday.", dt.date(2017, 2, 9), "June 1",
     "DATE", "2017-06-01"),
    ("In June, the company will open a plant.", THURSDAY, "June", "DATE", "2018-06"),
    ("On Monday, he said he would quit.", THURSDAY, "Monday", "DATE", "2017-07-31"),
    # A relative clause told in the past, after the future cue, is in the past.
    ("She will sell the lander that the firm unveiled in May.", THURSDAY, "May", "DATE",
     "2017-05"),
    ("He will meet the men who arrived Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("He will meet the men who arrive Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    # "N years later" counts from the year (or month) last named; "earlier" too when that
    # year is in the same sentence.
    ("He was elected in 1987 and left two years later.", THURSDAY, "two years later", "DATE",
     "1989"),
    ("He quit in June 1988 and two months later he died.", THURSDAY, "two months later", "DATE",
     "1988-08"),
    ("In 1990 sales fell from two years earlier.", THURSDAY, "two years earlier", "DATE",
     "1988"),
    ("The firm was founded in 1950. Profit rose from a year earlier.", THURSDAY,
     "a year earlier", "DATE", "2016"),
    # A quarter "of next year" is that year's; halves as adjectives, like quarters, leave
    # the article to the noun.
    ("Sales in the first quarter of next year will rise.", THURSDAY,
     "the first quarter of next year", "DATE", "2018-Q1"),
    ("Sales in the fourth quarter of last year fell.", THURSDAY,
     "the fourth quarter of last year", "DATE", "2016-Q4"),
    ("The first-half results were weak.", THURSDAY, "first-half", "DATE", "2017-H1"),
    ("The third-quarter results were weak.", dt.date(1989, 11, 2), "third-quarter", "DATE",
     "1989-Q3"),
    # Lengths not known exactly.
    ("Prices may erode in the weeks ahead.", THURSDAY, "the weeks ahead", "DURATION", "PXW"),
    ("Over the years, many patients died.", THURSDAY, "the years", "DURATION", "PXY"),
    ("Scientists have warned for decades.", THURSDAY, "decades", "DURATION", "PXDE"),
    ("They had years of warnings.", THURSDAY, "years", "DURATION", "PXY"),
    ("He was freed hours after a judge threw out the case.", THURSDAY, "hours", "DURATION",
     "PTXH"),
    ("The council renewed the embargo for another year.", THURSDAY, "another year", "DURATION",
     "P1Y"),
    ("Talks will go on for a further two weeks.", THURSDAY, "a further two weeks", "DURATION",
     "P2W"),
    ("They will have to live without it for a while.", THURSDAY, "a while", "DURATION",
     "PXX"),
    # "future" with a plural unit is the future; as an adjective alone it is no time.
    ("It will cut tax payments in future quarters.", THURSDAY, "future quarters", "DATE",
     "FUTURE_REF"),
    # An editor's note is about the story itself: its own day.
    ("He spoke on Aug. 1. This story was updated at 5:45 p.m. ET.", THURSDAY, "5:45 p.m. ET",
     "TIME", "2017-08-03T17:45"),
    # "the year before", "the day after" at the end of a clause: from the time last named.
    ("Revenue fell to $300 million last year from $450 million the year before.", THURSDAY,
     "the year before", "DATE", "2015"),
    ("There were 96 cases last week, up from 41 the week before and the most since May.",
     dt.date(2021, 3, 15), "the week before", "DATE", "2021-W09"),
    ("He was arrested on July 20 and released the day after.", THURSDAY, "the day after",
     "DATE", "2017-07-21"),
    # A period "ended" on a day is over by the story's date.
    ("In the fiscal year ended Jan. 31, sales rose 5%.", dt.date(1989, 10, 31), "Jan. 31",
     "DATE", "1989-01-31"),
    # "over" is "more than" after a verb of lasting; otherwise it means "during".
    ("The tour is likely to last over a week.", THURSDAY, "over a week", "DURATION", "P1W"),
    ("The program will be phased out over five years.", THURSDAY, "five years", "DURATION",
     "P5Y"),
    # A preposition before a season is not part of it.
    ("In fall 1990, the plant opens.", THURSDAY, "fall 1990", "DATE", "1990-FA"),
    ("Sales rose in summer.", THURSDAY, "summer", "DATE", "2017-SU"),
    ("Man Freed After 14 Years as DNA Clears Him", THURSDAY, "14 Years", "DURATION", "P14Y"),
    ("He has run 100 miles a week since early summer.", THURSDAY, "early summer", "DATE",
     "2017-SU"),
    ("They will keep hiring through the spring.", dt.date(2014, 3, 7), "the spring", "DATE",
     "2014-SP"),
    ("They will hire more next spring.", dt.date(2014, 3, 7), "next spring", "DATE", "2015-SP"),
    ("Aid groups are racing to build camps before the winter.", dt.date(1999, 4, 13),
     "the winter", "DATE", "1999-WI"),
    ("The camps were built before the winter.", dt.date(1999, 4, 13), "the winter", "DATE",
     "1998-WI"),
    # One unit as an adjective: "the month-long strike".
    ("The month-long strike ended.", THURSDAY, "month-long", "DURATION", "P1M"),
    ("It was their third day-long meeting.", THURSDAY, "day-long", "DURATION", "P1D"),
    # Holidays: Black Friday, Cyber Monday, Good Friday, Easter Monday, Boxing Day; the
    # nearest one, a coming one when clearly nearer; "Easter week" is that week.
    ("Black Friday is approaching, and prices fell.", dt.date(2019, 11, 20), "Black Friday",
     "DATE", "2019-11-29"),
    ("Cyber Monday sales rose.", dt.date(2019, 12, 5), "Cyber Monday", "DATE", "2019-12-02"),
    ("The agreement was signed on Good Friday.", dt.date(1998, 4, 20), "Good Friday", "DATE",
     "1998-04-10"),
    ("Shops reopen on Boxing Day.", dt.date(2017, 12, 20), "Boxing Day", "DATE", "2017-12-26"),
    ("Easter Monday is a holiday.", dt.date(2017, 4, 10), "Easter Monday", "DATE",
     "2017-04-17"),
    ("Protesters prayed as Easter week began.", dt.date(2000, 4, 17), "Easter week", "DATE",
     "2000-W16"),
    # A range of lengths written with a dash is a length not known exactly; "every N units"
    # and "every other week" are sets of that period.
    ("The session lasts for 10-15 minutes.", THURSDAY, "10-15 minutes", "DURATION", "PTXM"),
    ("They meet every two weeks.", THURSDAY, "every two weeks", "SET", "P2W"),
    ("They meet every other week.", THURSDAY, "every other week", "SET", "P2W"),
    ("Elections are held every four years.", THURSDAY, "every four years", "SET", "P4Y"),
    ("Eat every 2-3 hours.", THURSDAY, "every 2-3 hours", "SET", "PTXH"),
    # "over the past decade" is the ten years up to now; "in the last decade", the one before.
    ("Threats had become routine over the past decade.", dt.date(1998, 10, 25),
     "the past decade", "DURATION", "P10Y"),
    ("Workers lost earning power in the last decade.", dt.date(1998, 2, 6), "the last decade",
     "DATE", "198"),
    # A clock time with a weekday and a date takes the date.
    ("Tickets go on sale at 10 a.m. Friday, Dec. 6.", dt.date(2019, 11, 20),
     "10 a.m. Friday, Dec. 6", "TIME", "2019-12-06T10:00"),
    # A day a few months ahead, in a clause told in the past, is last year's.
    ("He was arrested in April for a March 21 phone call.", dt.date(2019, 11, 20), "March 21",
     "DATE", "2019-03-21"),
    ("His sentencing is scheduled for Feb. 14.", dt.date(2019, 11, 20), "Feb. 14", "DATE",
     "2020-02-14"),
    # ... so is one a verb in the past tense tells of; not what follows "added that"
    ("FBI agents searched his office and home on Jan. 14.", dt.date(2025, 10, 15), "Jan. 14",
     "DATE", "2025-01-14"),
    ("He added that final rules to be published in early November are due.",
     dt.date(1989, 10, 30), "early November", "DATE", "1989-11"),
    ("Two candidates haven't yet qualified for the December debate.", dt.date(2019, 10, 16),
     "December", "DATE", "2019-12"),
    # A plan first made, and since overtaken: "originally scheduled for".
    ("The trial was originally scheduled for June 9.", dt.date(2025, 9, 1), "June 9", "DATE",
     "2025-06-09"),
    ("The trial, initially set for June 9, was moved.", dt.date(2025, 9, 1), "June 9", "DATE",
     "2025-06-09"),
    # told in the past, a plan most of a year ahead is more likely the one gone
    ("The trial was set for May 9.", dt.date(2022, 6, 20), "May 9", "DATE", "2022-05-09"),
    ("The trial was set for May 9.", dt.date(2022, 1, 20), "May 9", "DATE", "2022-05-09"),
    ("The trial is set for May 9.", dt.date(2022, 6, 20), "May 9", "DATE", "2023-05-09"),
    ("The trial, set for May 9, opened that morning.", dt.date(2022, 5, 10), "May 9", "DATE",
     "2022-05-09"),
    ("The trial, set for May 9, will open here.", dt.date(2022, 5, 10), "May 9", "DATE",
     "2023-05-09"),
    # a vote in the present, a need, a day owning the subject of a clause told ahead
    ("Hungarians vote on Sunday in the first election since the war.", dt.date(2019, 6, 19),
     "Sunday", "DATE", "2019-06-23"),
    ("The party began its last week of campaigning Monday short of the majority it needs to "
     "win outright on Sunday.", dt.date(2019, 6, 17), "Sunday", "DATE", "2019-06-23"),
    ("Bonds rallied Monday as investors bet that Sunday's election will pass off calmly.",
     dt.date(2019, 6, 18), "Sunday's", "DATE", "2019-06-23"),
    ("Analysts said Sunday's vote was a rebuke.", dt.date(2019, 6, 18), "Sunday's", "DATE",
     "2019-06-16"),
    ("It has to do with the attack on Sunday.", dt.date(2019, 6, 18), "Sunday", "DATE",
     "2019-06-16"),
    # a forecast: "expected" right before the day, a weekday after "next week"
    ("Results are expected late Wednesday.", dt.date(2023, 3, 26), "late Wednesday", "DATE",
     "2023-03-29"),
    ("Snow is expected between Saturday evening and Sunday morning.", dt.date(2024, 12, 14),
     "Sunday morning", "DATE", "2024-12-15TMO"),
    ("The ruling, which was expected Monday, came on Tuesday.", dt.date(2023, 3, 26), "Monday",
     "DATE", "2023-03-20"),
    ("Conditions improve next week, with sunshine returning Monday.", dt.date(2025, 4, 11),
     "Monday", "DATE", "2025-04-14"),
    ("She said she would ask at Tuesday's council meeting for a review.", dt.date(2023, 4, 17),
     "Tuesday's", "DATE", "2023-04-18"),
    ("He spoke at Tuesday's council meeting.", dt.date(2023, 4, 17), "Tuesday's", "DATE",
     "2023-04-11"),
    # a bare year inside a sentence is an aside: the next sentence's day is of the story
    ("The builder, founded in 1979, is one of the largest. Agents searched its offices on "
     "Jan. 14.", dt.date(2025, 3, 24), "Jan. 14", "DATE", "2025-01-14"),
    ("The plant opened in 1962 and employs most members. Workers returned on Dec. 16.",
     dt.date(2025, 1, 22), "Dec. 16", "DATE", "2024-12-16"),
    ("In 1998 the union struck for 54 days. Strike pay was cut on Nov. 6.",
     dt.date(2024, 12, 9), "Nov. 6", "DATE", "1998-11-06"),
    # a promise of something in a month, a passive infinitive: ahead
    ("She has named a cabinet and promised an election in June.", dt.date(2019, 5, 14), "June",
     "DATE", "2019-06"),
    ("The government has promised a review of subsidies by the end of June.",
     dt.date(2019, 5, 14), "the end of June", "DATE", "2019-06"),
    ("He promised in June to resign.", dt.date(2019, 5, 14), "June", "DATE", "2018-06"),
    ("Funding pledged at the summit in December has not arrived.", dt.date(2010, 9, 24),
     "December", "DATE", "2009-12"),
    ("Each worker receives a bonus, to be paid in January.", dt.date(2024, 12, 12), "January",
     "DATE", "2025-01"),
    # a month of last winter: its January is of the year after the winter's December
    ("Last winter's heaviest storm, in mid-January, dropped 9 inches.", dt.date(2024, 12, 14),
     "mid-January", "DATE", "2024-01"),
    # "On the morning of": opens the sentence it takes its tense from
    ("On the morning of Jan. 14, as agents were carrying boxes out, she was at her desk.",
     dt.date(2025, 10, 12), "Jan. 14", "DATE", "2025-01-14"),
    ("On the morning of Jan. 14, the jury will begin deliberating.", dt.date(2025, 10, 12),
     "Jan. 14", "DATE", "2026-01-14"),
    # a date moved to: the nearer either way, as for one adjourned to
    ("On April 22, the judge moved the trial to Sept. 8.", dt.date(2025, 6, 9), "Sept. 8", "DATE",
     "2025-09-08"),
    ("The judge pushed the hearing back to Sept. 8.", dt.date(2025, 6, 9), "Sept. 8", "DATE",
     "2025-09-08"),
    # a day long gone told in a relative clause is not the day a clock time goes on with
    ("In Varna, the port where police shot two protesters on Jan. 17, voters lined up before "
     "polls opened at 7 a.m.", dt.date(2019, 6, 23), "7 a.m.", "TIME", "2019-06-23T07:00"),
    # a part of the day after a background paragraph on a day long gone: the story's own
    ("Kolev was arrested on Tuesday. The camp was stormed on Feb. 16.\n\nBy early evening "
     "hundreds had gathered outside.", dt.date(2019, 5, 8), "early evening", "TIME",
     "2019-05-07TEV"),
    # "the following Monday": the first after the day last told
    ("He was arrested on March 3. The following Tuesday he was charged.", dt.date(2019, 4, 20),
     "Tuesday", "DATE", "2019-03-05"),
    # "since" a weekday: the one gone by, however near the coming one is
    ("The line has been closed since Tuesday.", dt.date(2019, 1, 28), "Tuesday", "DATE",
     "2019-01-22"),
    ("Ships idle since Monday sounded their horns.", dt.date(2019, 3, 17), "Monday", "DATE",
     "2019-03-11"),
    ("He has not spoken since her arrest on Thursday.", dt.date(2019, 4, 3), "Thursday", "DATE",
     "2019-03-28"),
    ("The offer, advertised in today's editions, expires.", THURSDAY, "today", "DATE",
     "2017-08-03"),
    ("The rallies are held annually.", THURSDAY, "annually", "SET", "P1Y"),
    # "until the weekend" not told in the past: the coming one
    ("Some rural customers could wait until the weekend.", dt.date(2010, 7, 21), "the weekend",
     "DATE", "2010-W29-WE"),
    ("Crews worked until the weekend.", dt.date(2010, 7, 21), "the weekend", "DATE",
     "2010-W28-WE"),
    # "ahead of" looks forward; a weekend ahead, seen from a weekday, is that week's.
    ("Dealers squared positions ahead of the weekend.", THURSDAY, "the weekend", "DATE",
     "2017-W31-WE"),
    ("The talks will resume over the weekend.", dt.date(2017, 7, 31), "the weekend", "DATE",
     "2017-W31-WE"),
    ("Shares rose ahead of Friday, traders said.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    # Weekdays in the plural are sets ("on Mondays", "Tuesday nights"), and so is a weekday
    # paired with them ("on Monday and Tuesday nights").
    ("The shop is closed on Mondays.", THURSDAY, "Mondays", "SET", "XXXX-WXX-1"),
    ("Meetings are held on Friday mornings.", THURSDAY, "Friday mornings", "SET",
     "XXXX-WXX-5TMO"),
    ("Flights leave on Monday and Tuesday nights.", THURSDAY, "Tuesday nights", "SET",
     "XXXX-WXX-2TNI"),
    ("Flights leave on Monday and Tuesday nights.", THURSDAY, "Monday", "SET",
     "XXXX-WXX-1TNI"),
    ("He left Monday and Tuesday.", THURSDAY, "Monday", "DATE", "2017-07-31"),
    # third pass: "N days later" is a length, "later" its signal (a year later stays a date)
    ("The ferry sank. Two days later, divers found it.", THURSDAY, "Two days later", "DURATION",
     "P2D"),
    ("A week earlier, the mayor had quit.", THURSDAY, "A week earlier", "DURATION", "P1W"),
    ("The mill shut in 2009. Three years later it reopened.", THURSDAY, "Three years later",
     "DATE", "2012"),
    # "past years" without "the" is the past, like "recent years"
    ("Such floods were rare in past years.", THURSDAY, "past years", "DATE", "PAST_REF"),
    # "last <month>" for the month just over (or this one) is a year back: that one is "last month"
    ("The dam burst last July, flooding the valley.", THURSDAY, "last July", "DATE", "2016-07"),
    ("The dam burst last August, flooding the valley.", THURSDAY, "last August", "DATE",
     "2016-08"),
    ("The dam burst last May, flooding the valley.", THURSDAY, "last May", "DATE", "2017-05"),
    # "that evening" is the part of the day last named
    ("The storm hit on Aug. 1. That evening the river rose.", THURSDAY, "That evening", "TIME",
     "2017-08-01TEV"),
    ("Crews arrived Tuesday, and that night the fire was out.", THURSDAY, "that night", "TIME",
     "2017-08-01TNI"),
    ("This past July, the fair drew a crowd.", THURSDAY, "This past July", "DATE", "2017-07"),
    # a future stated outright takes the coming day, not the nearest; a plan (noun) does not
    ("His trial is scheduled for July 30.", THURSDAY, "July 30", "DATE", "2018-07-30"),
    ("The plan unveiled July 30 was dropped.", THURSDAY, "July 30", "DATE", "2017-07-30"),
    # a month in a clause told in the past is not the coming one, however near
    ("The fair was held in September.", THURSDAY, "September", "DATE", "2016-09"),
    ("The fair opens in September.", THURSDAY, "September", "DATE", "2017-09"),
    ("The storm hit on Monday. Crews worked through the night.", THURSDAY, "the night", "TIME",
     "2017-07-31TNI"),
    ("Residents were told to be ready to leave after ice jams pushed the river over its banks"
     " late Tuesday.", dt.date(2013, 4, 24), "late Tuesday", "DATE", "2013-04-23"),
    ("Early returns Tuesday evening showed him ahead.", dt.date(2004, 11, 3), "Tuesday evening",
     "DATE", "2004-11-02TEV"),
    ("The president returns Friday from Asia.", dt.date(2004, 11, 3), "Friday", "DATE",
     "2004-11-05"),
    ("The union threatened to strike at 12:01 a.m. Saturday.", dt.date(2011, 7, 27),
     "12:01 a.m. Saturday", "TIME", "2011-07-30T00:01"),
    ("Moscow promised to pay all wage arrears by spring.", dt.date(1998, 9, 2), "spring", "DATE",
     "1999-SP"),
    ("Prosecutors decided to reopen the investigation in May.", dt.date(2019, 10, 16), "May",
     "DATE", "2019-05"),
    ("She will face Douglas Frey in the Nov. 4 general election.", dt.date(2008, 2, 6), "Nov. 4",
     "DATE", "2008-11-04"),
    ("The court directed the city to file a report by December 10.", dt.date(2021, 9, 22),
     "December 10", "DATE", "2021-12-10"),
    # an infinitive after a verb told in the past leaves a weekday either side: the nearer
    ("Officials ordered residents to leave Tuesday afternoon and opened a shelter.",
     dt.date(2016, 10, 13), "Tuesday afternoon", "DATE", "2016-10-11TAF"),
    ("Classes were supposed to begin Friday. Instead, teachers walked out.",
     dt.date(1997, 9, 8), "Friday", "DATE", "1997-09-05"),
    ("The mayor asked them to return Friday.", dt.date(2016, 10, 11), "Friday", "DATE",
     "2016-10-14"),
    # a span still running "through" a day reaches ahead; through a recent day, a figure to date
    ("The plan imposes a 10 percent cut in agency budgets through June 30.",
     dt.date(1995, 11, 15), "June 30", "DATE", "1996-06-30"),
    ("The fund has fallen 2.08% this year through Oct. 19.", dt.date(1989, 10, 27), "Oct. 19",
     "DATE", "1989-10-19"),
    # a hope and a need look ahead
    ("The campaign hoped to raise $250,000 by the end of February.", dt.date(2008, 1, 30),
     "the end of February", "DATE", "2008-02"),
    ("Lawyers argued that they needed until September to review the pages.",
     dt.date(2013, 5, 14), "September", "DATE", "2013-09"),
    # a deadline set in the past, a month or two back, is over
    ("We gave the company until the end of October to come back with an offer.",
     dt.date(1998, 11, 4), "the end of October", "DATE", "1998-10"),
    ("The deadline was extended until March.", dt.date(1998, 11, 4), "March", "DATE",
     "1999-03"),
    # a weekday named as a holiday is that holiday
    ("On Friday, New Year's Day, eleven countries adopt the euro.", dt.date(1998, 12, 29),
     "Friday", "DATE", "1999-01-01"),
    # a weekday naming an event set for it, in a sentence telling nothing in the past: to come
    ("Senegal's president seeks second term in Sunday vote", dt.date(2007, 2, 22), "Sunday",
     "DATE", "2007-02-25"),
    ("The council will take up the plan at Thursday's meeting.", dt.date(2013, 2, 26),
     "Thursday's", "DATE", "2013-02-28"),
    ("Critics stepped up their condemnation of Wednesday's meeting.", dt.date(2000, 1, 7),
     "Wednesday's", "DATE", "2000-01-05"),
    ("The Eagles would play Saturday against the winner of Thursday's game.",
     dt.date(2025, 3, 17), "Thursday's", "DATE", "2025-03-20"),
    ("The Eagles won Thursday's game by ten points.", dt.date(2025, 3, 17), "Thursday's", "DATE",
     "2025-03-13"),
    # a change taking effect on a weekday, no tense to place it: the nearer such day
    ("It goes on sale on Sept. 27, with preorders starting Friday.", dt.date(2019, 9, 10),
     "Friday", "DATE", "2019-09-13"),
    ("Level 4 water limits for Barraville from Monday", dt.date(2003, 1, 17), "Monday", "DATE",
     "2003-01-20"),
    ("The governor called lawmakers back for a special session beginning Monday.",
     dt.date(1999, 9, 14), "Monday", "DATE", "1999-09-20"),
    ("The Dow gained 61 points from Monday through Thursday.", dt.date(2019, 9, 10), "Thursday",
     "DATE", "2019-09-05"),
    # a day something was put off to is still to come
    ("The vote was pushed back to Tuesday at the earliest, diplomats said.", dt.date(2012, 3, 8),
     "Tuesday", "DATE", "2012-03-13"),
    ("Another said the vote could slip to Wednesday.", dt.date(2012, 3, 8), "Wednesday", "DATE",
     "2012-03-14"),
    ("The two were to be flown to Dublin on Thursday.", dt.date(1990, 11, 14), "Thursday",
     "DATE", "1990-11-15"),
    ("The talks were to resume on Monday.", dt.date(1990, 11, 14), "Monday", "DATE",
     "1990-11-12"),
    ("We were supposed to go Saturday. My sister is getting married.", dt.date(1998, 12, 17),
     "Saturday", "DATE", "1998-12-19"),
    ("The judge ordered him to surrender his passport by Friday.", dt.date(1997, 10, 9),
     "Friday", "DATE", "1997-10-10"),
    ("Lawmakers expected Petrosky to sign the measure by Friday.", dt.date(2007, 10, 3),
     "Friday", "DATE", "2007-10-05"),
    ("The council ordered the firm to remove the sign by Wednesday.", dt.date(1997, 10, 9),
     "Wednesday", "DATE", "1997-10-08"),
    # a clock time of every day named near it, or a curfew's hours: no day of its own
    ("Centres will be open daily from 8am to 5pm, including weekends.", dt.date(2021, 3, 15),
     "5pm", "TIME", "XXXX-XX-XXT17:00"),
    ("The curfew, which runs from 10pm to 4am, remains in force.", dt.date(2021, 3, 15), "4am",
     "TIME", "XXXX-XX-XXT04:00"),
    ("Gardens may be watered between 6am and 8am on Tuesdays.", dt.date(2003, 1, 17), "6am",
     "TIME", "XXXX-XX-XXT06:00"),
    ("The curfew took effect at 8 p.m.", dt.date(2021, 3, 15), "8 p.m.", "TIME",
     "2021-03-15T20:00"),
    ("The curfew, announced on state radio at midday, takes effect tonight and will be enforced"
     " every night.", dt.date(2006, 2, 12), "midday", "TIME", "2006-02-12T12:00"),
    # a passive ahead, an adverb in it
    ("The offer, which will be formally launched Monday, expires Nov. 18.", dt.date(1988, 10, 21),
     "Monday", "DATE", "1988-10-24"),
    # an adjective joined by a hyphen is no verb told in the past
    ("They host Sunderstead on Tuesday evening before travelling to second-placed Kingsmoor"
     " on Saturday.", dt.date(2023, 2, 6), "Saturday", "DATE", "2023-02-11"),
    # a timetable starting on a day: the nearer such day, past or coming
    ("Two new flights will leave on Mondays, with the third departing each Thursday from"
     " August 6.", dt.date(1998, 2, 13), "August 6", "DATE", "1998-08-06"),
    # a court's business set down for a day: the nearer such day, past or coming
    ("The bench posted the matter for hearing on December 14.", dt.date(2021, 9, 22),
     "December 14", "DATE", "2021-12-14"),
    ("She was remanded in custody and the case adjourned to 20 August.", dt.date(2012, 6, 10),
     "20 August", "DATE", "2012-08-20"),
    ("The bench posted the matter for hearing on September 14.", dt.date(2021, 9, 22),
     "September 14", "DATE", "2021-09-14"),
    ("The agency will publish July retail sales next week.", dt.date(1998, 8, 7), "July", "DATE",
     "1998-07"),
    ("The department will report Thursday that factory orders fell in December.",
     dt.date(1991, 2, 5), "December", "DATE", "1990-12"),
    # a futures month in a market report is still to come
    ("The March contract, the most actively traded, ended at $1,298 a ton.",
     dt.date(1988, 10, 19), "March", "DATE", "1989-03"),
    ("Coffee rose 2.10 cents to $1.2450 a pound for December delivery.", dt.date(1988, 10, 19),
     "December", "DATE", "1988-12"),
    ("The union rejected the March contract offer.", dt.date(1988, 10, 19), "March", "DATE",
     "1988-03"),
    ("In June sales will rise again.", dt.date(1998, 8, 7), "June", "DATE", "1999-06"),
    ("Rates will stay put until at least the February meeting.", dt.date(2015, 10, 6),
     "February", "DATE", "2016-02"),
    ("At the February meeting, the Fed raised rates.", dt.date(2015, 10, 6), "February", "DATE",
     "2015-02"),
    ("Fourth-quarter profit rose. For the full year, it earned $412 million.",
     dt.date(2015, 1, 22), "the full year", "DATE", "2014"),
    ("The March quarter was tough, the chief executive said.", dt.date(2013, 5, 2),
     "The March quarter", "DATE", "2013-Q1"),
    ("Between April and September last year it collected less.", dt.date(2018, 2, 2), "April",
     "DATE", "2017-04"),
    # a quarter whose results are told in the past is over, even a fiscal one not over by the
    # calendar: it is the quarter the story reports
    ("Acme posted higher fourth-quarter profit. Sales in the latest period rose 9%.",
     dt.date(2017, 11, 2), "the latest period", "DATE", "2017-Q4"),
    ("Acme expects fourth-quarter profit to rise. Sales in the latest period rose 9%.",
     dt.date(2017, 11, 2), "the latest period", "DATE", "2017-Q3"),
    # a month opening its sentence takes the tense of that sentence
    ("In September, a flood in Dover, Del., destroyed the mill.", THURSDAY, "September", "DATE",
     "2016-09"),
    ("In September, the mill is expected to reopen.", THURSDAY, "September", "DATE", "2017-09"),
    ("On Nov. 10, a flood destroyed the mill.", THURSDAY, "Nov. 10", "DATE", "2016-11-10"),
    ("On Nov. 10, the mill reopens.", THURSDAY, "Nov. 10", "DATE", "2017-11-10"),
    # more of the present that looks ahead: timetables, modals, hopes
    ("The council votes on the levy Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("Talks resume Monday in Oslo.", THURSDAY, "Monday", "DATE", "2017-08-07"),
    ("The council may vote Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("The fire may have started Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("No one could be found Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("A ruling could come Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("He could not sleep on Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("Storms are possible on Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("He said he was ready to try the case in June.", THURSDAY, "June", "DATE", "2018-06"),
    ("The governor testifies before the committee on Tuesday.", THURSDAY, "Tuesday", "DATE",
     "2017-08-08"),
    # past tenses spelt as the present, when an object follows
    ("Shares hit a record high on Friday.", THURSDAY, "Friday", "DATE", "2017-07-28"),
    ("The firm cut 200 jobs in October.", THURSDAY, "October", "DATE", "2016-10"),
    ("A further rate cut in October is likely.", THURSDAY, "October", "DATE", "2017-10"),
    ("The Fed may cut rates on Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("More snow is forecast for Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("Builders hope to finish the bridge by Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("The gallery closes in December for repairs.", THURSDAY, "December", "DATE", "2017-12"),
    ("The tablet goes on sale in late January.", THURSDAY, "late January", "DATE", "2018-01"),
    # seasons told from the time last named: "that summer", "the next spring"
    ("The dam was finished in May 2004. That summer it filled.", THURSDAY, "That summer", "DATE",
     "2004-SU"),
    ("The dam was finished in 2004. The next spring it filled.", THURSDAY, "The next spring",
     "DATE", "2005-SP"),
    ("The dam was finished in October 2004. The previous summer it leaked.", THURSDAY,
     "The previous summer", "DATE", "2004-SU"),
    # "within days": a length not known exactly ("within" is a signal)
    ("A verdict is likely within days.", THURSDAY, "days", "DURATION", "PXD"),
    ("Within hours, the river rose.", THURSDAY, "hours", "DURATION", "PTXH"),
    # "the quarter" a results story opens with is the quarter "a year earlier" goes back from
    ("The bank lost $4 million in the quarter, against a profit of $1 million a year earlier.",
     dt.date(2017, 10, 26), "a year earlier", "DATE", "2016-Q3"),
    ("The crew left a fortnight ago.", THURSDAY, "a fortnight ago", "DATE", "2017-W29"),
    ("Travel will be busy this weekend.", dt.date(2017, 12, 23), "this weekend", "DATE",
     "2017-W51-WE"),
    ("A warning has been issued, valid from 18:00 until midday on Wednesday.", THURSDAY,
     "Wednesday", "DATE", "2017-08-09"),
    ("Expect delays over the Easter weekend.", dt.date(2016, 3, 22), "Easter weekend", "DATE",
     "2016-W12-WE"),
    ("Traffic over the Labor Day weekend was heavy.", dt.date(2016, 9, 6), "Labor Day weekend",
     "DATE", "2016-W35-WE"),
    ("Garden waste is collected every fortnight.", THURSDAY, "every fortnight", "SET", "P2W"),
    ("Bins are emptied every other fortnight.", THURSDAY, "every other fortnight", "SET", "P4W"),
    ("Arsenal open at West Ham in Saturday's early kick-off.", dt.date(2019, 8, 9), "Saturday's",
     "DATE", "2019-08-10"),
    ("Prices rose over the last fortnight.", THURSDAY, "the last fortnight", "DURATION", "P2W"),
    ("Schools reopen over the next fortnight.", THURSDAY, "the next fortnight", "DURATION",
     "P2W"),
    ("The mill was built in the 1800s.", THURSDAY, "the 1800s", "DATE", "18"),
    ("The mill was rebuilt in the 2000s.", THURSDAY, "the 2000s", "DATE", "200"),
    ("The crew rested for half an hour.", THURSDAY, "half an hour", "DURATION", "PT30M"),
    # "the following month", "the previous month": from the month last named
    ("It was announced in August 2018 and approved the following month.", THURSDAY,
     "the following month", "DATE", "2018-09"),
    # "the next year / month" after a time named in the past, as "the following" one; from
    # now after "in" or "over", or when nothing earlier was named
    ("In 1990 the company moved to Ohio. The next year it closed.", THURSDAY,
     "The next year", "DATE", "1991"),
    ("The House should pass it by Sept. 24, with the Senate following the next week.",
     dt.date(1999, 9, 14), "the next week", "DATE", "1999-W39"),
    ("The law passed in March 2015. The next month, the governor signed it.", THURSDAY,
     "The next month", "DATE", "2015-04"),
    ("Sales fell in 2015. In the next year they will rise.", THURSDAY, "the next year", "DATE",
     "2018"),
    ("The next month will be hard, the mayor said.", THURSDAY, "The next month", "DATE",
     "2017-09"),
    # a season, a month or a week told against the time last named
    # a sentence that opens with a past year tells of it; elsewhere a month is the story's
    ("In early 1999 the council approved a renovation in March.", THURSDAY, "March", "DATE",
     "1999-03"),
    ("Rates rose in 2001. That year, the council approved an increase in July.", THURSDAY,
     "July", "DATE", "2001-07"),
    ("In early 1999 the council approved it, but in March a lawsuit halted the work, and the"
     " next year the city abandoned the plan.", THURSDAY, "the next year", "DATE", "2000"),
    ("In 1991, the Legislature fought through the summer over a tax.", THURSDAY, "the summer",
     "DATE", "1991-SU"),
    ("In 2012, it cut 5,000 jobs, but by the end of the year demand had recovered.", THURSDAY,
     "the end of the year", "DATE", "2012"),
    ("The man, who founded the firm in 1921, announced in June that he would retire.",
     THURSDAY, "June", "DATE", "2017-06"),
    ("Rebels crossed in 1990, and in August of that year a force landed.", THURSDAY,
     "August of that year", "DATE", "1990-08"),
    ("It collapsed in 2006. On Sept. 12 of that year, it restated its results.", THURSDAY,
     "Sept. 12 of that year", "DATE", "2006-09-12"),
    ("The pact began in late 2015 but stalled the following spring.", THURSDAY,
     "the following spring", "DATE", "2016-SP"),
    ("He joined the firm in 1990. That June, he left.", THURSDAY, "That June", "DATE", "1990-06"),
    # a background passage: a past year written out carries to the next sentences of its
    # paragraph, told forward; a span up to now, a quote, a date naming a thing or time spent
    # ends it
    # a decade or a century opening a sentence names no year for its months
    ("In the 1990s, the town flooded in March.", THURSDAY, "March", "DATE", "2017-03"),
    ("The 1998 floods were the worst on record. The waters began rising in August.", THURSDAY,
     "August", "DATE", "1998-08"),
    ("The 1998 floods were the worst on record. The waters rose in August and did not recede"
     " until late September.", THURSDAY, "late September", "DATE", "1998-09"),
    ("Its last veto came in 2011, when two banks sought to merge. In that case, regulators"
     " opened an inquiry in June.", THURSDAY, "June", "DATE", "2011-06"),
    ("The airlift began in July 2012. In the spring it became the longest ever.", THURSDAY,
     "the spring", "DATE", "2013-SP"),
    ("When the war broke out in April 1992, the agency had 30 staff. In the winter that"
     " followed, a mild January and airdrops launched in February helped.", THURSDAY,
     "February", "DATE", "1993-02"),
    ("The inquiry began in the spring of 1990. That June, he took leave. He resigned on"
     " Sept. 14.", THURSDAY, "Sept. 14", "DATE", "1990-09-14"),
    ("The last strike was in 1979. It began on August 20 that year.", THURSDAY,
     "August 20 that year", "DATE", "1979-08-20"),
    ("In 1997, lawmakers spent much of the fall on it.", THURSDAY, "the fall", "DATE",
     "1997-FA"),
    ("The diner survived the flood of 1964, when water rose four feet on March 11.", THURSDAY,
     "March 11", "DATE", "1964-03-11"),
    ("Turnout was twice that of the 2004 primary, which was held in March.", dt.date(2008, 2, 6),
     "March", "DATE", "2004-03"),
    ("Turnout was twice that of the 2004 primary. It was held in March.", dt.date(2008, 2, 6),
     "March", "DATE", "2007-03"),
    ("The plant has run since 2009. The company said in March that it would close.", THURSDAY,
     "March", "DATE", "2017-03"),
    ("The virus has killed thousands since it began in late 2019. Britain began vaccinating on"
     " Dec. 8.", dt.date(2021, 1, 21), "Dec. 8", "DATE", "2020-12-08"),
    ('The school opened in 2004. "My son started in September," she said.', THURSDAY,
     "September", "DATE", "2016-09"),
    ("Two men were charged in the Dec. 21, 1988, bombing of the jet. They were removed from"
     " the list after the leader agreed in April to hand them over.", THURSDAY, "April",
     "DATE", "2017-04"),
    ("The case was taken up in 2014. Students spent more than a year tracking down evidence."
     " Tests completed in January matched.", THURSDAY, "January", "DATE", "2017-01"),
    ("Republicans won the House in 1994. He joined the committee the following January.",
     THURSDAY, "the following January", "DATE", "1995-01"),
    ("The Senate passed it in May 2003, and the House followed the next March.", THURSDAY,
     "the next March", "DATE", "2004-03"),
    ("The store closed in the summer of 1997. The mall lost its last tenant two years later.",
     THURSDAY, "two years later", "DATE", "1999"),
    ("Schools canceled classes today and Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    # a clock time told in the past: on the day something last happened, not a day to come,
    # the day a statement was made or the end of a period
    ("A jury on Tuesday convicted him. Sentencing is set for Sept. 27. The verdict was read"
     " shortly after 4:30 p.m.", THURSDAY, "4:30 p.m.", "TIME", "2017-08-01T16:30"),
    ("A tornado tore through the town Sunday night. The weather service said Monday that it"
     " touched down at 9:52 p.m.", THURSDAY, "9:52 p.m.", "TIME", "2017-07-30T21:52"),
    ("Polls closed Tuesday at 7 p.m., but the race was not called until after 1 a.m.",
     dt.date(2008, 2, 6), "1 a.m.", "TIME", "2008-02-06T01:00"),
    ("The outage began shortly after midnight and was fixed by 6 a.m.", dt.date(2021, 2, 24),
     "6 a.m.", "TIME", "2021-02-24T06:00"),
    ("Sales fell Thursday. Traders await the payrolls report, due at 1230 GMT.",
     dt.date(2014, 6, 6), "1230 GMT", "TIME", "2014-06-06T12:30"),
    ("The deal was announced on March 1. Shares rose to $32.40 at 11:45 a.m. in composite"
     " trading.", dt.date(2012, 3, 8), "11:45 a.m.", "TIME", "2012-03-08T11:45"),
    ("Lawmakers will hold a hearing Thursday. The session must end by May 19. The hearing is"
     " set for 1 p.m.", dt.date(2025, 1, 22), "1 p.m.", "TIME", "2025-01-23T13:00"),
    ("The company said Thursday that profit rose in the quarter ended July 31. The report was"
     " released after the market closed at 4 p.m.", THURSDAY, "4 p.m.", "TIME",
     "2017-08-03T16:00"),
    # the nth weekday of a month, a weekday of a week named, a holiday with its year
    ("The board meets on the second Monday of January.", THURSDAY,
     "the second Monday of January", "DATE", "2018-01-08"),
    ("He left on the last Friday of June.", THURSDAY, "the last Friday of June", "DATE",
     "2017-06-30"),
    ("The vote is on the first Tuesday in March 2018.", THURSDAY,
     "the first Tuesday in March 2018", "DATE", "2018-03-06"),
    ("A text must be ready by Wednesday of next week.", THURSDAY, "Wednesday of next week",
     "DATE", "2017-08-09"),
    ("The war began on Christmas Eve 1989, when rebels crossed.", THURSDAY,
     "Christmas Eve 1989", "DATE", "1989-12-24"),
    # a year in two digits after a preposition of time: the latest such year up to the paper
    ('"In \'82 it got down to a third, but we had good rain the following winter."',
     dt.date(2003, 1, 17), "the following winter", "DATE", "1983-WI"),
    ("Rates have doubled since '09.", dt.date(2014, 5, 1), "'09", "DATE", "2009"),
    # holidays of other countries
    ("The council cancelled the fireworks planned for Australia Day.", dt.date(2003, 1, 17),
     "Australia Day", "DATE", "2003-01-26"),
    ("Miners had planned May Day rallies this Saturday.", dt.date(1999, 4, 26), "May Day",
     "DATE", "1999-05-01"),
    ("Crowds gathered for Bonfire Night.", dt.date(2019, 11, 6), "Bonfire Night", "DATE",
     "2019-11-05"),
    ("The year would end on May 21, 2025, five days before Memorial Day.", dt.date(2024, 4, 23),
     "Memorial Day", "DATE", "2025-05-26"),
    ("Analysts said Tuesday they expect heavy discounting after Christmas.",
     dt.date(2015, 12, 17), "Christmas", "DATE", "2015-12-25"),
    # inside a quote said on an earlier day, "today", "tonight", "tomorrow" count from that day
    ('"I have been in every corner of this state," Stahl said Sunday in Dubuque. "Tomorrow'
     ' night we find out."', dt.date(1996, 2, 12), "Tomorrow night", "TIME", "1996-02-12TNI"),
    ('"We made a promise," the minister said in a statement Wednesday night. "Tonight, we kept'
     ' it."', dt.date(2018, 6, 21), "Tonight", "TIME", "2018-06-20TNI"),
    ('The minister spoke Wednesday. "Tonight, we keep it," he said.', dt.date(2018, 6, 21),
     "Tonight", "TIME", "2018-06-21TNI"),
    # "overnight" as an adverb: last night told in the past, tonight otherwise; "overnight
    # shifts" name no night
    ("The storm weakened on Thursday after dumping rain on the coast overnight.", THURSDAY,
     "overnight", "TIME", "2017-08-02TNI"),
    ("Overnight the system moves east.", THURSDAY, "Overnight", "TIME", "2017-08-03TNI"),
    # told in the past after a day before yesterday: that day's night
    ("Residents were told to leave Monday afternoon. About 150 people stayed there overnight.",
     THURSDAY, "overnight", "TIME", "2017-07-31TNI"),
    # "the night" told in the past, no day named: last night
    ("Utility crews worked through the night to restore power.", THURSDAY, "the night", "TIME",
     "2017-08-02TNI"),
    ("Crews will work through the night.", THURSDAY, "the night", "TIME", "2017-08-03TNI"),
    # an abbreviation's period ends no sentence: the quarter is in the same one
    ("Their share stood at 14 percent in the second quarter, according to U.S. figures, little"
     " changed from a year earlier.", dt.date(1991, 10, 11), "a year earlier", "DATE",
     "1990-Q2"),
    ("Volume was the heaviest since the crash a year ago today.", dt.date(1988, 10, 19),
     "a year ago today", "DATE", "1987-10-19"),
    ("Sales fell by about 40 percent in July from a year earlier.", THURSDAY,
     "a year earlier", "DATE", "2016-07"),
    # a span that reaches a weekday reaches ahead, unless told in the past
    ("Classes have been canceled through Friday.", dt.date(2017, 7, 31), "Friday", "DATE",
     "2017-08-04"),
    ("Cleanup could take until Sunday.", dt.date(2017, 7, 31), "Sunday", "DATE", "2017-08-06"),
    ("The talks continued until Friday.", dt.date(2017, 7, 31), "Friday", "DATE", "2017-07-28"),
    ("Jurors will fill out questionnaires Monday and Tuesday.", dt.date(2017, 8, 1),
     "Tuesday", "DATE", "2017-08-08"),
    # a winter is named by the year of its December
    ("Only a fraction of the normal snow fell last winter.", THURSDAY, "last winter", "DATE",
     "2016-WI"),
    ("The coldest air so far this winter arrived.", dt.date(2017, 12, 17), "this winter",
     "DATE", "2017-WI"),
    ("The coldest air so far this winter arrived.", dt.date(2018, 1, 17), "this winter",
     "DATE", "2017-WI"),
    ("U.S. stocks rose on Thursday. Minutes of the meeting, released on Tuesday, showed a"
     " split. The next meeting ends on Nov. 3. Stocks extended gains shortly after 10 a.m.",
     THURSDAY, "10 a.m.", "TIME", "2017-08-03T10:00"),
    ("A warning remains in effect until 6 a.m. Friday. The state Department of Transportation"
     " closed Interstate 90 from Mitchell to the Minnesota border at 2 a.m.", THURSDAY,
     "2 a.m.", "TIME", "2017-08-03T02:00"),
    ("Economists expect employers added 215,000 jobs in July.", THURSDAY, "July", "DATE",
     "2017-07"),
    ("The office is expected to release revised estimates in March.", THURSDAY, "March",
     "DATE", "2018-03"),
    ("The Hang Seng rose in afternoon trade.", THURSDAY, "afternoon", "TIME", "2017-08-03TAF"),
    ("Talks resumed in the fall of last year.", THURSDAY, "the fall of last year", "DATE",
     "2016-FA"),
    ("Net income in the last three months of 2014 more than doubled.", THURSDAY,
     "the last three months of 2014", "DATE", "2014-Q4"),
    ("Sales rose in the first six months of this year.", THURSDAY,
     "the first six months of this year", "DATE", "2017-H1"),
    # halves of a fiscal year; a fiscal quarter's number is not the calendar's
    ("Profits will suffer in the second half of the fiscal year.", THURSDAY,
     "the second half of the fiscal year", "DATE", "2017-H2"),
    ("Growth could slow in the first half of fiscal 2018.", THURSDAY,
     "the first half of fiscal 2018", "DATE", "2018-H1"),
    ("The company said its fiscal fourth-quarter profit rose 31 percent, from $108 million a"
     " year earlier.", dt.date(2017, 4, 26), "a year earlier", "DATE", "2016-Q4"),
    ("He joined the firm in 1990. He said that June was hard.", THURSDAY, "June", "DATE",
     "2017-06"),
    ("The Senate passed it on July 2, 2016, and the House the same week.", THURSDAY,
     "the same week", "DATE", "2016-W26"),
    # a quote's closing comma ends its clause: "next" inside the quote does not look ahead
    ('"He called me the next morning," Brandt said Monday.', THURSDAY, "Monday", "DATE",
     "2017-07-31"),
    ("Investors held back ahead of Friday's report.", THURSDAY, "Friday's", "DATE", "2017-08-04"),
    ("He criticized Friday's report.", THURSDAY, "Friday's", "DATE", "2017-07-28"),
    # a clock time with its date and year, or its time zone spelled out
    # a clock time "on" a day: two expressions, the clock on that day
    ("The car was towed at 2:40 a.m. on Oct. 3, 2011.", THURSDAY, "2:40 a.m.", "TIME",
     "2011-10-03T02:40"),
    ("The car was towed at 2:40 a.m. on Oct. 3, 2011.", THURSDAY, "Oct. 3, 2011", "DATE",
     "2011-10-03"),
    ("The debate will begin at 10 a.m. on Monday.", THURSDAY, "10 a.m.", "TIME",
     "2017-08-07T10:00"),
    ("The debate will begin at 10 a.m. on Monday.", THURSDAY, "Monday", "DATE", "2017-08-07"),
    ("They walked down the avenue at 6:38 p.m. on Saturday, May 20.", THURSDAY, "6:38 p.m.",
     "TIME", "2017-05-20T18:38"),
    ("The bell will ring at 9:30 a.m. Eastern time Friday.", THURSDAY,
     "9:30 a.m. Eastern time Friday", "TIME", "2017-08-04T09:30"),
    # a length in several units is one duration; a rate is not one of its parts
    ("She won in 2 hours, 21 minutes, 4 seconds.", THURSDAY, "2 hours, 21 minutes, 4 seconds",
     "DURATION", "PT2H21M4S"),
    ("For 14 years, 7 months and 3 days, I knew.", THURSDAY, "14 years, 7 months and 3 days",
     "DURATION", "P14Y7M3D"),
    ("Guards watch it 24 hours a day.", THURSDAY, "24 hours", "DURATION", "PT24H"),
    ("Shares fell 3 percent in morning trading.", THURSDAY, "morning", "TIME", "2017-08-03TMO"),
    ("He flooded the yard every night.", THURSDAY, "every night", "SET", "XXXX-XX-XXTNI"),
    ("She was running five days a week.", THURSDAY, "five days a week", "SET", "P1W"),
    # a quarter looked ahead to, long over this year, is next year's; its results to come are
    # of the one just over ("will publish its first estimate of fourth-quarter GDP" in January)
    ("They expect to finish by the end of the first quarter.", dt.date(2018, 11, 14),
     "the end of the first quarter", "DATE", "2019-Q1"),
    ("It expects to report a third-quarter loss.", dt.date(1989, 11, 2), "third-quarter", "DATE",
     "1989-Q3"),
    ("It will publish its first estimate of fourth-quarter output on Jan. 29.",
     dt.date(2016, 1, 15), "fourth-quarter", "DATE", "2015-Q4"),
    ("Polls open at 8 a.m. (0800 GMT) on Sunday.", THURSDAY, "Sunday", "DATE", "2017-08-06"),
    ("These companies spent the past decade selling to the same customers.", THURSDAY,
     "the past decade", "DURATION", "P10Y"),
    ("Voters will decide a week from Tuesday.", THURSDAY, "a week from Tuesday", "DATE",
     "2017-08-15"),
    ("The report, due out a week from today, is the next test.", THURSDAY, "a week from today",
     "DATE", "2017-08-10"),
    ("It will halt two lines for a week from Monday.", THURSDAY, "a week from Monday",
     "DURATION", "P1W"),
    # spoken clock times with their part of the day
    ("By seven o'clock this morning the picket line had formed.", THURSDAY,
     "seven o'clock this morning", "TIME", "2017-08-03T07:00"),
    ("The ceremony at eleven o'clock yesterday morning was brief.", THURSDAY,
     "eleven o'clock yesterday morning", "TIME", "2017-08-02T11:00"),
    ("We leave at ten o'clock tomorrow night.", THURSDAY, "ten o'clock tomorrow night", "TIME",
     "2017-08-04T22:00"),
    ("We met at half past nine yesterday morning.", THURSDAY, "half past nine yesterday morning",
     "TIME", "2017-08-02T09:30"),
    ("The train leaves at quarter to ten tonight.", THURSDAY, "quarter to ten tonight", "TIME",
     "2017-08-03T21:45"),
    # a spoken hour with no part of the day: as said, up to seven after noon
    ("The march set off at nine o'clock.", THURSDAY, "nine o'clock", "TIME", "2017-08-03T09:00"),
    ("The road was cut at about three o'clock.", THURSDAY, "about three o'clock", "TIME",
     "2017-08-03T15:00"),
    ("Gates open at half past twelve.", THURSDAY, "half past twelve", "TIME", "2017-08-03T12:30"),
    ("Clocks go forward at 2am on Sunday 1 October.", THURSDAY, "2am", "TIME", "2017-10-01T02:00"),
    ("It opened at half past nine on the fourth of March.", THURSDAY, "half past nine", "TIME",
     "2017-03-04T09:30"),
    ("Expect a hard frost on Christmas night.", THURSDAY, "Christmas night", "TIME",
     "2017-12-25TNI"),
    # a 24-hour clock after its preposition
    ("The match kicks off at 19:45.", THURSDAY, "19:45", "TIME", "2017-08-03T19:45"),
    ("By about six o'clock last night, we were sure.", THURSDAY, "about six o'clock last night",
     "TIME", "2017-08-02T18:00"),
    ("On Jan. 17, at 2:30 in the morning, the drill came up.", THURSDAY, "2:30 in the morning",
     "TIME", "2017-01-17T02:30"),
    # a clock time told in the past is not on a day still to come that was named before it
    ("Sentencing is set for Sept. 27. The verdict was read shortly after 4:30 p.m.", THURSDAY,
     "4:30 p.m.", "TIME", "2017-08-03T16:30"),
    ("A service will be held Saturday at 2 p.m.", THURSDAY, "2 p.m.", "TIME",
     "2017-08-05T14:00"),
    # "the plan" is a thing, no plan of the clause: "approved the plan in March" is past
    ("The council approved its plan in March.", THURSDAY, "March", "DATE", "2017-03"),
    ("The city plans to vote in March.", THURSDAY, "March", "DATE", "2018-03"),
    ("The quake struck on Oct. 8, 2005, at 8:50 a.m. that Saturday.", THURSDAY, "that Saturday",
     "DATE", "2005-10-08"),
    ("Snow days will be made up on Presidents Day.", dt.date(2017, 2, 9), "Presidents Day",
     "DATE", "2017-02-20"),
    ("Parades are planned for St. Patrick's Day.", dt.date(2017, 2, 9), "St. Patrick's Day",
     "DATE", "2017-03-17"),
    # a day its tense does not place, much nearer ahead than back, is the coming one
    ("Rain and snow on Friday, then sun.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("Rain and snow on Sunday, then sun.", THURSDAY, "Sunday", "DATE", "2017-07-30"),
    ("The senators, who led a protest march to the two headquarters in the capital on Friday,"
     " spoke.", THURSDAY, "Friday", "DATE", "2017-07-28"),
    ("Ministers arrive in Paris at the weekend.", dt.date(2015, 12, 2), "the weekend", "DATE",
     "2015-W49-WE"),
    ("The troops did not arrive until Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("Sleep at least 8 hours per night.", THURSDAY, "per night", "SET", "P1D"),
    ("The talks will be the first since the pact took effect on Aug. 1.", dt.date(2017, 10, 11),
     "Aug. 1", "DATE", "2017-08-01"),
    ("She took a nap every afternoon.", THURSDAY, "every afternoon", "SET", "XXXX-XX-XXTAF"),
    ("She won in 2 hours, 9 minutes, 47 seconds, one second ahead.", THURSDAY,
     "2 hours, 9 minutes, 47 seconds", "DURATION", "PT2H9M47S"),
    ("Sales rose in June from the previous month.", THURSDAY, "the previous month", "DATE",
     "2017-05"),
    # more future cues: "are expected on", "unlikely to"; "this weekend" ahead is this week's
    ("Results are expected on Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("The Fed is unlikely to move before July.", dt.date(1993, 6, 9), "July", "DATE", "1993-07"),
    ("He is expected to fly to Baghdad this weekend.", THURSDAY, "this weekend", "DATE",
     "2017-W31-WE"),
    ("Thousands rallied this weekend.", THURSDAY, "this weekend", "DATE", "2017-W30-WE"),
    ("A cold front could bring some relief this weekend.", THURSDAY, "this weekend", "DATE",
     "2017-W31-WE"),
    # a season its tense does not place is the nearer one; told in the past, the last one
    # "the new year", said late in a year, is the next
    ("It hopes to return to a full schedule in the new year.", dt.date(2021, 12, 2),
     "the new year", "DATE", "2022"),
    # "after midnight": the first hour of the story's day, or of the day after the one named
    ("A man was arrested shortly after midnight.", THURSDAY, "midnight", "TIME",
     "2017-08-03T00:00"),
    ("Talks went on Monday and resumed shortly after midnight.", THURSDAY, "midnight", "TIME",
     "2017-08-01T00:00"),
    ("The offer expires at midnight.", THURSDAY, "midnight", "TIME", "2017-08-03T24:00"),
    # a clock time no part of its day holds falls on the next day, when that day's part does
    ("Wexler conceded Wednesday afternoon, 12 hours after the polls closed Tuesday night. He"
     " called Kovach at 2:40 p.m.", dt.date(2004, 11, 3), "2:40 p.m.", "TIME",
     "2004-11-03T14:40"),
    ("The polls closed Tuesday night and the count went on. At 10 p.m. the lead changed.",
     dt.date(2004, 11, 3), "10 p.m.", "TIME", "2004-11-02T22:00"),
    # after midnight of a weekday named: that weekday's first hour (midnight Friday ends Friday)
    ("The embankment gave way shortly after midnight Saturday.", dt.date(1995, 6, 19),
     "midnight Saturday", "TIME", "1995-06-17T00:00"),
    ("The campaign ends at midnight Friday.", dt.date(1995, 6, 19), "midnight Friday", "TIME",
     "1995-06-23T24:00"),
    # the point of "4.1 metres" ends no clause: "peaked" still tells the past
    ("Homes were evacuated on Wednesday evening as rain fell. Rain tonight could push it higher."
     " The river peaked at 4.1 metres shortly after midnight.", THURSDAY, "midnight", "TIME",
     "2017-08-03T00:00"),
    # a part of the decade: of the year last named when told in the past
    ("It went public in 2011 and grew fast in the middle of the decade.", THURSDAY,
     "the middle of the decade", "DATE", "201"),
    ("The plan could save lives by the end of the decade.", THURSDAY, "the end of the decade",
     "DATE", "201"),
    ("Seas could rise a metre by the end of the century.", THURSDAY, "the end of the century",
     "DATE", "20"),
    ("Play ends 16 October, a fortnight later than usual.", THURSDAY, "a fortnight", "DURATION",
     "P2W"),
    # a span of months that is a quarter or a half: "the April-June period"
    ("Revenue in the April-June period plunged.", THURSDAY, "the April-June period", "DATE",
     "2017-Q2"),
    ("Sales in the July-to-December period rose.", THURSDAY, "the July-to-December period",
     "DATE", "2016-H2"),
    # "May" the month is no modal; "for May", "as recently as March" are months, and
    # "recently" there is no expression of its own
    ("It revised its figures for May and June.", dt.date(2001, 5, 23), "June", "DATE",
     "2000-06"),
    ("It revised its figures for May and June.", dt.date(2001, 5, 23), "May", "DATE", "2001-05"),
    ("It had planned 35 as recently as March.", THURSDAY, "March", "DATE", "2017-03"),
    # more future cues: "are expected" right before the day, "due at", "expected by", "if"
    # with no past verb, "until ... are"; a past passive is past even after "would"
    ("The earliest checks are now expected in February.", dt.date(2008, 11, 20), "February",
     "DATE", "2009-02"),
    ("Results of the vote are expected Sunday night.", THURSDAY, "Sunday night", "DATE",
     "2017-08-06TNI"),
    ("The report, due at 8:30 a.m. Friday, is the main event.", THURSDAY, "8:30 a.m. Friday",
     "TIME", "2017-08-04T08:30"),
    ("Hearings begin in January, with a ruling expected by the end of June.", THURSDAY,
     "the end of June", "DATE", "2018-06"),
    ("If it trades well on Friday, shares could rise.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("Democrats are eager to face the Republicans in the fall.", dt.date(1996, 2, 12),
     "the fall", "DATE", "1996-FA"),
    ("He asked if she had met him Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    # a passive after "is", "are", "not" is no past: "if the wells are not cleaned by"
    ("If the wells are not cleaned by the weekend, we will have an epidemic.",
     dt.date(1996, 5, 22), "the weekend", "DATE", "1996-W21-WE"),
    ("He asked if she was released Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    ("No details until stewards are briefed Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("Police would not say whether the man was arrested Tuesday.", THURSDAY, "Tuesday", "DATE",
     "2017-08-01"),
    ("Bookings for the fall have weakened.", THURSDAY, "the fall", "DATE", "2017-FA"),
    ("Sales slumped in the fall.", THURSDAY, "the fall", "DATE", "2016-FA"),
    # a day naming a thing ("the Jan. 6 riot") is the nearest one, whatever the tense
    ("The House is set to vote on the Jan. 6 riot.", dt.date(2021, 1, 13), "Jan. 6", "DATE",
     "2021-01-06"),
    ("The House will vote on Jan. 6 again.", dt.date(2021, 1, 13), "Jan. 6", "DATE",
     "2022-01-06"),
    ("In April President Bush spoke.", THURSDAY, "April", "DATE", "2017-04"),  # no given name
    ("The Games, which opened Feb. 12, end on Sunday.", dt.date(1994, 2, 23), "Sunday", "DATE",
     "1994-02-27"),
    ("The strike came to an end on Sunday.", dt.date(1994, 2, 23), "Sunday", "DATE",
     "1994-02-20"),
    # dates and clock times as broadcasters say them
    ("The deadline of January fifteenth passed.", dt.date(1991, 1, 17), "January fifteenth",
     "DATE", "1991-01-15"),
    ("Japan gave up on August fifteenth, nineteen forty-five.", THURSDAY,
     "August fifteenth, nineteen forty-five", "DATE", "1945-08-15"),
    ("He lost his wife on the fourth of March.", dt.date(2021, 3, 12), "the fourth of March",
     "DATE", "2021-03-04"),
    ("They go on trial on the ninth of May, 2022.", dt.date(2021, 12, 14),
     "the ninth of May, 2022", "DATE", "2022-05-09"),
    ("In June first-time buyers came back.", THURSDAY, "June", "DATE", "2017-06"),
    ("The eclipse on August twenty-first will be seen.", dt.date(2017, 7, 27),
     "August twenty-first", "DATE", "2017-08-21"),
    ("Polls opened at seven a.m. and closed late.", THURSDAY, "seven a.m.", "TIME",
     "2017-08-03T07:00"),
    # "the last week of October" is a week of that month (its middle day's), not "last week"
    ("The plant closed in the last week of June.", THURSDAY, "the last week of June", "DATE",
     "2017-W26"),
    ("Talks begin in the first week of March 2018.", THURSDAY, "the first week of March 2018",
     "DATE", "2018-W09"),
    # half of a decade or a century: that decade or century, its start or its end
    ("The trend marked the last half of the '80s.", THURSDAY, "the last half of the '80s",
     "DATE", "198"),
    ("Cities grew in the first half of the 20th century.", THURSDAY,
     "the first half of the 20th century", "DATE", "19"),
    # two quarters of a year make a half of it; nine months do not make a TIMEX3 unit
    ("The slump lasts through at least the first two quarters of 2018.", THURSDAY,
     "at least the first two quarters of 2018", "DATE", "2018-H1"),
    ("Sales fell in the first two quarters.", THURSDAY, "the first two quarters", "DURATION",
     "P2Q"),
    ("Sales fell in the first nine months of 2016.", THURSDAY, "the first nine months",
     "DURATION", "P9M"),
    # "every Tuesday night" is every such night; a clock keeps the part of the day it names
    ("The council meets every Tuesday night.", THURSDAY, "every Tuesday night", "SET",
     "XXXX-WXX-2TNI"),
    ("He called at 2 a.m. Sunday morning.", THURSDAY, "2 a.m. Sunday morning", "TIME",
     "2017-07-30T02:00"),
    # timetables in the present: a copula before the day, "heads to", "faces trial"
    ("The deadline is Friday.", THURSDAY, "Friday", "DATE", "2017-08-04"),
    ("The vote is on Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("The president heads to China on Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("He faces trial on Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("Deliberations resume Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-08"),
    ("Officials are trying to settle the strike by Tuesday.", THURSDAY, "Tuesday", "DATE",
     "2017-08-08"),
    # but not a day a past event of the same clause happened on
    ("He faces charges that he robbed a bank Tuesday.", THURSDAY, "Tuesday", "DATE",
     "2017-08-01"),
    ("What is clear is that he left Tuesday.", THURSDAY, "Tuesday", "DATE", "2017-08-01"),
    # "since November" looks back even when November is only weeks ahead
    ("The Dow fell 69.99 points, its worst loss since November.", dt.date(1991, 8, 20),
     "November", "DATE", "1990-11"),
    # a bare season after "by", "until", "before", "through"; early centuries
    ("The war may end by summer.", dt.date(1991, 3, 12), "summer", "DATE", "1991-SU"),
    ("The abbey dates from the 14th century.", THURSDAY, "the 14th century", "DATE", "13"),
    ("The abbey dates from the twelfth century.", THURSDAY, "the twelfth century", "DATE", "11"),
    # "expect", "preparing to", "due": ahead
    ("Traders expect more volatility Friday morning.", dt.date(1998, 4, 28), "Friday morning",
     "DATE", "1998-05-01TMO"),
    ("Analysts await the GNP figure, due Thursday.", dt.date(1998, 4, 28), "Thursday", "DATE",
     "1998-04-30"),
    ("The crew is preparing to fly home this weekend.", dt.date(1998, 4, 28), "this weekend",
     "DATE", "1998-W18-WE"),
    # an abbreviation's period does not end the clause; "next to" is a place
    ("The river will not crest at St. Louis until Friday.", dt.date(1998, 4, 28), "Friday",
     "DATE", "1998-05-01"),
    ("Blasts hit next to the U.S. embassies on Friday.", dt.date(1998, 8, 8), "Friday",
     "DATE", "1998-08-07"),
    # a clause told in an irregular past looks back
    ("When she met him on July 25, he was angry.", dt.date(1998, 4, 28), "July 25", "DATE",
     "1997-07-25"),
    # a timetable that takes effect or expires on a day: the coming one, however far
    ("The law, which takes effect Jan. 1, was signed last fall.", dt.date(2005, 3, 16),
     "Jan. 1", "DATE", "2006-01-01"),
    ("The new rules take effect on Jan. 1.", dt.date(2005, 3, 16), "Jan. 1", "DATE",
     "2006-01-01"),
    ("The permits expire on Jan. 1.", dt.date(2005, 3, 16), "Jan. 1", "DATE", "2006-01-01"),
    ("The rules did not take effect until Jan. 1.", dt.date(2005, 3, 16), "Jan. 1", "DATE",
     "2005-01-01"),
    ("The offer had been due to expire on Jan. 1.", dt.date(2005, 3, 16), "Jan. 1", "DATE",
     "2005-01-01"),
    # results to be reported are of a quarter over; "the previous quarter" is the one before
    ("JPMorgan will report fourth-quarter earnings tomorrow, up from a year ago.",
     dt.date(2015, 1, 13), "fourth-quarter", "DATE", "2014-Q4"),
    ("JPMorgan will report fourth-quarter earnings tomorrow, up from a year ago.",
     dt.date(2015, 1, 13), "a year ago", "DATE", "2013-Q4"),
    ("Growth slowed in the second quarter from the previous quarter.", dt.date(2010, 7, 30),
     "the previous quarter", "DATE", "2010-Q1"),
    ("Sales rose in the second half.", dt.date(2009, 1, 16), "the second half", "DATE",
     "2008-H2"),
    ("It expects growth of 4 percent this year, improving in the second half.",
     dt.date(2025, 2, 13), "the second half", "DATE", "2025-H2"),
    ("Profit fell from 3.4 billion in 2023, as margins shrank in the second half.",
     dt.date(2025, 2, 13), "the second half", "DATE", "2024-H2"),
    # a deadline not yet met is ahead; a day joined to tomorrow is ahead
    ("Congress faces a Friday deadline to fund the government.", dt.date(2017, 4, 26),
     "Friday", "DATE", "2017-04-28"),
    ("Congress missed the Friday deadline.", dt.date(2017, 4, 26), "Friday", "DATE",
     "2017-04-21"),
    ("Policymakers meet tomorrow and Wednesday.", dt.date(1999, 6, 28), "Wednesday", "DATE",
     "1999-06-30"),
    # a clock the part of the day puts before or after noon; spoken minutes
    ("The bomb went off at 9:02 this morning.", dt.date(1995, 4, 19), "9:02 this morning",
     "TIME", "1995-04-19T09:02"),
    ("He spoke at five-thirty tonight.", dt.date(1995, 4, 19), "five-thirty tonight", "TIME",
     "1995-04-19T17:30"),
    ("The blast went off at ten-thirty a.m.", dt.date(1998, 8, 7), "ten-thirty a.m.", "TIME",
     "1998-08-07T10:30"),
    ("A curfew starts at seven p.m. tonight.", dt.date(1994, 1, 17), "seven p.m. tonight",
     "TIME", "1994-01-17T19:00"),
    # a verb in the past right before the day: past, whatever cue came before
    ("They will seek death for the men arrested Thursday.", dt.date(2002, 10, 25), "Thursday",
     "DATE", "2002-10-24"),
    ("The men will be released Thursday.", dt.date(2002, 10, 25), "Thursday", "DATE",
     "2002-10-31"),
    ("A deadline for Iraq to leave Kuwait expired on Tuesday.", dt.date(1991, 1, 17), "Tuesday",
     "DATE", "1991-01-15"),
    ("The verdict ended a trial that opened in January.", dt.date(1995, 10, 3), "January",
     "DATE", "1995-01"),
    ("The team flies home Monday.", dt.date(2002, 6, 30), "Monday", "DATE", "2002-07-01"),
    ("Service might not be restored until this weekend.", dt.date(2003, 8, 15), "this weekend",
     "DATE", "2003-W33-WE"),
    ("It could take weeks to clear the rubble.", dt.date(1999, 8, 17), "weeks", "DURATION",
     "PXW"),
    # rescheduled: ahead
    ("The launch was reset for 4:15 p.m. Thursday.", dt.date(1998, 9, 2), "4:15 p.m. Thursday",
     "TIME", "1998-09-03T16:15"),
]  # fmt: skip


def _find(sentence: str, reference: dt.date | None, expression: str) -> Timex:
    found = find_timexes(sentence, reference)
    start = sentence.index(expression)
    matching = [t for t in found if t.start == start and t.end == start + len(expression)]
    assert matching, f"{expression!r} not found as a span in {[t.text for t in found]}"
    return matching[0]


@pytest.mark.parametrize(("sentence", "reference", "expression", "kind", "value"), CASES)
def test_expression(sentence, reference, expression, kind, value):
    timex = _find(sentence, reference, expression)
    assert (timex.type, timex.value) == (kind, value)


@pytest.mark.parametrize(("sentence", "reference", "expression", "kind", "value"), MORE_CASES)
def test_more_expressions(sentence, reference, expression, kind, value):
    timex = _find(sentence, reference, expression)
    assert (timex.type, timex.value) == (kind, value)


def test_a_text_in_capitals_names_its_months_and_days_too():
    text = "THE COUNCIL VOTED TUESDAY ON THE AUG. 18 PLAN. IT MAY MEET IN MAY OR ON MARCH 3."
    found = find_timexes(text, THURSDAY)
    assert [(t.text, t.value) for t in found] == [
        ("TUESDAY", "2017-08-01"),
        ("AUG. 18", "2017-08-18"),
        ("MAY", "2018-05"),  # "IN MAY"; the modal before it is no month
        ("MARCH 3", "2017-03-03"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)
    assert find_timexes("THOUSANDS MAY MARCH ON THE CAPITAL.", THURSDAY) == []


def test_seasons_in_lower_case_and_years_near_streets_are_still_times():
    found = find_timexes("Sales fell in the winter. He lived on Elm St. in 1990.", THURSDAY)
    # a winter is named by the year of its December: the last one began in December 2016
    assert [(t.text, t.value) for t in found] == [("the winter", "2016-WI"), ("1990", "1990")]
    assert _find("Sales rose in the year.", THURSDAY, "the year").value == "2017"


@pytest.mark.parametrize("reference", [dt.date.min, dt.date.max])
def test_a_reference_at_the_ends_of_the_calendar_is_a_placeholder(reference):
    # "0001-01-01" stands for "no date" in some pages' metadata: no arithmetic on it
    found = find_timexes("He left last week, on Monday night, before Christmas.", reference)
    assert [t.value for t in found] == ["XXXX-WXX", "XXXX-WXX-1TNI", "XXXX-XX-XX"]


@pytest.mark.parametrize("reference", [dt.date(3, 1, 1), dt.date(9998, 12, 31)])
def test_the_first_and_last_references_allowed_leave_every_value_in_the_calendar(reference):
    text = (
        "Last winter it fell a year earlier, on the fifth Monday of February and the last"
        " Friday of June. Next year, a week later, it rose in January, two years later."
    )
    found = find_timexes(text, reference)
    assert len(found) >= 6
    for t in found:
        assert not t.value.startswith("0000"), t
        timex_range(t)  # raises on a year outside the calendar


RESULTS = (
    "Net rose 20% in the third quarter. After a flat second quarter, analysts expect the trend "
    "to continue into the fourth quarter. Sales rose to $1.45 billion from $1.37 billion a year "
    "ago. In the first nine months, profit rose to $313 million from $283 million a year "
    "earlier, and from $250 million in the 1987 period."
)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        # The quarter a results story reports is the latest one over: neither an earlier
        # quarter named in passing nor a forecast displaces it.
        ("a year ago", "1988-Q3"),
        # After "the first nine months", the year-ago period is a year.
        ("a year earlier", "1988"),
        ("the 1987 period", "1987"),
    ],
)
def test_results_story_periods(expression, value):
    assert _find(RESULTS, dt.date(1989, 11, 1), expression).value == value


def test_the_same_period_of_a_named_year_leaves_the_date_to_the_year():
    found = find_timexes("Net was $70 million in the same period of 2016.", THURSDAY)
    assert [(t.text, t.value) for t in found] == [("2016", "2016")]


def test_up_to_48_hours_is_at_most_48_hours():
    timex = _find("Repairs may take up to 48 hours, the utility said.", THURSDAY, "up to 48 hours")
    assert (timex.type, timex.value, timex.mod) == ("DURATION", "PT48H", "EQUAL_OR_LESS")


def test_the_next_day_follows_the_last_named_day():
    text = "The fire began on July 10. The next day, crews contained it."
    assert _find(text, THURSDAY, "The next day").value == "2017-07-11"


def test_the_next_day_without_an_earlier_date_follows_the_reference():
    assert _find("The next day, crews left.", THURSDAY, "The next day").value == "2017-08-04"


def test_half_of_a_decade_is_its_start_or_end():
    found = find_timexes("Sales rose in the second half of the 1990s.", THURSDAY)
    assert [(t.text, t.value, t.mod) for t in found] == [
        ("the second half of the 1990s", "199", "END")
    ]


def test_early_next_year_keeps_its_modifier():
    timex = _find("The plant should open early next year, it said.", THURSDAY, "early next year")
    assert (timex.value, timex.mod) == ("2018", "START")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The vote came Thursday.", "Thursday", "XXXX-WXX-4"),
        ("The hearing is on Aug. 18 downtown.", "Aug. 18", "XXXX-08-18"),
        ("It closed in June.", "June", "XXXX-06"),
        ("It closed last week.", "last week", "XXXX-WXX"),
        ("It opened on Aug. 18, 2016.", "Aug. 18, 2016", "2016-08-18"),
        ("It has grown in recent years.", "recent years", "PAST_REF"),
    ],
)
def test_without_reference_relative_values_are_underspecified(sentence, expression, value):
    assert _find(sentence, None, expression).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "A 6-year-old boy was found safe.",  # an age, not a duration
        "She may march to the capital.",  # modal verb and verb, not months
        "Iraq imports about three-quarters of its food.",
        "The firm hired 2000 workers.",
        "The afternoon session ran long.",  # no "noon" inside "afternoon"
        "The firm posted its first quarterly loss.",
        "The quarter-to-quarter comparison improved.",
        "Nineteen people were hurt.",
        "It will be a second betrayal.",  # an ordinal, not a second of time
        "A second group of directors met.",
        "Mr. Reupke, 52 years old, will retire.",  # an age
        'Baker, speaking on ABC\'s "This Week," said so.',  # names, not times
        "You get the Monitor Weekly magazine and the Monitor Daily email.",
        "There were 12 members at the time of its founding.",
        "The firm is confident about future earnings.",  # an adjective
        "He was soon released from the hospital.",  # "soon" in a past story
        "Return the boy as soon as possible.",
        "Over the years of war, many died.",  # "the years of" something is not a length
        "The while loop ran.",
        "The Eagles led at halftime before scoring 24 points in the third quarter.",  # a game
        "He scored twice in the second half.",
        "The GTX 1660 Ti is faster than the RTX 2060 card.",  # model numbers
        "The case is for today's youth what the blockade was.",  # the present age, no day
        "If I were choosing the people of tomorrow, I would choose them.",
        "Revenue will increase by 20% annually.",  # a rate's unit, as TimeBank has it
        "It is 5% of the average daily volume.",
        "For the people of Poland, high noon has come.",  # an idiom
        "It has a 275-horsepower motor, but a second motor could be installed.",  # ordinal
        "He sent Christmas cards to his friends.",  # things of the holiday, not its date
        "He was seen the day before authorities issued a warrant.",  # before an event
        # English writes seasons in lower case: capitalised, they are names
        "Athletes trained for the Winter Olympics in Nagano.",
        "The Summer Games open in Sydney.",
        "The protests of the Arab Spring spread.",
        "The crate weighed 1800 pounds.",  # a measure, not a year
        "He lived at 1600 Pennsylvania Avenue.",  # a street number
        "She was named player of the year.",  # a title
        "Time chose him as its Person of the Year.",
        "Fireworks greeted the year of the rooster.",
        "A photograph showed the Year 6 football team.",  # a school year
        "The score was 3:1 at the break.",  # a score, not a clock
        "He birdied on the 5th and 7th.",  # holes
        "The vote was ten to one against.",  # odds
        "He joined Sheffield Wednesday as a boy.",  # a football club
        "Her programme promises prosecutions for Bloody Saturday.",  # a day named by its deed
        "Markets still remember Black Monday.",
        "She has slept in the square since the March of a Million.",  # a march
        "He spoke at the March on Washington.",
        "He watched the Six O'Clock News.",  # a programme
        "The 22nd Amendment was passed.",
        "The year 11 pupils sat their exams.",
        "The Sunday Times reported it first.",  # calendar words naming a paper, a firm, a show
        "Tuesday Morning Corp. reported higher sales.",
        "He hosted Saturday Night Live twice.",
        "April Simmons, a spokeswoman, declined to comment.",  # a month as a given name
        "The report, said June Carter, was late.",
        "He wore number 1990 for his father.",  # a number naming a thing
        "The office still runs Windows 2000.",  # a year named for something
        "Rome declared a Year of Mercy.",
        "She runs a day-care center.",  # a compound noun, no length
        "The Fed raised rates by a quarter point.",  # a share of a point
        "The storm hit with winds of 145 miles an hour.",  # a speed
        "State District Judge April Wilkins set sentencing.",  # months as given names
        "A nurse named June Whitaker saw them.",
        "He said last months were hard.",
        "Futures were flat during Asian trading hours.",  # no expression starts inside a word
        "The Senate released the second half of the bank rescue fund.",  # a share of a thing
        "He appeared on 60 Minutes to defend the plan.",  # a show
        "They live to fight another day.",  # an idiom, no length
        "After weeks of fighting, the town fell.",  # as TimeBank has it
        "Years after their last night shift, their risk was lower.",  # a shift, no night
        "On the last night of the tour, he sang.",
        "Phoenix has recorded more days of 110 degrees.",  # a count of days
        "Stocks rose during Asian trading hours after small losses.",  # a compound noun
        "He drove at 60 miles per hour.",  # a rate's unit
    ],
)
def test_not_temporal(sentence):
    assert find_timexes(sentence, THURSDAY) == []


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2017-08-03", "2017-08-03", "2017-08-03", "day"),
        ("2017-08-03T15:00", "2017-08-03", "2017-08-03", "day"),
        ("2017-W30", "2017-07-24", "2017-07-30", "week"),
        ("2017-06", "2017-06-01", "2017-06-30", "month"),
        ("2017-Q3", "2017-07-01", "2017-09-30", "quarter"),
        ("2017-SU", "2017-06-01", "2017-08-31", "quarter"),
        ("2016-WI", "2016-12-01", "2017-02-28", "quarter"),
        ("2017", "2017-01-01", "2017-12-31", "year"),
        ("199", "1990-01-01", "1999-12-31", "year"),
    ],
)
def test_range_and_precision(value, first, last, precision):
    timex = Timex(0, 1, "x", "DATE", value)
    assert timex_range(timex) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert value_precision(value) == precision


@pytest.mark.parametrize("value", ["PAST_REF", "XXXX-08-18", "P2Y"])
def test_no_range_without_an_anchor(value):
    assert timex_range(Timex(0, 1, "x", "DATE", value)) is None
    assert value_precision(value) is None


def test_overnight_shifts_name_no_night():
    assert find_timexes("Nurses said overnight shifts were short.", THURSDAY) == []


def test_the_dates_command_lists_what_the_tagger_finds(tmp_path, capsys):
    from newsreader.__main__ import main

    text = "Crews said Thursday repairs may take up to 48 hours.\n"
    (tmp_path / "note.txt").write_text(text, encoding="utf-8")
    assert main(["dates", "--published", "2017-08-03", "--json", str(tmp_path / "note.txt")]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["published"] == "2017-08-03"
    expected = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
         "mod": t.mod}
        for t in find_timexes(text, THURSDAY)
    ]  # fmt: skip
    assert shown["expressions"] == expected
    assert [(e["text"], e["value"], e["mod"]) for e in expected] == [
        ("Thursday", "2017-08-03", None),
        ("up to 48 hours", "PT48H", "EQUAL_OR_LESS"),
    ]
    assert all(text[e["start"] : e["end"]] == e["text"] for e in expected)


# Fragments of date words glued at random: the rules meet many near-misses.
_WORDS = [
    "Aug. ", "May ", "Friday", " last ", " week", " ago", " 1990s", " p.m.", "the ", "ye",
    " 1989", ", when ", " winter", " second Monday of ", " of next week", " until ", " and ",
    " overnight", " fiscal ", " half of ", " later", ". ", " said ",
    "WASHINGTON, June 25 -- ", " century", " weekend of ", " quarter", " full year", " another ",
    " meeting", " Memorial Day", " every ", " years of", " than", " in '82", " since '0",
    " week of 21 ", " week before", " contract", " daily from 8am", " curfew", " were to ",
    " pushed back to ", " gave ", ' said Sunday. "', " hearing on ", " since it began in ",
]  # fmt: skip
_NEWSY = st.lists(
    st.sampled_from([*"0123456789 ,.-/:'aeimnorstyAJMSTW", *_WORDS]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=120), _NEWSY), day=st.dates())
def test_never_raises_and_spans_are_consistent(text, day):
    found = find_timexes(text, day)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@settings(max_examples=100, deadline=None)
@given(text=_NEWSY)
def test_never_raises_without_reference(text):
    assert all(text[t.start : t.end] == t.text for t in find_timexes(text, None))

"""Classes of English from the AQUAINT misses and false positives (issue 10, session 6), on hand-written sentences.

Expected values are worked out by hand from the calendar (the weekday of each publication date is in the comment),
never copied from output; each test failed before its rule was added, except guards marked "guard".
"""

from __future__ import annotations

import pytest


# --- "that same day" / "that very day": the day of the last date, like "that day" ----------------------------------
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # published Saturday 1999-02-06; Oct. 23 is the last date before
        (
            "He was shot on Oct. 23. His name on the Web site was crossed out that same day.",
            "1999-02-06",
            [("Oct. 23", "1998-10-23"), ("that same day", "1998-10-23")],
        ),
        (
            "He was shot on Oct. 23. His name was crossed out that very day.",
            "1999-02-06",
            [("Oct. 23", "1998-10-23"), ("that very day", "1998-10-23")],
        ),
    ],
)
def test_that_same_day_is_the_day_of_the_last_date(timex, text, published, expected):
    assert [(t, v) for t, _, v in timex(text, published)] == expected


# --- "that day" after a month or a year: an unknown day of that month (year), not the publication day ------------
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # published Saturday 1999-02-06: "last October" is October 1998, "that day" one of its days
        (
            "Slepian was killed last October. His name on the Web site was crossed out that same day.",
            "1999-02-06",
            [("last October", "1998-10"), ("that same day", "1998-10-XX")],
        ),
        (
            "The plant opened in 1997, and the first strike came that very week.",
            "1999-02-06",
            [("1997", "1997"), ("that very week", "1997-WXX")],
        ),
    ],
)
def test_that_day_after_a_month_is_a_day_of_that_month(timex, text, published, expected):
    assert [(t, v) for t, _, v in timex(text, published)] == expected


def test_that_day_after_a_month_holding_the_last_date_keeps_the_date(timex):  # guard
    # published Saturday 1999-02-06: "in October" holds Oct. 23, so "that day" is still Oct. 23
    got = timex("He was shot on Oct. 23. Police said in October that the site closed that day.", "1999-02-06")
    assert [(t, v) for t, _, v in got] == [
        ("Oct. 23", "1998-10-23"),
        ("October", "1998-10"),
        ("that day", "1998-10-23"),
    ]


# --- a capitalised season before "of <Name>" is a name, not a season -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Operation Rescue started a series of ``Spring of Life'' demonstrations in the city.",
        "The Summer of Love drew thousands of young people to San Francisco.",
        "Historians still argue about the Fall of Saigon.",
    ],
)
def test_a_capitalised_season_of_a_name_is_no_time_expression(timex, text):
    assert [t for t, _, _ in timex(text, "1998-10-25")] == []


def test_the_spring_of_a_year_stays_a_season(timex):  # guard: published Sunday 1998-10-25
    assert [(t, v) for t, _, v in timex("In the Spring of 1992 they met.", "1998-10-25")] == [
        ("the Spring of 1992", "1992-SP")
    ]


# --- a noun with a planning adjective ("the slated visit ... in September") is a plan: the nearest occurrence -------
def test_a_slated_visit_reads_the_nearest_month(timex):
    # published Wednesday 1998-08-26: the nearest September is next month, not September 1997
    text = "Bushnell had been talking about the slated visit of U.S. Commerce Secretary William Daley in September."
    assert [(t, v) for t, _, v in timex(text, "1998-08-26")] == [("September", "1998-09")]


def test_a_planned_trip_that_was_cancelled_stays_the_nearest(timex):  # guard: March 1998 is nearer than 1999
    assert [(t, v) for t, _, v in timex("The planned trip in March was cancelled.", "1998-08-26")] == [
        ("March", "1998-03")
    ]


# --- "the weeks ahead", "the years to come", "the years that followed": a vague span of those units ----------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Funds may have to sell some of their junk bonds in the weeks ahead.", [("the weeks ahead", "PXW")]),
        ("Prices will keep rising in the years to come, analysts said.", [("the years to come", "PXY")]),
        ("In the years that followed, the guerrillas waged war on the army.", [("the years", "PXY")]),
    ],
)
def test_the_units_ahead_or_that_followed_are_a_vague_span(timex, text, expected):
    assert [(t, v) for t, _, v in timex(text, "2000-04-01")] == expected


# --- "couple of" without "a" after "the next/past" is two ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Over the next couple of years we would not be surprised to see growth.", "P2Y"),
        ("Prices fell over the past couple of weeks, traders said.", "P2W"),
    ],
)
def test_the_next_couple_of_units_is_two(timex, text, expected):
    got = timex(text, "1989-10-26")
    assert [v for t, _, v in got if "couple of" in t] == [expected]

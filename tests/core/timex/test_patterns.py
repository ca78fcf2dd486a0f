"""One test per pattern family. Publication date: Sunday 2025-02-16 (ISO week 2025-W07: Mon 10 to Sun 16 Feb).

Every expected value was worked out by hand from the calendar, not copied from output.
"""

from __future__ import annotations

import pytest

PUB = "2025-02-16"  # a Sunday


# --- weekdays: the sentence's tense decides the direction -------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The minister arrived on Saturday.", "Saturday", "2025-02-15"),  # yesterday
        ("They met on Wednesday in Kyiv.", "Wednesday", "2025-02-12"),
        ("Police said on Thursday that two men were arrested.", "Thursday", "2025-02-13"),
        ("The meeting is to take place on Monday.", "Monday", "2025-02-17"),  # tomorrow
        ("She will speak to reporters on Friday.", "Friday", "2025-02-21"),
        ("The trial is set to begin on Wednesday.", "Wednesday", "2025-02-19"),
        ("Markets will stay closed until Tuesday.", "Tuesday", "2025-02-18"),
    ],
)
def test_weekdays_follow_tense(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


def test_weekday_same_day_is_publication_date(value_of):
    assert value_of("Voters went to the polls on Sunday.", "Sunday") == "2025-02-16"


# --- last / next / this ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("He resigned last Friday.", "last Friday", "2025-02-14"),
        ("The vote is next Tuesday.", "next Tuesday", "2025-02-18"),
        ("Prices rose last week.", "last week", "2025-W06"),
        ("Talks resume next week.", "next week", "2025-W08"),
        ("Officials met earlier this week.", "this week", "2025-W07"),
        ("at the beginning of the current week", "the current week", "2025-W07"),
        ("Sales fell last month.", "last month", "2025-01"),
        ("The law takes effect next month.", "next month", "2025-03"),
        ("Growth slowed this year.", "this year", "2025"),
        ("Growth slowed last year.", "last year", "2024"),
        ("Elections are due next year.", "next year", "2026"),
        ("Protests erupted over the weekend.", "the weekend", "2025-W07-WE"),
    ],
)
def test_last_next_this(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


# --- months with and without a year --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The factory closed in October.", "October", "2024-10"),  # past tense, later month: last year
        ("The vote will be held in October.", "October", "2025-10"),  # future tense: this year
        ("Exports fell in January.", "January", "2025-01"),
        ("He was elected last October.", "last October", "2024-10"),
        ("The plant opened in May 2008.", "May 2008", "2008-05"),
        ("The treaty was signed on March 3, 2019.", "March 3, 2019", "2019-03-03"),
        ("She was born on 24 February 1955.", "24 February 1955", "1955-02-24"),
        ("The plane made its maiden flight on 11 December.", "11 December", "2024-12-11"),
        ("The store will open on March 3.", "March 3", "2025-03-03"),
        ("The report was released on February 3.", "February 3", "2025-02-03"),
        ("The deal closed in 2019.", "2019", "2019"),
    ],
)
def test_months_and_days(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


def test_may_the_verb_is_not_a_month(timex):
    assert timex("Officials said prices May rise, and they may fall.") == []


# --- seasons, quarters, decades, centuries ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("Sales were strong last summer.", "last summer", "2024-SU"),
        ("The bridge opened in the spring of 2010.", "spring of 2010", "2010-SP"),
        ("Work will resume this autumn.", "this autumn", "2025-FA"),
        ("The company lost money in the first quarter of 2009.", "first quarter of 2009", "2009-Q1"),
        ("Profits rose in the fourth quarter.", "fourth quarter", "2024-Q4"),  # reported in Q1: last year's Q4
        ("It expects growth in the third quarter of this year.", "third quarter", "2025-Q3"),
        ("The band was popular in the 1990s.", "1990s", "199"),
        ("The cars of the '80s were boxy.", "'80s", "198"),
        ("the biggest war of the 21st century", "21st century", "20"),
    ],
)
def test_seasons_quarters_decades(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


# --- ago, in N units, later -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The company was founded two weeks ago.", "two weeks ago", "2025-W05"),  # 2025-02-02 is in W05
        ("The strike began two days ago.", "two days ago", "2025-02-14"),
        ("Prices peaked three months ago.", "three months ago", "2024-11"),
        ("He left the party a year ago.", "a year ago", "2024"),
        ("The results will be announced in three days.", "in three days", "2025-02-19"),
    ],
)
def test_ago_and_in(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


# --- durations ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The talks lasted two weeks.", "two weeks", "P2W"),
        ("He ended a 30-year career.", "30-year", "P30Y"),
        ("Nurses work a 12-hour shift.", "12-hour", "PT12H"),
        ("Officers arrived six minutes later.", "six minutes", "PT6M"),
        ("The project is almost two and a half years late.", "two and a half years", "P2.5Y"),
        ("The dispute has dragged on for several years.", "several years", "PXY"),
        ("It is the largest conference in the past decade.", "the past decade", "P10Y"),
        ("The rescue took a few hours.", "a few hours", "PTXH"),
        ("the aircraft's fifty-year service life", "fifty-year", "P50Y"),
    ],
)
def test_durations(timex, text, expr, expected):
    found = [(t, ty, v) for t, ty, v in timex(text) if expr in t]
    assert found and found[0][1] == "DURATION" and found[0][2] == expected, timex(text)


# --- sets -----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The festival is held every year.", "every year", "P1Y"),
        ("The report is published annually.", "annually", "P1Y"),
        ("Claims for weekly benefits rose.", "weekly", "P1W"),
        ("tankers delivered at a rate of 15 a year", "a year", "P1Y"),
        ("The market opens every Monday.", "Monday", "XXXX-WXX-1"),
    ],
)
def test_sets(timex, text, expr, expected):
    found = [(t, ty, v) for t, ty, v in timex(text) if expr in t]
    assert found and found[0][1] == "SET" and found[0][2] == expected, timex(text)


# --- ages and numbers that only look like years are not time expressions ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The 78-year-old man was taken to hospital.",
        "A woman aged 95 was rescued.",
        "He was 56 years old.",
        "Officials said 2019 people were evacuated.",
        "The index closed at 2015 points.",
    ],
)
def test_ages_and_counts_are_not_timexes(timex, text):
    assert timex(text) == []


# --- today, yesterday, parts of day, times, references ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The fire started yesterday afternoon.", "yesterday afternoon", "2025-02-15TAF"),
        ("The rally is tonight.", "tonight", "2025-02-16TNI"),
        ("The court rules tomorrow.", "tomorrow", "2025-02-17"),
        ("The shooting began on Saturday at 10:39 a.m. local time.", "10:39 a.m.", "2025-02-15T10:39"),
        ("The shop reopened on Saturday. It closed again at 18:00 UTC.", "18:00 UTC", "2025-02-15T18:00Z"),
        ("The store currently sells music.", "currently", "PRESENT_REF"),
        ("He has recently been promoted.", "recently", "PAST_REF"),
        ("Earlier, the minister spoke to reporters.", "Earlier", "PAST_REF"),
        ("The rules will change soon.", "soon", "FUTURE_REF"),
        ("Rescuers arrived on Saturday, and the road reopened the same day.", "the same day", "2025-02-15"),
        ("The shops were closed on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("The strike started on Labor Day 2024.", "Labor Day", "2024-09-02"),  # first Monday of Sept 2024
    ],
)
def test_relative_days_times_refs(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


# --- no publication date: relative expressions stay unresolved ---------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("The minister arrived on Saturday.", "Saturday", "XXXX-WXX-6"),
        ("The fire started yesterday.", "yesterday", "PAST_REF"),
        ("Prices rose last week.", "last week", "PAST_REF"),
        ("The flight landed on June 18.", "June 18", "XXXX-06-18"),
        ("The bridge opened in 2010.", "2010", "2010"),
    ],
)
def test_unknown_publication_date(value_of, text, expr, expected):
    assert value_of(text, expr, published=None) == expected


# --- anchored to a date mentioned earlier in the text -------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("He was elected in 2015 and resigned the following year.", "the following year", "2016"),
        ("In March 2010 the plant closed; three years later it reopened.", "three years later", "2013"),
        ("Sales fell in January, compared to the same month a year ago.", "the same month a year ago", "2024-01"),
        ("The storm hit on Tuesday. The next day, schools closed.", "The next day", "2025-02-12"),
    ],
)
def test_anchored_to_earlier_dates(value_of, text, expr, expected):
    assert value_of(text, expr) == expected


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("Super Tuesday is to include 14 states.", "Tuesday", "2025-02-18"),  # "is to": scheduled
        ("The summit was to open on Monday.", "Monday", "2025-02-17"),  # "was to": still ahead
        ("The court opens on Tuesday.", "Tuesday", "2025-02-18"),  # present: the nearest Tuesday
        ("The court opens on Friday.", "Friday", "2025-02-14"),  # present: the nearest Friday
    ],
)
def test_be_to_and_present_tense(value_of, text, expr, expected):
    assert value_of(text, expr) == expected

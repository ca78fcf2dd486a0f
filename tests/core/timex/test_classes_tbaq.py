"""Classes of English from the AQUAINT misses (issue 10, session 4), each on hand-written sentences.

Expected values are worked out by hand from the calendar (the weekday of each publication date is in the
comment), never copied from output; each test failed before its rule was added, except guards marked "guard".
"""

from __future__ import annotations

import pytest


# --- a month with a relative year is one expression ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ratification began in February this year with Canada.", ("February this year", "2025-02")),
        ("The members join in April next year, when the alliance meets.", ("April next year", "2026-04")),
        ("In January last year, the police arrived.", ("January last year", "2024-01")),
        ("The house approved the move in early October this year.", ("early October this year", "2025-10")),
    ],
)
def test_month_with_a_relative_year_is_one_expression(timex, text, expected):
    # published Thursday 2025-12-04
    assert [(t, v) for t, _, v in timex(text, "2025-12-04")] == [expected]


def test_month_of_next_year_keeps_two_expressions(timex):  # guard: "October of next year" stays two TIMEX3s
    got = [(t, v) for t, _, v in timex("The talks resume in October of next year.", "2025-12-04")]
    assert got == [("October", "2026-10"), ("next year", "2026")]


# --- "since <date>" is the past ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        # published Tuesday 2025-05-06: October is after May, so the October since which they searched is last year's
        ("Police have been searching for him since shortly after the Oct. 23 shooting.", "Oct. 23", "2024-10-23"),
        ("Prices have been rising since October.", "October", "2024-10"),
        # guard: a past clause already gave the past; "since" keeps it
        ("She has lived there since August 2019.", "August 2019", "2019-08"),
    ],
)
def test_since_a_date_is_in_the_past(value_of, text, expr, expected):
    assert value_of(text, expr, "2025-05-06") == expected


# --- a subject infinitive takes the tense of its verb ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "To sign the treaty on Friday was a relief for the ministers.",
        "Among the first three former Warsaw Pact countries to accede to NATO on Friday were also Poland and Hungary.",
    ],
)
def test_infinitive_subject_of_a_past_verb_is_past(value_of, text):
    # published Saturday 1999-03-13: the Friday of a past "was/were" is the day before
    assert value_of(text, "Friday", "1999-03-13") == "1999-03-12"


def test_infinitive_after_was_stays_future(value_of):  # guard: "was to <verb>" is still a planned event
    # published Wednesday 2025-02-12: the meeting that was to take place on Friday is the coming Friday
    assert value_of("The meeting was to take place on Friday.", "Friday", "2025-02-12") == "2025-02-14"


# --- a capitalised "Noon" inside a title is no clock time ---------------------------------------------------------
def test_noon_in_a_title_is_not_a_time(timex):
    got = timex("The poster showed Gary Cooper in the film High Noon. For the country, high noon comes today.")
    assert [t for t, _, _ in got] == ["noon", "today"]


# --- "today" inside a direct quote is the day the speaker spoke ------------------------------------------------
def test_relative_days_in_a_quote_count_from_the_speech_date(timex):
    # published Friday 2020-03-06; the speaker spoke on Wednesday 2020-03-04
    text = (
        'On Wednesday, the senator ended her campaign. "Today, I am leaving the race," she said. '
        '"After yesterday\'s vote, it is clear." Today she rests.'
    )
    got = [(t, v) for t, _, v in timex(text, "2020-03-06")]
    assert got == [
        ("Wednesday", "2020-03-04"),
        ("Today", "2020-03-04"),
        ("yesterday", "2020-03-03"),
        ("Today", "2020-03-06"),
    ]


def test_a_quote_without_a_speech_date_keeps_publication(timex):  # guard
    got = [(t, v) for t, _, v in timex('"We leave today," she said. "Tomorrow we rest."', "2020-03-06")]
    assert got == [("today", "2020-03-06"), ("Tomorrow", "2020-03-07")]


# --- "for a second consecutive day": the day (week) the text is at -----------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # published Wednesday 2008-09-17 (ISO week 38)
        ("Trading has been suspended for a second consecutive day.", ("a second consecutive day", "2008-09-17")),
        ("Today is the eighth day of the strike.", ("the eighth day", "2008-09-17")),
        ("Stocks log gains for fourth week in a row", ("fourth week", "2008-W38")),
    ],
)
def test_an_ordinal_day_is_the_day_the_text_is_at(timex, text, expected):
    assert expected in [(t, v) for t, _, v in timex(text, "2008-09-17")]


def test_a_first_day_and_a_second_are_left_alone(timex):  # guard
    got = [(t, v) for t, _, v in timex("On his first day in office he paused for a second.", "2008-09-17")]
    assert got == [("a second", "PT1S")]

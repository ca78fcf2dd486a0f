"""More classes of English from the TimeBank/AQUAINT/MEANTIME misses (issue 10), one hand-written sentence each.

Expected values are worked out by hand from the calendar (the weekday of each publication date is in the
comment), never copied from output; each test failed before its rule was added.
"""

from __future__ import annotations

import pytest


# --- tense of reduced clauses, infinitives on nouns, dates that take effect, deferrals ---------------------------
@pytest.mark.parametrize(
    "text, expr, published, expected",
    [
        # Thursday 1989-10-26: a participle clause "announced Friday" reports a past event, though the main clause
        # is a conditional future
        (
            "Under the new terms, announced Friday, holders would receive a cash dividend.",
            "Friday",
            "1989-10-26",
            "1989-10-20",
        ),
        # Thursday 2000-03-30: postponed until Tuesday is the coming Tuesday
        ("Officials postponed until Tuesday any action on the permit.", "Tuesday", "2000-03-30", "2000-04-04"),
        # Thursday 1989-11-02: "an agreement to acquire the bank in January" is the coming January
        ("It announced an agreement to acquire the bank in January.", "January", "1989-11-02", "1990-01"),
        # Friday 1999-03-12: "a summit set for April" is the coming April
        (
            "The dispute is expected to dominate a trade summit set for Geneva in April.",
            "April",
            "1999-03-12",
            "1999-04",
        ),
        # Thursday 1989-10-26: a dividend declared now is payable at the coming Dec. 15
        (
            "The company declared a stock dividend, payable Dec. 15 to holders of record.",
            "Dec. 15",
            "1989-10-26",
            "1989-12-15",
        ),
        # Thursday 1989-10-26: "effective Feb. 1" is the coming February
        ("The bank created an office of the chairman, effective Feb. 1.", "Feb. 1", "1989-10-26", "1990-02-01"),
    ],
)
def test_tense_of_reduced_and_nominal_clauses(value_of, text, expr, published, expected):
    assert value_of(text, expr, published) == expected


def test_a_past_participle_clause_keeps_past_without_a_future(value_of):  # guard: plain past stays past
    # Wednesday 2020-01-15: "said Tuesday" is yesterday
    assert value_of("The decision, announced Tuesday, was final.", "Tuesday", "2020-01-15") == "2020-01-14"


# --- expressions the patterns did not find ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, published, expected",
    [
        # decades written as words: the 1990s, the 1980s
        ("Hate group numbers dropped through the nineties.", "the nineties", "1998-03-03", "199"),
        ("Prices rose in the early eighties.", "eighties", "1998-03-03", "198"),
        # a unit with "-long" and no number is one unit
        ("The lawyers emerged from their third day-long meeting.", "day-long", "2000-04-03", "P1D"),
        ("A year-long inquiry followed.", "year-long", "2000-04-03", "P1Y"),
        # "post-1959" and "pre-1990" name the year
        ("The post-1959 politics split thousands of families.", "1959", "2000-02-24", "1959"),
        # the span a financial report covers
        ("It earned $2.4 million in the fiscal year ended July 2.", "the fiscal year", "1989-10-27", "P1Y"),
        # a year before a noun of reported figures is the year, not a count
        ("Analysts were predicting 1990 earnings of $3.90 a share.", "1990", "1989-10-30", "1990"),
        ("The charge will be reported in the company's 1989 operating results.", "1989", "1989-10-30", "1989"),
        # Friday 1998-03-06: "by mid afternoon" is the afternoon of the day the text is at
        (
            "The offensive began today. By mid afternoon, the operation was over.",
            "mid afternoon",
            "1998-03-06",
            "1998-03-06TAF",
        ),
        # Thursday 1989-11-02: "mid-afternoon yesterday" is yesterday afternoon
        ("Shares fell sharply in mid-afternoon yesterday.", "mid-afternoon yesterday", "1989-11-02", "1989-11-01TAF"),
        # an ambiguous month as a modifier between a determiner and a noun
        ("The bank sold itself under a June agreement with shareholders.", "June", "1989-10-27", "1989-06"),
        # Wednesday 1999-02-10: the second day of "April 24 and 25" keeps the month
        ("The summit will be held in Washington on April 24 and 25.", "25", "1999-02-10", "1999-04-25"),
        # vague spans ahead: "in coming weeks"
        ("The central bank may lower rates in coming weeks.", "coming weeks", "1989-10-27", "PXW"),
    ],
)
def test_constructions_found(value_of, text, expr, published, expected):
    assert value_of(text, expr, published) == expected


@pytest.mark.parametrize(
    "text, published, not_found",
    [
        ("He is in his nineties.", "1998-03-03", "nineties"),  # an age
        ("The May government fell.", "2019-05-01", "May"),  # a prime minister's name, not the month
        ("On March 3 and 4 people died.", "2020-03-10", "4"),  # a count after a date
    ],
)
def test_look_alikes_left_alone(timex, text, published, not_found):  # guards
    assert not [t for t, _, _ in timex(text, published) if t == not_found]


def test_a_title_in_capitals_is_no_time_expression(timex):
    # the ABC programme "This Week" is a name; "this week" in prose is the week of publication
    assert timex('Baker, speaking on ABC News\' "This Week," said the request was legal.', "1990-08-13") == []
    assert timex("Baker said this week that the request was legal.", "1990-08-13") == [
        ("this week", "DATE", "1990-W33")
    ]


def test_the_previous_weekday_counts_from_the_date_the_text_is_at(timex):
    # Monday 1989-10-30: the index fell on Friday 27 October; "the previous Friday" is 20 October
    rows = timex("The index fell on Friday. It closed 4.5% below the previous Friday.", "1989-10-30")
    assert rows == [("Friday", "DATE", "1989-10-27"), ("the previous Friday", "DATE", "1989-10-20")]


def test_later_weekday_is_one_expression(timex):
    # Thursday 2000-02-10: "Later Thursday" is today, one expression like "late Thursday"
    rows = timex("Officials met the family. Later Thursday, two cousins sought support in Congress.", "2000-02-10")
    assert rows == [("Later Thursday", "DATE", "2000-02-10")]


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        # Monday 1989-10-30: a deadline that "had been" scheduled is the nearest Friday, the one just past
        ("The offer had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV"),
        (
            "The offer previously had been scheduled to expire at midnight Friday.",
            "midnight Friday",
            "1989-10-27T24:00",
        ),
        ("The offer is scheduled to expire Friday.", "Friday", "1989-11-03"),  # guard: still ahead
    ],
)
def test_a_past_perfect_schedule_is_the_nearest_occurrence(value_of, text, expr, expected):
    assert value_of(text, expr, "1989-10-30") == expected


def test_the_latest_quarter_is_one_that_has_ended(value_of):
    # Thursday 1989-11-02: the fourth quarter is still running, so "the latest quarter" is the third
    text = (
        "Profit rose in the third quarter. The earthquake will result in a fourth-quarter charge. "
        "Earnings fell in the latest quarter from a year ago."
    )
    assert value_of(text, "the latest quarter", "1989-11-02") == "1989-Q3"
    assert value_of(text, "a year ago", "1989-11-02") == "1988-Q3"


@pytest.mark.parametrize(
    "text, expr, published, expected",
    [
        # Easter 2000 was Sunday 23 April (ISO week 16); "Easter week" is that week
        ("Protesters prayed for help as Easter week began.", "Easter week", "2000-04-17", "2000-W16"),
        # Thanksgiving 2019 was Thursday 28 November (ISO week 48); its weekend is that week's
        ("Sales rose over the Thanksgiving weekend.", "Thanksgiving weekend", "2019-12-02", "2019-W48-WE"),
        # 6 March 2000 was a Monday of ISO week 10
        ("The case may be resolved at a hearing the week of March 6.", "the week of March 6", "2000-02-24", "2000-W10"),
    ],
)
def test_the_week_that_holds_a_day(value_of, text, expr, published, expected):
    assert value_of(text, expr, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gonzalez said on CBS's ''60 Minutes'' that the boy was being abused.",  # a programme's name
        "The Communist Party daily Granma compared the boy with Guevara.",  # a newspaper
    ],
)
def test_names_that_look_like_durations_or_sets(timex, text):
    assert timex(text, "2000-04-17") == []


def test_the_same_words_in_prose_stay(timex):  # guard
    rows = timex("The interview lasted 60 minutes. Rallies are held daily.", "2000-04-17")
    assert rows == [("60 minutes", "DURATION", "PT60M"), ("daily", "SET", "P1D")]


def test_the_past_year_is_the_year_before(timex):
    # TimeBank and MEANTIME read "(over) the past year" as the calendar year before publication, like "the last
    # year"; "the past month" stays a span (guard)
    assert timex("Hate groups grew over the past year.", "1998-03-03") == [("the past year", "DATE", "1997")]
    assert timex("Prices rose over the past month.", "1998-03-03") == [("the past month", "DURATION", "P1M")]

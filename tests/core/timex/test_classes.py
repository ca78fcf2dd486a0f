"""Classes of English the TimeBank/AQUAINT misses showed (issue 10), one hand-written sentence each.

Every expected value was worked out by hand from the calendar (the weekday of each publication date is given in
the comment), never copied from output; each test failed before its rule was added (except the guards marked
"guard", which pin what a new rule must leave alone).
"""

from __future__ import annotations

import pytest


# --- tense: planned events keep their time open; "as soon as" looks ahead --------------------------------
@pytest.mark.parametrize(
    "text, expr, published, expected",
    [
        # Wednesday 2025-02-12: the Thursday planned is the next day, not the one before
        ("The team planned to leave Nairobi on Thursday.", "Thursday", "2025-02-12", "2025-02-13"),
        # Wednesday 2024-10-30: a purchase agreed for February is the coming one
        ("The company agreed to buy the plant in February.", "February", "2024-10-30", "2025-02"),
        # Monday 2025-02-10: "was planned for early March" is this March
        ("The accession was planned for early March.", "March", "2025-02-10", "2025-03"),
        # Monday 2025-02-17: "as soon as Tuesday" is tomorrow
        ("The group could arrive as soon as Tuesday.", "Tuesday", "2025-02-17", "2025-02-18"),
        # Monday 2025-02-17: a deadline "until 9 a.m. Tuesday" is tomorrow morning
        ("The agency extended its deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", "2025-02-17", "2025-02-18T09:00"),
        # Sunday 2025-02-16: "noon Saturday" in a past clause is yesterday at noon
        ("The ultimatum expired at noon Saturday.", "noon Saturday", "2025-02-16", "2025-02-15T12:00"),
    ],
)
def test_tense_of_planned_events(value_of, text, expr, published, expected):
    assert value_of(text, expr, published) == expected


# --- results stories: the reporting quarter and the same period a year back -----------------------------------
PUB_Q4 = "2025-10-28"  # a Tuesday; the last quarter ended is 2025-Q3


def test_a_year_ago_is_the_same_quarter_a_year_back(value_of):
    text = "Net income rose to $5 million in the third quarter from $4 million a year ago."
    assert value_of(text, "the third quarter", PUB_Q4) == "2025-Q3"
    assert value_of(text, "a year ago", PUB_Q4) == "2024-Q3"


def test_fiscal_year_is_one_expression(timex):
    assert ("fiscal 2024", "DATE", "2024") in timex("In fiscal 2024, the company earned $17 million.", PUB_Q4)


def test_a_year_ago_without_a_quarter_is_the_year(value_of):  # guard: the quarter rule needs a quarter

    assert value_of("The plant opened a year ago.", "a year ago", PUB_Q4) == "2024"


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("Sales fell 5% in the latest quarter.", "the latest quarter", "2025-Q3"),
        (
            "It posted third-quarter profit of $3 million, down from $4 million in the year-ago quarter.",
            "the year-ago quarter",
            "2024-Q3",
        ),
        ("Third-quarter sales rose. In the 2024 period, sales were lower.", "the 2024 period", "2024-Q3"),
        ("In this year's third quarter, net was $10 million.", "this year's third quarter", "2025-Q3"),
        ("It expects sales in the current fiscal year to rise.", "the current fiscal year", "2025"),
    ],
)
def test_reporting_periods(value_of, text, expr, expected):
    assert value_of(text, expr, PUB_Q4) == expected


def test_third_quarter_in_a_future_clause_after_it_ended(value_of):
    # Sunday 2025-11-02: the third quarter results are those of the quarter just ended
    assert value_of("The company expects third-quarter results to improve.", "third-quarter", "2025-11-02") == "2025-Q3"


# --- numbers and spans ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("Sales peaked in nineteen ninety-six.", "nineteen ninety-six", "1996"),
        ("Computers had to be ready for the year two thousand.", "the year two thousand", "2000"),
        ("The plant opened in January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01"),
        ("The war ended nearly four years ago.", "nearly four years ago", "2021"),
        ("Then, a week or so ago, the general picked a date.", "a week or so ago", "2025-W06"),
        ("Prices have risen in recent years.", "recent years", "PXY"),
        ("It lasted a couple of years.", "a couple of years", "P2Y"),
        ("But a minute and a half later, the lights went out.", "a minute and a half", "PT1M30S"),
        ("She spent about 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),
        ("They ended their decades-long dispute.", "decades-long", "PXY"),
        ("It followed a several-year tenure as editor.", "several-year", "PXY"),
    ],
)
def test_numbers_and_spans(value_of, text, expr, expected):
    assert value_of(text, expr, "2025-02-16") == expected


def test_previously_is_not_a_reference_value(timex):
    assert not any(t == "previously" for t, _, _ in timex("The offer follows a previously announced deal."))


# --- dates --------------------------------------------------------------------------------------------------
def test_weekday_and_date_before_a_colon(value_of):
    # Friday 2026-04-24: "Saturday, April 25" is tomorrow, read as one date
    text = "The newspaper said in an editorial on Saturday, April 25: the court erred."
    assert value_of(text, "Saturday, April 25", "2026-04-24") == "2026-04-25"


def test_election_day_is_the_tuesday_after_the_first_monday_of_november(value_of):
    # November 2026 starts on a Sunday: first Monday 2 November, Election Day Tuesday 3 November
    assert value_of("Voters go to the polls on Election Day.", "Election Day", "2026-10-20") == "2026-11-03"


def test_day_and_month_with_a_relative_year(value_of):
    text = "Last year August 8 was one of the happiest days for me."
    assert value_of(text, "Last year August 8", "2020-09-03") == "2019-08-08"


@pytest.mark.parametrize(
    "text, expr, expected",
    [
        ("They were not travelling to the scene at this time.", "at this time", "PRESENT_REF"),
        ("Take a car at night and attack.", "at night", "XXXX-XX-XXTNI"),
        ("He would travel with his current wife.", "current", "PRESENT_REF"),
    ],
)
def test_reference_words(value_of, text, expr, expected):
    assert value_of(text, expr, "2025-02-16") == expected


# --- the tense signal on each row ----------------------------------------------------------------------------
def test_rows_carry_the_clause_tense(timex):
    future = timex("She will speak to reporters on Friday.", "2025-02-16", full=True)[0]
    past = timex("He resigned last Friday.", "2025-02-16", full=True)[0]
    assert (future["tense"], future["future_tense"]) == ("future", True)
    assert (past["tense"], past["future_tense"]) == ("past", False)

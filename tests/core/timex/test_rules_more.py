"""Rules added to lift MEANTIME value F1: split "Month of next year", "the year previous", "by that time", ranges
("between 60 and 90 days"), a part of the day found only by spaCy's TIME entity ("in morning trading"), and
numbers inside names ("the Russell 2000 Index").

Publication date: Sunday 2025-02-16. Every expected value was worked out by hand from the calendar.
"""

from __future__ import annotations

PUB = "2025-02-16"  # a Sunday; the Tuesday before is 2025-02-11


def test_month_of_next_year_is_split_into_month_and_year(timex):
    found = timex("Dealers whose franchises expire after October of next year will be told.", PUB)
    assert ("October", "DATE", "2026-10") in found  # October 2026
    assert ("next year", "DATE", "2026") in found


def test_month_of_last_year(timex):
    found = timex("The plant was closed in March of last year.", PUB)
    assert ("March", "DATE", "2024-03") in found
    assert ("last year", "DATE", "2024") in found


def test_the_year_previous_is_one_year_before_the_last_year_mentioned(value_of):
    text = "Costs fell to $118 billion last year, $19 billion less than the year previous."
    assert value_of(text, "last year") == "2024"
    assert value_of(text, "the year previous") == "2023"


def test_the_year_after_follows_the_year_mentioned(value_of):
    assert value_of("Sales rose in 2019 and fell the year after.", "the year after") == "2020"


def test_by_that_time_takes_the_date_mentioned_before(value_of):
    text = "The deal will be finalised by June 10. If no price is agreed by that time, a court will decide."
    assert value_of(text, "June 10") == "2025-06-10"
    assert value_of(text, "that time") == "2025-06-10"


def test_that_time_without_an_earlier_date_is_not_a_timex(timex):
    assert timex("He was young at that time.", PUB) == []


def test_first_number_of_a_range_takes_the_unit(timex):
    found = timex("The process would take between 60 and 90 days.", PUB)
    assert ("60", "DURATION", "P60D") in found
    assert ("90 days", "DURATION", "P90D") in found
    found = timex("The repairs will last two to three weeks.", PUB)
    assert ("two", "DURATION", "P2W") in found


def test_range_before_ago_and_ages_are_not_durations(timex):
    assert not any(t == "2" for t, _, _ in timex("Prices fell between 2 and 3 years ago.", PUB))
    assert not any(t == "60" for t, _, _ in timex("He retired aged between 60 and 65 years.", PUB))


def test_part_of_day_found_by_the_entity_fallback(value_of):
    # "morning trading" on Tuesday 11 February 2025
    text = "Ford's stock rose to a five-year high in morning trading on Tuesday."
    assert value_of(text, "morning") == "2025-02-11TMO"


def test_number_inside_a_name_is_not_a_year(timex):
    assert timex("The Russell 2000 Index of smaller companies fell.", PUB) == []
    assert ("2005", "DATE", "2005") in timex("In 2005 Apple released the iPod.", PUB)


def test_range_of_ages_is_not_a_duration(timex):
    assert not any(t == "10" for t, _, _ in timex("Suicides among 10-19 year olds rose.", PUB))


def test_that_time_far_from_any_date_is_not_resolved(timex):
    text = (
        "The plant opened in 2016. Workers were hired from nearby towns. Wages were low. "
        "Many lived in dormitories at that time."
    )
    assert not any(t == "that time" for t, _, _ in timex(text, PUB))


def test_greeting_is_not_a_part_of_day(timex):
    assert not any(v.endswith("TAF") for _, _, v in timex("Good afternoon, ma'am. Thank you for coming.", PUB))

"""Classes of English from the AQUAINT false positives and wrong values (issue 10, session 5), on hand-written
sentences.

Each class is one where TimeBank and AQUAINT agree (neither annotates it, or both give the same value) and newskit
did not. Expected values are worked out by hand from the calendar (the weekday of each publication date is in the
comment), never copied from output; each test failed before its rule was added, except guards marked "guard".
"""

from __future__ import annotations

import pytest


# --- "earlier" inside a clause is relative to the clause's event, like "later": no TIMEX3 ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The reward comes on top of $500,000 announced earlier by the minister.",
        "Doctors said the mother had earlier suffered three miscarriages.",
        "The company, which earlier sold its trucking unit, reported a loss.",
    ],
)
def test_earlier_inside_a_clause_is_no_time_expression(timex, text):
    assert [t for t, _, _ in timex(text, "2000-01-28")] == []


def test_earlier_opening_a_sentence_stays_past_ref(timex):  # guard: "Earlier, ..." frames the whole sentence
    got = timex("The talks went on. Earlier, the minister had said they would fail.", "2000-01-28")
    assert [(t, v) for t, _, v in got] == [("Earlier", "PAST_REF")]


# --- a clock time that names its weekday gives its day to the other clock times of the sentence -----------------
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # published Wednesday 2000-04-05: "4 a.m. EDT Thursday" is the next day, and so is "4 in the morning"
        (
            "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
            "2000-04-05",
            [("4 in the morning", "2000-04-06T04:00"), ("4 a.m. EDT Thursday", "2000-04-06T04:00")],
        ),
        # published Monday 1991-02-25: the Saturday before, at noon and at 3 p.m.
        (
            "The deadline passed at noon Saturday, and by 3 p.m. the troops had crossed the border.",
            "1991-02-25",
            [("at noon Saturday", "1991-02-23T12:00"), ("3 p.m.", "1991-02-23T15:00")],
        ),
    ],
)
def test_a_clock_time_with_its_weekday_dates_the_sentence(timex, text, published, expected):
    assert [(t, v) for t, _, v in timex(text, published)] == expected


# --- "minutes apart", like "days before/after": the distance between two events, not a time ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The two bombs went off just minutes apart on Friday.",
        "The two rulings came just days apart, the last one on Friday.",
    ],
)
def test_a_vague_distance_between_events_is_no_duration(timex, text):
    # published Saturday 1998-08-08: only "Friday" (the day before) is a time expression
    assert [(t, v) for t, _, v in timex(text, "1998-08-08")] == [("Friday", "1998-08-07")]


def test_a_counted_distance_stays_a_duration(value_of):  # guard: "two hours apart" is still PT2H
    assert value_of("The two bombs went off two hours apart.", "two hours", "1998-08-08") == "PT2H"


# --- "the day before/after <weekday>" is one expression: the day next to that weekday ----------------------------
@pytest.mark.parametrize(
    "text, published, expected",
    [
        # published Thursday 2000-02-24: last Tuesday is 2000-02-22, the day before it Monday 2000-02-21
        (
            "The day before last Tuesday's hearing, Manuel went to his brother's home.",
            "2000-02-24",
            ("The day before last Tuesday", "2000-02-21"),
        ),
        # published Monday 2025-03-10: the Friday of a past clause is 2025-03-07, the day after it 2025-03-08
        ("The rebels struck on the day after Friday's vote.", "2025-03-10", ("the day after Friday", "2025-03-08")),
    ],
)
def test_the_day_before_a_weekday_is_the_day_next_to_it(timex, text, published, expected):
    assert [(t, v) for t, _, v in timex(text, published)] == [expected]

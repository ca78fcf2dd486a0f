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

"""Calendar intervals of TIMEX3 values (end exclusive) and the rows' contract."""

from __future__ import annotations

import pandas as pd
import pytest

from newskit.core.timex.intervals import easter, interval, nth_weekday


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


@pytest.mark.parametrize(
    "value, start, end, gran",
    [
        ("2025-02-15", "2025-02-15", "2025-02-16", "day"),
        ("2025-W07", "2025-02-10", "2025-02-17", "week"),  # ISO week 7 of 2025: Monday 10 Feb
        ("2019-W31-WE", "2019-08-03", "2019-08-05", "weekend"),  # Saturday 3 and Sunday 4 August 2019
        ("2025-02", "2025-02-01", "2025-03-01", "month"),
        ("2024-Q4", "2024-10-01", "2025-01-01", "quarter"),
        ("2025", "2025-01-01", "2026-01-01", "year"),
        ("199", "1990-01-01", "2000-01-01", "decade"),
        ("20", "2000-01-01", "2100-01-01", "century"),
        ("2010-SP", "2010-03-01", "2010-06-01", "season"),
        ("2025-02-15T18:00Z", "2025-02-15 18:00", "2025-02-15 18:01", "time"),
        ("2025-02-15TAF", "2025-02-15 12:00", "2025-02-15 18:00", "part_of_day"),
    ],
)
def test_interval(value, start, end, gran):
    s, e, g = interval(value, "DATE")
    assert (s, e, g) == (ts(start), ts(end), gran)


@pytest.mark.parametrize(
    "value, type_",
    [
        ("PAST_REF", "DATE"),
        ("P2W", "DURATION"),
        ("P1Y", "SET"),
        ("XXXX-WXX-6", "DATE"),
        ("XXXX-06-18", "DATE"),
        ("XXXX-XX-XXTNI", "TIME"),
    ],
)
def test_no_interval(value, type_):
    assert interval(value, type_)[:2] == (None, None)


def test_calendar_helpers():
    assert str(easter(2024)) == "2024-03-31"
    assert str(nth_weekday(2019, 9, 1, 1)) == "2019-09-02"  # Labor Day 2019
    assert str(nth_weekday(2024, 11, 4, 4)) == "2024-11-28"  # Thanksgiving 2024
    assert str(nth_weekday(2025, 5, 1, -1)) == "2025-05-26"  # Memorial Day 2025


def test_rows_contract(timex):
    rows = timex("The minister arrived on Saturday and will return next week.", full=True)
    assert [r["value"] for r in rows] == ["2025-02-15", "2025-W08"]
    r = rows[0]
    assert set(r) >= {
        "text",
        "start",
        "end",
        "type",
        "value",
        "date_start",
        "date_end",
        "granularity",
        "anchor",
        "sentence_index",
    }
    assert r["date_start"] == ts("2025-02-15") and r["date_end"] == ts("2025-02-16")
    assert r["anchor"] == "publication" and r["sentence_index"] == 0
    text = "The minister arrived on Saturday and will return next week."
    assert text[r["start"] : r["end"]] == "Saturday"


def test_spans_on_doc():
    from newskit.runtime.pipeline import load_pipeline

    nlp = load_pipeline()
    doc = nlp.make_doc("Talks resume next week.")
    doc._.newskit_published = ts("2025-02-16")
    doc = next(iter(nlp.pipe([doc])))
    assert [(s.text, s.label_) for s in doc.spans["timexes"]] == [("next week", "DATE")]


def test_old_values_have_bounds_and_bad_values_raise():
    assert interval("10", "DATE") == (ts("1000-01-01"), ts("1100-01-01"), "century")  # the 11th century
    with pytest.raises(ValueError):
        interval("2019-02-30", "DATE")  # no such day: a rule that makes it is a bug

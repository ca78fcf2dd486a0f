"""TIMEX3 values -> calendar intervals.

:func:`interval` turns a DATE/TIME value into ``(date_start, date_end, granularity)`` with tz-aware UTC
timestamps. **``date_end`` is exclusive**: "2025-02-15" covers ``[2025-02-15 00:00, 2025-02-16 00:00)``, the week
"2025-W07" covers Monday 2025-02-10 to Monday 2025-02-17. Values without a calendar position (PAST_REF,
durations, sets, values with X placeholders) give ``(None, None, granularity)``.

Also holds the small calendar helpers the normaliser uses (ISO weeks, month and quarter arithmetic, Easter).
"""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd

__all__ = ["interval", "granularity_of", "iso_week", "week_monday", "add_months", "easter", "nth_weekday"]

#: the TIMEX3 values of a day ("2025-02-15", with an optional clock time or part of the day) and of a quarter
#: ("2025-Q3"); also read by the component
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|MI|DT))?")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

#: part of day -> (start hour, end hour) used for TIME values such as 2025-02-15TMO
_POD_HOURS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (20, 30), "DT": (9, 17)}
#: northern-hemisphere meteorological seasons: code -> (start month, months long)
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _ts(d: dt.datetime | dt.date) -> pd.Timestamp:
    return pd.Timestamp(d).tz_localize("UTC") if pd.Timestamp(d).tzinfo is None else pd.Timestamp(d)


def iso_week(d: dt.date) -> tuple[int, int]:
    y, w, _ = d.isocalendar()
    return y, w


def week_monday(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO ``weekday`` of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    y, m = add_months(year, month, 1)
    last = dt.date(y, m, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def granularity_of(value: str | None, type_: str | None = None) -> str | None:
    """Granularity name of a TIMEX3 value (day, week, month, quarter, year, decade, century, time ...)."""
    if not value:
        return None
    if value.endswith("_REF"):
        return "reference"
    if type_ in ("DURATION", "SET") or value.startswith("P"):
        return "duration" if type_ != "SET" else "set"
    if re.search(r"T\d", value):
        return "time"
    if re.search(r"T(MO|AF|EV|NI|MI|DT)$", value):
        return "part_of_day"
    for pat, name in (
        (DAY_VALUE, "day"),
        (_WEEK, "week"),
        (_MONTH, "month"),
        (QUARTER_VALUE, "quarter"),
        (_HALF, "half"),
        (_SEASON, "season"),
        (_YEAR, "year"),
        (_DECADE, "decade"),
        (_CENTURY, "century"),
    ):
        if pat.match(value):
            return "weekend" if name == "week" and value.endswith("-WE") else name
    return None


def interval(value: str | None, type_: str | None = None):
    """``(date_start, date_end, granularity)`` of a TIMEX3 value; ``date_end`` is exclusive.

    Examples
    --------
    >>> s, e, g = interval("2025-W07")
    >>> str(s.date()), str(e.date()), g
    ('2025-02-10', '2025-02-17', 'week')
    >>> interval("PAST_REF")[:2]
    (None, None)

    A value outside the range of ``pandas.Timestamp`` has no bounds.

    Raises
    ------
    ValueError
        For a value that names no calendar day ("2019-02-30", "2019-W54"): the rules never make one, so it is
        a bug, not a missing interval.
    """
    g = granularity_of(value, type_)
    if not value or type_ in ("DURATION", "SET") or g in (None, "duration", "set", "reference") or "X" in value:
        return None, None, g  # no calendar position: "XXXX-XX-XXTNI" is any night
    try:
        return (*_bounds(value), g)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):
        return None, None, g


def _bounds(v: str):
    m = DAY_VALUE.match(v)
    if m:
        d = dt.datetime(int(m[1]), int(m[2]), int(m[3]))
        if m[4]:
            s = d.replace(hour=int(m[4]) % 24, minute=int(m[5]))
            return _ts(s), _ts(s + dt.timedelta(minutes=1))
        if m[6]:
            a, b = _POD_HOURS[m[6]]
            return _ts(d + dt.timedelta(hours=a)), _ts(d + dt.timedelta(hours=b))
        return _ts(d), _ts(d + dt.timedelta(days=1))
    m = _WEEK.match(v)
    if m:
        mon = week_monday(int(m[1]), int(m[2]))
        if m[3]:
            return _ts(mon + dt.timedelta(days=5)), _ts(mon + dt.timedelta(days=7))
        return _ts(mon), _ts(mon + dt.timedelta(days=7))
    m = _MONTH.match(v)
    if m:
        y, mo = int(m[1]), int(m[2])
        return _ts(dt.date(y, mo, 1)), _ts(dt.date(*add_months(y, mo, 1), 1))
    m = QUARTER_VALUE.match(v)
    if m:
        y, q = int(m[1]), int(m[2])
        return _ts(dt.date(y, 3 * q - 2, 1)), _ts(dt.date(*add_months(y, 3 * q - 2, 3), 1))
    m = _HALF.match(v)
    if m:
        y, h = int(m[1]), int(m[2])
        return _ts(dt.date(y, 6 * h - 5, 1)), _ts(dt.date(*add_months(y, 6 * h - 5, 6), 1))
    m = _SEASON.match(v)
    if m:
        y, mo = int(m[1]), _SEASON_MONTHS[m[2]]
        return _ts(dt.date(y, mo, 1)), _ts(dt.date(*add_months(y, mo, 3), 1))
    m = _YEAR.match(v)
    if m:
        return _ts(dt.date(int(m[1]), 1, 1)), _ts(dt.date(int(m[1]) + 1, 1, 1))
    m = _DECADE.match(v)
    if m:
        y = int(m[1]) * 10
        return _ts(dt.date(max(y, 1), 1, 1)), _ts(dt.date(y + 10, 1, 1))
    m = _CENTURY.match(v)
    if m:
        y = int(m[1]) * 100
        return _ts(dt.date(max(y, 1), 1, 1)), _ts(dt.date(y + 100, 1, 1))
    raise ValueError(v)

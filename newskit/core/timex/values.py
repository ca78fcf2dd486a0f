"""Shared pieces of TIMEX3 normalisation: the :class:`Context` a handler sees, and calendar value helpers.

The handlers (one small function per finder family, in :mod:`~newskit.core.timex.rules_calendar`,
:mod:`~newskit.core.timex.rules_relative` and :mod:`~newskit.core.timex.rules_spans`) build values with these.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .intervals import add_months, iso_week
from .lexicon import NUMBER_WORDS, ONES, TENS, UNITS, VAGUE_NUMBERS

__all__ = [
    "Context",
    "Result",
    "parse_number",
    "duration_value",
    "shift",
    "weekday_date",
    "year_for",
    "direction",
    "unit_key",
    "valid_date",
    "squash",
]


@dataclass
class Context:
    """What a handler knows about one candidate beyond its regex groups."""

    pub: dt.date | None  #: publication date (UTC), None when unknown
    tense: str | None = None  #: past, future, present, present_simple, progressive, nearest or None
    anchor: dt.date | None = None  #: date an anchored expression refers to (earlier date or publication)
    prev_word: str = ""  #: the word before the expression, lower-case
    next_word: str = ""  #: the word after the expression
    next_pos: str = ""  #: coarse POS of the token after the expression
    tag: str = ""  #: fine tag of the expression's last token
    text: str = ""  #: the expression
    anchor_value: str | None = None  #: the last calendar value mentioned before the expression
    anchor_any: dt.date | None = None  #: the first day of that value
    prefix: str = ""  #: up to 30 characters before the expression, lower-case
    raw_prefix: str = ""  #: the same, as written
    raw_suffix: str = ""  #: up to 30 characters after the expression, as written
    quarter_value: str | None = None  #: the last quarter value (``1989-Q3``) mentioned before the expression


#: (type, value, anchor kind) where anchor kind is "absolute", "publication", "anchor" or None
Result = tuple[str, str, str | None]

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_FRACTION = re.compile(r"(\d+)\s+1/2")


def squash(s: str | None) -> str:
    """Lower-case with single spaces ("This  Past" -> "this past")."""
    return " ".join((s or "").lower().split())


def parse_number(s: str) -> float | None:
    """Number words and digits -> float; vague quantities -> None (X in the value).

    Examples
    --------
    >>> parse_number("twenty-five"), parse_number("two and a half"), parse_number("2 1/2"), parse_number("few")
    (25.0, 2.5, 2.5, None)
    """
    s = s.lower().strip().replace("-", " ")
    half = 0.0
    if s.endswith(" and a half"):
        half, s = 0.5, s[: -len(" and a half")].strip()
    m = _FRACTION.fullmatch(s)
    if m:
        half, s = 0.5, m[1]
    if s in VAGUE_NUMBERS:
        return None
    if _DIGITS.fullmatch(s):
        return float(s) + half
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s]) + half
    parts = s.split()
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES:
        return float(TENS[parts[0]] + ONES[parts[1]]) + half
    return None


def _fmt(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_key(u: str) -> str:
    """Singular, lower-case unit name ("Centuries" -> "century", "trading  days" -> "trading day")."""
    u = squash(u)
    if u.endswith("centuries"):
        return u[:-3] + "y"
    return u[:-1] if u.endswith("s") else u


#: units whose TIMEX3 duration is written in another unit (a decade is 10 years), with the vague code
_SCALED_UNITS = {"decade": (10, "Y", "PXDE"), "century": (100, "Y", "PXCE"), "fortnight": (2, "W", "PXW")}
#: a half of a clock unit, written in the next smaller one ("a minute and a half" = PT1M30S, "half an hour" =
#: PT30M); calendar units keep a decimal ("two and a half years" = P2.5Y)
_HALVES = {"hour": (30, "M", True), "minute": (30, "S", True)}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration of ``n`` units (``None`` = vague: X).

    Examples
    --------
    >>> duration_value(3, "days"), duration_value(None, "hours"), duration_value(1.5, "hours")
    ('P3D', 'PTXH', 'PT1H30M')
    """
    u = unit_key(unit)
    if u in _SCALED_UNITS:
        k, code, vague = _SCALED_UNITS[u]
        return vague if n is None else f"P{_fmt(n * k)}{code}"
    code, clock, _ = UNITS.get(u, ("D", False, "day"))
    if n is not None and not float(n).is_integer() and (n * 2).is_integer() and u in _HALVES:
        sub, sub_code, sub_clock = _HALVES[u]
        whole = f"{int(n)}{code}" if int(n) else ""
        return f"P{'T' if clock or sub_clock else ''}{whole}{sub}{sub_code}"
    return f"P{'T' if clock else ''}{_fmt(n)}{code}"


def shift(d: dt.date, unit: str, n: int) -> str:
    """The value of the ``unit`` containing ``d`` moved by ``n`` units (granularity of the unit).

    Raises
    ------
    ValueError
        For a unit without a calendar position (a finder pattern that lets one through is a bug).
    """
    u = unit_key(unit)
    if u in ("day", "night", "trading day", "business day", "working day"):
        return (d + dt.timedelta(days=n)).isoformat()
    if u in ("week", "fortnight", "weekend"):
        y, w = iso_week(d + dt.timedelta(weeks=n * (2 if u == "fortnight" else 1)))
        return f"{y}-W{w:02d}" + ("-WE" if u == "weekend" else "")
    if u == "month":
        y, m = add_months(d.year, d.month, n)
        return f"{y}-{m:02d}"
    if u == "quarter":
        k = d.year * 4 + (d.month - 1) // 3 + n
        return f"{k // 4}-Q{k % 4 + 1}"
    scale = {"year": 1, "decade": 10, "century": 100}.get(u)
    if scale is None:
        raise ValueError(f"no calendar unit {unit!r}")
    return str(d.year // scale + n)


def weekday_date(pub: dt.date, wd: int, direction: str) -> dt.date:
    """Occurrence of ISO weekday ``wd`` around ``pub``: past (<= pub), future (>= pub), last (<), next (>),
    nearest (either side, the closer)."""
    back = (pub.isoweekday() - wd) % 7
    fwd = (wd - pub.isoweekday()) % 7
    days = {
        "last": -(back or 7),
        "next": fwd or 7,
        "future": fwd,
        "nearest": fwd if fwd < back else -back,
    }.get(direction, -back)
    return pub + dt.timedelta(days=days)


def direction(tense: str | None) -> str:
    """Which occurrence of a weekday a tense points at: past, future or nearest."""
    if tense in ("nearest", "present_simple"):
        return "nearest"
    return "future" if tense in ("future", "progressive") else "past"


def year_for(pub: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """Year of a month (and day) given without one: the occurrence that fits the tense."""
    y = pub.year
    cand = dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    if tense == "past":
        limit = pub + dt.timedelta(days=45 if day else 0)
        return y - 1 if cand > limit and (day or month > pub.month) else y
    if tense in ("future", "progressive"):
        limit = pub - dt.timedelta(days=14 if day else 0)
        return y + 1 if cand < limit and (day or month < pub.month) else y
    diff = (cand - pub).days
    return y - 1 if diff > 183 else (y + 1 if diff < -183 else y)


def valid_date(y: int, m: int, d: int) -> bool:
    """True when ``y-m-d`` exists (``y = 0``: any leap year)."""
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]

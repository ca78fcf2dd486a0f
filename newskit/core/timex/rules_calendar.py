"""Handlers for calendar expressions: clock times, dates, months, seasons, quarters, years, decades, holidays.

Each handler takes the regex groups of one candidate and its :class:`~newskit.core.timex.values.Context` and
returns ``(type, value, anchor kind)`` or ``None`` when the match is not a time expression after all.
"""

from __future__ import annotations

import datetime as dt

from .intervals import easter, nth_weekday
from .lexicon import (
    AFTER_WEEKDAY_HOLIDAYS,
    AMBIGUOUS_MONTHS,
    CENTURY_WORDS,
    CLOCK_WORDS,
    DECADE_AGE_CUES,
    DECADE_CUES,
    DECADE_WORDS,
    DIGIT_ORDINALS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH_CUES,
    MONTH_MODIFIER_DETERMINERS,
    MONTHS,
    NAME_MONTHS,
    NEXT_RELS,
    NTH_WEEKDAY_HOLIDAYS,
    OLD_YEAR_CUES,
    ORDINALS,
    PAST_RELS,
    SEASON_PREPS,
    SEASON_START,
    SEASONS,
    SHORT_YEAR_CUES,
    UTC_ZONES,
    WEEKDAYS,
    YEAR_RELS,
)
from .values import Context, Result, direction, parse_number, shift, squash, valid_date, weekday_date, year_for

__all__ = ["HANDLERS"]


def _month_number(m: str) -> int | None:
    return int(m) if m.isdigit() else MONTHS.get(m.lower().rstrip("."))


def time(g: dict, ctx: Context) -> Result | None:
    """ "10:35 a.m.", "18:00 UTC", "1639 GMT", "five o'clock in the morning" on the anchor date."""
    h = int(g["h"]) if g["h"].isdigit() else int(parse_number(g["h"]) or 0)
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    elif g.get("pod") in ("afternoon", "evening") and h < 12:
        h += 12
    tz = (g.get("tz") or "").lower()
    clock = ap or g.get("m") or tz or g.get("pod") or "o'clock" in ctx.text.lower()
    if h > 24 or not clock or (tz in ("hrs", "hours") and not g.get("m")):
        return None
    day, kind = _clock_day(g, ctx)
    return "TIME", f"{day}T{h:02d}:{int(g.get('m') or 0):02d}{'Z' if tz in UTC_ZONES else ''}", kind


def _clock_day(g: dict, ctx: Context) -> tuple[str, str]:
    """The day of a clock time: its own weekday ("9 a.m. Tuesday"), else the anchor date."""
    if g.get("wd") and ctx.pub is not None:
        return weekday_date(ctx.pub, WEEKDAYS[g["wd"].lower()], direction(ctx.tense)).isoformat(), "publication"
    date = ctx.anchor or ctx.pub
    return (date.isoformat() if date else "XXXX-XX-XX"), "anchor"


def time_word(g: dict, ctx: Context) -> Result:
    """ "noon", "midnight" on the anchor date."""
    day, kind = _clock_day(g, ctx)
    return "TIME", f"{day}T{CLOCK_WORDS[g['w'].lower()]}", kind


def day_date(g: dict, ctx: Context, numeric: bool = False) -> Result | None:
    """ "March 3, 2019", "24 February", "2019-03-03", "3/24/19"; without a year, the year fits the tense."""
    month = _month_number(g["m"])
    day = int(g["d"])
    if not month:
        return None
    if g.get("y"):
        y = int(g["y"])
        if y < 100:
            y += 1900 if y > 50 else 2000
        return ("DATE", f"{y:04d}-{month:02d}-{day:02d}", "absolute") if valid_date(y, month, day) else None
    if numeric or not valid_date(0, month, day):
        return None
    if ctx.pub is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    y = year_for(ctx.pub, month, day, ctx.tense)
    return ("DATE", f"{y:04d}-{month:02d}-{day:02d}", "publication") if valid_date(y, month, day) else None


def week_of(g: dict, ctx: Context) -> Result | None:
    """ "the week of March 6": the ISO week (or its weekend) that holds the date."""
    res = day_date(g, ctx)
    if res is None or not res[1][:4].isdigit():
        return None
    d = dt.date.fromisoformat(res[1])
    return "DATE", shift(d, g["u"], 0), res[2]


def date_rel(g: dict, ctx: Context) -> Result | None:
    """ "last year August 8", "March 3 next year": the day and month in the year the relative phrase names."""
    month, day = _month_number(g["m"]), int(g["d"])
    if not month or not valid_date(0, month, day):
        return None
    if ctx.pub is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    y = ctx.pub.year + YEAR_RELS[squash(g["rel"])]
    return ("DATE", f"{y:04d}-{month:02d}-{day:02d}", "publication") if valid_date(y, month, day) else None


def month_year(g: dict, ctx: Context) -> Result | None:
    """ "May 2008", "early March 2019"."""
    return "DATE", f"{int(g['y']):04d}-{MONTHS[g['m'].lower().rstrip('.')]:02d}", "absolute"


def month_rel(g: dict, ctx: Context) -> Result | None:
    """ "October" of "October of next year" (the year phrase is its own expression); "February this year",
    "April next year" (one expression)."""
    month = MONTHS[g["m"].lower().rstrip(".")]
    if ctx.pub is None:
        return "DATE", f"XXXX-{month:02d}", None
    return "DATE", f"{ctx.pub.year + YEAR_RELS.get(squash(g['rel']), 0)}-{month:02d}", "publication"


def _month_modifier(name: str, ctx: Context) -> bool:
    """ "a June agreement", "the March accession": a month between a determiner and a common noun."""
    noun_next = ctx.next_pos == "NOUN" and ctx.next_word[:1].islower()
    return name != "May" and ctx.prev_word in MONTH_MODIFIER_DETERMINERS and noun_next


def month(g: dict, ctx: Context) -> Result | None:
    """A month name without a year ("in October", "last March"): the occurrence that fits the tense."""
    name, rel = g["m"], squash(g.get("rel"))
    if not rel and name in AMBIGUOUS_MONTHS and ctx.prev_word not in MONTH_CUES and not _month_modifier(name, ctx):
        return None
    if not rel and name in NAME_MONTHS and ctx.next_pos == "PROPN" and ctx.next_word[:1].isupper():
        return None
    m, pub = MONTHS[name.lower()], ctx.pub
    if pub is None:
        return "DATE", f"XXXX-{m:02d}", None
    if rel in PAST_RELS:
        y = pub.year if m < pub.month else pub.year - 1
    elif rel in NEXT_RELS:
        y = pub.year if m > pub.month else pub.year + 1
    elif rel.endswith("this"):
        y = pub.year
    else:
        y = year_for(pub, m, None, ctx.tense)
    return "DATE", f"{y}-{m:02d}", "publication"


_SEASON_RELS = frozenset(PAST_RELS | NEXT_RELS | {"this", "early", "late"})


def season(g: dict, ctx: Context) -> Result | None:
    """ "last summer", "the spring of 2019", "in the fall" ("fall" alone is the verb)."""
    s, rel = g["s"].lower(), squash(g.get("rel"))
    if s == "fall" and not g.get("y") and rel not in _SEASON_RELS:
        if not (rel == "the" and ctx.prev_word in SEASON_PREPS):
            return None
    code = SEASONS[s]
    if g.get("y"):
        return "DATE", f"{g['y']}-{code}", "absolute"
    pub = ctx.pub
    if pub is None:
        return "DATE", f"XXXX-{code}", None
    start, y = SEASON_START[code], pub.year
    if rel in PAST_RELS:
        y = y if pub.month >= start + 3 else y - 1
    elif rel in NEXT_RELS:
        y = y if pub.month < start else y + 1
    elif ctx.tense == "past" and pub.month < start and code != "WI":
        y -= 1
    return "DATE", f"{y}-{code}", "publication"


def _quarter_number(g: dict) -> int | None:
    if g.get("qq"):
        return int(g["qq"][1])
    q = g["q"].lower()
    return DIGIT_ORDINALS.get(q) or ORDINALS.get(q)


def quarter(g: dict, ctx: Context) -> Result | None:
    """ "the third quarter", "Q3 2019", "the fourth quarter of last year", "this year's first quarter"."""
    n, pub = _quarter_number(g), ctx.pub
    year_rel = squash(g.get("rel") or g.get("rel2"))
    if n == -1:  # "the last quarter": the previous one, or the fourth of a named year
        if g.get("y") or year_rel:
            n = 4
        else:
            return ("DATE", shift(pub, "quarter", -1), "publication") if pub else ("DATE", "PAST_REF", None)
    if g.get("y"):
        return "DATE", f"{g['y']}-Q{n}", "absolute"
    if pub is None or n is None:
        return "DATE", f"XXXX-Q{n or 'X'}", None
    cur = (pub.month - 1) // 3 + 1
    if year_rel in ("last", "next"):
        y = pub.year + (-1 if year_rel == "last" else 1)
    elif year_rel in ("this", "the"):
        y = pub.year
    elif ctx.tense == "past" and n > cur and (cur == 1 or n - cur >= 2):
        y = pub.year - 1
    elif ctx.tense in ("future", "progressive") and n < cur - 1:
        y = pub.year + 1
    else:
        y = pub.year
    return "DATE", f"{y}-Q{n}", "publication"


def half(g: dict, ctx: Context) -> Result | None:
    """ "the first half of 2019", "the second half of next year"."""
    h = 1 if g["h"].lower() == "first" else 2
    if g.get("y"):
        return "DATE", f"{g['y']}-H{h}", "absolute"
    y = ctx.pub.year + {"last": -1, "next": 1}.get(squash(g.get("rel")), 0) if ctx.pub else "XXXX"
    return "DATE", f"{y}-H{h}", "publication"


def decade(g: dict, ctx: Context) -> Result | None:
    """ "the 1990s", "the early '80s", "the nineties"; a bare "80s" after a possessive is an age."""
    if g.get("dec"):
        return "DATE", g["dec"][:3], "absolute"
    if g.get("dw"):  # "the nineties": this century's decade once it has begun, else the last century's
        tens = DECADE_WORDS[g["dw"].lower()]
        century = 20 if ctx.pub is not None and ctx.pub.year >= 2000 + 10 * tens else 19
        return "DATE", f"{century}{tens}", "absolute"
    quoted = "'" in ctx.text or "’" in ctx.text
    if ctx.prev_word in DECADE_AGE_CUES or (
        ctx.prev_word not in DECADE_CUES and not quoted and not ctx.text.lower().startswith("the")
    ):
        return None
    return "DATE", f"19{int(g['dd']) // 10}", "absolute"


def century(g: dict, ctx: Context) -> Result:
    """ "the 19th century", "the twentieth century"."""
    n = int(g["c"]) if g.get("c") else CENTURY_WORDS[g["cw"].lower()]
    return "DATE", f"{n - 1:02d}", "absolute"


def year(g: dict, ctx: Context) -> Result | None:
    """A four-digit year; before 1900 only after a calendar preposition ("in 1848")."""
    y = int(g["y"])
    if y < 1900 and ctx.prev_word not in OLD_YEAR_CUES:
        return None
    return "DATE", str(y), "absolute"


def year_short(g: dict, ctx: Context) -> Result | None:
    """ "since '82": the century nearest the publication year."""
    if ctx.prev_word not in SHORT_YEAR_CUES:
        return None
    yy = int(g["yy"])
    cut = (ctx.pub.year % 100 + 5) if ctx.pub else 30
    return "DATE", f"{19 if yy > cut else 20}{yy:02d}", "absolute"


def _holiday_day(name: str, y: int) -> dt.date | None:
    if name in FIXED_HOLIDAYS:
        return dt.date(y, *FIXED_HOLIDAYS[name])
    if name in NTH_WEEKDAY_HOLIDAYS:
        return nth_weekday(y, *NTH_WEEKDAY_HOLIDAYS[name])
    if name in AFTER_WEEKDAY_HOLIDAYS:
        month_, wd, n, after = AFTER_WEEKDAY_HOLIDAYS[name]
        return nth_weekday(y, month_, wd, n) + dt.timedelta(days=after)
    if name in EASTER_HOLIDAYS:
        return easter(y) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    return None


def _holiday_week(name: str, unit: str, ctx: Context) -> Result | None:
    """ "Easter week", "the Thanksgiving weekend": the week (weekend) that holds the holiday."""
    pub = ctx.pub
    day = _holiday_day(name, pub.year) if pub is not None else None
    if pub is None or day is None:
        return None
    day = _holiday_day(name, year_for(pub, day.month, day.day, ctx.tense)) or day
    return "DATE", shift(day, unit, 0), "publication"


def holiday(g: dict, ctx: Context) -> Result | None:
    """ "Christmas", "Thanksgiving 2019", "Easter Monday": the occurrence that fits the tense."""
    if not g.get("y") and ctx.next_word[:1].isupper() and ctx.next_pos == "PROPN":
        return None
    name = squash(g["name"]).replace("’", "'")
    if g.get("hu"):
        return _holiday_week(name, g["hu"], ctx)
    if g.get("y"):
        day = _holiday_day(name, int(g["y"]))
        return ("DATE", day.isoformat(), "absolute") if day else None
    if ctx.pub is None:
        fixed = FIXED_HOLIDAYS.get(name)
        return ("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}", None) if fixed else None
    day = _holiday_day(name, ctx.pub.year)
    if day is None:
        return None
    y = year_for(ctx.pub, day.month, day.day, ctx.tense)
    day = _holiday_day(name, y) if y != ctx.pub.year else day
    return ("DATE", day.isoformat(), "publication") if day else None


HANDLERS = {
    "time": time,
    "time_word": time_word,
    "date_mdy": day_date,
    "date_dmy": day_date,
    "date_num": lambda g, ctx: day_date(g, ctx, numeric=True),
    "date_rel": date_rel,
    "week_of": week_of,
    "month_year": month_year,
    "month_rel": month_rel,
    "month": month,
    "season": season,
    "quarter": quarter,
    "half": half,
    "decade": decade,
    "century": century,
    "year": year,
    "year_short": year_short,
    "holiday": holiday,
}

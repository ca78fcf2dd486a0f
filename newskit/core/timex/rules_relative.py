"""Handlers for expressions relative to the publication date or to a date in the text.

"Friday", "yesterday", "this morning", "last week", "three years ago", "in two weeks", "the next day",
"the same period last year", "by that time". See :mod:`~newskit.core.timex.rules_calendar` for the contract.
"""

from __future__ import annotations

import datetime as dt
import re

from .lexicon import (
    ANCHORED_RELS,
    DAY_ANCHOR_OFFSETS,
    DAY_END_CUES,
    NEXT_RELS,
    PARTS_OF_DAY,
    PAST_RELS,
    REL_DAY_REFS,
    REL_DAYS,
    REL_OFFSETS,
    THAT_TIME_PREPS,
    WEEKDAYS,
    WEEKEND_RELS,
)
from .rules_fiscal import year_back
from .values import Context, Result, direction, duration_value, parse_number, shift, squash, unit_key, weekday_date

__all__ = ["HANDLERS"]

_CLOCK_UNITS = frozenset({"hour", "minute", "second"})
_NAME_BEFORE_DAY = re.compile(r"[A-Z][\w.]*\s*$")
_MONTH_OR_YEAR = re.compile(r"^(\d{4})(?:-(\d\d))?$")


def _pod_suffix(pod: str | None) -> str:
    return f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""


def weekday(g: dict, ctx: Context) -> Result | None:
    """ "Friday", "last Tuesday", "Sunday night": the occurrence the tense points at; "Fridays" is a set."""
    wd = WEEKDAYS[g["wd"].lower()]
    if g.get("pl"):
        return "SET", f"XXXX-WXX-{wd}", None
    pod, rel = g.get("pod"), squash(g.get("rel"))
    type_ = "TIME" if pod else "DATE"
    if ctx.pub is None:
        return type_, f"XXXX-WXX-{wd}{_pod_suffix(pod)}", None
    way = "last" if rel in PAST_RELS else "next" if rel in NEXT_RELS else direction(ctx.tense)
    return type_, f"{weekday_date(ctx.pub, wd, way).isoformat()}{_pod_suffix(pod)}", "publication"


def relday(g: dict, ctx: Context) -> Result | None:
    """ "today", "yesterday morning", "the day after tomorrow"; "USA Today" is a name."""
    pub = ctx.pub
    if g.get("dir"):
        back = "yesterday" in g["dir"]
        if pub is None:
            return "DATE", "PAST_REF" if back else "FUTURE_REF", None
        return "DATE", (pub + dt.timedelta(days=-2 if back else 2)).isoformat(), "publication"
    w = g["w"].lower()
    after_name = ctx.prefix.rstrip()[-1:].isalpha() and _NAME_BEFORE_DAY.search(ctx.raw_prefix)
    if g["w"][0].isupper() and after_name:
        return None
    if pub is None:
        return "DATE", REL_DAY_REFS[w], None
    d = (pub + dt.timedelta(days=REL_DAYS[w])).isoformat()
    pod = g.get("pod") or ("night" if w == "tonight" else None)
    return ("TIME" if pod else "DATE"), f"{d}{_pod_suffix(pod)}", "publication"


def pod(g: dict, ctx: Context) -> Result | None:
    """ "this morning", "last night" (publication-relative); "in the afternoon", "overnight" (anchor day)."""
    if (g.get("pod") or "x")[0].isupper():
        return None
    if g.get("generic"):  # "at night": any night (habitual)
        return "TIME", "XXXX-XX-XXTNI", None
    code = PARTS_OF_DAY[(g.get("pod") or g.get("mid") or g["ov"]).lower()]
    rel = (g.get("rel") or "").lower()
    if not rel:
        d = ctx.anchor or ctx.pub
        return "TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{code}", "anchor"
    if ctx.pub is None:
        return "TIME", f"XXXX-XX-XXT{code}", None
    d = ctx.pub + dt.timedelta(days=REL_DAYS.get(rel, 0) if rel != "last" else -1)
    return "TIME", f"{d.isoformat()}T{code}", "publication"


def _weekend(rel: str, ctx: Context) -> Result | None:
    if rel not in WEEKEND_RELS:
        return None
    if ctx.pub is None:
        return "DATE", "XXXX-WXX-WE", None
    off = REL_OFFSETS.get(rel, 0)
    ahead = off > 0 or (off == 0 and ctx.tense in ("future", "progressive"))
    sat = weekday_date(ctx.pub, 6, "future" if ahead else "past")
    if ctx.pub.isoweekday() >= 6 and off < 0:
        sat -= dt.timedelta(days=7)
    return "DATE", shift(sat, "weekend", 0), "publication"


def _rel_offset(rel: str) -> int | None:
    words = rel.split()
    if words[-1] in ("this", "last", "next") and len(words) > 1:  # "earlier this", "the end of next"
        return REL_OFFSETS[words[-1]]
    if rel.endswith(" the"):
        return 0
    return REL_OFFSETS.get(rel)


def relunit(g: dict, ctx: Context) -> Result | None:
    """ "last week", "this year", "the following month" (after a date in the text), "the weekend"."""
    rel, u = squash(g["rel"]), g["u"].lower()
    if rel in ANCHORED_RELS and u != "weekend":
        d = ctx.anchor_any or ctx.anchor
        if d is not None:
            return "DATE", shift(d, u, ANCHORED_RELS[rel]), "anchor"
        if ANCHORED_RELS[rel] == 0:
            return None
    if u == "weekend":
        return _weekend(rel, ctx)
    if u == "quarter" and rel in ("the", "the latest", "that"):  # the reporting period of a results story
        if ctx.quarter_value:
            return "DATE", ctx.quarter_value, "anchor"
        return ("DATE", shift(ctx.pub, "quarter", -1), "publication") if rel == "the latest" and ctx.pub else None
    if rel == "the" and u == "year" and ctx.next_word.lower() in ("ended", "ending"):
        return "DURATION", "P1Y", None  # "the (fiscal) year ended Sept. 30": the span a report covers
    if rel in ("the", "over the"):
        return None
    if (rel == "the past" and u != "year") or (u == "decade" and rel in ("the last", "this past")):
        return "DURATION", duration_value(1, u), None
    if rel == "the past":  # "over the past year": the year before, like "the last year" (TimeBank, MEANTIME)
        rel = "the last"
    off = _rel_offset(rel)
    if off is None:
        return None
    if ctx.pub is None:
        return "DATE", "PAST_REF" if off < 0 else ("FUTURE_REF" if off > 0 else "PRESENT_REF"), None
    return "DATE", shift(ctx.pub, u, off), "publication"


def weekday_anchor(g: dict, ctx: Context) -> Result | None:
    """ "the previous Friday", "the following Monday": the weekday before (after) the date the text is at."""
    wd = WEEKDAYS[g["wd"].lower()]
    base = ctx.anchor or ctx.pub
    if base is None:
        return "DATE", f"XXXX-WXX-{wd}", None
    way = "last" if g["rel"].lower() in ("previous", "prior") else "next"
    return "DATE", weekday_date(base, wd, way).isoformat(), "anchor"


def day_next_to(g: dict, ctx: Context) -> Result | None:
    """ "the day before last Tuesday", "the day after Friday": one day off the weekday the clause points at."""
    res = weekday({"wd": g["wd"], "rel": g.get("rel")}, ctx)
    if res is None or not res[1][:4].isdigit():
        return None if res is None else ("DATE", "XXXX-XX-XX", None)  # no publication date: the day is unknown
    day = dt.date.fromisoformat(res[1]) + dt.timedelta(days=-1 if g["side"].lower() == "before" else 1)
    return "DATE", day.isoformat(), res[2]


def unit_post(g: dict, ctx: Context) -> Result | None:
    """ "the year previous" = "the previous year", "the week after" = "the following week"."""
    rel = "the following" if g["post"].lower() in ("after", "later") else "the previous"
    return relunit({"rel": rel, "u": g["u"]}, ctx)


def that_time(g: dict, ctx: Context) -> Result | None:
    """ "by that time": the last calendar value mentioned before, when there is one."""
    if ctx.prev_word not in THAT_TIME_PREPS or not ctx.anchor_value:
        return None
    return ("TIME" if "T" in ctx.anchor_value else "DATE"), ctx.anchor_value, "anchor"


def ago(g: dict, ctx: Context) -> Result | None:
    """ "three years ago" (from publication), "two days later" (from the last date), "an hour earlier"."""
    n = parse_number(g["n"])
    way = g["dir"].lower()
    sign = -1 if way in ("ago", "earlier", "before") else 1
    u = unit_key(g["u"])
    from_pub = way in ("ago", "from now", "hence")
    base = ctx.pub if from_pub else (ctx.anchor_any or ctx.anchor or ctx.pub)
    if u in _CLOCK_UNITS and way in ("earlier", "later"):
        return "DURATION", duration_value(n, u), None
    if n is None or base is None or not float(n).is_integer() or u in _CLOCK_UNITS:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    k = int(n)
    if u in ("decade", "century"):
        u, k = "year", k * (10 if u == "decade" else 100)
    if u == "year" and k == 1 and ctx.quarter_value:  # results "a year ago": the same quarter a year back
        return "DATE", year_back(ctx.quarter_value), "anchor"
    return "DATE", shift(base, u, sign * k), "publication" if from_pub else "anchor"


def in_n(g: dict, ctx: Context) -> Result | None:
    """ "in two weeks": a date in a future clause, else a duration; "within a year" is a duration."""
    n = parse_number(g["n"])
    u = unit_key(g["u"])
    dated = g["p"].lower() == "in" and ctx.tense in ("future", "progressive") and u not in _CLOCK_UNITS
    if dated and n is not None and ctx.pub and float(n).is_integer():
        return "DATE", shift(ctx.pub, u, int(n)), "publication"
    return "DURATION", duration_value(n, u), None


def day_anchor(g: dict, ctx: Context) -> Result | None:
    """ "the same day", "the next morning", "that week", "the day before": relative to the anchor date."""
    rel, u = squash(g["rel"]), g["u"].lower()
    after = (g.get("after") or "").strip().lower()
    if rel == "the" and not after and not g.get("lat"):
        late_in = re.search(r"\b(?:late|later|early|earlier)\s+in\s*$", ctx.prefix)
        if u != "day" or (ctx.prev_word not in DAY_END_CUES and not late_in):
            return None
    d = ctx.anchor or ctx.pub
    off = {"before": -1, "after": 1}.get(after, DAY_ANCHOR_OFFSETS.get(rel, 0))
    coarse = _coarse_anchor(ctx) if off == 0 and rel != "the" else None
    if coarse is not None:  # "killed last October ... that day": a day of that month, not a known day
        if u == "week":
            return "DATE", f"{coarse[:4]}-WXX", "anchor"
        day = f"{coarse}-XX" if len(coarse) == 7 else f"{coarse}-XX-XX"
        return ("DATE", day, "anchor") if u == "day" else ("TIME", f"{day}T{PARTS_OF_DAY[u]}", "anchor")
    if u in ("morning", "evening", "night"):
        if rel == "the":
            return None
        if d is None:
            return "TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", None
        return "TIME", f"{(d + dt.timedelta(days=off)).isoformat()}T{PARTS_OF_DAY[u]}", "anchor"
    if d is None:
        return "DATE", "XXXX-XX-XX", None
    return "DATE", shift(d, u, off), "anchor"


def _coarse_anchor(ctx: Context) -> str | None:
    """The last calendar value before the expression when it is a month or a year ("1998-10", "1997") that does
    not hold the last day mentioned (``ctx.anchor``): "that day" then is an unknown day of it."""
    m = _MONTH_OR_YEAR.match(ctx.anchor_value or "")
    if m is None:
        return None
    a = ctx.anchor
    if a is not None and a.year == int(m[1]) and (m[2] is None or a.month == int(m[2])):
        return None
    return m[0]


def nth_day(g: dict, ctx: Context) -> Result:
    """ "for a second consecutive day", "the eighth day of the strike", "fourth week in a row": the day (week) the
    text is at (its last date before, else publication)."""
    d, u = ctx.anchor or ctx.pub, g["u"].lower()
    if d is None:
        return "DATE", "XXXX-XX-XX" if u == "day" else "XXXX-WXX", None
    return "DATE", shift(d, u, 0), "anchor"


_VALUE_YEAR = re.compile(r"^(\d{4})(.*)$")


def same_period(g: dict, ctx: Context) -> Result | None:
    """ "the same month a year ago", "the same period last year" (the last value a year back), "the entire year"."""
    v = ctx.anchor_value or ""
    m = _VALUE_YEAR.match(v)
    if g.get("whole"):
        return ("DATE", m[1], "anchor") if m else None
    if not m or "_" in v:
        return "DATE", "PAST_REF", None
    rest = m[2]
    if re.match(r"^-W\d\d", rest):  # same ISO week number a year back
        keep = rest[:4]
    elif re.match(r"^-\d\d-\d\d", rest):
        keep = rest[:6]
    else:
        keep = rest[:3] if rest.startswith("-") else ""
    return "DATE", f"{int(m[1]) - 1}{keep}", "anchor"


HANDLERS = {
    "weekday": weekday,
    "relday": relday,
    "pod": pod,
    "relunit": relunit,
    "unit_post": unit_post,
    "weekday_anchor": weekday_anchor,
    "day_next_to": day_next_to,
    "that_time": that_time,
    "ago": ago,
    "in_n": in_n,
    "day_anchor": day_anchor,
    "nth_day": nth_day,
    "same_period": same_period,
}

"""TIMEX3 normalisation: one handler per finder family, resolved against the publication date and tense.

Conventions (TimeML / TempEval-3): weekdays, months and day-months without a year take the occurrence that fits
the sentence's tense (past: the latest one not after publication; future: the first one not before it);
"last/this/next <unit>" shift the publication date's unit; "N units ago" keeps the unit's granularity
("a week ago" is a week, "three months ago" a month); durations are ``P<n><unit>`` (``PT`` for clock units, X for
vague numbers); sets are ``P1Y`` etc.; PRESENT_REF / PAST_REF / FUTURE_REF for "now", "recently", "soon".
When the publication date is unknown, relative expressions stay unresolved (X placeholders or *_REF values).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .intervals import add_months, easter, iso_week, nth_weekday
from .lexicon import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTHS,
    NTH_WEEKDAY_HOLIDAYS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)

__all__ = ["Context", "normalize", "Result", "parse_number", "duration_value", "shift", "weekday_date", "year_for"]

_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UTC = {"utc", "gmt", "z"}
_DAY_END_VERBS = frozenset(
    "end ended ending ends finish finished finishing close closed closing start started "
    "starting for of during throughout".split()
)
#: prepositions before "that time" when it points back at a date ("by that time", "at that time")
_THAT_TIME_PREPS = frozenset("by at until till since before after from around".split())
_PREV_MAY = frozenset(
    "in since until till by of during from through to between and before after early late mid last next this on".split()
)


@dataclass
class Context:
    pub: dt.date | None  #: publication date (UTC), None when unknown
    tense: str | None = None  #: past, future, present, progressive or None
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


#: (type, value, anchor kind) where anchor kind is "absolute", "publication", "anchor" or None
Result = tuple[str, str, str | None]


# ----------------------------------------------------------------------------- helpers


def parse_number(s: str):
    """Number words and digits -> float; vague quantities -> None (X in the value)."""
    s = s.lower().strip().replace("-", " ")
    half = 0.0
    if s.endswith(" and a half"):
        half, s = 0.5, s[: -len(" and a half")].strip()
    if s in VAGUE_NUMBERS or s in ("several", "few", "some", "many"):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) + half
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s] + half
    parts = s.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in NUMBER_WORDS:
        return _TENS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    if s in ("single", "a single"):
        return 1.0
    return None


def _fmt(n) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def unit_key(u: str) -> str:
    u = re.sub(r"\s+", " ", u.lower().strip())
    if u.endswith("centuries"):
        return u[:-3] + "y"
    return u[:-1] if u.endswith("s") else u


def duration_value(n, unit: str) -> str:
    u = unit_key(unit)
    if u == "decade":
        return "PXDE" if n is None else f"P{_fmt(n * 10)}Y"
    if u == "century":
        return "PXCE" if n is None else f"P{_fmt(n * 100)}Y"
    if u == "fortnight":
        return "PXW" if n is None else f"P{_fmt(n * 2)}W"
    code, clock, _ = UNITS.get(u, ("D", False, "day"))
    return f"P{'T' if clock else ''}{_fmt(n)}{code}"


def shift(d: dt.date, unit: str, n: int) -> str | None:
    """The value of the ``unit`` containing ``d`` moved by ``n`` units (granularity of the unit)."""
    u = unit_key(unit)
    if u in ("day", "night", "trading day", "business day", "working day"):
        return (d + dt.timedelta(days=n)).isoformat()
    if u in ("week", "fortnight"):
        y, w = iso_week(d + dt.timedelta(weeks=n * (2 if u == "fortnight" else 1)))
        return f"{y}-W{w:02d}"
    if u == "weekend":
        y, w = iso_week(d + dt.timedelta(weeks=n))
        return f"{y}-W{w:02d}-WE"
    if u == "month":
        y, m = add_months(d.year, d.month, n)
        return f"{y}-{m:02d}"
    if u == "quarter":
        k = d.year * 4 + (d.month - 1) // 3 + n
        return f"{k // 4}-Q{k % 4 + 1}"
    if u == "year":
        return str(d.year + n)
    if u == "decade":
        return str(d.year // 10 + n)
    if u == "century":
        return str(d.year // 100 + n)
    return None


def weekday_date(pub: dt.date, wd: int, direction: str) -> dt.date:
    """Occurrence of ISO weekday ``wd`` around ``pub``: past (<= pub), future (>= pub), last (<), next (>)."""
    back = (pub.isoweekday() - wd) % 7
    fwd = (wd - pub.isoweekday()) % 7
    if direction == "last":
        return pub - dt.timedelta(days=back or 7)
    if direction == "next":
        return pub + dt.timedelta(days=fwd or 7)
    if direction == "future":
        return pub + dt.timedelta(days=fwd)
    if direction == "nearest":
        return pub + dt.timedelta(days=fwd) if fwd < back else pub - dt.timedelta(days=back)
    return pub - dt.timedelta(days=back)


def _direction(tense: str | None) -> str:
    if tense in ("nearest", "present_simple"):
        return "nearest"
    return "future" if tense in ("future", "progressive") else "past"


def year_for(pub: dt.date, month: int, day: int | None, tense: str | None) -> int:
    """Year of a month (and day) given without one: the occurrence that fits the tense."""
    y = pub.year
    day_ = day or 1
    try:
        cand = dt.date(y, month, min(day_, calendar.monthrange(y, month)[1]))
    except ValueError:
        return y
    if tense == "past":
        limit = pub + dt.timedelta(days=45 if day else 0)
        if cand > limit and (day or month > pub.month):
            return y - 1
        return y
    if tense in ("future", "progressive"):
        limit = pub - dt.timedelta(days=14 if day else 0)
        if cand < limit and (day or month < pub.month):
            return y + 1
        return y
    diff = (cand - pub).days
    if diff > 183:
        return y - 1
    if diff < -183:
        return y + 1
    return y


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y if y else 2000, m)[1]


# ----------------------------------------------------------------------------- handlers


def _time(g: dict, ctx: Context, date: dt.date | None) -> Result | None:
    h = int(g["h"]) if g["h"].isdigit() else int(parse_number(g["h"]) or 0)
    mi = int(g.get("m") or 0)
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    pod = g.get("pod")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    elif pod in ("afternoon", "evening") and h < 12:
        h += 12
    if h > 24 or (not ap and not g.get("m") and not g.get("tz") and "o'clock" not in ctx.text.lower()):
        return None
    tz = (g.get("tz") or "").lower()
    if tz in ("hrs", "hours") and not g.get("m"):
        return None
    if g.get("wd") or g.get("wd1"):
        wd = WEEKDAYS[(g.get("wd") or g.get("wd1")).lower()]
        date = weekday_date(ctx.pub, wd, _direction(ctx.tense)) if ctx.pub else None
    elif g.get("rel"):
        date = _relday_date(g["rel"].lower(), ctx.pub)
    day = date.isoformat() if date else "XXXX-XX-XX"
    return "TIME", f"{day}T{h:02d}:{mi:02d}{'Z' if tz in _UTC else ''}", "anchor"


def _relday_date(w: str, pub: dt.date | None) -> dt.date | None:
    if pub is None:
        return None
    return pub + dt.timedelta(days={"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[w])


def handle(family: str, g: dict, ctx: Context) -> Result | None:
    pub = ctx.pub
    if family == "time":
        return _time(g, ctx, ctx.anchor or pub)
    if family == "time_word":
        d = ctx.anchor or pub
        hm = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["w"].lower()]
        return "TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{hm}", "anchor"

    if family in ("date_mdy", "date_dmy", "date_num"):
        m = g["m"]
        month = int(m) if m.isdigit() else MONTHS.get(m.lower().rstrip("."))
        day = int(g["d"])
        if not month:
            return None
        if g.get("y"):
            y = int(g["y"])
            if y < 100:
                y += 1900 if y > 50 else 2000
            if not _valid(y, month, day):
                return None
            return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "absolute"
        if not _valid(0, month, day):
            return None
        if family == "date_num":
            return None
        if pub is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None
        y = year_for(pub, month, day, ctx.tense)
        if not _valid(y, month, day):
            return None
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", "publication"

    if family == "month_year":
        return "DATE", f"{int(g['y']):04d}-{MONTHS[g['m'].lower().rstrip('.')]:02d}", "absolute"
    if family == "month_rel":
        month = MONTHS[g["m"].lower().rstrip(".")]
        if pub is None:
            return "DATE", f"XXXX-{month:02d}", None
        rel = g["rel"].lower()
        y = pub.year + {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}.get(rel, 0)
        return "DATE", f"{y}-{month:02d}", "publication"
    if family == "month":
        return _month(g, ctx)
    if family == "season":
        return _season(g, ctx)
    if family == "quarter":
        return _quarter(g, ctx)
    if family == "half":
        y = (
            int(g["y"])
            if g.get("y")
            else (pub.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0) if pub else None)
        )
        h = 1 if g["h"].lower() == "first" else 2
        return "DATE", f"{y if y else 'XXXX'}-H{h}", "absolute" if g.get("y") else "publication"
    if family == "decade":
        if g.get("dec"):
            return "DATE", g["dec"][:3], "absolute"
        if ctx.prev_word in ("his", "her", "their", "its", "my", "your", "our", "mid") or (
            ctx.prev_word not in ("the", "and", "of", "in", "early", "late", "mid", "since", "from", "to")
            and "'" not in ctx.text
            and "’" not in ctx.text
            and not ctx.text.lower().startswith("the")
        ):
            return None
        dd = int(g["dd"])
        return "DATE", f"19{dd // 10}", "absolute"
    if family == "century":
        if g.get("c"):
            n = int(g["c"])
        else:
            n = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}[g["cw"].lower()]
        return "DATE", f"{n - 1:02d}", "absolute"
    if family == "year":
        y = int(g["y"])
        if y < 1900 and ctx.prev_word not in ("in", "since", "of", "from", "until", "by", "before", "after", "circa"):
            return None
        return "DATE", str(y), "absolute"
    if family == "year_short":
        if ctx.prev_word not in ("since", "in", "of", "from", "until", "to", "by", "the", "class", "and", "-", "–"):
            return None
        yy = int(g["yy"])
        cut = (pub.year % 100 + 5) if pub else 30
        return "DATE", f"{19 if yy > cut else 20}{yy:02d}", "absolute"
    if family == "weekday":
        return _weekday(g, ctx)
    if family == "relday":
        if g.get("dir"):
            if pub is None:
                return "DATE", "PAST_REF" if "yesterday" in g["dir"] else "FUTURE_REF", None
            n = -2 if "yesterday" in g["dir"] else 2
            return "DATE", (pub + dt.timedelta(days=n)).isoformat(), "publication"
        w = g["w"].lower()
        if (
            g["w"][0].isupper()
            and re.search(r"[A-Za-z]\s*$", ctx.prefix)
            and ctx.prefix.rstrip()[-1:].isalpha()
            and re.search(r"[A-Z][\w.]*\s*$", ctx.raw_prefix)
        ):
            return None
        if pub is None:
            return (
                "DATE",
                {"today": "PRESENT_REF", "tonight": "PRESENT_REF", "yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}[
                    w
                ],
                None,
            )
        d = _relday_date(w, pub).isoformat()
        pod = g.get("pod") or ("night" if w == "tonight" else None)
        if pod:
            return "TIME", f"{d}T{PARTS_OF_DAY[pod.lower()]}", "publication"
        return "DATE", d, "publication"
    if family == "pod":
        if (g.get("pod") or "x")[0].isupper():
            return None
        pod = PARTS_OF_DAY[(g.get("pod") or g.get("ov")).lower()]
        rel = (g.get("rel") or "").lower()
        if rel:
            if pub is None:
                return "TIME", f"XXXX-XX-XXT{pod}", None
            d = pub + dt.timedelta(days={"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel])
            return "TIME", f"{d.isoformat()}T{pod}", "publication"
        d = ctx.anchor or pub
        return "TIME", f"{d.isoformat() if d else 'XXXX-XX-XX'}T{pod}", "anchor"
    if family == "relunit":
        return _relunit(g, ctx)
    if family == "unit_post":  # "the year previous" = "the previous year", "the week after" = "the following week"
        post = g["post"].lower()
        return _relunit({"rel": "the following" if post in ("after", "later") else "the previous", "u": g["u"]}, ctx)
    if family == "that_time":  # "by that time": the last calendar value mentioned before, when there is one
        if ctx.prev_word not in _THAT_TIME_PREPS or not ctx.anchor_value:
            return None
        return ("TIME" if "T" in ctx.anchor_value else "DATE"), ctx.anchor_value, "anchor"
    if family == "range_first":  # "between 60 and 90 days": the first number takes the second one's unit
        if ctx.prev_word in ("aged", "age", "ages") or re.search(
            r"\b(?:aged|ages?)\s+(?:of\s+)?between\s*$", ctx.prefix
        ):
            return None
        n = parse_number(g["n"])
        if n is None:
            return None
        return "DURATION", duration_value(n, g["u"]), None
    if family == "ago":
        return _ago(g, ctx)
    if family == "in_n":
        n = parse_number(g["n"])
        if (
            g["p"].lower() == "in"
            and ctx.tense in ("future", "progressive")
            and n is not None
            and pub
            and float(n).is_integer()
            and unit_key(g["u"]) not in ("hour", "minute", "second")
        ):
            return "DATE", shift(pub, g["u"], int(n)), "publication"
        return "DURATION", duration_value(n, g["u"]), None
    if family == "duration":
        return _duration(g, ctx)
    if family == "duration_adj":
        if g.get("vague"):
            return "DURATION", duration_value(None, g["vague"]), None
        n = 1.0 if g["n"].lower() == "single" else (None if g["n"].lower() == "multi" else parse_number(g["n"]))
        if n is None and g["n"].lower() != "multi":
            return None
        return "DURATION", duration_value(n, g["u"]), None
    if family == "duration_bare":
        return "DURATION", duration_value(None, g["u"]), None
    if family == "set":
        return _set(g, ctx)
    if family == "holiday":
        return _holiday(g, ctx)
    if family == "day_anchor":
        return _day_anchor(g, ctx)
    if family == "same_period":
        return _same_period(g, ctx)
    if family == "ref":
        if ctx.next_word.startswith("-"):
            return None
        if g.get("present"):
            if g["present"].lower() == "now" and ctx.next_word in ("-",):
                return None
            return "DATE", "PRESENT_REF", None
        if g.get("past"):
            return "DATE", "PAST_REF", None
        w = g["future"].lower()
        if w in ("soon", "shortly") and (
            ctx.prev_word == "as" or ctx.next_word in ("after", "before", "as") or ctx.tense == "past"
        ):
            return None
        return "DATE", "FUTURE_REF", None
    if family == "ref_adv":
        w = g["w"].lower()
        if ctx.next_word in ("than", "that", "this", "-"):
            return None
        if w in ("earlier", "later"):
            if ctx.tag not in ("RB", "RBR") or ctx.next_pos in ("NOUN", "PROPN", "ADJ", "NUM"):
                return None
            return "DATE", "PAST_REF" if w == "earlier" else "FUTURE_REF", None
        if w == "recent" and ctx.tag in ("JJ",) and ctx.prev_word not in ("most", "more"):
            return "DATE", "PAST_REF", None
        if (
            w == "current"
            and ctx.tag == "JJ"
            and ctx.prev_word == "the"
            and not ctx.next_word[:1].isupper()
            and ctx.next_pos in ("NOUN", "ADJ", "VERB")
        ):
            return "DATE", "PRESENT_REF", None
        return None
    return None


def _month(g: dict, ctx: Context) -> Result | None:
    name = g["m"]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower().strip())
    if name in ("May", "March", "August", "June", "April") and not rel and ctx.prev_word not in _PREV_MAY:
        return None
    if (
        not rel
        and name in ("May", "August", "June", "April")
        and ctx.next_pos == "PROPN"
        and ctx.next_word[:1].isupper()
    ):
        return None
    month = MONTHS[name.lower()]
    pub = ctx.pub
    if pub is None:
        return "DATE", f"XXXX-{month:02d}", None
    if rel in ("last", "this past"):
        y = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "this coming"):
        y = pub.year if month > pub.month else pub.year + 1
    elif rel.endswith("this") or rel == "this":
        y = pub.year
    else:
        y = year_for(pub, month, None, ctx.tense)
    return "DATE", f"{y}-{month:02d}", "publication"


def _season(g: dict, ctx: Context) -> Result | None:
    s = g["s"].lower()
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    if (
        s == "fall"
        and not g.get("y")
        and rel not in ("last", "next", "this", "this past", "this coming", "early", "late")
    ):
        if not (rel == "the" and ctx.prev_word in ("in", "during", "by", "until", "this", "next", "last")):
            return None
    code = SEASONS[s]
    if g.get("y"):
        return "DATE", f"{g['y']}-{code}", "absolute"
    pub = ctx.pub
    if pub is None:
        return "DATE", f"XXXX-{code}", None
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    y = pub.year
    if rel in ("last", "this past"):
        y = y if pub.month >= start + 3 else y - 1
    elif rel in ("next", "this coming"):
        y = y if pub.month < start else y + 1
    elif ctx.tense == "past" and pub.month < start and code != "WI":
        y -= 1
    return "DATE", f"{y}-{code}", "publication"


def _quarter(g: dict, ctx: Context) -> Result | None:
    pub = ctx.pub
    if g.get("qq"):
        n = int(g["qq"][1])
    else:
        q = g["q"].lower()
        n = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(q) or ORDINALS.get(q)
        if n == -1:  # "the last quarter": the previous one
            if g.get("y") or g.get("rel"):
                n = 4
            else:
                if pub is None:
                    return "DATE", "PAST_REF", None
                return "DATE", shift(pub, "quarter", -1), "publication"
    if g.get("y"):
        return "DATE", f"{g['y']}-Q{n}", "absolute"
    if pub is None:
        return "DATE", f"XXXX-Q{n}", None
    rel = (g.get("rel") or "").lower()
    cur = (pub.month - 1) // 3 + 1
    if rel in ("last", "next"):
        y = pub.year + (-1 if rel == "last" else 1)
    elif rel in ("this", "the"):
        y = pub.year
    elif ctx.tense == "past" and n > cur and (cur == 1 or n - cur >= 2):
        y = pub.year - 1
    elif ctx.tense in ("future", "progressive") and n < cur:
        y = pub.year + 1
    else:
        y = pub.year
    return "DATE", f"{y}-Q{n}", "publication"


def _weekday(g: dict, ctx: Context) -> Result | None:
    wd = WEEKDAYS[g["wd"].lower()]
    if g.get("pl"):
        return "SET", f"XXXX-WXX-{wd}", None
    pub = ctx.pub
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    pod = g.get("pod")
    if pub is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[pod.lower()]}" if pod else ""), None
    if rel in ("last", "past", "this past"):
        d = weekday_date(pub, wd, "last")
    elif rel in ("next", "coming", "this coming"):
        d = weekday_date(pub, wd, "next")
    else:
        d = weekday_date(pub, wd, _direction(ctx.tense))
    if pod:
        return "TIME", f"{d.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", "publication"
    return "DATE", d.isoformat(), "publication"


_REL_OFFSET = {
    "this": 0,
    "the current": 0,
    "last": -1,
    "the previous": -1,
    "the last": -1,
    "this past": -1,
    "next": 1,
    "the following": 1,
    "the coming": 1,
    "this coming": 1,
}


def _relunit(g: dict, ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    u = g["u"].lower()
    pub = ctx.pub
    if rel in ("that", "the same", "the following", "the previous") and u != "weekend":
        d = ctx.anchor_any or ctx.anchor
        if d is None:
            if rel in ("that", "the same"):
                return None
        else:
            return "DATE", shift(d, u, {"the following": 1, "the previous": -1}.get(rel, 0)), "anchor"
    if u == "weekend":
        if rel not in (
            "the",
            "this",
            "over the",
            "last",
            "next",
            "this past",
            "this coming",
            "the coming",
            "the following",
            "the last",
            "the previous",
        ):
            return None
        if pub is None:
            return "DATE", "XXXX-WXX-WE", None
        off = _REL_OFFSET.get(rel, 0)
        sat = weekday_date(
            pub, 6, "future" if (off > 0 or (off == 0 and ctx.tense in ("future", "progressive"))) else "past"
        )
        if pub.isoweekday() >= 6 and off < 0:
            sat -= dt.timedelta(days=7)
        return "DATE", shift(sat, "weekend", 0), "publication"
    if rel in ("the", "over the"):
        return None
    if u == "decade" and rel in ("the last", "the past", "this past"):
        return "DURATION", "P10Y", None
    if rel == "the past":
        return "DURATION", duration_value(1, u), None
    if rel.split()[-1] in ("this", "last", "next") and len(rel.split()) > 1:
        off = {"this": 0, "last": -1, "next": 1}[rel.split()[-1]]
    elif rel.endswith(" the"):
        off = 0
    else:
        off = _REL_OFFSET.get(rel)
        if off is None:
            return None
    if pub is None:
        return "DATE", "PAST_REF" if off < 0 else ("FUTURE_REF" if off > 0 else "PRESENT_REF"), None
    return "DATE", shift(pub, u, off), "publication"


def _ago(g: dict, ctx: Context) -> Result | None:
    n = parse_number(g["n"])
    direction = g["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    u = unit_key(g["u"])
    base = ctx.pub if direction in ("ago", "from now", "hence") else (ctx.anchor_any or ctx.anchor or ctx.pub)
    kind = "publication" if direction in ("ago", "from now", "hence") else "anchor"
    if u in ("hour", "minute", "second") and direction in ("earlier", "later"):
        return "DURATION", duration_value(n, u), None
    if n is None or base is None or not float(n).is_integer() or u in ("hour", "minute", "second"):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None
    n = int(n)
    if u in ("decade", "century"):
        u, n = "year", n * (10 if u == "decade" else 100)
    return "DATE", shift(base, u, sign * n), kind


def _duration(g: dict, ctx: Context) -> Result | None:
    n_text = g["n"].lower()
    u = unit_key(g["u"])
    n = parse_number(n_text)
    if n_text in ("a", "an") and u == "second" and ctx.next_pos in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None
    if n_text in ("a", "an") and u == "quarter":
        return None
    if ctx.prev_word in ("aged", "age", "ages") or (n_text in ("a", "an") and u == "day" and ctx.next_word == "of"):
        return None
    if n_text in ("a", "an", "one") and (
        ctx.prev_word in ("once", "twice", "thrice", "times", "per", "%")
        or re.fullmatch(r"[\d.,]+%?", ctx.prev_word or "-")
    ):
        return "SET", duration_value(1, u), None
    if n is None and n_text not in VAGUE_NUMBERS and n_text not in ("several", "few", "some", "many"):
        return None
    if n_text in ("some", "many", "few") and u in ("day",) and not g.get("pre"):
        return None
    return "DURATION", duration_value(n, u), None


def _set(g: dict, ctx: Context) -> Result | None:
    if g.get("wd") or g.get("wd2"):
        return "SET", f"XXXX-WXX-{WEEKDAYS[(g.get('wd') or g['wd2']).lower()]}", None
    if g.get("w"):
        if g["w"][0].isupper():
            return None
        w = g["w"].lower()
        val = {
            "annually": "P1Y",
            "annual": "P1Y",
            "yearly": "P1Y",
            "biannual": "P6M",
            "biennial": "P2Y",
            "quarterly": "P3M",
            "monthly": "P1M",
            "weekly": "P1W",
            "daily": "P1D",
            "nightly": "P1D",
            "hourly": "PT1H",
        }[w]
        return "SET", val, None
    n = parse_number(g["n"]) if g.get("n") else 1
    return "SET", duration_value(n, g["u"]), None


def _holiday(g: dict, ctx: Context) -> Result | None:
    if not g.get("y") and ctx.next_word[:1].isupper() and ctx.next_pos == "PROPN":
        return None
    name = re.sub(r"\s+", " ", re.sub(r",?\s*\d{4}$", "", ctx.text)).lower().replace("’", "'")
    pub = ctx.pub
    y = int(g["y"]) if g.get("y") else None
    if name in FIXED_HOLIDAYS:
        m, d = FIXED_HOLIDAYS[name]
        if y is None:
            if pub is None:
                return "DATE", f"XXXX-{m:02d}-{d:02d}", None
            y = year_for(pub, m, d, ctx.tense)
        return "DATE", f"{y}-{m:02d}-{d:02d}", "absolute" if g.get("y") else "publication"
    if pub is None and y is None:
        return None
    y0 = y or pub.year
    if name in NTH_WEEKDAY_HOLIDAYS:
        m, wd, n = NTH_WEEKDAY_HOLIDAYS[name]
        day = nth_weekday(y0, m, wd, n)
    elif name in EASTER_HOLIDAYS:
        day = easter(y0) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    else:
        return None
    if y is None:
        y1 = year_for(pub, day.month, day.day, ctx.tense)
        if y1 != y0:
            return _holiday(dict(g, y=str(y1)), ctx)
    return "DATE", day.isoformat(), "absolute" if g.get("y") else "publication"


def _day_anchor(g: dict, ctx: Context) -> Result | None:
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    u = g["u"].lower()
    after = (g.get("after") or "").strip().lower()
    if rel == "the" and not after and not g.get("lat"):
        if u != "day" or (
            ctx.prev_word not in _DAY_END_VERBS
            and not re.search(r"\b(?:late|later|early|earlier)\s+in\s*$", ctx.prefix)
        ):
            return None
    d = ctx.anchor or ctx.pub
    off = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}.get(rel, 0)
    if after == "before":
        off = -1
    elif after == "after":
        off = 1
    if u in ("morning", "evening", "night"):
        if rel == "the":
            return None
        if d is None:
            return "TIME", f"XXXX-XX-XXT{PARTS_OF_DAY[u]}", None
        return "TIME", f"{(d + dt.timedelta(days=off)).isoformat()}T{PARTS_OF_DAY[u]}", "anchor"
    if d is None:
        return "DATE", "XXXX-XX-XX", None
    return "DATE", shift(d, u, off), "anchor"


_VALUE_YEAR = re.compile(r"^(\d{4})(.*)$")


def _same_period(g: dict, ctx: Context) -> Result | None:
    """ "the same month a year ago", "the same period last year" (the last value a year back), "the entire year"."""
    v = ctx.anchor_value
    if g.get("whole"):
        if v and _VALUE_YEAR.match(v):
            return "DATE", v[:4], "anchor"
        return None
    if not v or not _VALUE_YEAR.match(v) or "_" in v:
        return "DATE", "PAST_REF", None
    m = _VALUE_YEAR.match(v)
    rest = m[2]
    if re.match(r"^-W\d\d", rest):  # same ISO week number a year back
        return "DATE", f"{int(m[1]) - 1}{rest[:4]}", "anchor"
    if re.match(r"^-\d\d-\d\d", rest):
        return "DATE", f"{int(m[1]) - 1}{rest[:6]}", "anchor"
    return "DATE", f"{int(m[1]) - 1}{rest[:3] if rest.startswith('-') else ''}", "anchor"


_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“(])\b[A-Z][\w.'’&-]*\s+$")
#: families whose words (Now, Today, Spring, Daily, Morning) also occur inside names and titles
_NAME_PRONE = frozenset({"ref", "relday", "season", "set", "pod", "holiday", "ref_adv"})


def _inside_name(ctx: Context) -> bool:
    """A capitalised expression right after a capitalised word mid-sentence: "USA Today", "Operation Peace
    Spring", "Enlighten Now"."""
    if not ctx.text[:1].isupper() or ctx.raw_prefix.rstrip()[-1:] in (".", "!", "?", ":", ";", '"', "“", "(", ""):
        return False
    m = _NAME_BEFORE.search(ctx.raw_prefix)
    if not m:
        return False
    before = ctx.raw_prefix[: m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:;"“(\n'


def normalize(family: str, groups: dict, ctx: Context) -> Result | None:
    """Normalise one candidate; ``None`` when it is not a time expression after all."""
    if family in _NAME_PRONE and _inside_name(ctx):
        return None
    try:
        return handle(family, groups, ctx)
    except (KeyError, ValueError, TypeError, OverflowError):
        return None

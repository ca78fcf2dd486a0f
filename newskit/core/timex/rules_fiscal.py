"""Handlers for the periods of financial reports and for spoken years.

"the latest quarter", "the year-ago period", "year-earlier", "the 1988 third quarter", "this year's first
quarter", "fiscal 1989" refer to the reporting period: the last quarter mentioned before (``ctx.quarter_value``),
else the last quarter ended before publication. "nineteen ninety-six" and "the year two thousand" are years
written as spoken (broadcast transcripts). See :mod:`~newskit.core.timex.rules_calendar` for the contract.
"""

from __future__ import annotations

from .lexicon import DIGIT_ORDINALS, MONTHS, ONES, ORDINALS, SPOKEN_CENTURIES, TENS, YEAR_RELS
from .values import Context, Result, shift, squash

__all__ = ["HANDLERS", "year_back"]


def year_back(value: str) -> str:
    """The same period one year earlier ("1989-Q3" -> "1988-Q3")."""
    return f"{int(value[:4]) - 1}{value[4:]}"


def _quarter_n(g: dict) -> int | None:
    q = (g.get("q") or "").lower()
    return DIGIT_ORDINALS.get(q) or ORDINALS.get(q) if q else None


def _latest(u: str, ctx: Context) -> Result | None:
    if not u:
        return None
    if ctx.quarter_value:
        return "DATE", ctx.quarter_value, "anchor"
    return ("DATE", shift(ctx.pub, "quarter", -1), "publication") if ctx.pub else None


def _year_ago(n: int | None, ctx: Context) -> Result:
    base = f"{ctx.pub.year}-Q{n}" if n and ctx.pub else ctx.quarter_value
    if base:
        return "DATE", year_back(base), "anchor"
    return ("DATE", str(ctx.pub.year - 1), "publication") if ctx.pub else ("DATE", "PAST_REF", None)


def fiscal(g: dict, ctx: Context) -> Result | None:
    """A reporting period: latest, a year back, of a named year, or a fiscal year."""
    if g.get("fy"):
        return "DATE", g["fy"], "absolute"
    n, u = _quarter_n(g), squash(g.get("u"))
    adj = squash(g.get("adj"))
    if adj in ("latest", "most recent"):
        return _latest(u, ctx)
    if adj:
        return _year_ago(n, ctx)
    if g.get("y"):
        y, kind = int(g["y"]), "absolute"
    elif ctx.pub is not None:
        y, kind = ctx.pub.year + YEAR_RELS[squash(g["rel"])], "publication"
    else:
        return None
    if n:
        return "DATE", f"{y}-Q{n}", kind
    return ("DATE", f"{y}{ctx.quarter_value[4:]}", "anchor") if ctx.quarter_value else ("DATE", str(y), kind)


def spoken_year(g: dict, ctx: Context) -> Result:
    """ "nineteen ninety-six" = 1996, "the year two thousand" = 2000, "January nineteen ninety-seven" = 1997-01."""
    ones = ONES.get((g.get("o") or "").lower(), 0)
    if g.get("c"):
        y = SPOKEN_CENTURIES[g["c"].lower()] * 100 + TENS[g["t"].lower()] + ones
    else:
        y = 2000 + ones
    if g.get("m"):
        return "DATE", f"{y}-{MONTHS[g['m'].lower()]:02d}", "absolute"
    return "DATE", str(y), "absolute"


HANDLERS = {"fiscal": fiscal, "spoken_year": spoken_year}

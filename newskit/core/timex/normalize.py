"""TIMEX3 normalisation: a table of handlers, one small function per finder family.

Conventions (TimeML / TempEval-3): weekdays, months and day-months without a year take the occurrence that fits
the sentence's tense (past: the latest one not after publication; future: the first one not before it);
"last/this/next <unit>" shift the publication date's unit; "N units ago" keeps the unit's granularity
("a week ago" is a week, "three months ago" a month); durations are ``P<n><unit>`` (``PT`` for clock units, X for
vague numbers); sets are ``P1Y`` etc.; PRESENT_REF / PAST_REF / FUTURE_REF for "now", "recently", "soon".
When the publication date is unknown, relative expressions stay unresolved (X placeholders or *_REF values).

Exceptions inside a handler are never swallowed: a bug raises (in tests) and :func:`newskit.analyze` turns it
into the article's error row, so it cannot hide as a missing time expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import rules_calendar, rules_fiscal, rules_relative, rules_spans
from .lexicon import NAME_PRONE_FAMILIES, UNIT_NOUNS
from .values import Context, Result, duration_value, parse_number, shift, weekday_date, year_for

__all__ = ["Context", "normalize", "Result", "HANDLERS", "parse_number", "duration_value", "shift"]
__all__ += ["weekday_date", "year_for"]

#: finder family -> handler ``(groups, context) -> Result | None``
HANDLERS: dict[str, Callable[[dict, Context], Result | None]] = {
    **rules_calendar.HANDLERS,
    **rules_fiscal.HANDLERS,
    **rules_relative.HANDLERS,
    **rules_spans.HANDLERS,
}

#: families whose unit word is a common noun ("this week", "the next morning"); holidays keep their capitals
_UNIT_FAMILIES = frozenset({"relunit", "day_anchor", "unit_post", "pod", "same_period", "duration"})
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“(])\b[A-Z][\w.'’&-]*\s+$")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][a-z]")
_SENTENCE_OPENERS = (".", "!", "?", ":", ";", '"', "“", "(", "")


def _inside_name(ctx: Context) -> bool:
    """A capitalised expression right after a capitalised word mid-sentence: "USA Today", "Operation Peace
    Spring", "Enlighten Now"."""
    if not ctx.text[:1].isupper() or ctx.raw_prefix.rstrip()[-1:] in _SENTENCE_OPENERS:
        return False
    m = _NAME_BEFORE.search(ctx.raw_prefix)
    if not m:
        return False
    before = ctx.raw_prefix[: m.start()].rstrip()
    return bool(before) and before[-1] not in '.!?:;"“(\n'


def _season_of_name(ctx: Context) -> bool:
    """A capitalised season before "of" and a capitalised word is a name ("the Summer of Love", "``Spring of
    Life'' demonstrations", "the Fall of Saigon"); in prose the season is lower-case ("the spring of 1992")."""
    last = ctx.text.split()[-1] if ctx.text.split() else ""
    return last[:1].isupper() and not last.isupper() and bool(_OF_NAME.match(ctx.raw_suffix))


def _titled_unit(text: str) -> bool:
    """ "This Week", "Next Year": a unit noun with a capital after another word is a title ("ABC's "This
    Week""), never prose, where the unit is lower-case even at the start of a sentence."""
    words = text.split()
    last = words[-1] if words else ""
    unit = last.lower()[:-1] if last.lower().endswith("s") else last.lower()  # "60 Minutes"
    return len(words) >= 2 and unit in UNIT_NOUNS and last[:1].isupper() and not last.isupper()


def normalize(family: str, groups: dict, ctx: Context) -> Result | None:
    """Normalise one candidate; ``None`` when it is not a time expression after all.

    Raises
    ------
    KeyError
        For a family no handler knows (a finder/normaliser mismatch is a bug, never a silent miss).
    """
    if family in NAME_PRONE_FAMILIES and _inside_name(ctx):
        return None
    if family in _UNIT_FAMILIES and _titled_unit(ctx.text):
        return None
    if family == "season" and _season_of_name(ctx):
        return None
    return HANDLERS[family](groups, ctx)

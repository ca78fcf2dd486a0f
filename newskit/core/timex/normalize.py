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
from .lexicon import NAME_PRONE_FAMILIES
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

_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“(])\b[A-Z][\w.'’&-]*\s+$")
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


def normalize(family: str, groups: dict, ctx: Context) -> Result | None:
    """Normalise one candidate; ``None`` when it is not a time expression after all.

    Raises
    ------
    KeyError
        For a family no handler knows (a finder/normaliser mismatch is a bug, never a silent miss).
    """
    if family in NAME_PRONE_FAMILIES and _inside_name(ctx):
        return None
    return HANDLERS[family](groups, ctx)

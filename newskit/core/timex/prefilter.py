"""Which pattern families cannot match a text, found without running them.

The finder runs every family's regex over the whole text; most families need a word that most articles never
use ("o'clock", "fiscal", a month name, "ago"). :func:`required_literals` reads a compiled pattern's syntax tree
once and returns strings of which every match must contain one; when the text contains none of them the
family is skipped. The test only ever skips a family that would have found nothing, so the candidates are
exactly those of running every pattern.

Texts are compared folded (:func:`fold`): lower case, with the four non-ASCII letters that Python's
case-insensitive matching equates with an ASCII letter mapped to it, so a case-insensitive match is always
found in the folded text. Only ASCII literals are used as requirements.

Examples
--------
>>> import re
>>> sorted(required_literals(re.compile(r"\\b(?:\\d+|a few)\\s+(?:days|weeks)\\s+ago\\b", re.I)))
['days', 'weeks']
>>> may_match(required_literals(re.compile(r"(?i:fiscal) (?:year|quarter)")), fold("The Fiscal year"))
True
>>> may_match(required_literals(re.compile(r"fiscal")), fold("Two weeks ago"))
False
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _parse  # type: ignore[no-redef]

__all__ = ["required_literals", "fold", "may_match"]

#: The non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (found by trying every code
#: point against ``[a-z]``; tests/core/timex/test_prefilter.py checks the table is complete).
_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})

_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT))


def fold(text: str) -> str:
    """``text`` as the requirements are compared with: lower case, ASCII look-alikes of case-insensitive
    matching mapped to their letter."""
    return text.translate(_ASCII_EQUIVALENTS).lower()


def may_match(required: frozenset[str] | None, folded: str) -> bool:
    """False only when ``folded`` (:func:`fold`) contains none of ``required`` (None: no requirement)."""
    return required is None or any(s in folded for s in required)


@cache
def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings, one of which is in every text ``pattern`` matches; None when none is known."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a syntax this reader does not know: no requirement (the pattern always runs)
        return None
    return _sequence(tree)


def _sequence(items) -> frozenset[str] | None:
    """Every element of a sequence must match: each literal run, and each element's own requirement, is one;
    the most selective (longest shortest string, then fewest strings) is kept."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and chr(av).isascii():
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run).lower()}))
            run = []
        need = _element(op, av)
        if need:
            options.append(need)
    if run:
        options.append(frozenset({"".join(run).lower()}))
    options = [o for o in options if all(o)]
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def _element(op, av) -> frozenset[str] | None:
    if op is _sre.BRANCH:  # one branch matches: the union of the branches' requirements, if each has one
        needs = [_sequence(branch) for branch in av[1]]
        return None if any(n is None for n in needs) else frozenset().union(*needs)  # type: ignore[arg-type]
    if op is _sre.SUBPATTERN:  # a group: (group, add_flags, del_flags, pattern)
        return _sequence(av[-1])
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op in _REPEATS and av[0] >= 1:  # (min, max, pattern): required only when it must occur
        return _sequence(av[2])
    if op is _sre.ASSERT:  # a lookahead or lookbehind: its text is in the text too
        return _sequence(av[1])
    return None  # classes, categories, anchors, negative assertions, back-references, optional parts

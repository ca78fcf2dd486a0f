"""Time expressions: finding, TIMEX3 normalisation against the publication date, calendar intervals.

Modules, one capability each:

- :mod:`~newskit.core.timex.lexicon`: every word list (months, weekdays, numbers, units, cue words), each with
  where its words come from;
- :mod:`~newskit.core.timex.finder`: compiled pattern families over the text, overlap resolution, look-alike filters;
- :mod:`~newskit.core.timex.tense`: the tense of the clause an expression sits in (past, future, ...);
- :mod:`~newskit.core.timex.normalize`: the table of handlers (family -> function) and :func:`normalize`;
- :mod:`~newskit.core.timex.rules_calendar`, :mod:`~newskit.core.timex.rules_relative`,
  :mod:`~newskit.core.timex.rules_spans`, :mod:`~newskit.core.timex.rules_fiscal`: the handlers, one small
  function per family; :mod:`~newskit.core.timex.values`: their :class:`Context` and value helpers;
- :mod:`~newskit.core.timex.intervals`: value -> ``(date_start, date_end, granularity)``, ``date_end`` exclusive;
- :mod:`~newskit.core.timex.component`: the ``newskit_timex`` spaCy component.

Each row is a plain dict: ``text, start, end`` (offsets into ``doc.text``), ``type`` (DATE, TIME, DURATION,
SET), ``value`` (TIMEX3), ``date_start``/``date_end`` (UTC timestamps, end exclusive, None without a calendar
position), ``granularity``, ``anchor`` ("publication", "absolute", the ISO date of an earlier date in the text
for anchored expressions, or None), ``sentence_index``, ``tense`` (of the clause: ``past``, ``present``,
``progressive``, ``future`` or None) and ``future_tense`` (True when the clause is about a scheduled or expected
event: will/shall/would, "is to", "set/expected/scheduled/due to"; the parse's answer to "is this in the future"). Without a publication date, relative expressions
stay unresolved (``XXXX-WXX-6``, ``PAST_REF`` ...), never resolved against today.
"""

from __future__ import annotations

from .intervals import interval

__all__ = ["timexes_from_doc", "interval"]


def timexes_from_doc(doc) -> list[dict]:
    """Time-expression rows stored on ``doc`` by the ``newskit_timex`` component (offsets into ``doc.text``)."""
    return list(doc._.newskit_timexes or [])

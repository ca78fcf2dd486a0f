"""Time expressions: finding, TIMEX3 normalisation against the publication date, calendar intervals.

Modules, one capability each:

- :mod:`~newskit.core.timex.lexicon`: month, weekday, season, part-of-day, number and unit words (constants);
- :mod:`~newskit.core.timex.finder`: compiled pattern families over the text, overlap resolution, look-alike filters;
- :mod:`~newskit.core.timex.tense`: the tense of the clause an expression sits in (past, future, ...);
- :mod:`~newskit.core.timex.normalize`: TIMEX3 values (one handler per family) against the publication date;
- :mod:`~newskit.core.timex.intervals`: value -> ``(date_start, date_end, granularity)``, ``date_end`` exclusive;
- :mod:`~newskit.core.timex.component`: the ``newskit_timex`` spaCy component.

Each row is a plain dict: ``text, start, end`` (offsets into ``doc.text``), ``type`` (DATE, TIME, DURATION,
SET), ``value`` (TIMEX3), ``date_start``/``date_end`` (UTC timestamps, end exclusive, None without a calendar
position), ``granularity``, ``anchor`` ("publication", "absolute", the ISO date of an earlier date in the text
for anchored expressions, or None) and ``sentence_index``. Without a publication date, relative expressions
stay unresolved (``XXXX-WXX-6``, ``PAST_REF`` ...), never resolved against today.
"""

from __future__ import annotations

from .intervals import interval

__all__ = ["timexes_from_doc", "interval"]


def timexes_from_doc(doc) -> list[dict]:
    """Time-expression rows stored on ``doc`` by the ``newskit_timex`` component (offsets into ``doc.text``)."""
    return list(doc._.newskit_timexes or [])

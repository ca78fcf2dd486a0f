"""Time expressions: finding, TIMEX3 normalisation against the publication date, calendar intervals."""
from __future__ import annotations

__all__ = ["timexes_from_doc"]


def timexes_from_doc(doc) -> list[dict]:
    """Time-expression rows stored on ``doc`` by the ``newskit_timex`` component (offsets into ``doc.text``)."""
    return list(doc._.newskit_timexes or [])

"""Attribution: claims (direct quotes, reported speech, according-to) and their sources."""
from __future__ import annotations

__all__ = ["claims_from_doc"]


def claims_from_doc(doc) -> list[dict]:
    """Claim rows stored on ``doc`` by the ``newskit_attribution`` component (offsets into ``doc.text``)."""
    return list(doc._.newskit_claims or [])

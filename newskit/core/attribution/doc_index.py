"""Per-Doc lookups the attribution rules make many times, computed once per Doc and kept in ``doc.user_data``.

spaCy 3 rebuilds ``doc.ents`` and ``doc.text`` on every access and ``Token.sent`` scans the whole Doc; these
helpers cache each (keyed by the Doc's length, so a Doc that changed is indexed again) and answer by bisection.

Examples
--------
>>> import spacy
>>> doc = spacy.blank("en")("One sentence here.")
>>> doc_text(doc)
'One sentence here.'
>>> ents_between(doc, 0, len(doc))
[]
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

__all__ = ["doc_ents", "doc_text", "sent_of", "ents_between"]


def doc_ents(doc: Doc) -> tuple[list[Span], list[int]]:
    """The entities of ``doc`` and their start tokens, computed once per Doc (``doc.ents`` rebuilds each time)."""
    cached = doc.user_data.get("_newskit_ents")
    if cached is None or cached[2] != len(doc):
        ents = list(doc.ents)
        cached = (ents, [e.start for e in ents], len(doc))
        doc.user_data["_newskit_ents"] = cached
    return cached[0], cached[1]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins all tokens on every access)."""
    cached = doc.user_data.get("_newskit_text")
    if cached is None or cached[1] != len(doc):
        cached = (doc.text, len(doc))
        doc.user_data["_newskit_text"] = cached
    return cached[0]


def sent_of(tok: Token) -> Span:
    """The sentence of ``tok`` in O(log n) (``Token.sent`` scans the whole Doc in spaCy 3)."""
    doc = tok.doc
    cached = doc.user_data.get("_newskit_sents")
    if cached is None or cached[2] != len(doc):
        sents = list(doc.sents)
        cached = (sents, [s.start for s in sents], len(doc))
        doc.user_data["_newskit_sents"] = cached
    return cached[0][bisect.bisect_right(cached[1], tok.i) - 1]


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities lying within tokens ``[start, end)``."""
    ents, starts = doc_ents(doc)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(ents) and ents[i].start < end:
        if ents[i].end <= end:
            out.append(ents[i])
        i += 1
    return out

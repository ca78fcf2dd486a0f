"""The claim rows: one row per claim, its claim type and relay, and the passes over the rows (5-6).

:func:`claim_row` builds a row; :func:`dedupe` drops repeated and nested claims (pass 5);
:func:`join_split_quote_rows` joins the pieces of a quote its cue interrupts (pass 6, optional);
:func:`number_sources` numbers the sources in order of first claim.
"""

from __future__ import annotations

import re

from ..vocab import ClaimType, SourceKind
from .cues import GENERIC_VIA_NOUNS, PRONOUNS
from .lexicon import DEFINITE_DETERMINERS, VIA_BAD_FIRST_WORDS, VIA_DETERMINERS, cue_claim_type
from .reported import Frame
from .sources import KeySpace, Source, SourceKey, is_platform

__all__ = ["claim_row", "claim_type_of", "useful_via", "dedupe", "join_split_quote_rows", "number_sources"]


def claim_row(
    text: str,
    span: tuple[int, int],
    *,
    qtype: str,
    frame: Frame | None,
    src: Source | None,
    via: str | None,
    sent_i: int | None,
    para_i: int,
) -> dict:
    """One claim row; ``frame`` is None for a quote that continues the previous speaker (no cue of its own)."""
    s, e = span
    if src is None:
        name = (frame.unspecified if frame is not None else None) or "unspecified reports"
        key = SourceKey(KeySpace.UNSPECIFIED, name)
        src = Source(
            mention="", start=None, end=None, name=name, kind=SourceKind.UNKNOWN, named=False, count=None, key=key
        )
    cue = (frame.cue_start, frame.cue_end) if frame is not None else None
    return {
        "content": text[s:e],
        "content_start": s,
        "content_end": e,
        "quote_type": qtype,
        "claim_type": claim_type_of(frame, src).value,
        "cue": text[cue[0] : cue[1]] if cue else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "source_key": src.key or SourceKey(KeySpace.UNNAMED, src.name.lower()),
        "source_mention": src.mention or None,
        "source_start": src.start,
        "source_end": src.end,
        "source_name": src.name,
        "source_kind": str(src.kind),  # the plain value of the SourceKind
        "named": bool(src.named),
        "source_count": src.count,
        "descriptor": src.descriptor,
        "via": via,
        "sentence_index": sent_i,
        "paragraph_index": para_i,
    }


def claim_type_of(frame: Frame | None, src: Source) -> ClaimType:
    """The claim type from the cue (its lemma and attached prepositions) and whether the source is a document."""
    if frame is None or frame.cue is None or frame.rule in ("according", "reportedly"):
        return ClaimType.STATEMENT
    if frame.claim_type is not None:
        return ClaimType(frame.claim_type)
    cue = frame.cue
    preps = frozenset(c.lower_ for c in cue.children if c.dep_ in ("prep", "prt"))
    return cue_claim_type(frame.cue_lemma or cue.lemma_.lower(), preps, src.kind == SourceKind.DOCUMENT)


def useful_via(src: Source | None) -> str | None:
    """The relay's name when it says who relayed the claim: a named outlet, organisation or person, or a
    specific description ("a UN report", "local media"); not a bare generic noun ("reports", "media",
    "experts"), an unresolved pronoun or a platform (where something was posted is no relay).

    Examples
    --------
    >>> def src(mention, name, kind, named, count=None):
    ...     return Source(mention=mention, start=0, end=len(mention), name=name, kind=kind, named=named, count=count)
    >>> useful_via(src("Reuters", "Reuters", SourceKind.MEDIA, True, 1))
    'Reuters'
    >>> useful_via(src("Reports", "Reports", SourceKind.DOCUMENT, False)) is None
    True
    >>> useful_via(src("state media", "state media", SourceKind.MEDIA, False))
    'state media'
    >>> useful_via(src("the agency", "agency", SourceKind.GOVERNMENT, False, 1))
    'agency'
    """
    if src is None or not src.name:
        return None
    name = src.name.strip()
    low = name.lower()
    if is_platform(name) or low.startswith(("unidentified", "unspecified")):
        return None
    if src.named:
        return name
    words = [w for w in re.findall(r"[\w.'’-]+", low) if w not in VIA_DETERMINERS]
    if not words or words[0] in VIA_BAD_FIRST_WORDS:
        return None
    if all(w in PRONOUNS for w in words):
        return None
    # a definite singular description points at one relay of the article ("the agency quoted ...");
    # a bare or indefinite generic noun does not ("reports", "media", "a website")
    first = (src.mention or "").strip().lower().split()[:1]
    definite = bool(first) and first[0] in DEFINITE_DETERMINERS
    if definite and len(words) == 1 and not words[0].endswith("s"):
        return name
    if len(words) == 1 or all(w in GENERIC_VIA_NOUNS for w in words):
        return None
    return name


def dedupe(rows: list[dict]) -> list[dict]:
    """Pass 5: drop repeated claims (same span and source) and a claim nested in an earlier non-direct claim of
    the same source."""
    out: list[dict] = []
    seen: set[tuple[int, int, str]] = set()
    for r in rows:
        k = (r["content_start"], r["content_end"], r["source_name"])
        if k in seen:
            continue
        # a claim nested inside another claim of the same source is redundant
        if (
            out
            and out[-1]["source_name"] == r["source_name"]
            and out[-1]["content_start"] <= r["content_start"]
            and r["content_end"] <= out[-1]["content_end"]
            and out[-1]["quote_type"] != "direct"
        ):
            continue
        seen.add(k)
        out.append(r)
    return out


#: Longest stretch between two pieces of one quote ('"A," Mr. Allen said at the rally on Sunday. "B"').
_SPLIT_GAP_CHARS = 160


def join_split_quote_rows(rows: list[dict], text: str) -> list[dict]:
    """Pass 6: one quote the cue interrupts ('"A," she said. "B."', '"A," she said, "B."') is one claim: two
    direct claims of one source in one paragraph, with only the cue's clause between them."""
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, r, text):
            joined = dict(prev, content=text[prev["content_start"] : r["content_end"]], content_end=r["content_end"])
            if joined.get("cue") is None and r.get("cue") is not None:
                joined.update({k: r[k] for k in ("cue", "cue_start", "cue_end", "claim_type")})
            out[-1] = joined
            continue
        out.append(r)
    return out


def _continues(prev: dict, r: dict, text: str) -> bool:
    if prev["quote_type"] != "direct" or r["quote_type"] != "direct":
        return False
    if prev["source_key"] != r["source_key"] or prev["paragraph_index"] != r["paragraph_index"]:
        return False
    gap = text[prev["content_end"] : r["content_start"]]
    if len(gap) > _SPLIT_GAP_CHARS or "\n" in gap:
        return False
    cues = [c for c in (prev.get("cue_start"), r.get("cue_start")) if c is not None]
    return r.get("cue") is None or any(prev["content_end"] <= c < r["content_start"] for c in cues)


def number_sources(rows: list[dict]) -> list[dict]:
    """Replace each row's ``source_key`` by a ``source_id`` ("s0", "s1", ...) in order of first claim."""
    keys: dict[SourceKey, str] = {}
    for r in rows:
        k = r.pop("source_key")
        if k not in keys:
            keys[k] = f"s{len(keys)}"
        r["source_id"] = keys[k]
    return rows

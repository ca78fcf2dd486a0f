"""The record an attribution rule yields: :class:`Frame` (cue, source token, content spans, relay)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["Frame"]


@dataclass
class Frame:
    """One attribution found in the parse."""

    cue: Token | None
    cue_start: int
    cue_end: int
    source: Token | None  # head token of the source mention (None: agentless / reportedly)
    contents: list[tuple[int, int]]  # character spans of the content (one per attribution)
    rule: str  # "verb", "according", "in_document", "reportedly", "passive", "object", "headline"
    relay: Token | None = None  # "Reuters, citing X": Reuters
    sources: list[Token] = field(default_factory=list)  # conjoined sources ("according to A and B")
    content_head: Token | None = None
    unspecified: str | None = None  # name for agentless sources ("unspecified reports")
    limit: tuple[int, int] | None = None  # token range the source mention must stay in
    medium: Token | None = None  # "during a conversation with Reuters": a possible relay
    cue_lemma: str | None = None  # the cue's lemma when the parse has none ("Slams" in a headline: "slam")
    claim_type: str | None = None  # set by a rule that knows the claim type ("belief" for a stance verb)

"""Relays: the outlet a source spoke to ("told Reuters", "said in a statement to the BBC", "in an interview with
CNN", "speaking to the newspaper"), which becomes a claim's ``via``, and the places in a sentence where a bare
name stands for an outlet (the one a source spoke to, the subject of "reported that").

Examples
--------
>>> import newskit
>>> nlp = newskit.load_pipeline()
>>> told, reported = nlp("Officials told the BBC that the road was closed."), nlp("Znak reported that it was.")
>>> relay_slot(told[3]), reports_that(reported[0])
(True, True)
"""

from __future__ import annotations

from spacy.tokens import Token

from .body_words import MEDIA_NOUNS
from .cues import MEDIUM_NOUNS, PRESS_AUDIENCES, RELAY_PREPS, RELAY_VERBS, STATEMENT_NOUNS
from .names import is_platform

__all__ = ["cue_relay", "relay_slot", "reports_that"]

#: Exchanges and statements that name who heard them ("an interview with CNN", "a statement to Reuters").
_EXCHANGE_NOUNS = MEDIUM_NOUNS | STATEMENT_NOUNS


def _relay_candidates(cue: Token) -> list[Token]:
    """Who a cue's source spoke to: the object of "told", the object of "to"/"with" after the cue or after an
    exchange noun ("said in a statement to X", "in an interview with X"), or of a "speaking to" phrase."""
    out = [c for c in cue.children if cue.lemma_ == "tell" and c.dep_ in ("dobj", "dative", "iobj")]
    preps = [c for c in cue.children if c.dep_ == "prep"]
    if any(c.dep_ == "nsubj" for c in cue.children):  # "X said to the BBC"; "according to X" names the source
        out += [g for c in preps if c.lower_ in RELAY_PREPS for g in c.children if g.dep_ == "pobj"]
    exchanges = [n for c in preps for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in _EXCHANGE_NOUNS]
    talks = [c for c in cue.children if c.dep_ == "advcl" and c.lemma_ in RELAY_VERBS]
    talks += [a for s in cue.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "acl"]
    for w in exchanges + [t for t in talks if t.lemma_ in RELAY_VERBS]:
        out += [
            g
            for c in w.children
            if c.dep_ == "prep" and c.lower_ in RELAY_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return out


def cue_relay(cue: Token | None) -> Token | None:
    """The head of the outlet a cue's source spoke to ("told Reuters", "said in a statement to the BBC", "in an
    interview with CNN", "speaking to the newspaper"), else None. Only a name or a media noun can be one: "told
    reporters", "told him" and "told the court" name an audience, and a platform ("said on Twitter") is where
    something was said, not who relayed it.

    Examples
    --------
    >>> import newskit
    >>> doc = newskit.load_pipeline()("Jan Novak said in a statement to Reuters that the plan was dead.")
    >>> cue_relay(doc[2]).text
    'Reuters'
    """
    if cue is None:
        return None
    for tok in _relay_candidates(cue):
        if tok.lower_ in PRESS_AUDIENCES or tok.pos_ == "PRON" or is_platform(tok.text):
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ == "ORG" or tok.lemma_.lower() in MEDIA_NOUNS:
            return tok
    return None


def relay_slot(head: Token) -> bool:
    """``head`` is the outlet a cue's source spoke to (:func:`cue_relay` of a verb above it)."""
    return any(a.pos_ in ("VERB", "AUX") and cue_relay(a) == head for a in list(head.ancestors)[:4])


def reports_that(head: Token) -> bool:
    """``head`` is the subject of "reported that ..." (a clause reported as news)."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ == "report" and any(c.dep_ == "ccomp" for c in verb.children)

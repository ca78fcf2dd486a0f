"""Tense of the clause a time expression sits in, from the dependency parse (cheap: a few head hops).

past: VBD, or a perfect ("has announced"); future: will/shall/'ll, "is to", "set/expected/scheduled/due to",
a headline infinitive ("Markets to remain closed until Friday"), would; progressive: is/are + VBG (often
scheduled: "is travelling on Monday"); present: VBZ/VBP; None when no verb governs the expression.
"""

from __future__ import annotations

from .lexicon import (
    DEFER_PREPS,
    DEFER_VERBS,
    EVENT_PLAN_ADJECTIVES,
    FUTURE_ADJECTIVES,
    FUTURE_AUX,
    FUTURE_HEADS,
    PLANNED_VERBS,
    REPORTING_VERBS,
    SCHEDULE_PARTICIPLES,
    SURE_FUTURE_AUX,
    TAKES_EFFECT_WORDS,
)

__all__ = ["clause_tense", "is_future_tense", "public_tense"]

_VERB_POS = ("VERB", "AUX")
_PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})
_PROGRESSIVE_AUX = frozenset({"is", "are", "am", "'re", "'s"})
#: dependents whose tense is their head's ("said he was leaving", "with the third departing")
_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp"})
_OPEN_TENSES = (None, "present", "present_simple", "future", "progressive", "nearest")
#: a bare participle in these relations is a reduced clause ("the decision, announced Wednesday, ...")
_REDUCED_DEPS = frozenset({"acl", "amod", "advcl", "relcl"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _be_to(v) -> bool:
    """ "is to take place", "was to meet": a form of "be" with a "to" infinitive."""
    if v.lemma_ != "be" or v.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        for c in v.children
    )


def _infinitive_tense(v) -> str | None:
    """Tense of a "to" infinitive: future under a head of planning or expecting ("plans to open"), the nearest
    occurrence when that head is in the past ("planned to leave on Thursday"), else its head's tense."""
    head = v.head
    if head is v or v.dep_ == "ROOT":
        return "future"  # a headline infinitive: "Markets to remain closed until Friday"
    if v.dep_ in ("csubj", "csubjpass") and head.pos_ in _VERB_POS:
        return _verb_tense(head)  # a subject infinitive: "(Among those) to join on Friday were ..." is the past
    if head.lemma_ in FUTURE_HEADS or head.lower_ in FUTURE_ADJECTIVES:
        if _pluperfect(head):
            return "nearest"  # "had been scheduled to expire Friday": planned before, often already past
        if head.lemma_ == "be" and head.tag_ == "VBD":
            return "future"  # "was to take place"
        ht = _verb_tense(head) if head.pos_ in _VERB_POS else None
        return "future" if ht in _OPEN_TENSES else "nearest"
    if head.pos_ in _NOMINAL_POS and v.dep_ in ("acl", "relcl"):
        return "nearest"  # "an agreement to acquire the bank in January", "guidelines to be published in May"
    return _verb_tense(head) if head.pos_ in _VERB_POS else None


def _pluperfect(head) -> bool:
    """ "had been scheduled", "had been due": a past perfect on the head or on its copula."""
    verbs = [head, head.head] if head.dep_ in ("acomp", "attr") else [head]
    return any(c.lower_ == "had" and c.dep_ == "aux" for v in verbs for c in v.children)


def _governor(v):
    """The verb a non-finite verb depends on, across a preposition ("with the third departing")."""
    head = v.head
    if head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return head if head.pos_ in _VERB_POS and head is not v else None


def _verb_tense(v) -> str | None:
    if _be_to(v):
        return "future"
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX:
        return "future"
    if "to" in words:
        return _infinitive_tense(v)
    tags = {a.tag_ for a in auxes} | {v.tag_}
    reduced = v.tag_ == "VBN" and not auxes and v.dep_ in _REDUCED_DEPS
    if reduced and v.lower_ in SCHEDULE_PARTICIPLES:
        return "nearest"  # "a summit set for April"
    if "VBD" in tags or reduced or (v.tag_ == "VBN" and (words & _PERFECT_AUX or v.dep_ in ("acl", "amod"))):
        return "nearest" if v.lemma_ in PLANNED_VERBS else "past"
    if v.tag_ == "VBG" and words & _PROGRESSIVE_AUX:
        return "progressive"
    if tags & {"VBZ", "VBP"}:
        return "present" if v.lemma_ in REPORTING_VERBS or v.lemma_ == "be" else "present_simple"
    if v.tag_ in ("VB", "VBG", "VBN") and v.dep_ in _INHERIT_DEPS:
        gov = _governor(v)
        return _verb_tense(gov) if gov is not None else None
    return None


def clause_tense(span) -> str | None:
    """Tense governing a ``Span`` (a time expression): that of the first verb above it, else of its sentence.

    On the way up, a word of taking effect ("payable Dec. 15", "effective Feb. 1") or a noun with a planning
    adjective ("the slated visit ... in September") makes it the nearest occurrence ("upcoming": the future),
    and a verb of putting off with "until"/"to" ("postponed until Tuesday") makes it the future."""
    tok = span.root
    preps = set()
    for _ in range(8):
        if tok.pos_ in _VERB_POS or tok.head is tok:
            break
        if tok.lower_ in TAKES_EFFECT_WORDS:
            return "nearest"
        planned = _planned_event(tok)
        if planned is not None:
            return planned
        preps.add(tok.lower_)
        tok = tok.head
    if tok.pos_ in _VERB_POS and tok.lemma_ in DEFER_VERBS and preps & DEFER_PREPS:
        return "future"
    if tok.pos_ not in _VERB_POS:
        tok = next((t for t in span.sent if t.pos_ in _VERB_POS and t.dep_ == "ROOT"), None)
        if tok is None:  # nominal sentence without a verb
            return None
    t = _verb_tense(tok)
    return t if t is not None else _sentence_tense(span.sent)


def _planned_event(tok) -> str | None:
    """The tense a planning adjective gives the noun it modifies ("the slated visit", "upcoming elections")."""
    if tok.pos_ not in _NOMINAL_POS:
        return None
    return next((EVENT_PLAN_ADJECTIVES[c.lower_] for c in tok.lefts if c.lower_ in EVENT_PLAN_ADJECTIVES), None)


def _sentence_tense(sent) -> str | None:
    for w in sent:
        if w.lower_ in SURE_FUTURE_AUX:
            return "future"
        if w.tag_ == "VBD":
            return "past"
    return None


def public_tense(tense: str | None) -> str | None:
    """The tense as stored on a timex row: ``past``, ``present``, ``progressive``, ``future`` or ``None``."""
    if tense == "present_simple":
        return "present"
    return tense if tense in ("past", "present", "progressive", "future") else None


def is_future_tense(tense: str | None) -> bool:
    """True when the clause is about a scheduled or expected event (will/shall/would, "is to", "set/expected/
    scheduled/due to", a headline infinitive): the ``future_tense`` key of a timex row."""
    return tense == "future"

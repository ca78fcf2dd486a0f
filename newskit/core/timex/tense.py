"""Tense of the clause a time expression sits in, from the dependency parse (cheap: a few head hops).

past: VBD, or a perfect ("has announced"); future: will/shall/'ll, "is to", "set/expected/scheduled/due to",
a headline infinitive ("Markets to remain closed until Friday"), would; progressive: is/are + VBG (often
scheduled: "is travelling on Monday"); present: VBZ/VBP; None when no verb governs the expression.
"""

from __future__ import annotations

__all__ = ["clause_tense", "is_future_tense", "public_tense"]

_FUTURE_AUX = frozenset({"will", "'ll", "ll", "shall", "wo", "would", "'d"})
#: heads whose infinitive complement is scheduled or expected ("is set to begin")
_FUTURE_HEADS = frozenset(
    {
        "be",
        "set",
        "schedule",
        "expect",
        "due",
        "plan",
        "intend",
        "aim",
        "go",
        "likely",
        "slate",
        "poise",
        "prepare",
        "hope",
        "want",
        "seek",
        "propose",
        "promise",
        "vow",
        "threaten",
        "pledge",
        "agree",
        "decide",
        "announce",
        "forecast",
        "predict",
    }
)
_FUTURE_ADJ = frozenset({"scheduled", "expected", "due", "set", "slated", "planned", "upcoming", "next"})


#: reporting verbs: in the present ("says", "announces") they still report a past event
_REPORTING = frozenset(
    {
        "say",
        "announce",
        "report",
        "tell",
        "claim",
        "state",
        "confirm",
        "reveal",
        "add",
        "note",
        "explain",
        "write",
        "insist",
        "deny",
        "admit",
        "warn",
    }
)


def _verb_tense(v) -> str | None:
    if v.lemma_ == "be" and v.tag_ in ("VBZ", "VBP", "VBD"):  # "is to take place", "was to meet"
        for c in v.children:
            if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children):
                return "future"
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if "to" in words:
        head = v.head
        if head is v or v.dep_ == "ROOT":
            return "future"
        if head.lemma_ in _FUTURE_HEADS or head.lower_ in _FUTURE_ADJ:
            ht = _verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
            if head.lemma_ == "be" and head.tag_ == "VBD":
                return "future"  # "was to take place"
            return "future" if ht in (None, "present", "present_simple", "future", "progressive") else "past"
        return _verb_tense(head) if head.pos_ in ("VERB", "AUX") and head is not v else None
    tags = {a.tag_ for a in auxes} | {v.tag_}
    if "VBD" in tags:
        return "past"
    if v.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "past"
    if v.tag_ == "VBG" and words & {"is", "are", "am", "'re", "'s"}:
        return "progressive"
    if tags & {"VBZ", "VBP"}:
        return "present" if v.lemma_ in _REPORTING or v.lemma_ == "be" else "present_simple"
    if v.tag_ == "VBN" and v.dep_ in ("acl", "amod"):
        return "past"
    if (
        v.tag_ in ("VB", "VBG", "VBN")
        and v.head is not v
        and v.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl", "relcl", "pcomp")
    ):
        return _verb_tense(v.head) if v.head.pos_ in ("VERB", "AUX") else None
    return None


def clause_tense(span) -> str | None:
    """Tense governing a ``Span`` (a time expression)."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        # nominal sentence: look for any finite verb in the sentence
        for t in span.sent:
            if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT":
                tok = t
                break
        else:
            return None
    t = _verb_tense(tok)
    if t is None:
        for w in span.sent:
            if w.lower_ in ("will", "'ll", "shall"):
                return "future"
            if w.tag_ == "VBD":
                return "past"
    return t


def public_tense(tense: str | None) -> str | None:
    """The tense as stored on a timex row: ``past``, ``present``, ``progressive``, ``future`` or ``None``."""
    if tense == "present_simple":
        return "present"
    return tense if tense in ("past", "present", "progressive", "future") else None


def is_future_tense(tense: str | None) -> bool:
    """True when the clause is about a scheduled or expected event (will/shall/would, "is to", "set/expected/
    scheduled/due to", a headline infinitive): the ``future_tense`` key of a timex row."""
    return tense == "future"

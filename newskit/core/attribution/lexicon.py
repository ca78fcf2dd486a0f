"""Lexicons of the cue classes newskit labels with ``claim_type`` and of the cues that take a nominal content.

Where the words come from: the English verb classes of Levin (1993, *English Verb Classes and Alternations*):
"want" verbs (32.1) and "promise"/"commitment" verbs (13.3, 29.3 "dub"-less) for intentions; "judgement" verbs
(33: praise, blame, criticize, accuse, thank) and "marvel"/"admire" verbs (31.2-31.3: support, back, favour,
oppose) for evaluations; "inquire" verbs (37.1.2: ask, wonder, question) for questions; cognition verbs (29.5
"conjecture", 30-31) for beliefs; and the verbs by which findings are reported in news about studies, polls and
documents ("a poll shows", "the study found"). PolNeAR's annotation guidelines (Newell et al. 2018) treat all of
these as attributions; the words were written by hand, none copied from a corpus or a package.

Examples
--------
>>> cue_claim_type("call", frozenset({"for"}), False)
<ClaimType.INTENTION: 'intention'>
>>> cue_claim_type("show", frozenset(), True)
<ClaimType.EVIDENCE: 'evidence'>
>>> cue_claim_type("say", frozenset(), False)
<ClaimType.STATEMENT: 'statement'>
"""

from __future__ import annotations

from ..vocab import ClaimType

__all__ = [
    "INTENTION_CUES",
    "EVALUATION_CUES",
    "QUESTION_CUES",
    "BELIEF_CUES",
    "EVIDENCE_CUES",
    "NOMINAL_CUES",
    "NOMINAL_CUE_TAGS",
    "DOBJ",
    "INTENTION_PREPS",
    "NON_SPEAKER_LABELS",
    "cue_claim_type",
]

#: Intentions, plans, promises and demands (Levin 32.1 "want", 13.3 "future having", 29.3-ish "commitment").
INTENTION_CUES = frozenset(
    {
        "want",
        "plan",
        "intend",
        "aim",
        "seek",
        "pledge",
        "vow",
        "promise",
        "demand",
        "urge",
        "propose",
        "threaten",
        "refuse",
        "decline",
        "vote",
        "push",
        "press",
        "offer",
        "wish",
        "recommend",
        "request",
    }
)

#: Evaluations: judgement verbs (Levin 33) and verbs of taking a side (31.2 "admire", support/oppose).
EVALUATION_CUES = frozenset(
    {
        "criticize",
        "criticise",
        "praise",
        "blame",
        "accuse",
        "condemn",
        "attack",
        "slam",
        "blast",
        "mock",
        "ridicule",
        "denounce",
        "dismiss",
        "reject",
        "deny",
        "defend",
        "applaud",
        "hail",
        "laud",
        "commend",
        "congratulate",
        "thank",
        "welcome",
        "support",
        "back",
        "endorse",
        "oppose",
        "favor",
        "favour",
        "prefer",
        "like",
        "dislike",
        "love",
        "hate",
        "question",
        "challenge",
        "dispute",
        "disavow",
        "bemoan",
        "lament",
        "decry",
        "tout",
        "target",
        "charge",
        "apologize",
        "apologise",
    }
)

#: Questions (Levin 37.1.2 "inquire" verbs).
QUESTION_CUES = frozenset({"ask", "wonder", "inquire", "enquire", "query"})

#: Beliefs, expectations and fears (Levin 29.5 "conjecture", 30-31 psych verbs).
BELIEF_CUES = frozenset(
    {
        "believe",
        "think",
        "expect",
        "fear",
        "hope",
        "suspect",
        "doubt",
        "worry",
        "assume",
        "presume",
        "know",
        "understand",
        "consider",
        "feel",
        "suppose",
        "reckon",
        "imagine",
        "trust",
        "guess",
        "estimate",
        "see",
    }
)

#: Verbs by which documents, studies, polls and data report findings ("a poll shows", "the study found").
EVIDENCE_CUES = frozenset(
    {"show", "find", "indicate", "suggest", "reveal", "demonstrate", "prove", "confirm", "conclude"}
)

#: Prepositions after "call"/"press"/"push" that make a demand ("called for", "pushed for", "called on").
INTENTION_PREPS = frozenset({"for", "on"})

#: The direct object as content ("criticized the plan"), in :data:`NOMINAL_CUES`.
DOBJ = "dobj"

#: Cues whose content may be a noun phrase or an infinitive, not only a clause: lemma -> where the content is
#: (:data:`DOBJ` for the direct object, else prepositions whose object is the content: "called for an inquiry",
#: "warned of delays"); a "to"-infinitive is always taken ("wants to leave").
NOMINAL_CUES: dict[str, frozenset[str]] = {
    **{w: frozenset({DOBJ}) for w in INTENTION_CUES | EVALUATION_CUES},
    "call": frozenset({"for", "on"}),
    "push": frozenset({"for"}),
    "press": frozenset({"for"}),
    "vote": frozenset({"for", "against"}),
    "warn": frozenset({"of", "about", "against"}),
    "complain": frozenset({"about", "of"}),
    "point": frozenset({"to"}),
    "announce": frozenset({DOBJ}),
    "mention": frozenset({DOBJ}),
    "discuss": frozenset({DOBJ}),
    "express": frozenset({DOBJ}),
    "ask": frozenset({"about"}),
    "hope": frozenset({"for"}),
}

#: Parts of speech of a cue that takes a nominal content: a finite verb or a perfect/progressive/future one
#: ("criticized", "has backed", "will oppose"); participles modifying a noun ("a group supporting X") are not.
NOMINAL_CUE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

#: Newsroom labels that open a line with a colon but name no speaker ("Editor's Note:", "UPDATE:", "Watch:").
NON_SPEAKER_LABELS = frozenset(
    {
        "note",
        "update",
        "updated",
        "editor",
        "correction",
        "clarification",
        "watch",
        "video",
        "photos",
        "photo",
        "read",
        "exclusive",
        "breaking",
        "related",
        "source",
        "sources",
        "disclosure",
        "warning",
        "opinion",
        "analysis",
        "q",
        "a",
        "by",
    }
)


def cue_claim_type(lemma: str, preps: frozenset[str], document_source: bool) -> ClaimType:
    """The claim type a cue gives its claim.

    Parameters
    ----------
    lemma : str
        The cue's lemma, lower-cased ("" for a quote with no cue, "according" for "according to").
    preps : frozenset of str
        Prepositions and particles attached to the cue ("call" + "for" is a demand, bare "call" a statement).
    document_source : bool
        Whether the source is a document, study, poll or data ("the poll shows" is evidence, "he showed" not).
    """
    if lemma in EVIDENCE_CUES and document_source:
        return ClaimType.EVIDENCE
    if lemma in QUESTION_CUES:
        return ClaimType.QUESTION
    if lemma in INTENTION_CUES or (lemma in ("call", "push", "press") and preps & INTENTION_PREPS):
        return ClaimType.INTENTION
    if lemma in EVALUATION_CUES:
        return ClaimType.EVALUATION
    if lemma in BELIEF_CUES:
        return ClaimType.BELIEF
    if lemma in ("show", "demonstrate", "prove"):
        return ClaimType.EVIDENCE
    return ClaimType.STATEMENT

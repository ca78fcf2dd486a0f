"""The cue lexicon of attribution: verbs and nouns of saying, the words around a cue, and source pronouns.

Every list here is a module constant written by hand for newskit. The cue verbs are organised along the
English verb classes of communication and cognition in Levin (1993, *English Verb Classes and Alternations*:
29.4-29.5 "declare"/"conjecture", 37.1-37.8 "transfer of a message", "tell", "manner of speaking", "say",
"complain") plus the reporting verbs common in wire copy ("tweet", "post", "brief"), and the cognition verbs
news writing uses to attribute stance ("officials believe"). Directive verbs (order, demand, request,
instruct) are left out on purpose: they carry no proposition. Every cue needs a clausal content anyway.
No list was copied from a third-party package.

The words that describe sources live next door: people in :mod:`.person_words`, bodies and documents in
:mod:`.body_words`, words in proper names in :mod:`.name_words`.

Examples
--------
>>> "say" in CUE_VERBS and "tweet" in CUE_VERBS
True
>>> len(CUE_VERBS) >= 150
True
"""

from __future__ import annotations

from .lexicon import NOMINAL_CUES, QUESTION_CUES

__all__ = [
    "ADDRESSEE_OBJECT_CUES",
    "STANCE_PRONOUNS",
    "UTTERANCE_NOUNS",
    "AGENTLESS_CUES",
    "NON_STANCE_CLAUSE_VERBS",
    "ALL_CUES",
    "COGNITION_VERBS",
    "CUE_VERBS",
    "CHAIN_VERBS",
    "OBJECT_CUES",
    "QUOTED_AS",
    "CITING_VERBS",
    "MODAL_BLOCKERS",
    "CONDITIONAL_MARKS",
    "REPORT_ADVERBS",
    "INFINITIVE_CUES",
    "ANNOUNCE_CUES",
    "SAY_VERBS",
    "UNREALISED_CONTROL_VERBS",
    "STATEMENT_NOUNS",
    "MEDIUM_NOUNS",
    "PRESS_AUDIENCES",
    "RELAY_VERBS",
    "RELAY_PREPS",
    "GENERIC_VIA_NOUNS",
    "PRONOUNS",
]

#: Verbs of saying (lemmas). Levin 37.7 "say", 37.1-37.4, 37.8 "complain", 29.4 "declare", plus reporting verbs.
_SAY = {
    "say",
    "tell",
    "state",
    "add",
    "note",
    "announce",
    "confirm",
    "deny",
    "warn",
    "claim",
    "report",
    "indicate",
    "mention",
    "insist",
    "estimate",
    "explain",
    "declare",
    "assert",
    "argue",
    "acknowledge",
    "admit",
    "allege",
    "answer",
    "reply",
    "respond",
    "remark",
    "comment",
    "observe",
    "point",
    "reveal",
    "disclose",
    "write",
    "tweet",
    "post",
    "blog",
    "testify",
    "swear",
    "vow",
    "promise",
    "pledge",
    "predict",
    "forecast",
    "caution",
    "stress",
    "emphasize",
    "emphasise",
    "underline",
    "highlight",
    "reiterate",
    "repeat",
    "recall",
    "recount",
    "describe",
    "characterize",
    "characterise",
    "concede",
    "conclude",
    "contend",
    "maintain",
    "suggest",
    "propose",
    "recommend",
    "urge",
    "advise",
    "complain",
    "lament",
    "protest",
    "object",
    "boast",
    "brag",
    "joke",
    "quip",
    "cry",
    "shout",
    "scream",
    "yell",
    "whisper",
    "murmur",
    "mutter",
    "exclaim",
    "proclaim",
    "affirm",
    "aver",
    "avow",
    "attest",
    "certify",
    "verify",
    "clarify",
    "specify",
    "elaborate",
    "continue",
    "inform",
    "notify",
    "assure",
    "reassure",
    "remind",
    "brief",
    "signal",
    "hint",
    "imply",
    "intimate",
    "concur",
    "agree",
    "disagree",
    "dispute",
    "contest",
    "challenge",
    "speculate",
    "theorize",
    "hypothesize",
    "surmise",
    "guess",
    "figure",
    "reckon",
    "calculate",
    "project",
    "anticipate",
    "expect",
    "forewarn",
    "threaten",
    "rule",
    "find",
    "determine",
    "establish",
    "show",
    "demonstrate",
    "prove",
    "accuse",
    "charge",
    "blame",
    "criticize",
    "criticise",
    "condemn",
    "praise",
    "thank",
    "apologize",
    "apologise",
    "counter",
    "rebut",
    "retort",
    "fire",
    "snap",
    "shoot",
    "tout",
    "trumpet",
    "publish",
    "broadcast",
    "relay",
    "convey",
    "communicate",
    "share",
    "reaffirm",
    "restate",
    "second",
    "echo",
    "identify",
    "name",
    "call",
    "label",
    "dub",
    "term",
    "refer",
    "summarize",
    "summarise",
    "email",
    "text",
    "message",
    "cable",
    "telegraph",
    "telephone",
    "phone",
    "radio",
    "wire",
    "cite",
    "quote",
    "read",
    "suppose",
    "oppose",
    "attribute",
    "place",
    "put",
    "offer",
    "advocate",
    "alert",
    "stipulate",
    "outline",
    "detail",
    "document",
    "record",
    "register",
    "log",
    "pronounce",
    "opine",
    "editorialize",
}

#: Cognition verbs (Levin 29.5 "conjecture", 30-31 perception / psych) used for attributed stance.
COGNITION_VERBS = {
    "believe",
    "think",
    "suspect",
    "fear",
    "hope",
    "know",
    "understand",
    "assume",
    "presume",
    "consider",
    "doubt",
    "worry",
    "realize",
    "realise",
    "recognize",
    "recognise",
    "imagine",
    "trust",
    "conclude",
    "estimate",
    "reckon",
    "infer",
    "deduce",
    "maintain",
    "suppose",
    "observe",
    "expect",
}

#: All cue lemmas (the two lists above).
CUE_VERBS = frozenset(_SAY | COGNITION_VERBS)

#: Every lemma that can be a cue: verbs of saying and cognition, and the cues of intention, evaluation and question.
ALL_CUES = frozenset(CUE_VERBS | NOMINAL_CUES.keys() | QUESTION_CUES)

#: Cues that, heading another cue's content, make the outer source a relay ("the BBC reported the minister
#: said ..."): plain verbs of saying and believing, the most frequent members of the two lists above.
CHAIN_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "add",
        "claim",
        "report",
        "announce",
        "confirm",
        "believe",
        "think",
        "suspect",
        "estimate",
        "insist",
        "warn",
        "note",
        "deny",
        "write",
        "tweet",
        "reveal",
        "indicate",
        "mention",
        "explain",
        "argue",
        "suggest",
        "cite",
        "quote",
    }
)

#: Cue lemmas that take a nominal content (object plus predicate): "called it an act of barbarity",
#: "identified the suspect as X", "blame him for Y", "attribute this to Z". Levin 29.3 "dub" verbs and 33
#: "judgement" verbs with a predicate, written by hand.
OBJECT_CUES = frozenset(
    {
        "call",
        "identify",
        "name",
        "describe",
        "characterize",
        "characterise",
        "label",
        "dub",
        "term",
        "blame",
        "attribute",
        "refer",
        "place",
        "estimate",
        "suppose",
    }
)

#: "is quoted as saying", "was cited as saying": the two English verbs of citing another's words.
QUOTED_AS = frozenset({"quote", "cite"})

#: "citing X": a participle that introduces the original source of a relayed report (the verbs of citing).
CITING_VERBS = QUOTED_AS

#: Modal auxiliaries that make a cue hypothetical ("could say", "would argue"): the English modals (Quirk et
#: al. 1985, 4.49-4.63).
MODAL_BLOCKERS = frozenset({"could", "would", "might", "may", "should", "can", "must", "shall", "'d"})

#: Subordinators of a condition: a cue in a conditional clause ("if written by the suspect", "unless he says so")
#: reports nothing that was said. English conditional conjunctions, written by hand.
CONDITIONAL_MARKS = frozenset({"if", "unless"})

#: Adverbs that attribute a statement to unspecified reports: the English hearsay adverbs, written by hand.
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

#: Cues whose infinitive complement is the content ("expects prices to rise", "is believed to have fled"):
#: verbs of belief and report from Levin's 29.4-29.5 "declare"/"conjecture" classes, written by hand.
INFINITIVE_CUES = frozenset(
    {"believe", "think", "suspect", "know", "report", "say", "estimate", "expect", "understand", "consider"}
)

#: Agentless cues naming an announcement, not reports ("It was announced that ..."): Levin's 37.7 "say" verbs.
ANNOUNCE_CUES = frozenset({"announce", "declare"})

#: Verbs of saying whose complement starts after the verb ("the statement said that ..."), from news usage.
SAY_VERBS = frozenset({"say", "write", "state", "tell"})

#: Verbs whose infinitive complement is no utterance ("wanted to say", "refused to comment", "has to tell"):
#: Levin's 32.1 "want" verbs and aspectual/modal control verbs, written by hand.
UNREALISED_CONTROL_VERBS = frozenset(
    {"want", "refuse", "decline", "fail", "plan", "try", "expect", "be", "have", "need"}
)

#: Nouns naming a statement: "a statement from X said", "X's announcement"; nouns of the say verbs above and
#: the written forms statements take in news (letter, tweet, post, memo), written by hand.
STATEMENT_NOUNS = frozenset(
    "statement announcement communique communiqué release letter message tweet post memo note notice declaration".split()
)

#: Exchanges that name the outlet they were with ("in an interview with the BBC"), written by hand from news usage.
MEDIUM_NOUNS = frozenset({"conversation", "interview", "call", "talk"})

#: Audiences named after a cue that are no part of the content ("told reporters that ..."), from news usage.
PRESS_AUDIENCES = frozenset({"reporters", "journalists"})

#: Verbs by which a source speaks to an outlet ("speaking to the BBC", "talked with Reuters"): the outlet after
#: their "to"/"with" relays the claim. Levin's 37.5 "talk" verbs, written by hand.
RELAY_VERBS = frozenset({"speak", "talk"})

#: Prepositions that name who heard a statement ("said to the BBC", "a statement to Reuters", "an interview
#: with CNN"), from English grammar.
RELAY_PREPS = frozenset({"to", "with"})

#: Bare generic nouns that say nothing about who relayed a claim ("reports, citing X"): not useful as a via
#: unless a modifier or a name makes them specific ("a UN report", "local media"). The generic nouns of the
#: media, document and person lists (:mod:`.body_words`, :mod:`.person_words`), singular and plural.
GENERIC_VIA_NOUNS = frozenset(
    {
        "report",
        "reports",
        "media",
        "news",
        "press",
        "source",
        "sources",
        "outlet",
        "outlets",
        "website",
        "websites",
        "magazine",
        "newspaper",
        "newspapers",
        "paper",
        "papers",
        "account",
        "accounts",
        "article",
        "articles",
        "story",
        "stories",
        "guideline",
        "guidelines",
        "expert",
        "experts",
        "investigator",
        "investigators",
        "official",
        "officials",
        "people",
        "person",
        "document",
        "documents",
        "post",
        "posts",
        "agency",
        "agencies",
        "publication",
        "publications",
        "channel",
        "channels",
        "footage",
        "video",
        "videos",
        "statement",
        "statements",
        "data",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
    }
)

#: Personal pronouns that may head a source mention (the English personal and relative pronouns).
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which", "that"})

#: Personal pronouns that can hold a view (the subjects of a stance verb; "it" cannot).
STANCE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})

#: Cues whose agentless passive still attributes ("X is reported to have ...", "It was announced that ...", "the
#: bank is expected to raise rates": an expectation held by unnamed people): verbs of saying, believing and
#: estimating that news uses impersonally, written by hand.
AGENTLESS_CUES = frozenset(
    "report say announce believe think allege claim rumor rumour estimate understand declare confirm state suspect fear"
    " expect".split()
)

#: Verbs outside the cue lists that take a finite clause without reporting their subject's stance toward it
#: ("make sure that", "it means that", "help ensure that", "let them know"), so a clause after them is no
#: claim; every other verb with a person or body as subject and a clause right after it reports a stance
#: ("Republicans learned the South no longer ...", "the senator is betting voters will ..."). Written by hand
#: from the English verbs that take a "that"-clause as a causative, copula, light or perception verb.
NON_STANCE_CLAUSE_VERBS = frozenset(
    "be make mean ensure see do have get let help find show cause require guarantee insure hear watch notice"
    " matter happen seem appear become".split()
)

#: Cues whose object is the person addressed, described or judged rather than what was said ("was told by
#: police", "was asked by reporters", "was quoted by the agency", "was accused by prosecutors of fraud"): their
#: passive subject is no content. Written by hand from Levin's "tell" (37.2), "inquire" (37.1.2), "advise"
#: (37.9) and "judgement" (33) verbs and the verbs of quoting.
ADDRESSEE_OBJECT_CUES = frozenset(
    "tell ask inform warn urge advise remind assure notify question interview quote cite call describe name"
    " label brand accuse charge blame thank congratulate credit dub term characterize characterise portray"
    " identify".split()
)

#: Nouns that name an utterance rather than say what it was ("The call was seconded by Merkel", "The excerpts
#: were reported by CNN"): as a passive subject they point at a content told elsewhere, so they are none.
#: The statement nouns above plus the nouns of the cue verbs, written by hand.
UTTERANCE_NOUNS = STATEMENT_NOUNS | frozenset(
    "remark comment excerpt word quote quotation call claim report account allegation assertion suggestion"
    " proposal request appeal demand question answer speech address testimony".split()
)

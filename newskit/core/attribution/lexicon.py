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
    "HEDGE_VERBS",
    "EVIDENCE_OBJECT_CUES",
    "FINDING_DOCUMENTS",
    "NOMINAL_CUES",
    "NOMINAL_CUE_TAGS",
    "DOBJ",
    "INTENTION_PREPS",
    "NON_SPEAKER_LABELS",
    "FIRST_PERSON_PRONOUNS",
    "GROUP_PRONOUNS",
    "NEUTER_PRONOUNS",
    "OTHER_SOURCE_PRONOUNS",
    "MALE_PRONOUNS",
    "FEMALE_PRONOUNS",
    "LATTER_FORMER",
    "DOCUMENT_BACK_DETERMINERS",
    "DESCRIPTION_DETERMINERS",
    "VIA_DETERMINERS",
    "VIA_BAD_FIRST_WORDS",
    "DEFINITE_DETERMINERS",
    "TITLE_FUNCTION_WORDS",
    "PREDICATE_OBJECTS",
    "PREDICATE_PREPS",
    "MEDIUM_PREPS",
    "INDEFINITE_DETERMINERS",
    "POSSESSIVE_CLITICS",
    "GROUP_POSSESSIVES",
    "OWNER_PREPS",
    "CONCESSIVE_CONJUNCTIONS",
    "COMPLEMENTIZERS",
    "RELATIVE_PRONOUNS",
    "AUXILIARY_FORMS",
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

#: Raising verbs of appearance (Levin 1993, 48.1.2 "reflexive verbs of appearance" and the raising verbs of any
#: English grammar, Quirk et al. 1985 §16.49): "the plan seems to work", "Washington appears weak", "it seems
#: that ...". They hedge their clause as an impression with no source named, which PolNeAR annotates as an
#: attribution of the writer; written by hand.
HEDGE_VERBS = frozenset({"seem", "appear"})

#: Verbs by which documents, studies, polls and data report findings ("a poll shows", "the study found").
EVIDENCE_CUES = frozenset(
    {"show", "find", "indicate", "suggest", "reveal", "demonstrate", "prove", "confirm", "conclude"}
)

#: Documents that carry a finding or a statement of their own, so that a sentence opened by "In <document>,"
#: reports what the document says ("In the poll, her support has risen", "In the filing, the company is
#: accused of fraud"); the nouns of :data:`EVIDENCE_CUES`' subjects, written by hand. Events with a speaker of
#: their own (interview, speech, debate) are left out: there the speaker, not the event, is the source.
FINDING_DOCUMENTS = frozenset(
    {
        "poll",
        "survey",
        "study",
        "report",
        "analysis",
        "audit",
        "census",
        "assessment",
        "findings",
        "ruling",
        "filing",
        "complaint",
        "indictment",
        "lawsuit",
        "memo",
        "letter",
    }
)

#: Evidence verbs whose object noun phrase is the finding when a document, poll or record is the subject
#: ("public records show no gifts", "the audit found irregularities"): a subset of :data:`EVIDENCE_CUES`.
EVIDENCE_OBJECT_CUES = frozenset({"show", "find", "indicate", "reveal"})

#: Prepositions after "call"/"press"/"push" that make a demand ("called for", "pushed for", "called on"); after
#: "ask" only "for" does ("asked for a delay"; "asked about it", "asked on Monday" stay questions).
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
    "refer": frozenset({"to"}),  # "referring to the attack", "the judge Trump referred to"
    "announce": frozenset({DOBJ}),
    "mention": frozenset({DOBJ}),
    "discuss": frozenset({DOBJ}),
    "express": frozenset({DOBJ}),
    "ask": frozenset({"about", "for"}),  # "asked about the deal"; a request: "asked (the court) for a delay"
    "hope": frozenset({"for"}),
}

#: Parts of speech of a cue that takes a nominal content: a finite verb or a perfect/progressive/future one
#: ("criticized", "has backed", "will oppose"); participles modifying a noun ("a group supporting X") are not.
NOMINAL_CUE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

#: Newsroom labels that open a line with a colon but name no speaker ("Editor's Note:", "UPDATE:", "Watch:").
#: The labels news sites put before notes, corrections and embedded media, written by hand.
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
    if (lemma in EVIDENCE_CUES or lemma == "in") and document_source:  # "the poll shows", "In the poll, ..."
        return ClaimType.EVIDENCE
    demand = (lemma in ("call", "push", "press") and bool(preps & INTENTION_PREPS)) or (
        lemma == "ask" and "for" in preps
    )
    if lemma in QUESTION_CUES and not demand:
        return ClaimType.QUESTION
    if lemma in INTENTION_CUES or demand:
        return ClaimType.INTENTION
    if lemma in EVALUATION_CUES:
        return ClaimType.EVALUATION
    if lemma in BELIEF_CUES or lemma in HEDGE_VERBS:
        return ClaimType.BELIEF
    if lemma in ("show", "demonstrate", "prove"):
        return ClaimType.EVIDENCE
    return ClaimType.STATEMENT


# ---------------------------------------------------------------------------------------------------------------
# Closed-class English words the attribution rules read (pronouns, determiners, prepositions). Where they come
# from: the pronoun, determiner and preposition tables of any English grammar (Quirk et al. 1985, *A
# Comprehensive Grammar of the English Language*, ch. 5-6, 9); picked by hand for each rule, none copied.

#: First-person pronouns: in an interview transcript they are the labelled speaker ("((Jane Doe)) I think").
FIRST_PERSON_PRONOUNS = frozenset({"i", "we", "me", "us"})
#: Pronouns that may refer to a group, an organisation or a document ("they said", "it said", "who said").
GROUP_PRONOUNS = frozenset({"they", "them", "it", "who", "which"})
#: Of the group pronouns, those that refer to a thing ("it", "which") rather than to a group ("they").
NEUTER_PRONOUNS = frozenset({"it", "which"})
#: Pronouns resolved as sources besides the personal ones (spaCy may tag them other than PRON).
OTHER_SOURCE_PRONOUNS = frozenset({"they", "them", "who", "it"})
#: Masculine and feminine third-person pronouns ("he said", "told him").
MALE_PRONOUNS = frozenset({"he", "him"})
FEMALE_PRONOUNS = frozenset({"she", "her"})
#: "the latter" / "the former": a reference to the last or second-to-last name.
LATTER_FORMER = frozenset({"latter", "former"})
#: Determiners of a definite description that may corefer with an earlier document ("the report", "this study").
DOCUMENT_BACK_DETERMINERS = frozenset({"the", "this", "that"})
#: Determiners of a definite description that may corefer with an earlier named source ("the minister").
DESCRIPTION_DETERMINERS = frozenset({"the", "this"})
#: Determiners and quantifiers that are no part of a relay's name ("some reports").
VIA_DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many"})
#: Words that cannot open a relay's name: a preposition or a relative pronoun left by a misparse ("of the ...").
VIA_BAD_FIRST_WORDS = frozenset({"of", "by", "from", "to", "in", "on", "at", "with", "for", "who", "which"})
#: Definite determiners and possessives: "the agency", "its website" point at one relay of the article.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "its", "his", "her", "their", "our"})
#: Lower-case words inside a capitalised title ("Friends of the Earth", "Learning Together").
TITLE_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "a"})
#: Objects that stand for the predicate they introduce ("what he called a disgrace").
PREDICATE_OBJECTS = frozenset({"what", "which", "that"})
#: Prepositions that introduce an object's predicate ("described it as", "blamed him for", "attributed it to").
PREDICATE_PREPS = frozenset({"as", "for", "to"})
#: Prepositions of an exchange that names an outlet ("during a conversation with", "in an interview with").
MEDIUM_PREPS = frozenset({"during", "in", "to"})
#: Indefinite determiners: "a witness" is one source, "a" before a plural is no count ("a dozen" aside).
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another"})
#: The possessive clitic, straight and curly ("Reuters's", "Reuters’s").
POSSESSIVE_CLITICS = frozenset({"'s", "’s"})
#: Possessives that mark a noun as belonging to the group "they" or "it" refers to ("their personalities").
GROUP_POSSESSIVES = frozenset({"their", "its"})
#: Prepositions that introduce a document's owner ("a report from the NTSB", "a study by Harvard").
OWNER_PREPS = frozenset({"from", "by", "of"})
#: Concessive conjunctions: "though X" after the content is the writer's aside, not the source's words.
CONCESSIVE_CONJUNCTIONS = frozenset({"though", "although", "whereas"})
#: Subjects of a clause conjoined after a content that name the source again ("X said Y, and he railed
#: against ..."): the third-person personal pronouns of English.
NARRATIVE_PRONOUNS = frozenset({"he", "she", "they"})
#: Complementizers that open a content clause ("said that ...", "as he put it").
COMPLEMENTIZERS = frozenset({"that", "as"})
#: Relative pronouns ("officials who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
#: Pronouns that open a non-restrictive relative clause after a comma ("..., whose son was killed"): English grammar.
NONRESTRICTIVE_RELATIVES = frozenset({"who", "whom", "whose", "which"})
#: Forms of "be" and "have" before a past participle ("was told", "has said").
AUXILIARY_FORMS = frozenset({"was", "were", "is", "are", "had", "has", "have"})


# ---------------------------------------------------------------------------------------------------------------
# Source resolution: the words the source rules of names.py, kinds.py, descriptions.py and pronouns.py read
# (moved here unchanged from the rule bodies of the old sources.py). Where they come from: the pronoun,
# determiner and quantifier tables of Quirk et al. (1985, ch. 5-6) for the closed-class words; the nouns and
# name words by which English news names a body or an outlet, written by hand; none copied from a corpus or a
# package.

__all__ += [
    "REFLEXIVE_PRONOUNS",
    "PERSON_PRONOUNS",
    "DESCRIPTOR_DETERMINERS",
    "DESCRIPTION_QUANTIFIERS",
    "BODY_OF_PREPS",
    "MEDIA_HEAD_NOUNS",
    "MEDIA_NAME_NOUNS",
    "GOVERNMENT_NAME_PREFIXES",
    "NON_GOVERNMENT_BODY_WORDS",
]

#: Reflexive pronouns and the pronoun each is resolved as ("the company itself said" is "it said").
REFLEXIVE_PRONOUNS: dict[str, str] = {
    "itself": "it",
    "himself": "he",
    "herself": "she",
    "themselves": "they",
    "myself": "i",
    "ourselves": "we",
}
#: Personal pronouns resolved as sources whatever spaCy tags them ("he", "her", "we").
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "we"})
#: Determiners and possessives left out of a source's descriptor ("the", "its", "another").
DESCRIPTOR_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "another"}
)
#: Quantifiers dropped from the front of an unnamed source's name ("several officials" is "officials").
DESCRIPTION_QUANTIFIERS: tuple[str, ...] = ("another", "some", "several", "many", "both", "other")
#: Prepositions of a body's name that says what it is "of" ("Ministry of Fisheries", "Department for Transport").
BODY_OF_PREPS: tuple[str, ...] = ("of", "for")
#: Head nouns of media sources as the noun kind reads them (spaCy lemmatises "media" to "medium").
MEDIA_HEAD_NOUNS = frozenset({"media", "newspaper", "broadcaster", "outlet", "magazine", "press", "channel", "tabloid"})
#: Nouns in an organisation's name that make it an outlet ("the Daily Newspaper", "Public Broadcaster").
MEDIA_NAME_NOUNS = frozenset({"newspaper", "broadcaster"})
#: First words of a public body's name ("National Weather Service", "Federal Reserve", "State Council").
GOVERNMENT_NAME_PREFIXES: tuple[str, ...] = ("national ", "federal ", "state ")
#: Words that make a "National ..." or "State ..." name a private body ("National Football League").
NON_GOVERNMENT_BODY_WORDS = frozenset({"conference", "association", "union", "party", "league"})


# ---------------------------------------------------------------------------------------------------------------
# Quotes and speakers: the words the quote finder (quotes.py) and the component's passes (finding.py,
# quote_cues.py) read (moved here unchanged from those modules). Where they come from: the AP Stylebook's
# abbreviated titles; the running heads and labels of English news pages, written by hand from news usage; the
# second-person and expletive pronouns of Quirk et al. (1985, ch. 6); none copied from a corpus or a package.

__all__ += [
    "NEWSROOM_LABELS",
    "TITLE_ABBREVIATIONS",
    "SECOND_PERSON",
    "SECOND_PERSON_POSSESSIVES",
    "NON_SPEAKER_SUBJECTS",
]

#: Labels that open a line with a colon but name no speaker: NON_SPEAKER_LABELS (notes, corrections,
#: embedded media) and the running heads of live blogs, newsletters and tabloid headlines ("The Latest:",
#: "BREAKING:", "WOW:", "Contributing:", "Twitter: @handle"), as US political sites print them.
NEWSROOM_LABELS = NON_SPEAKER_LABELS | frozenset(
    {
        "latest",
        "live",
        "twitter",
        "facebook",
        "email",
        "e-mail",
        "contributing",
        "contributed",
        "wow",
        "boom",
        "busted",
        "revealed",
        "just",
        "in",
        "developing",
        "transcript",
        "here",
        "subscribe",
        "follow",
        "see",
        "listen",
        "sign",
        "tags",
        "topics",
        "credit",
        "caption",
        "question",
        "answer",
    }
)

#: Titles abbreviated with a full stop before a name (the AP Stylebook's abbreviated titles and forms of address):
#: their full stop ends no sentence ('"...," Mr. Biden said').
TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "messrs", "dr", "prof", "rev", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt"}
    | {"col", "capt", "sgt", "cmdr", "adm", "maj", "cpl", "pvt", "st", "jr", "sr", "fr", "supt", "atty", "insp"}
)
#: Second-person words ("do you think ...", colloquial "ya"): a source addressed by the text, never a speaker.
SECOND_PERSON = frozenset({"you", "yourself", "yourselves", "ya"})
#: Second-person possessives: "your friend says ..." is the interviewer's paraphrase, no speaker's claim.
SECOND_PERSON_POSSESSIVES = frozenset({"your", "yours"})
#: Subjects of a verb before a colon that name no speaker of the quote after it ("there was this:", "it read:").
NON_SPEAKER_SUBJECTS = frozenset({"there", "it", "this", "that", "which", "what"})

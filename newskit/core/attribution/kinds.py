"""Kinds of sources: whether an entity is a person's name, what kind of body a name is (:func:`org_kind`), what
kind of speaker a head noun is (:func:`noun_kind`), and what kind a name's own phrase states ("the newspaper
X", "X, a supermarket chain").

Kinds are members of :class:`newskit.core.vocab.SourceKind` (a ``str`` enum: each equals its string): person,
organization, government, media, document and unknown.

Examples
--------
>>> org_kind("Reuters", None), org_kind("National Football League", None)
(<SourceKind.MEDIA: 'media'>, <SourceKind.ORGANIZATION: 'organization'>)
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..vocab import SourceKind
from .body_words import DOCUMENT_NOUNS, GOVERNMENT_NOUNS, MEDIA_NOUNS, ORGANIZATION_NOUNS
from .lexicon import GOVERNMENT_NAME_PREFIXES, MEDIA_HEAD_NOUNS, MEDIA_NAME_NOUNS, NON_GOVERNMENT_BODY_WORDS
from .name_words import CORPORATE_SUFFIXES, GOVERNMENT_NAME_WORDS, MEDIA_NAME_WORDS, MEDIA_NAMES
from .names import clean_name, is_domain, org_shaped
from .person_words import HONORIFICS, PERSON_NOUNS

__all__ = [
    "NAME_LABELS",
    "BODY_KINDS",
    "is_name",
    "body_name",
    "bare_plural",
    "context_kind",
    "org_kind",
    "noun_kind",
]

#: Entity labels that can name a source.
NAME_LABELS = {"PERSON", "ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LOC"}
#: Kinds of sources that are bodies, not persons.
BODY_KINDS = frozenset({SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA})
#: A surname with an elided Irish or Romance particle ("O’Malley", "D'Souza"), optionally after a given name.
_PARTICLE_SURNAME = re.compile(r"^(?:[A-Z][a-z]+\s+)*[OD]['’][A-Z][a-z]+$")
#: Agent-noun endings ("researcher", "investor", "scientist", "historian", "actress", "fisherman").
_AGENT_SUFFIX = re.compile(r"(?:[a-z]{3}(?:er|or|ist|ian|ess|eur)|[a-z]{2}(?:man|men|woman|women|person|people))$")


def _person_shaped(ent: Span) -> bool:
    """An entity of any label that is a person's name by its form: a particle surname ("O’Malley") or a name
    after an honorific ("Mr Blorp")."""
    doc = ent.doc
    prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    first = ent[0].lower_.rstrip(".")
    text = clean_name(ent.text)
    if org_shaped(text) or not text[:1].isupper():
        return False
    return bool(_PARTICLE_SURNAME.match(text)) or (
        (prev in HONORIFICS or first in HONORIFICS and len(ent) > 1) and len(ent) <= 3
    )


def is_name(ent: Span) -> bool:
    """An entity that is a person's name: a capitalised PERSON entity (not "bison") that no organisation's form
    marks ("Twitter", "Zentrix Inc", "Znak.com"), or any entity shaped like a person's name ("O’Malley")."""
    if ent.label_ != "PERSON":  # "O’Malley"; "candidate Brock Pierce" tagged ORG
        return ent.label_ in NAME_LABELS - {"FAC", "LOC"} and (
            _person_shaped(ent)
            or (context_kind(ent.root, ent) == SourceKind.PERSON and not org_shaped(clean_name(ent.text)))
        )
    return any(t.text[:1].isupper() for t in ent if t.is_alpha) and not body_name(ent)


def body_name(ent: Span) -> bool:
    """A PERSON entity that names a body by its form ("Zentrix Inc") or by its apposition ("Kessler, a
    supermarket chain")."""
    return org_shaped(clean_name(ent.text)) or context_kind(ent.root, ent) in BODY_KINDS


def bare_plural(ent: Span) -> bool:
    """An entity that is only plural common nouns ("Farmers" at the start of a sentence, tagged ORG): a group
    of people, not a name."""
    return all(t.pos_ == "NOUN" and t.tag_ == "NNS" for t in ent)


def _noun_kind_in(noun: Token) -> SourceKind:
    """Kind a describing noun gives, with its compounds: "news agency", "news site" are media ("press officer"
    is a person)."""
    kind = noun_kind(noun.lemma_.lower(), noun)
    if kind != SourceKind.PERSON and any(c.dep_ == "compound" and c.lower_ in MEDIA_NOUNS for c in noun.children):
        return SourceKind.MEDIA
    return kind


def context_kind(head: Token, org: Span | None) -> SourceKind | None:
    """The kind a name's own phrase states: a describing noun in apposition to the name or before it ("the
    newspaper X", "X, a supermarket chain", "state broadcaster X", "X, a spokesman for ..."), else None."""
    root = org.root if org is not None else head
    nouns = [c for c in root.children if c.pos_ == "NOUN" and c.dep_ == "appos"]
    # of the nouns before the name, the one next to it: "police press officer X" is an officer
    before = [c for c in root.children if c.dep_ == "compound" and c.i < root.i and not (org is not None and c in org)]
    if before and before[-1].pos_ == "NOUN":
        nouns.append(before[-1])
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    for n in nouns:
        kind = _noun_kind_in(n)
        if kind in (SourceKind.PERSON, SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA):
            return kind
    return None


def org_kind(name: str, head: Token | None) -> SourceKind:
    """Kind of a named organisation: media, government or organization.

    Examples
    --------
    >>> org_kind("Reuters", None), org_kind("U.S. State Department", None), org_kind("Pfizer", None)
    (<SourceKind.MEDIA: 'media'>, <SourceKind.GOVERNMENT: 'government'>, <SourceKind.ORGANIZATION: 'organization'>)
    """
    low = name.lower()
    low_the = re.sub(r"^the\s+", "", low)
    words = set(re.findall(r"[\w.]+", low))
    if low in MEDIA_NAMES or low_the in MEDIA_NAMES or words & MEDIA_NAME_NOUNS or is_domain(name):
        return SourceKind.MEDIA
    if len(words) >= 2 and re.findall(r"[\w.]+", low)[-1].rstrip(".") in CORPORATE_SUFFIXES:
        return SourceKind.ORGANIZATION
    if any(w in MEDIA_NAMES for w in low_the.split()[:1]) and len(low_the.split()) <= 3:
        return SourceKind.MEDIA
    if (
        words & GOVERNMENT_NAME_WORDS
        or low.startswith(GOVERNMENT_NAME_PREFIXES)
        and not words & NON_GOVERNMENT_BODY_WORDS
    ):
        return SourceKind.GOVERNMENT
    if words & MEDIA_NAME_WORDS and len(words) <= 4:
        return SourceKind.MEDIA
    if head is not None and head.ent_type_ == "GPE":
        return SourceKind.GOVERNMENT
    return SourceKind.ORGANIZATION


def noun_kind(lemma: str, head: Token) -> SourceKind:
    """Kind of an unnamed source from its head noun: the lexicons, then an agent-noun ending ("researcher",
    "scientist") for persons; a noun that names no kind of speaker ("engine", "summary") is ``unknown``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [noun_kind(w, nlp(w)[0]).value for w in ("witness", "media", "gardener", "engine")]
    ['person', 'media', 'person', 'unknown']
    """
    low = head.lower_
    if lemma in PERSON_NOUNS or low in PERSON_NOUNS:
        return SourceKind.PERSON
    if lemma in GOVERNMENT_NOUNS or low in GOVERNMENT_NOUNS:
        return SourceKind.GOVERNMENT
    if lemma in MEDIA_HEAD_NOUNS or low in MEDIA_HEAD_NOUNS:  # spaCy lemmatises "media" to "medium"
        return SourceKind.MEDIA
    if lemma in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS:
        return SourceKind.DOCUMENT
    if lemma in ORGANIZATION_NOUNS or low in ORGANIZATION_NOUNS:
        return SourceKind.ORGANIZATION
    if head.ent_type_ in ("GPE", "NORP"):
        return SourceKind.GOVERNMENT
    if (
        _AGENT_SUFFIX.search(lemma)
        or _AGENT_SUFFIX.search(low)
        or any(lemma.endswith(p) for p in PERSON_NOUNS if len(p) >= 5)
    ):  # "archbishop", "co-founder"
        return SourceKind.PERSON
    return SourceKind.UNKNOWN

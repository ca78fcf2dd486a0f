"""Pronoun sources: "I"/"we" in an interview transcript are the labelled speaker; "they", "it", "who" look back
for a group, an organisation or a document; "he"/"she" for the most recent person of a fitting gender that was
a clause subject. A pronoun with no antecedent is an ``unidentified speaker`` (or ``unidentified person``).

Pronouns look back at the persons already seen (:class:`~.aliases.NameTables`) and at the sources resolved
before (``history``); a noun subject that may be the antecedent is resolved with the resolver's own ``resolve``.

Examples
--------
>>> import newskit
>>> from newskit.core.attribution.sources import Resolver
>>> doc = newskit.load_pipeline()("Jane Doe arrived on Monday. She said the talks had failed.")
>>> Resolver(doc).resolve(doc[6], []).name
'Jane Doe'
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from ..vocab import SourceKind
from .aliases import NameTables
from .body_words import DOCUMENT_NOUNS, GOVERNMENT_NOUNS, MEDIA_NOUNS, ORGANIZATION_NOUNS
from .doc_index import sent_of
from .kinds import noun_kind
from .lexicon import (
    FEMALE_PRONOUNS,
    FIRST_PERSON_PRONOUNS,
    GROUP_POSSESSIVES,
    GROUP_PRONOUNS,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    OTHER_SOURCE_PRONOUNS,
    PERSON_PRONOUNS,
    REFLEXIVE_PRONOUNS,
)
from .name_words import MEDIA_NAMES
from .names import is_platform
from .person_words import COLLECTIVE_NOUNS, PERSON_NOUNS
from .records import UNIDENTIFIED, UNIDENTIFIED_KEY, At, KeySpace, Source, SourceKey, mention_of, new_source, person_key

__all__ = ["Resolve", "is_pronoun", "pronoun"]

#: The resolver's rule for a source token: ``resolve(tok, history)``.
Resolve = Callable[[Token, list[Source]], Source | None]


def is_pronoun(tok: Token) -> bool:
    """A pronoun to resolve ("he", "they", "itself"); "WHO" and "IT" in capitals are names, not pronouns."""
    return (
        tok.pos_ == "PRON"
        or tok.lower_ in PERSON_PRONOUNS
        or tok.lower_ in OTHER_SOURCE_PRONOUNS
        or tok.lower_ in REFLEXIVE_PRONOUNS
    ) and not (len(tok.text) > 1 and tok.text.isupper())


def pronoun(tables: NameTables, tok: Token, history: list[Source], resolve: Resolve) -> Source | None:
    """A pronoun source: an interview speaker for "I"/"we", else the antecedent of a plural or neuter
    pronoun (:func:`_group_pronoun`) or of a personal one (:func:`_person_pronoun`)."""
    low = REFLEXIVE_PRONOUNS.get(tok.lower_, tok.lower_)
    at = (tok.text, tok.idx, tok.idx + len(tok.text))
    if low in FIRST_PERSON_PRONOUNS:
        spk = tables.speaker_at(tok.idx)  # "((Jane Doe)) I think ..." in an interview transcript
        if spk is not None:
            return new_source(at, name=spk[0], kind=SourceKind.PERSON, named=spk[1], count=1, key=person_key(spk[0]))
    if low in GROUP_PRONOUNS:
        return _group_pronoun(tables, tok, low, at, history, resolve)
    return _person_pronoun(tables, tok, low, at, history, resolve)


def _group_pronoun(tables: NameTables, tok: Token, low: str, at: At, history: list[Source], resolve: Resolve) -> Source:
    """they/them/it/who/which: a recent group or organisation source, else the antecedent subject."""
    for src in reversed(history[-3:]):
        if (
            low == "it"
            and src.kind in (SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.DOCUMENT)
        ) or (low != "it" and (src.count is None or (src.count or 0) > 1 or src.kind != SourceKind.PERSON)):
            return mention_of(src, at)
    ref = _antecedent(tables, tok, "it" if low in NEUTER_PRONOUNS else "they", history, resolve)
    if ref is not None:
        return mention_of(ref, at)
    return new_source(at, name=UNIDENTIFIED, kind=SourceKind.UNKNOWN, named=False, count=None, key=UNIDENTIFIED_KEY)


def _recent_person(tables: NameTables, tok: Token, fits: Callable[[str], bool]) -> int | None:
    """Index (in ``person_positions``) of the most recent fitting person that was a clause subject within
    600 characters before ``tok``, else of the most recent fitting person entity there."""
    i = bisect.bisect_left(tables.person_positions, tok.idx) - 1
    j = i
    while j >= 0 and tok.idx - tables.person_positions[j] < 600:
        if tables.person_subj[j] and fits(tables.person_names[j]):
            return j
        j -= 1
    j = i
    while j >= 0 and tok.idx - tables.person_positions[j] < 600 and not fits(tables.person_names[j]):
        j -= 1
    if j >= 0 and tok.idx - tables.person_positions[j] < 600:
        return j
    return None


def _person_pronoun(
    tables: NameTables, tok: Token, low: str, at: At, history: list[Source], resolve: Resolve
) -> Source:
    """he/she/I/we: the most recent person that was a clause subject (within ~3 sentences), else the most
    recent person entity or person source; a person known to be of the other gender (honorific, earlier
    he/she) is skipped."""
    want = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None

    def fits(sur: str) -> bool:
        return want is None or tables.gender.get(sur, want) == want

    sent_start = sent_of(tok).start_char
    best = _recent_person(tables, tok, fits)
    hist = next(
        (
            h
            for h in reversed(history)
            if h.kind == SourceKind.PERSON
            and h.named
            and fits(h.key.value if h.key and h.key.space is KeySpace.PERSON else "")
        ),
        None,
    )
    if best is not None and (
        hist is None
        or hist.start is None
        or tables.person_positions[best] > hist.start
        or tables.person_positions[best] >= sent_start
    ):
        sur = tables.person_names[best]
        name = tables.surname_full.get(sur, sur)
        if want:
            tables.gender.setdefault(sur, want)
        return new_source(at, name=name, kind=SourceKind.PERSON, named=True, count=1, key=person_key(name))
    if hist is not None:
        if want and hist.key and hist.key.space is KeySpace.PERSON:
            tables.gender.setdefault(hist.key.value, want)
        return mention_of(hist, at, kind=SourceKind.PERSON, named=True, count=1)
    if history and history[-1].kind == SourceKind.PERSON:
        return mention_of(history[-1], at)
    return _other_person(tables, tok, want, at, history, resolve)


def _body_taken_for_person(tables: NameTables, history: list[Source]) -> Source | None:
    """ "Maróth said ... He said": a recent single-word proper name the model took for a body is the person."""
    return next(
        (
            h
            for h in reversed(history[-3:])
            if h.named
            and h.kind in (SourceKind.GOVERNMENT, SourceKind.ORGANIZATION)
            and len(h.name.split()) == 1
            and not h.name.isupper()
            and not is_platform(h.name)
            and h.name.lower() not in MEDIA_NAMES
            and h.name.lower() not in tables.org_full
        ),
        None,
    )


def _other_person(
    tables: NameTables, tok: Token, want: str | None, at: At, history: list[Source], resolve: Resolve
) -> Source:
    """he/she/I/we with no person before it: a recent one-word name taken for a body, a person noun subject
    ("The minister ... He said"), else an unidentified person."""
    h = _body_taken_for_person(tables, history)
    if want and h is not None:
        key = SourceKey(KeySpace.PERSON, h.name.lower())
        return mention_of(h, at, kind=SourceKind.PERSON, named=True, count=1, descriptor=None, key=key)
    ref = _antecedent(tables, tok, "person", history, resolve)
    if ref is not None:
        return mention_of(ref, at)
    if want:
        return new_source(
            at,
            name="unidentified person",
            kind=SourceKind.PERSON,
            named=False,
            count=1,
            key=SourceKey(KeySpace.UNNAMED, "unidentified person"),
        )
    return new_source(at, name=UNIDENTIFIED, kind=SourceKind.UNKNOWN, named=False, count=None, key=UNIDENTIFIED_KEY)


def _context_start(tok: Token) -> int:
    """The first token of the sentence two sentences before ``tok``'s (or of the Doc, if nearer)."""
    doc = tok.doc
    start = sent_of(tok).start
    for _ in range(2):
        if start == 0:
            break
        start = sent_of(doc[start - 1]).start
    return start


def _fits_antecedent(t: Token, want: str) -> bool:
    """A noun subject ``t`` can be what the pronoun ``want`` refers to: for "they" a plural noun, a collective
    noun or an organisation; for "it" an organisation or a document; for "he"/"she" a singular person noun."""
    lemma = t.lemma_.lower()
    plural = t.tag_ in ("NNS", "NNPS")
    org = t.ent_type_ in ("ORG",) or lemma in ORGANIZATION_NOUNS or lemma in GOVERNMENT_NOUNS or lemma in MEDIA_NOUNS
    if want == "they":  # a speaker: people or bodies, not "the ice sheets"
        return (
            (plural or lemma in COLLECTIVE_NOUNS or org)
            and t.ent_type_ not in ("PERSON",)
            and (t.pos_ == "PROPN" or noun_kind(lemma, t) not in (SourceKind.UNKNOWN, SourceKind.DOCUMENT))
        )
    if want == "it":
        return not plural and (org or lemma in DOCUMENT_NOUNS) and t.ent_type_ not in ("PERSON", "NORP")
    return not plural and lemma in PERSON_NOUNS and t.pos_ == "NOUN"


def _antecedent(tables: NameTables, tok: Token, want: str, history: list[Source], resolve: Resolve) -> Source | None:
    """The nearest compatible subject before ``tok`` in its sentence and the two before it (outside
    quotes): for "they" a plural noun, a collective noun or an organisation; for "it" an organisation or
    a document; for "he"/"she" a singular person noun ("The minister ... He said")."""
    doc = tables.doc
    for t in reversed(doc[_context_start(tok) : tok.i]):
        if (
            t.dep_ not in ("nsubj", "nsubjpass")
            or t.pos_ not in ("NOUN", "PROPN")
            or tables.in_quote(t.idx)
            or any(c.dep_ == "poss" and c.lower_ in GROUP_POSSESSIVES for c in t.children)
        ):
            continue  # "their personalities" is not what "they" refers to
        if _fits_antecedent(t, want):
            ref = tables.canonical(resolve(t, history))
            if ref is not None and ref.name:
                return ref
    return None

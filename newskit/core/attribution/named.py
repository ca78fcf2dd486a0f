"""Named sources: a person named in a mention ("Prime Minister Jane Doe", "Doe, a spokeswoman"), an
organisation or a bare proper name ("Reuters", "the Geological Survey of Norland"), and the kind of a proper
name from the strongest evidence first (:func:`name_kind`).

Examples
--------
>>> import newskit
>>> from newskit.core.attribution.sources import read_mention
>>> doc = newskit.load_pipeline()("Prime Minister Jane Doe said the plan was dead.")
>>> tables = NameTables(doc)
>>> named_person(tables, read_mention(tables, doc[3], None)).name
'Jane Doe'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..vocab import SourceKind
from .aliases import NameTables
from .body_words import GOVERNMENT_NOUNS, ORGANIZATION_NOUNS
from .kinds import context_kind, org_kind
from .name_words import GOVERNMENT_NAME_WORDS
from .names import descriptor, ent_words, is_platform, name_phrase, org_shaped
from .person_words import PERSON_NOUNS, TITLE_WORDS
from .records import Mention, Source, org_key, person_key
from .relays import relay_slot, reports_that

__all__ = ["named_person", "named_org", "name_kind"]

#: Nouns that name a kind of body in a proper name ("Institute", "University", "Committee").
_BODY_NOUNS = ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | GOVERNMENT_NAME_WORDS
#: Titles and person nouns that head a person's description in capitals ("United States Senator"), not a body's.
_PERSON_HEADS = (TITLE_WORDS | PERSON_NOUNS) - _BODY_NOUNS


def named_person(tables: NameTables, m: Mention) -> Source | None:
    """A person named in the mention ("Prime Minister Jane Doe", "Doe, a spokeswoman")."""
    head = m.head
    person = next(
        (e for e in m.persons if e.root == head or e.root.head == head or head in e or e.root.dep_ == "appos"),
        None,
    ) or (m.persons[0] if m.persons and head.pos_ == "PROPN" else None)
    if person is None:
        return None
    name = tables.person_name(ent_words(person))
    return m.source(
        name=name,
        kind=SourceKind.PERSON,
        named=True,
        count=1,
        descriptor=descriptor(m.toks, head, person),
        key=person_key(name),
    )


def _org_entity(m: Mention) -> Span | None:
    """The organisation entity a mention names: the one holding its head or attached to it ("the Norland
    ministry"), the longest of several, else any entity holding a proper-noun head."""
    head, lemma, orgs = m.head, m.lemma, m.orgs
    org = next(
        (
            e
            for e in orgs
            if head in e
            or (
                e.root.head == head
                and (e.root.dep_ in ("appos", "nmod") or e.start > head.i or lemma not in PERSON_NOUNS)
            )
        ),
        None,
    )
    if org is not None and len(orgs) > 1 and head not in org:
        org = max(orgs, key=len)
    if org is None and head.pos_ == "PROPN":
        org = next((e for e in m.ents if head in e), None)
    return org


def named_org(tables: NameTables, m: Mention) -> Source | None:
    """An organisation (or a proper name) in the mention; a proper name tagged PERSON, or one that is no
    known organisation, is a person."""
    head, toks = m.head, m.toks
    org = _org_entity(m)
    if org is None and head.pos_ != "PROPN":
        return None
    name = tables.org_name(name_phrase(m, org))
    kind = name_kind(tables, name, head, org, m)
    if kind == SourceKind.PERSON:  # "President of Ukraine X": the "of" phrase is no part of a person's name
        name = tables.person_name(tables.org_name(name_phrase(m, org, of_phrase=False)).split())
        described = descriptor(toks, head, None) if org is None else None
        return m.source(
            name=name, kind=SourceKind.PERSON, named=True, count=1, descriptor=described, key=person_key(name)
        )
    conj = [c for c in head.children if c.dep_ == "conj"]
    n = 1 + len(conj) if conj and all(c.pos_ == "PROPN" for c in conj) else 1
    return m.source(
        name=name, kind=kind, named=True, count=n, descriptor=descriptor(toks, head, org), key=org_key(name)
    )


def name_kind(tables: NameTables, name: str, head: Token, org: Span | None, m: Mention) -> SourceKind:
    """Kind of a proper name that is no person entity, from the strongest evidence first: what its phrase
    says (:func:`~.kinds.context_kind`: "the newspaper X", "X, a supermarket chain"; here or where the article
    introduced it), its form and the known names (:func:`~.kinds.org_kind`: "Zentrix Inc", "Ministry of X",
    "Reuters", "Znak.com"), the recogniser's person tag, where it stands (the outlet a source told or spoke
    to, the subject of "reported that": media). A bare proper name no recogniser took for a body or a place
    is a person."""
    ctx = context_kind(head, org) or tables.org_kinds.get(name.lower())
    kind = org_kind(name, head)
    if kind == SourceKind.ORGANIZATION and set(name.lower().split()) & ORGANIZATION_NOUNS:
        return kind  # "Progressive Party, the main opposition force": the name says what it is
    if ctx is not None and not (ctx == SourceKind.PERSON and (kind != SourceKind.ORGANIZATION or org_shaped(name))):
        return ctx
    if kind != SourceKind.ORGANIZATION or org_shaped(name):
        return kind
    known = name.lower() in tables.org_names  # an organisation the article named ("Phivolcs" after its full name)
    titled = any(t.lower_ in _PERSON_HEADS for t in m.toks if t.pos_ == "PROPN" and t.i <= head.i)
    if not known and head.pos_ == "PROPN" and (head.ent_type_ == "PERSON" or titled):
        return SourceKind.PERSON  # "Bernie Sanders", "United States Senator", "the United Kingdom's Queen Elizabeth II"
    body = known or org is not None or head.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
    body = body or any(e.label_ in ("ORG", "GPE", "NORP") and e.root.dep_ == "compound" for e in m.ents)
    if not body and not is_platform(name):
        return SourceKind.PERSON
    words = set(name.lower().split())
    if len(words) <= 3 and not words & _BODY_NOUNS and (relay_slot(head) or reports_that(head)):
        return SourceKind.MEDIA  # an outlet's name is short and names no kind of body ("Institute of X reported")
    return SourceKind.ORGANIZATION

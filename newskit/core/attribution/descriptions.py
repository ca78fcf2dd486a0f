"""Unnamed sources and descriptions: how many sources a description names (:func:`count_from_words`),
documents ("a 1989 report from the NTSB", "the study"), definite descriptions coreferent with a source named
earlier ("the minister", "the 45-year-old", "the website"), and descriptions that are sources of their own
("Four European diplomats", "a witness").

Examples
--------
>>> count_from_words(["Four", "European", "diplomats"], plural=True)
4
>>> count_from_words(["officials"], plural=True) is None
True
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from ..vocab import SourceKind
from .aliases import NameTables
from .body_words import (
    DOCUMENT_NOUNS,
    GOVERNMENT_NOUNS,
    MEDIA_NOUNS,
    ORGANIZATION_NOUNS,
    OUTLET_PAGE_NOUNS,
    PERSONAL_DOCUMENT_NOUNS,
)
from .doc_index import doc_text
from .kinds import noun_kind
from .lexicon import (
    DESCRIPTION_DETERMINERS,
    DESCRIPTION_QUANTIFIERS,
    DOCUMENT_BACK_DETERMINERS,
    INDEFINITE_DETERMINERS,
    LATTER_FORMER,
)
from .names import clean_name, descriptor, document_name
from .person_words import NUMBER_WORDS, PERSON_NOUNS
from .records import NO_MENTION, KeySpace, Mention, Source, SourceKey, mention_of, new_source, org_key

__all__ = ["count_from_words", "description", "outlet_description", "document", "common"]

#: An unnamed source's name without the quantifier before it ("several officials" -> "officials").
_LEADING_QUANTIFIER = re.compile(r"^(?:" + "|".join(DESCRIPTION_QUANTIFIERS) + r")\s+", flags=re.I)


def count_from_words(words: list[str], plural: bool) -> int | None:
    """Source count from the words of a mention: number words or digits, else 1 for singular, None plural.

    Examples
    --------
    >>> count_from_words(["a", "witness"], plural=False)
    1
    >>> count_from_words(["12", "officials"], plural=True)
    12
    """
    for w in words:
        lw = w.lower()
        if lw.isdigit():
            return int(lw)
        if lw in NUMBER_WORDS and lw not in INDEFINITE_DETERMINERS or (lw in INDEFINITE_DETERMINERS and not plural):
            return NUMBER_WORDS[lw]
    return None if plural else 1


def _aged_person(tables: NameTables, head: Token) -> Source | None:
    """ "the 45-year-old": the person the article gave that age ("John Miller, 45, ..."), else the last person
    named before; None when the description states no age."""
    m = re.search(r"(\d+)\s*-\s*year\s*-\s*old", doc_text(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
    if not m:
        return None
    sur = tables.ages.get(m.group(1))
    if sur is None:
        i = bisect.bisect_left(tables.person_positions, head.idx) - 1
        sur = tables.person_names[i] if i >= 0 else None
    if sur is None:
        return None
    name = tables.surname_full.get(sur, sur)
    return new_source(
        NO_MENTION, name=name, kind=SourceKind.PERSON, named=True, count=1, key=SourceKey(KeySpace.PERSON, sur)
    )


def _described_person(tables: NameTables, lemma: str, head: Token) -> Source | None:
    """ "the minister": the most recent named person described with this noun before ``head``."""
    for pos, ctx, sur in reversed(tables.person_descr):
        if pos < head.idx and re.search(r"\b" + re.escape(lemma), ctx):
            name = tables.surname_full.get(sur, sur)
            return new_source(
                NO_MENTION, name=name, kind=SourceKind.PERSON, named=True, count=1, key=SourceKey(KeySpace.PERSON, sur)
            )
    return None


def _described_body(tables: NameTables, lemma: str, head: Token, history: list[Source]) -> Source | None:
    """ "the ministry", "the company", "the newspaper": the last organisation named before ``head`` whose name
    ends in the noun, else the last one of the noun's kind, else a named outlet among the sources."""
    for pos, name in reversed(tables.org_positions):
        if pos < head.idx and name.lower().split()[-1] == lemma:
            return new_source(NO_MENTION, name=name, kind=tables.kind_of(name), named=True, count=1, key=org_key(name))
    want = (
        SourceKind.ORGANIZATION
        if lemma in ORGANIZATION_NOUNS
        else SourceKind.GOVERNMENT
        if lemma in GOVERNMENT_NOUNS
        else SourceKind.MEDIA
    )
    for pos, name in reversed(tables.org_positions):
        if pos < head.idx and tables.kind_of(tables.org_name(name)) == want:
            name = tables.org_name(name)
            return new_source(NO_MENTION, name=name, kind=want, named=True, count=1, key=org_key(name))
    # a named outlet the recogniser did not tag ("One news site, Znak.com, ...")
    ref = next((h for h in reversed(history) if h.named and h.kind == want and (h.start or 0) < head.idx), None)
    if ref is not None and want == SourceKind.MEDIA:
        return mention_of(ref, NO_MENTION)
    return None


def description(tables: NameTables, head: Token, history: list[Source]) -> Source | None:
    """The source named earlier that a definite description headed by ``head`` refers to ("the 45-year-old",
    "the minister", "the ministry"), placed nowhere (:data:`~.records.NO_MENTION`); None when there is none."""
    lemma = head.lemma_.lower()
    aged = _aged_person(tables, head)
    if aged is not None:
        return aged
    if lemma in PERSON_NOUNS:
        return _described_person(tables, lemma, head)
    if lemma in ORGANIZATION_NOUNS or lemma in GOVERNMENT_NOUNS or lemma in MEDIA_NOUNS:
        return _described_body(tables, lemma, head, history)
    return None


def outlet_description(tables: NameTables, m: Mention, history: list[Source]) -> Source | None:
    """ "the website", "the site" after a named outlet is that outlet, not a document called "website"; "the
    research website" is no outlet."""
    if (
        m.det in DESCRIPTION_DETERMINERS
        and not m.plural
        and m.lemma in OUTLET_PAGE_NOUNS
        and not any(c.dep_ in ("amod", "compound") and c.pos_ != "PROPN" for c in m.head.children)
    ):
        ref = description(tables, m.head, history)
        if ref is not None and ref.kind == SourceKind.MEDIA:
            return m.like(ref, named=True, count=1)
    return None


def document(m: Mention, history: list[Source]) -> Source | None:
    """A document: "a 1989 report from the NTSB", "CNN's projections", "the study"; "the report" after
    "a 1989 report from the NTSB" is that report."""
    head, lemma, persons = m.head, m.lemma, m.persons
    if not (
        head.pos_ == "NOUN"
        and (lemma in DOCUMENT_NOUNS or head.lower_ in DOCUMENT_NOUNS)
        and not (lemma in PERSONAL_DOCUMENT_NOUNS and persons)
    ):
        return None
    named = any(e.root.head == head or e.root.head.head == head or e.root == head for e in persons + m.orgs) or any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children
    )
    words = [t.text for t in m.toks]
    n = count_from_words(words[: words.index(head.text)] if head.text in words else words, m.plural)
    if m.det in DOCUMENT_BACK_DETERMINERS and not any(
        c.dep_ in ("amod", "compound", "poss", "prep", "acl") for c in head.children
    ):
        prev = next((h for h in reversed(history) if h.kind == SourceKind.DOCUMENT and h.head == lemma), None)
        if prev is not None:
            return m.like(prev, head=lemma)
    name = document_name(head) or clean_name(m.text)
    return m.source(
        name=name,
        kind=SourceKind.DOCUMENT,
        named=bool(named),
        count=n,
        descriptor=descriptor(m.toks, head, None),
        key=SourceKey(KeySpace.DOCUMENT, name.lower()),
        head=lemma,
    )


def _same_noun_source(m: Mention, kind: str, n: int | None, history: list[Source]) -> Source | None:
    """An earlier source of the same head noun and kind as an unmodified description ("Two sources" after
    "Four European sources"), as this mention with this count (a document keeps its own)."""
    same = re.sub(r"s$", "", m.head.lower_)
    for h in reversed(history):
        hw = h.name.lower().split()
        if hw and h.start is not None and h.start < m.start and re.sub(r"s$", "", hw[-1]) == same and h.kind == kind:
            return m.like(h, count=n if kind != SourceKind.DOCUMENT else h.count)
    return None


def common(tables: NameTables, m: Mention, history: list[Source]) -> Source:
    """A description: coreferent with a named person or organisation ("the minister"), with an earlier
    source of the same noun ("Two sources" after "Four European sources"), else a source of its own."""
    head = m.head
    if m.det in DESCRIPTION_DETERMINERS and not m.plural:
        ref = description(tables, head, history)
        if ref is not None:
            return m.like(ref, named=True, count=1)
    if head.lower_ in LATTER_FORMER and history:
        return history[-1]
    kind = noun_kind(m.lemma, head)
    n = count_from_words([t.text for t in m.toks if t.i < head.i] + [head.text], m.plural)
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "prep", "appos", "acl")]
    if not mods:
        same = _same_noun_source(m, kind, n, history)
        if same is not None:
            return same
    name = clean_name(
        " ".join(
            t.text for t in m.toks if t.i == head.i or not (t.like_num or t.lower_ in NUMBER_WORDS and t.i < head.i)
        )
    )
    name = clean_name(_LEADING_QUANTIFIER.sub("", name))
    return m.source(
        name=name or clean_name(m.text),
        kind=kind,
        named=False,
        count=n,
        descriptor=descriptor(m.toks, head, None),
        key=SourceKey(KeySpace.UNNAMED, (name or m.text).lower()),
    )

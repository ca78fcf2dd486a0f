"""Source gender: a reader's inference from the article and the name, never a person's identity.

:func:`assign_gender` sets two keys on every claim row the attribution component produced:

- ``source_gender``: ``female``, ``male``, ``mixed`` (a group of women and men), ``unknown``; ``None`` when the
  source is no person (an organisation, a government, media, a document);
- ``gender_evidence``: ``article`` (the text says it), ``name`` (the first name is strongly one-sided in the name
  table), ``None`` (unknown, or no person).

Evidence, in this order:

1. the article: honorifics (Mr, Mrs, Ms, Sir, Dame), gendered nouns about the person (spokeswoman, chairman,
   actress, mother, "his daughter X"), and third-person pronouns linked to the source, both the pronoun mentions
   the Resolver's coreference gave as the claim's source and pronouns outside quotes whose antecedent is that
   person alone; a pronoun inside a quote is the speaker's, about someone else, and never counts;
2. the first name, looked up in the table compiled from the US Social Security Administration's baby names
   and nomquamgender's international lists (:func:`name_gender`), used only when it is at least 95 % one way
   over at least 10 bearers and not a name the international lists find used by both sexes;
3. else ``unknown``. Groups are ``unknown`` unless a gendered group noun ("women", "the family") or a coordination
   of known persons ("X and his wife Y": ``mixed``) says more.

Examples
--------
>>> name_gender("Angela Merkel"), name_gender("Taylor Swift"), name_gender("Merkel")
('female', 'unknown', 'unknown')
"""

from __future__ import annotations

import bisect
import csv
import gzip
import importlib.resources
import io
import re
import unicodedata
from functools import lru_cache

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..vocab import Gender, SourceKind
from .doc_index import doc_text
from .gender_words import (
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    FEMALE_PRONOUNS,
    MALE_HONORIFICS,
    MALE_NOUNS,
    MALE_PRONOUNS,
    MIXED_GROUP_NOUNS,
    NAME_PARTICLES,
    TITLE_WORDS,
)
from .quotes import find_quotes

__all__ = ["assign_gender", "name_gender", "first_names", "MIN_SHARE", "MIN_COUNT", "INTL_MIXED"]

#: A first name is evidence only when this share of its babies had one sex ...
MIN_SHARE = 0.95
#: ... and the table has at least this many babies with the name.
MIN_COUNT = 10
#: ... unless the international lists give it a share female in this range (a name both sexes bear).
INTL_MIXED = (0.15, 0.85)

_F, _M = Gender.FEMALE.value, Gender.MALE.value
_MIXED, _UNKNOWN = Gender.MIXED.value, Gender.UNKNOWN.value
_NOT_PERSON = frozenset({SourceKind.ORGANIZATION, SourceKind.GOVERNMENT, SourceKind.MEDIA, SourceKind.DOCUMENT})
_W_STRONG, _W_SOURCE, _W_PRONOUN = 3.0, 2.0, 1.0  # honorific/noun; pronoun given as source; linked pronoun
_OBJECT_FORMS = frozenset({"him", "her"})
_TITLE_WORDS = FEMALE_HONORIFICS | MALE_HONORIFICS | TITLE_WORDS
_GENDER_NOUNS = FEMALE_NOUNS | MALE_NOUNS


# ----------------------------------------------------------------------------- name table
@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[int, int, float | None]]:
    """The shipped first-name table: folded name -> (female, male, international share female or None).

    Counts are US SSA babies 1880-2017, or for names the SSA lacks nomquamgender's counts; the international
    share is nomquamgender's (see ``newskit/core/data/first_names.PROVENANCE.md``).

    Examples
    --------
    >>> f, m, intl = first_names()["mary"]
    >>> f > 100 * m
    True
    """
    raw = (importlib.resources.files("newskit.core") / "data" / "first_names.csv.gz").read_bytes()
    rows = csv.DictReader(io.StringIO(gzip.decompress(raw).decode("utf-8")))
    return {
        r["name"]: (int(r["female"]), int(r["male"]), float(r["intl_share"]) if r["intl_share"] else None) for r in rows
    }


def fold(name: str) -> str:
    """Lower-case ASCII form of a name, as the table stores it ("Łukasz" -> "lukasz")."""
    name = name.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _lookup(first: str, table: dict[str, tuple[int, int, float | None]]) -> str:
    f, m, intl = table.get(fold(first), (0, 0, None))
    if f + m < MIN_COUNT or (intl is not None and INTL_MIXED[0] <= intl <= INTL_MIXED[1]):
        return _UNKNOWN  # rare, or used for both sexes across countries ("Jean", "Andrea")
    return _F if f >= MIN_SHARE * (f + m) else _M if m >= MIN_SHARE * (f + m) else _UNKNOWN


def name_gender(name: str, table: dict[str, tuple[int, int, float | None]] | None = None) -> str:
    """``female``/``male`` when the first name of ``name`` is strongly one-sided, else ``unknown``.

    A single word (a surname, a mononym), an initial, or an unknown or balanced first name is ``unknown``; a
    hyphenated first name counts as a whole ("Jean-Claude") or when all its parts agree.

    Examples
    --------
    >>> name_gender("Jean-Claude Juncker"), name_gender("J. K. Rowling"), name_gender("Chris Kervick")
    ('male', 'unknown', 'unknown')
    """
    table = first_names() if table is None else table
    words = [w for w in re.findall(r"[^\W\d_][\w.'’-]*", name)]
    while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    while len(words) > 2 and fold(words[0]) not in table:
        words = words[1:]  # "Broadcaster Piers Morgan": a leading word that is no first name
    if len(words) < 2 or words[0].lower() in NAME_PARTICLES:
        return _UNKNOWN
    first = words[0].strip(".'’-")
    if len(first) < 2 or "." in first or first.isupper() and len(first) <= 3:
        return _UNKNOWN  # an initial ("J.", "JK")
    if "-" in first:
        whole = _lookup(first.replace("-", ""), table)
        if whole != _UNKNOWN:
            return whole
        parts = {_lookup(p, table) for p in first.split("-") if p}
        return parts.pop() if len(parts) == 1 else _UNKNOWN
    return _lookup(first, table)


# ----------------------------------------------------------------------------- article evidence
def _word_gender(word: str, nouns: bool = True) -> str | None:
    low = word.lower().rstrip(".")
    if low in FEMALE_HONORIFICS or (nouns and low in FEMALE_NOUNS):
        return _F
    if low in MALE_HONORIFICS or (nouns and low in MALE_NOUNS):
        return _M
    return None


def _pronoun_gender(tok: Token) -> str | None:
    low = tok.lower_
    return _M if low in MALE_PRONOUNS else _F if low in FEMALE_PRONOUNS else None


def _ent_words(ent: Span) -> list[str]:
    return [t.text for t in ent if t.is_alpha or (t.text.endswith(".") and len(t.text) > 1)]


def _person_key(words: list[str]) -> tuple[str, str]:
    """(first name, surname) of a name's words, lower case, titles stripped; first is "" for a bare surname."""
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    if not words:
        return "", ""
    return (words[0].lower() if len(words) > 1 else ""), words[-1].lower()


def _about_token(tok: Token) -> list[str]:
    """Gendered honorifics and nouns the parse ties to a name or noun: the token itself, its compounds and
    appositions ("Police spokesman X", "X, the chairwoman"), the noun it is in apposition to or a compound of
    ("his daughter, X"), and an honorific right before it. A possessor ("the chairman's wife") is not the person."""
    found = [tok]
    found += [c for c in tok.children if c.dep_ in ("compound", "appos") and c.i != tok.i]
    if tok.dep_ in ("appos", "compound") and tok.head.dep_ != "poss":
        found.append(tok.head)
    out = [g for g in (_word_gender(t.text) for t in found if t.dep_ != "poss") if g]
    return out


def _ent_evidence(ent: Span) -> list[str]:
    """Gender words about the person named by ``ent``."""
    doc = ent.doc
    out = []
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.text != "," and _word_gender(before.text) and before.dep_ != "poss":
        out.append(_word_gender(before.text) or "")
    for t in ent:
        g = _word_gender(t.text)
        if g and t.i < ent.root.i:
            out.append(g)
    out += [g for g in _about_token(ent.root) if g]
    return [g for g in out if g]


class _Article:
    """Per-article look-ups: quotes, sentences and the persons the entities name."""

    def __init__(self, doc: Doc):
        self.doc = doc
        quotes = find_quotes(doc_text(doc))
        self.q_open = [q.open for q in quotes]
        self.q_close = [q.close for q in quotes]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" and any(t.text[:1].isupper() for t in e)]
        self.by_surname: dict[str, set[str]] = {}
        for e in self.persons:
            first, sur = _person_key(_ent_words(e))
            if first:
                self.by_surname.setdefault(sur, set()).add(first)
        self.person_starts = [e.start for e in self.persons]  # doc.ents are in text order
        self.person_keys = [self.key(e) for e in self.persons]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_open, pos) - 1
        return i >= 0 and pos < self.q_close[i]

    def sent_index(self, tok: Token) -> int:
        return bisect.bisect_right(self.sent_starts, tok.i) - 1

    def person(self, words: list[str]) -> tuple[str, str]:
        """(first name, surname) of a name in this article: a bare surname takes the one first name the article
        gives it; a surname shared by two first names ("Mukherjee" for father and son) keeps first "?"."""
        first, sur = _person_key(words)
        if not first:
            firsts = self.by_surname.get(sur, set())
            first = next(iter(firsts)) if len(firsts) == 1 else "?" if firsts else ""
        return first, sur

    def key(self, ent: Span) -> tuple[str, str]:
        return self.person(_ent_words(ent))


def _antecedent(art: _Article, pron: Token) -> tuple[str, str] | None:
    """The person a gendered pronoun outside quotes refers to, when the text leaves no doubt: the only person
    named before it in its sentence (or the only subject among them), else the only one in the sentence before.
    A gendered noun subject ("His wife said she ...") or a possessor ("Smith's wife") makes it no evidence."""
    si = art.sent_index(pron)
    for k in (si, si - 1):
        if k < 0:
            break
        sent = art.sents[k]
        end = min(sent.end, pron.i)
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and t.lower_ in _GENDER_NOUNS
            for t in art.doc[sent.start : end]
        ):
            return None
        first, last = bisect.bisect_left(art.person_starts, sent.start), bisect.bisect_left(art.person_starts, end)
        cands = [
            (e, key)
            for e, key in zip(art.persons[first:last], art.person_keys[first:last])
            if e.end <= end and not art.in_quote(e.start_char)
        ]
        if any(e.root.dep_ == "poss" for e, _ in cands):
            return None
        ids = {p for _, p in cands}
        if len(ids) == 1:
            return ids.pop()
        if len(ids) > 1:
            subj = {p for e, p in cands if e.root.dep_ in ("nsubj", "nsubjpass")}
            return subj.pop() if len(subj) == 1 else None
    return None


# ----------------------------------------------------------------------------- the pass
def _mention_root(doc: Doc, row: dict) -> Token | None:
    s, e = row.get("source_start"), row.get("source_end")
    if s is None or e is None or not (0 <= s < e <= len(doc_text(doc))):
        return None
    span = doc.char_span(s, e, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _mention_votes(art: _Article, row: dict, root: Token | None) -> list[tuple[str, float]]:
    """Evidence in the claim's own source mention and descriptor."""
    out: list[tuple[str, float]] = []
    if root is not None and not art.in_quote(root.idx):
        g = _pronoun_gender(root)
        if g:
            return [(g, _W_SOURCE)]  # the Resolver linked this pronoun to the source
        if root.pos_ != "PRON":
            first = art.doc[root.left_edge.i]
            prev = art.doc[first.i - 1] if first.i else None
            toks = [prev] if prev is not None and _word_gender(prev.text, nouns=False) else []
            out += [(g, _W_STRONG) for g in _about_token(root)]
            out += [(g, _W_STRONG) for g in (_word_gender(t.text, nouns=False) for t in toks) if g]
    desc = (row.get("descriptor") or "").lower()
    head = re.split(r"\b(?:of|for|at|to|in|from|with)\b|'s|’s", desc)[0]
    if not out:
        out += [(g, _W_STRONG) for g in (_word_gender(w) for w in re.findall(r"[\w-]+", head)) if g]
    return out


def _conjunct_gender(art: _Article, tok: Token) -> str:
    """The gender of one member of a coordinated source ("his wife Mary")."""
    votes = _about_token(tok)
    ent = next((e for e in art.persons if e.start <= tok.i < e.end), None)
    if ent is not None:
        votes += _ent_evidence(ent)
    if votes and len(set(votes)) == 1:
        return votes[0]
    return name_gender(ent.text) if ent is not None else _UNKNOWN


def _group_gender(art: _Article, root: Token | None, base: str) -> tuple[str, str | None]:
    """A group source: a gendered or mixed group noun, or a coordination of persons ("X and his wife Y")."""
    if root is None:
        return _UNKNOWN, None
    conj = [c for c in root.conjuncts if c.pos_ in ("PROPN", "NOUN")]
    if conj:
        genders = {base} | {_conjunct_gender(art, c) for c in conj}
        if _UNKNOWN in genders:
            return _UNKNOWN, None
        return (_MIXED if len(genders) > 1 else genders.pop()), "article"
    low = root.lower_
    if low in MIXED_GROUP_NOUNS:
        return _MIXED, "article"
    g = _word_gender(low)
    return (g, "article") if g else (_UNKNOWN, None)


def _decide(votes: list[tuple[str, float]], name: str | None) -> tuple[str, str | None]:
    """The article's evidence when one side dominates; a one-sided first name overrides pronoun links alone
    (the least certain evidence); else the name; else unknown."""
    f = sum(w for g, w in votes if g == _F)
    m = sum(w for g, w in votes if g == _M)
    by_name = name_gender(name) if name else _UNKNOWN
    if max(f, m) > 0 and max(f, m) >= 2 * min(f, m):
        g = _F if f > m else _M
        weak = all(w <= _W_PRONOUN for _, w in votes)
        if not (weak and by_name not in (g, _UNKNOWN)):
            return g, "article"
    return (by_name, "name") if by_name != _UNKNOWN else (_UNKNOWN, None)


def _pronouns(doc: Doc) -> list[Token]:
    """The gendered pronouns of ``doc`` in text order, found on the token array (no Token object per word)."""
    hashes = [doc.vocab.strings.add(w) for w in MALE_PRONOUNS | FEMALE_PRONOUNS]
    lowers = doc.to_array([LOWER]).reshape(-1)
    return [doc[int(i)] for i in np.flatnonzero(np.isin(lowers, np.array(hashes, dtype=lowers.dtype)))]


def _linked_votes(art: _Article, skip: set[int]) -> dict[tuple[str, str], list[tuple[str, float]]]:
    """Votes per person (first, surname) from entity contexts and from pronouns outside quotes."""
    votes: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for ent in art.persons:
        for g in _ent_evidence(ent):
            votes.setdefault(art.key(ent), []).append((g, _W_STRONG))
    for tok in _pronouns(art.doc):
        pg = _pronoun_gender(tok)
        if pg is None or tok.i in skip or art.in_quote(tok.idx) or (tok.lower_ in _OBJECT_FORMS and tok.dep_ != "poss"):
            continue  # an object "him"/"her" is rarely the person its clause's subject names
        key = _antecedent(art, tok)
        if key is not None:
            votes.setdefault(key, []).append((pg, _W_PRONOUN))
    return votes


def assign_gender(doc: Doc, claims: list[dict]) -> list[dict]:
    """Set ``source_gender`` and ``gender_evidence`` on the claim rows of ``doc`` (in place; also returned).

    Parameters
    ----------
    doc : Doc
        The parsed article the rows come from (offsets into ``doc.text``).
    claims : list of dict
        Rows of :func:`newskit.core.attribution.component.extract_claims_from_doc`.

    Returns
    -------
    list of dict
        The same rows.
    """
    if not claims:
        return claims
    art = _Article(doc)
    roots = [_mention_root(doc, r) for r in claims]
    linked = _linked_votes(art, {t.i for t in roots if t is not None and t.pos_ == "PRON"})
    per_source: dict[str, list[tuple[str, float]]] = {}
    for r, root in zip(claims, roots):
        per_source.setdefault(str(r.get("source_id")), []).extend(_mention_votes(art, r, root))
    for r, root in zip(claims, roots):
        r["source_gender"], r["gender_evidence"] = _row_gender(art, r, root, per_source, linked)
    return claims


def _names_person(art: _Article, name: str) -> bool:
    """A full name that a PERSON entity of the article spells out, or a two-word title-case name whose first
    name is one-sided ("Dominic Hare" tagged as an organisation)."""
    words = name.split()
    if len(words) < 2:
        return False
    if any(_ent_words(e)[-len(words) :] == words for e in art.persons):
        return True
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words) and name_gender(name) != _UNKNOWN


def _person_name(row: dict) -> str:
    """The person a claim names: its mention when the mention is itself a full name of someone else than
    ``source_name`` ("Sharmistha Mukherjee" resolved to her father), else ``source_name``."""
    name = row.get("source_name") or ""
    mention = re.sub(r"(?:'s|’s)$", "", (row.get("source_mention") or "").strip())
    words, mwords = name.split(), mention.split()
    if (
        len(mwords) == 2
        and len(words) >= 2
        and all(w[:1].isupper() for w in mwords)
        and mwords[-1] == words[-1]
        and mwords[0] != words[0]
        and mwords[0].lower().rstrip(".") not in _TITLE_WORDS
        and name_gender(mention) != _UNKNOWN
    ):
        return mention
    return name


def _row_gender(art, row, root, per_source, linked) -> tuple[str | None, str | None]:
    """(source_gender, gender_evidence) of one claim row: null for non-persons, the group rules for groups and
    coordinations, else the article's evidence about the source, then its first name."""
    kind = row.get("source_kind") or SourceKind.UNKNOWN
    honorific = _word_gender(((row.get("source_mention") or "").split() or [""])[0], nouns=False)
    if (
        kind == SourceKind.ORGANIZATION
        and row.get("named")
        and (honorific or _names_person(art, row.get("source_name") or ""))
    ):
        kind = SourceKind.PERSON  # "Ms Hale", "Dominic Hare" tagged as organisations: the name says a person
    if kind in _NOT_PERSON:
        return None, None
    votes = per_source.get(str(row.get("source_id")), [])
    if kind != SourceKind.PERSON:  # "unknown": a person only when a pronoun or a gendered word says so
        g, ev = _decide(votes, None)
        if ev is None and root is not None and root.lower_ in ("i", "we", "me", "us", "they", "you"):
            return _UNKNOWN, None
        return (g, ev) if ev else (None, None)
    name = _person_name(row)
    count = row.get("source_count")
    if name != row.get("source_name"):
        votes = [v for v in _mention_votes(art, row, root)]
    if row.get("named") and name:
        votes = votes + linked.get(art.person(name.split()), [])
    if count is None or count > 1:
        return _group_gender(art, root, _conjunct_gender(art, root) if root is not None else _UNKNOWN)
    g, ev = _decide(votes, name if row.get("named") else None)
    if root is not None and any(c.pos_ in ("PROPN", "NOUN") for c in root.conjuncts):
        return _group_gender(art, root, g)
    return g, ev

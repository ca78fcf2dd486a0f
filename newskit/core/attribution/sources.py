"""Source resolution: mention spans, canonical names, aliases, pronoun and description coreference,
kinds, counts and descriptors.

All rules are per article and linear in its length: one pass over the entities builds the alias tables
(surname -> full name, acronym -> organisation), and pronouns look back at the persons already seen.

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
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from spacy.tokens import Doc, Span, Token

from .cues import (
    CITING_VERBS,
    COLLECTIVE_NOUNS,
    CORPORATE_SUFFIXES,
    DOCUMENT_NOUNS,
    FEMALE_TITLES,
    GOVERNMENT_NAME_WORDS,
    GOVERNMENT_NOUNS,
    HONORIFICS,
    MALE_TITLES,
    MEDIA_NAME_WORDS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    MEDIUM_NOUNS,
    NUMBER_WORDS,
    ORGANIZATION_NOUNS,
    OUTLET_PAGE_NOUNS,
    PERSON_NOUNS,
    PERSONAL_DOCUMENT_NOUNS,
    PLATFORM_NAMES,
    PRESS_AUDIENCES,
    RELAY_PREPS,
    RELAY_VERBS,
    STATEMENT_NOUNS,
    TITLE_WORDS,
)
from .lexicon import (
    DESCRIPTION_DETERMINERS,
    DOCUMENT_BACK_DETERMINERS,
    FEMALE_PRONOUNS,
    FIRST_PERSON_PRONOUNS,
    GROUP_POSSESSIVES,
    GROUP_PRONOUNS,
    INDEFINITE_DETERMINERS,
    LATTER_FORMER,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    OTHER_SOURCE_PRONOUNS,
    OWNER_PREPS,
    POSSESSIVE_CLITICS,
)
from .quotes import paragraph_starts

__all__ = [
    "Source",
    "SourceKey",
    "KeySpace",
    "person_key",
    "org_key",
    "Resolver",
    "count_from_words",
    "mention_tokens",
    "is_platform",
    "is_domain",
    "cue_relay",
    "UNIDENTIFIED",
]

_REFLEXIVE = {"itself": "it", "himself": "he", "herself": "she", "themselves": "they", "myself": "i", "ourselves": "we"}

#: Name given to a pronoun source that has no antecedent in the article.
UNIDENTIFIED = "unidentified speaker"

#: Interview transcripts: a paragraph opening with a speaker label, "((Jane Doe)) ..." or "JD: ...".
_LABEL = re.compile(r"\s*(?:\(\(\s*([^()\n]{1,60}?)\s*\)\)|([A-Z]{2,4})\s*:\s)")


def is_platform(name: str) -> bool:
    """True for a social platform or online service name ("Twitter", "the Facebook").

    Examples
    --------
    >>> is_platform("Twitter"), is_platform("YouTube's"), is_platform("Reuters")
    (True, True, False)
    """
    low = re.sub(r"^the\s+", "", name.strip().lower())
    low = re.sub(r"(?:'s|’s)$", "", low).strip()
    return low in PLATFORM_NAMES


#: A web address used as a name ("Znak.com", "news.example.co.uk"): dot-separated labels ending in a lower-case
#: top-level domain.
_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,12}$")
#: A surname with an elided Irish or Romance particle ("O’Malley", "D'Souza"), optionally after a given name.
_PARTICLE_SURNAME = re.compile(r"^(?:[A-Z][a-z]+\s+)*[OD]['’][A-Z][a-z]+$")


def is_domain(name: str) -> bool:
    """True for a web address used as a name: a website, hence an outlet or a company, never a person.

    Examples
    --------
    >>> is_domain("Znak.com"), is_domain("bbc.co.uk"), is_domain("U.S."), is_domain("Jan Novak")
    (True, True, False, False)
    """
    return bool(_DOMAIN.match(name.strip()))


def _org_shaped(name: str) -> bool:
    """A name that only an organisation has: a platform, a web address, a company's legal form ("Zentrix Inc")
    or a body "of" something ("Ministry of Fisheries", "Department for Transport")."""
    words = re.findall(r"[\w’'-]+", name.lower())
    return bool(words) and (
        is_platform(name)
        or is_domain(name)
        or (len(words) >= 2 and words[-1] in CORPORATE_SUFFIXES)
        or (len(words) >= 3 and words[0] in GOVERNMENT_NAME_WORDS and words[1] in ("of", "for"))
    )


def _person_shaped(ent: Span) -> bool:
    """An entity of any label that is a person's name by its form: a particle surname ("O’Malley") or a name
    after an honorific ("Mr Blorp")."""
    doc = ent.doc
    prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
    first = ent[0].lower_.rstrip(".")
    text = _clean(ent.text)
    if _org_shaped(text) or not text[:1].isupper():
        return False
    return bool(_PARTICLE_SURNAME.match(text)) or (
        (prev in HONORIFICS or first in HONORIFICS and len(ent) > 1) and len(ent) <= 3
    )


def _is_name(ent: Span) -> bool:
    """An entity that is a person's name: a capitalised PERSON entity (not "bison") that no organisation's form
    marks ("Twitter", "Zentrix Inc", "Znak.com"), or any entity shaped like a person's name ("O’Malley")."""
    if ent.label_ != "PERSON":  # "O’Malley"; "candidate Brock Pierce" tagged ORG
        return ent.label_ in _NAME_ENTS - {"FAC", "LOC"} and (
            _person_shaped(ent) or (_context_kind(ent.root, ent) == "person" and not _org_shaped(_clean(ent.text)))
        )
    return any(t.text[:1].isupper() for t in ent if t.is_alpha) and not _body_name(ent)


def _body_name(ent: Span) -> bool:
    """A PERSON entity that names a body by its form ("Zentrix Inc") or by its apposition ("Kessler, a
    supermarket chain")."""
    return _org_shaped(_clean(ent.text)) or _context_kind(ent.root, ent) in _BODY_KINDS


def _bare_plural(ent: Span) -> bool:
    """An entity that is only plural common nouns ("Farmers" at the start of a sentence, tagged ORG): a group
    of people, not a name."""
    return all(t.pos_ == "NOUN" and t.tag_ == "NNS" for t in ent)


#: Exchanges and statements that name who heard them ("an interview with CNN", "a statement to Reuters").
_EXCHANGE_NOUNS = MEDIUM_NOUNS | STATEMENT_NOUNS
#: Nouns that name a kind of body in a proper name ("Institute", "University", "Committee").
_BODY_NOUNS = ORGANIZATION_NOUNS | GOVERNMENT_NOUNS | GOVERNMENT_NAME_WORDS
#: Titles and person nouns that head a person's description in capitals ("United States Senator"), not a body's.
_PERSON_HEADS = (TITLE_WORDS | PERSON_NOUNS) - _BODY_NOUNS
#: Kinds of sources that are bodies, not persons.
_BODY_KINDS = frozenset({"organization", "government", "media"})
_NAME_ENTS = {"PERSON", "ORG", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LOC"}
_PRON_PERSON = {"he", "she", "him", "her", "i", "we"}
_DETS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "another"}


#: "Full Name Of Body (ABBR)": the parenthesised acronym or short name is an alias of the full name.
_ACRONYM = re.compile(
    r"((?:[A-Z][\w&.'’-]*\s+)(?:(?:of|and|for|the|on|de|du|des|&)\s+|[A-Z][\w&.'’-]*\s+)*"
    r"[A-Z][\w&.'’-]*)\s+\(([A-Z][A-Za-z&]{1,11})\)"
)


class KeySpace(str, Enum):
    """What a source key identifies: persons by surname, organisations and documents by name, unnamed
    descriptions by their words, agentless reports by their label."""

    PERSON = "person"
    ORGANIZATION = "organization"
    DOCUMENT = "document"
    UNNAMED = "unnamed"
    UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class SourceKey:
    """Identity of a source within one article: two claims with equal keys have the same source."""

    space: KeySpace
    value: str


def person_key(name: str) -> SourceKey:
    """Key of a person: the surname (last word), lower-cased; an empty name keys as the empty surname.

    Examples
    --------
    >>> person_key("Anna Kowalska")
    SourceKey(space=<KeySpace.PERSON: 'person'>, value='kowalska')
    >>> person_key("").value
    ''
    """
    words = name.split()
    return SourceKey(KeySpace.PERSON, words[-1].lower() if words else "")


def org_key(name: str) -> SourceKey:
    """Key of a named organisation: its full name, lower-cased."""
    return SourceKey(KeySpace.ORGANIZATION, name.lower())


@dataclass
class Source:
    """A resolved source."""

    mention: str
    start: int | None
    end: int | None
    name: str
    kind: str
    named: bool
    count: int | None
    descriptor: str | None = None
    key: SourceKey | None = None
    aliases: set = field(default_factory=set)
    head: str = ""  # lemma of the mention's head noun (for definite-description coreference)


def doc_ents(doc: Doc) -> tuple[list[Span], list[int]]:
    """The entities of ``doc`` and their start tokens, computed once per Doc (``doc.ents`` rebuilds each time)."""
    cached = doc.user_data.get("_newskit_ents")
    if cached is None or cached[2] != len(doc):
        ents = list(doc.ents)
        cached = (ents, [e.start for e in ents], len(doc))
        doc.user_data["_newskit_ents"] = cached
    return cached[0], cached[1]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins all tokens on every access)."""
    cached = doc.user_data.get("_newskit_text")
    if cached is None or cached[1] != len(doc):
        cached = (doc.text, len(doc))
        doc.user_data["_newskit_text"] = cached
    return cached[0]


def sent_of(tok: Token) -> Span:
    """The sentence of ``tok`` in O(log n) (``Token.sent`` scans the whole Doc in spaCy 3)."""
    doc = tok.doc
    cached = doc.user_data.get("_newskit_sents")
    if cached is None or cached[2] != len(doc):
        sents = list(doc.sents)
        cached = (sents, [s.start for s in sents], len(doc))
        doc.user_data["_newskit_sents"] = cached
    return cached[0][bisect.bisect_right(cached[1], tok.i) - 1]


def ents_between(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities lying within tokens ``[start, end)``."""
    ents, starts = doc_ents(doc)
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(ents) and ents[i].start < end:
        if ents[i].end <= end:
            out.append(ents[i])
        i += 1
    return out


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


def mention_tokens(tok: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``tok``, without relative clauses and "citing X"."""
    drop: set[int] = set()
    for c in tok.children:
        if (
            c.dep_ in ("relcl", "conj", "cc")
            or (c.lemma_ in CITING_VERBS and c.tag_ == "VBG")
            or (c.dep_ == "acl" and c.tag_ == "VBG")
            or (c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that")
            or (c.dep_ == "acl" and c.i > 0 and tok.doc[c.left_edge.i - 1].text == ",")
        ):
            drop.update(t.i for t in c.subtree)
    toks = [t for t in tok.subtree if t.i not in drop]
    # keep the contiguous stretch around the head
    lo = hi = toks.index(tok)
    while lo > 0 and toks[lo - 1].i == toks[lo].i - 1:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].i == toks[hi].i + 1:
        hi += 1
    toks = toks[lo : hi + 1]
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].is_punct and toks[-1].text not in (")", '"', "”") or toks[-1].is_space):
        toks = toks[:-1]
    # a comma-separated trailing clause that is not an apposition is not part of the mention
    return toks or [tok]


def _clean(s: str) -> str:
    s = re.sub(r"[\s\u00a0]+", " ", s).strip(" ,;:\"'“”")
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"(?:'s|’s)$", "", s)
    s = re.sub(r"\s*\([^)]*$", "", s)  # an unbalanced "(ABBR" cut by the entity boundary
    return s.strip()


def _strip_titles(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return words


#: A mention's text and character offsets.
_At = tuple[str, int | None, int | None]

_UNIDENTIFIED_KEY = SourceKey(KeySpace.UNNAMED, UNIDENTIFIED)
#: Where a source found by its description alone (no mention in the text) sits.
_NO_MENTION: _At = ("", None, None)


def _new(
    at: _At,
    *,
    name: str,
    kind: str,
    named: bool,
    count: int | None,
    descriptor: str | None = None,
    key: SourceKey | None = None,
    head: str = "",
) -> Source:
    """A source mentioned at ``at`` (text, start, end)."""
    mention, start, end = at
    return Source(
        mention=mention,
        start=start,
        end=end,
        name=name,
        kind=kind,
        named=named,
        count=count,
        descriptor=descriptor,
        key=key,
        head=head,
    )


def _mention_of(ref: Source, at: _At, **changes: Any) -> Source:
    """Another mention ``at`` (text, start, end) of the source ``ref``: its name, kind, named, count, descriptor and
    key (not its aliases or head noun), with ``changes``."""
    src = _new(
        at, name=ref.name, kind=ref.kind, named=ref.named, count=ref.count, descriptor=ref.descriptor, key=ref.key
    )
    return replace(src, **changes) if changes else src


@dataclass
class _Mention:
    """The tokens of one source mention and what the rules read from them."""

    head: Token
    toks: list[Token]
    start: int
    end: int
    text: str
    lemma: str
    plural: bool
    ents: list[Span]
    persons: list[Span]
    orgs: list[Span]
    det: str | None

    def source(self, **fields: Any) -> Source:
        """A source of this mention with ``fields`` (name, kind, named, count, descriptor, key, head)."""
        return _new((self.text, self.start, self.end), **fields)

    def like(self, ref: Source, **changes: Any) -> Source:
        """This mention of the already resolved source ``ref`` (see :func:`_mention_of`)."""
        return _mention_of(ref, (self.text, self.start, self.end), **changes)


def _is_pronoun(tok: Token) -> bool:
    """A pronoun to resolve ("he", "they", "itself"); "WHO" and "IT" in capitals are names, not pronouns."""
    return (
        tok.pos_ == "PRON"
        or tok.lower_ in _PRON_PERSON
        or tok.lower_ in OTHER_SOURCE_PRONOUNS
        or tok.lower_ in _REFLEXIVE
    ) and not (len(tok.text) > 1 and tok.text.isupper())


def _latter_former(doc: Doc, tok: Token) -> Token:
    """ "the latter" / "the former": the root of the last / second-to-last person or organisation named in the
    60 tokens before; any other token as it is."""
    if tok.lower_ in LATTER_FORMER:
        ents = [e for e in ents_between(doc, max(0, tok.i - 60), tok.i) if e.label_ in ("PERSON", "ORG")]
        if len(ents) >= (1 if tok.lower_ == "latter" else 2):
            return (ents[-1] if tok.lower_ == "latter" else ents[-2]).root
    return tok


class Resolver:
    """Per-document source resolution.

    Parameters
    ----------
    doc : Doc
        The parsed document (entities required).
    """

    def __init__(self, doc: Doc, in_quote=None):
        self.doc = doc
        self.in_quote = in_quote or (lambda pos: False)
        self.person_subj: list[bool] = []
        self.ages: dict[str, str] = {}
        self.surname_full: dict[str, str] = {}
        self.person_positions: list[int] = []
        self.person_names: list[str] = []
        self.person_descr: list[tuple[int, str, str]] = []  # (pos, lowercase context words, canonical)
        self.org_full: dict[str, str] = {}
        self.org_positions: list[tuple[int, str]] = []
        self.org_names: set[str] = set()  # lower-cased names (and full names of acronyms) of organisations
        self.org_kinds: dict[str, str] = {}  # lower-cased name -> kind its apposition gave ("X, a newspaper")
        self.gender: dict[str, str] = {}  # surname -> "m" / "f" (honorifics, earlier he/she references)
        self.para_starts: list[int] = []
        self.para_speaker: list[tuple[str, bool] | None] = []  # interview speaker label of each paragraph
        self._scan()
        self._scan_labels()
        self.org_names = {n.lower() for _, n in self.org_positions} | {v.lower() for v in self.org_full.values()}

    # ------------------------------------------------------------------ entity tables
    def _scan(self) -> None:
        """Build the alias tables and the person positions from the acronyms and the entities of the Doc."""
        doc = self.doc
        for m in _ACRONYM.finditer(doc_text(doc)):
            full = _clean(m.group(1))
            self.org_full[m.group(2).lower()] = full
            self.org_full.setdefault(full.lower(), full)
        text = doc_text(doc)
        for ent in doc_ents(doc)[0]:
            if text[max(0, ent.start_char - 2) : ent.start_char] == "((" or (
                text[ent.end_char : ent.end_char + 1] == ":"
                and (ent.start_char == 0 or text[ent.start_char - 1] == "\n")
            ):
                continue  # an interview speaker label ("((WN))", "NG:") is no mention in the article
            if self._person_ent(ent):
                self._scan_person(ent)
            elif ent.label_ in ("ORG", "PERSON") and not _is_name(ent) or self._alias(ent):
                self._scan_org(ent)

    def _scan_person(self, ent: Span) -> None:
        """A person entity: its surname and full name, gender from an honorific, position, description, age."""
        doc = self.doc
        raw = self._ent_words(ent)
        words = _strip_titles(raw)
        if not words:
            return
        sur = words[-1].lower()
        # grammatical gender from an honorific ("Mrs Smith", "Mr. Jones") for he/she resolution
        title = raw[0] if len(raw) > len(words) else (doc[ent.start - 1].text if ent.start else "")
        title = title.lower().rstrip(".")
        if title in MALE_TITLES or title in FEMALE_TITLES:
            self.gender.setdefault(sur, "m" if title in MALE_TITLES else "f")
        full = " ".join(words)
        if sur not in self.surname_full or (
            len(words) > len(self.surname_full[sur].split()) and len(self.surname_full[sur].split()) == 1
        ):
            self.surname_full[sur] = full
        if self.in_quote(ent.start_char):
            return
        self.person_positions.append(ent.start_char)
        self.person_names.append(sur)
        r = ent.root
        self.person_subj.append(
            r.dep_ in ("nsubj", "nsubjpass") or (r.dep_ == "appos" and r.head.dep_ in ("nsubj", "nsubjpass"))
        )
        ctx = " ".join(t.lower_ for t in doc[max(sent_of(ent[0]).start, ent.start - 5) : ent.end])
        app = ""
        if ent.root.head.dep_ == "appos" or ent.root.dep_ == "appos":
            app = " ".join(t.lower_ for t in ent.root.head.subtree)
        for c in ent.root.children:
            if c.dep_ == "appos":
                app += " " + " ".join(t.lower_ for t in c.subtree)
        self.person_descr.append((ent.start_char, ctx + " " + app, sur))
        nxt = doc[ent.end : ent.end + 3]  # "John Miller, 45, ..." -> the 45-year-old
        if len(nxt) == 3 and nxt[0].text == "," and nxt[1].like_num and nxt[2].text == ",":
            self.ages[nxt[1].text] = sur

    def _scan_org(self, ent: Span) -> None:
        """An organisation entity: its position, and its acronym or initials as aliases."""
        doc = self.doc
        name = _clean(ent.text)
        if not name:
            return
        self.org_positions.append((ent.start_char, name))
        ctx = _context_kind(ent.root, ent)
        if ctx is not None and ctx != "person":
            self.org_kinds.setdefault(name.lower(), ctx)
        # "Full Name (ABC)" and initials
        nxt = doc[ent.end : ent.end + 3]
        if len(nxt) >= 3 and nxt[0].text == "(" and nxt[2].text == ")" and nxt[1].text.isupper():
            self.org_full[nxt[1].text.lower()] = name
        caps = [w[0] for w in name.split() if w[:1].isupper()]
        if len(caps) >= 2:
            self.org_full.setdefault("".join(caps).lower(), name)

    def _scan_labels(self) -> None:
        """Speaker labels of interview transcripts: "((Jane Doe)) I think ..." or "JD: I think ...". A label
        holds for its paragraph and the unlabelled paragraphs that follow it, until the next label."""
        text = doc_text(self.doc)
        if "((" not in text and not re.search(r"(?m)^[A-Z]{2,4}\s*:\s", text):
            return
        self.para_starts = paragraph_starts(text)
        current = None
        fulls = {v for v in self.surname_full.values()}
        for p in self.para_starts:
            m = _LABEL.match(text, p)
            if m:
                label = (m.group(1) or m.group(2)).strip()
                current = None
                words = _strip_titles(label.split())
                full = self.surname_full.get(words[-1].lower()) if words else None
                if full and set(w.lower() for w in words) <= set(w.lower() for w in full.split()):
                    current = (full, True)
                elif label.isupper() and len(label) <= 4:  # initials: "NG" for Natasha Gownaris
                    cands = [f for f in fulls if "".join(w[0] for w in f.split() if w[:1].isupper()) == label]
                    current = (cands[0], True) if len(cands) == 1 else None
                elif words and all(w[:1].isupper() for w in words):
                    current = (" ".join(words), True)
            self.para_speaker.append(current)

    def speaker_at(self, pos: int) -> tuple[str, bool] | None:
        """The interview speaker whose labelled answer contains ``pos``, else None."""
        if not self.para_starts:
            return None
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.para_speaker[i] if i >= 0 else None

    @staticmethod
    def _ent_words(ent: Span) -> list[str]:
        """The words of an entity's name without punctuation and possessive clitics; a hyphen between two parts
        with no space around it joins them ("D'Arcy-Blume", "Jean-Pierre")."""
        words: list[str] = []
        for t in ent:
            if t.text in POSSESSIVE_CLITICS or (t.is_punct and t.text not in ".-"):
                continue
            if t.text == "-" and t.i > ent.start and not t.nbor(-1).whitespace_ and not t.whitespace_ and words:
                words[-1] += "-"
            elif t.text != "-" and words and words[-1].endswith("-"):
                words[-1] += t.text
            elif t.text != "-":
                words.append(t.text)
        return [w.rstrip("-") for w in words if w.rstrip("-")]

    def person_name(self, words: list[str]) -> str:
        words = _strip_titles(words)
        if not words:
            return ""
        sur = words[-1].lower()
        full = self.surname_full.get(sur)
        return full if full and len(full.split()) >= len(words) else " ".join(words)

    def _alias(self, ent: Span) -> bool:
        """The entity is the acronym of an organisation the article spelled out ("... Seismology (Phivolcs)")."""
        return _clean(ent.text).lower().replace(".", "") in self.org_full and len(ent) == 1

    def _person_ent(self, ent: Span) -> bool:
        """The entity names a person (:func:`_is_name`) and is no organisation's acronym."""
        return _is_name(ent) and not self._alias(ent)

    def kind_of(self, name: str) -> str:
        """Kind of an organisation the article named: what its apposition said, else :func:`org_kind`."""
        return self.org_kinds.get(name.lower()) or org_kind(name, None)

    def org_name(self, name: str) -> str:
        full = self.org_full.get(name.lower().replace(".", ""))
        return full or name

    def canonical(self, src: Source | None) -> Source | None:
        """Merge aliases: a bare surname ("Stern", even when tagged as an organisation) becomes the full name of
        the person introduced earlier; an acronym becomes the organisation's full name."""
        if src is None or not src.name:
            return src
        words = _strip_titles(src.name.split())
        if not words:
            return src
        full = self.surname_full.get(words[-1].lower())
        if (
            full
            and src.kind in ("person", "organization", "unknown")
            and (src.named or src.kind != "organization")
            and set(w.lower() for w in words) <= set(w.lower() for w in full.split())
        ):
            src.name, src.kind, src.named, src.count = full, "person", True, 1
            src.key = person_key(full)
        elif src.named and src.kind != "person":
            full = self.org_full.get(src.name.lower().replace(".", ""))
            if not full and len(src.name.split()) >= 2:  # a truncated entity: "California Department"
                longer = {v for v in self.org_full.values() if v.lower().startswith(src.name.lower() + " ")}
                full = longer.pop() if len(longer) == 1 else None
            if full and full != src.name:
                src.name, src.key = full, org_key(full)
        return src

    # ------------------------------------------------------------------ resolution
    def resolve(self, tok: Token | None, history: list[Source], limit: tuple[int, int] | None = None) -> Source | None:
        """Resolve the source whose mention is headed by ``tok``; ``history`` holds earlier sources.

        The rules, first match wins: a pronoun (:meth:`_pronoun`), an upper-case acronym tagged as a pronoun
        ("WHO"), a document, a named person, a named organisation, then a description (:meth:`_common`).
        """
        if tok is None:
            return None
        if _is_pronoun(tok):
            return self._pronoun(tok, history)
        if tok.pos_ in ("PRON", "DET") and len(tok.text) > 1 and tok.text.isupper():  # "WHO" tagged as a pronoun
            name = self.org_name(tok.text)
            return Source(
                mention=tok.text,
                start=tok.idx,
                end=tok.idx + len(tok.text),
                name=name,
                kind=org_kind(name, None),
                named=True,
                count=1,
                descriptor=None,
                key=org_key(name),
            )
        m = self._mention(_latter_former(self.doc, tok), limit)
        return (
            self._outlet_description(m, history)
            or self._document(m, history)
            or self._named_person(m)
            or self._named_org(m)
            or self._common(m, history)
        )

    def _outlet_description(self, m: _Mention, history: list[Source]) -> Source | None:
        """ "the website", "the site" after a named outlet is that outlet, not a document called "website"; "the
        research website" is no outlet."""
        if (
            m.det in DESCRIPTION_DETERMINERS
            and not m.plural
            and m.lemma in OUTLET_PAGE_NOUNS
            and not any(c.dep_ in ("amod", "compound") and c.pos_ != "PROPN" for c in m.head.children)
        ):
            ref = self._description(m.head, history)
            if ref is not None and ref.kind == "media":
                return m.like(ref, named=True, count=1)
        return None

    def _mention(self, tok: Token, limit: tuple[int, int] | None) -> _Mention:
        """The mention headed by ``tok`` (kept inside the token range ``limit``) and its entities."""
        doc = self.doc
        toks = mention_tokens(tok)
        if limit is not None:
            toks = [t for t in toks if limit[0] <= t.i < limit[1]] or [tok]
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        lemma = tok.lemma_.lower()
        ents = [
            e for e in ents_between(doc, toks[0].i, toks[-1].i + 1) if e.label_ in _NAME_ENTS and not _bare_plural(e)
        ]
        return _Mention(
            head=tok,
            toks=toks,
            start=start,
            end=end,
            text=doc_text(doc)[start:end],
            lemma=lemma,
            plural=tok.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_NOUNS and tok.tag_ != "NNP",
            ents=ents,
            persons=[e for e in ents if self._person_ent(e)],
            orgs=[
                e
                for e in ents
                if (e.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT") and not _is_name(e))
                or (e.label_ == "PERSON" and (_body_name(e) or self._alias(e)))
            ],
            det=next((c.lower_ for c in tok.children if c.dep_ == "det"), None),
        )

    def _document(self, m: _Mention, history: list[Source]) -> Source | None:
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
            prev = next((h for h in reversed(history) if h.kind == "document" and h.head == lemma), None)
            if prev is not None:
                return m.like(prev, head=lemma)
        name = _document_name(head) or _clean(m.text)
        return m.source(
            name=name,
            kind="document",
            named=bool(named),
            count=n,
            descriptor=self._descriptor(m.toks, head, None),
            key=SourceKey(KeySpace.DOCUMENT, name.lower()),
            head=lemma,
        )

    def _named_person(self, m: _Mention) -> Source | None:
        """A person named in the mention ("Prime Minister Jane Doe", "Doe, a spokeswoman")."""
        head = m.head
        person = next(
            (e for e in m.persons if e.root == head or e.root.head == head or head in e or e.root.dep_ == "appos"),
            None,
        ) or (m.persons[0] if m.persons and head.pos_ == "PROPN" else None)
        if person is None:
            return None
        name = self.person_name(self._ent_words(person))
        return m.source(
            name=name,
            kind="person",
            named=True,
            count=1,
            descriptor=self._descriptor(m.toks, head, person),
            key=person_key(name),
        )

    def _named_org(self, m: _Mention) -> Source | None:
        """An organisation (or a proper name) in the mention; a proper name tagged PERSON, or one that is no
        known organisation, is a person."""
        head, lemma, orgs, toks = m.head, m.lemma, m.orgs, m.toks
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
        if org is None and head.pos_ != "PROPN":
            return None
        name = self.org_name(_name_phrase(m, org))
        kind = self._name_kind(name, head, org, m)
        if kind == "person":  # "President of Ukraine X": the "of" phrase is no part of a person's name
            name = self.person_name(self.org_name(_name_phrase(m, org, of_phrase=False)).split())
            descriptor = self._descriptor(toks, head, None) if org is None else None
            return m.source(name=name, kind="person", named=True, count=1, descriptor=descriptor, key=person_key(name))
        conj = [c for c in head.children if c.dep_ == "conj"]
        n = 1 + len(conj) if conj and all(c.pos_ == "PROPN" for c in conj) else 1
        return m.source(
            name=name, kind=kind, named=True, count=n, descriptor=self._descriptor(toks, head, org), key=org_key(name)
        )

    def _name_kind(self, name: str, head: Token, org: Span | None, m: _Mention) -> str:
        """Kind of a proper name that is no person entity, from the strongest evidence first: what its phrase
        says (:func:`_context_kind`: "the newspaper X", "X, a supermarket chain"; here or where the article
        introduced it), its form and the known names (:func:`org_kind`: "Zentrix Inc", "Ministry of X",
        "Reuters", "Znak.com"), the recogniser's person tag, where it stands (the outlet a source told or spoke
        to, the subject of "reported that": media). A bare proper name no recogniser took for a body or a place
        is a person."""
        ctx = _context_kind(head, org) or self.org_kinds.get(name.lower())
        kind = org_kind(name, head)
        if kind == "organization" and set(name.lower().split()) & ORGANIZATION_NOUNS:
            return kind  # "Progressive Party, the main opposition force": the name says what it is
        if ctx is not None and not (ctx == "person" and (kind != "organization" or _org_shaped(name))):
            return ctx
        if kind != "organization" or _org_shaped(name):
            return kind
        known = name.lower() in self.org_names  # an organisation the article named ("Phivolcs" after its full name)
        titled = any(t.lower_ in _PERSON_HEADS for t in m.toks if t.pos_ == "PROPN" and t.i <= head.i)
        if not known and head.pos_ == "PROPN" and (head.ent_type_ == "PERSON" or titled):
            return "person"  # "Bernie Sanders", "United States Senator", "the United Kingdom's Queen Elizabeth II"
        body = known or org is not None or head.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
        body = body or any(e.label_ in ("ORG", "GPE", "NORP") and e.root.dep_ == "compound" for e in m.ents)
        if not body and not is_platform(name):
            return "person"
        words = set(name.lower().split())
        if len(words) <= 3 and not words & _BODY_NOUNS and (_relay_slot(head) or _reports_that(head)):
            return "media"  # an outlet's name is short and names no kind of body ("Institute of X reported")
        return "organization"

    def _common(self, m: _Mention, history: list[Source]) -> Source:
        """A description: coreferent with a named person or organisation ("the minister"), with an earlier
        source of the same noun ("Two sources" after "Four European sources"), else a source of its own."""
        head = m.head
        if m.det in DESCRIPTION_DETERMINERS and not m.plural:
            ref = self._description(head, history)
            if ref is not None:
                return m.like(ref, named=True, count=1)
        if head.lower_ in LATTER_FORMER and history:
            return history[-1]
        kind = noun_kind(m.lemma, head)
        n = count_from_words([t.text for t in m.toks if t.i < head.i] + [head.text], m.plural)
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "prep", "appos", "acl")]
        if not mods:
            same = re.sub(r"s$", "", head.lower_)
            for h in reversed(history):
                hw = h.name.lower().split()
                if (
                    hw
                    and h.start is not None
                    and h.start < m.start
                    and re.sub(r"s$", "", hw[-1]) == same
                    and h.kind == kind
                ):
                    return m.like(h, count=n if kind != "document" else h.count)
        name = _clean(
            " ".join(
                t.text for t in m.toks if t.i == head.i or not (t.like_num or t.lower_ in NUMBER_WORDS and t.i < head.i)
            )
        )
        name = _clean(re.sub(r"^(?:another|some|several|many|both|other)\s+", "", name, flags=re.I))
        return m.source(
            name=name or _clean(m.text),
            kind=kind,
            named=False,
            count=n,
            descriptor=self._descriptor(m.toks, head, None),
            key=SourceKey(KeySpace.UNNAMED, (name or m.text).lower()),
        )

    def _pronoun(self, tok: Token, history: list[Source]) -> Source | None:
        """A pronoun source: an interview speaker for "I"/"we", else the antecedent of a plural or neuter
        pronoun (:meth:`_group_pronoun`) or of a personal one (:meth:`_person_pronoun`)."""
        low = _REFLEXIVE.get(tok.lower_, tok.lower_)
        at = (tok.text, tok.idx, tok.idx + len(tok.text))
        if low in FIRST_PERSON_PRONOUNS:
            spk = self.speaker_at(tok.idx)  # "((Jane Doe)) I think ..." in an interview transcript
            if spk is not None:
                return _new(at, name=spk[0], kind="person", named=spk[1], count=1, key=person_key(spk[0]))
        if low in GROUP_PRONOUNS:
            return self._group_pronoun(tok, low, at, history)
        return self._person_pronoun(tok, low, at, history)

    def _group_pronoun(self, tok: Token, low: str, at: _At, history: list[Source]) -> Source:
        """they/them/it/who/which: a recent group or organisation source, else the antecedent subject."""
        for src in reversed(history[-3:]):
            if (low == "it" and src.kind in ("organization", "government", "media", "document")) or (
                low != "it" and (src.count is None or (src.count or 0) > 1 or src.kind != "person")
            ):
                return _mention_of(src, at)
        ref = self._antecedent(tok, "it" if low in NEUTER_PRONOUNS else "they", history)
        if ref is not None:
            return _mention_of(ref, at)
        return _new(at, name=UNIDENTIFIED, kind="unknown", named=False, count=None, key=_UNIDENTIFIED_KEY)

    def _recent_person(self, tok: Token, fits: Callable[[str], bool]) -> int | None:
        """Index (in ``person_positions``) of the most recent fitting person that was a clause subject within
        600 characters before ``tok``, else of the most recent fitting person entity there."""
        i = bisect.bisect_left(self.person_positions, tok.idx) - 1
        j = i
        while j >= 0 and tok.idx - self.person_positions[j] < 600:
            if self.person_subj[j] and fits(self.person_names[j]):
                return j
            j -= 1
        j = i
        while j >= 0 and tok.idx - self.person_positions[j] < 600 and not fits(self.person_names[j]):
            j -= 1
        if j >= 0 and tok.idx - self.person_positions[j] < 600:
            return j
        return None

    def _person_pronoun(self, tok: Token, low: str, at: _At, history: list[Source]) -> Source:
        """he/she/I/we: the most recent person that was a clause subject (within ~3 sentences), else the most
        recent person entity or person source; a person known to be of the other gender (honorific, earlier
        he/she) is skipped."""
        want = "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else None

        def fits(sur: str) -> bool:
            return want is None or self.gender.get(sur, want) == want

        sent_start = sent_of(tok).start_char
        best = self._recent_person(tok, fits)
        hist = next(
            (
                h
                for h in reversed(history)
                if h.kind == "person"
                and h.named
                and fits(h.key.value if h.key and h.key.space is KeySpace.PERSON else "")
            ),
            None,
        )
        if best is not None and (
            hist is None
            or hist.start is None
            or self.person_positions[best] > hist.start
            or self.person_positions[best] >= sent_start
        ):
            sur = self.person_names[best]
            name = self.surname_full.get(sur, sur)
            if want:
                self.gender.setdefault(sur, want)
            return _new(at, name=name, kind="person", named=True, count=1, key=person_key(name))
        if hist is not None:
            if want and hist.key and hist.key.space is KeySpace.PERSON:
                self.gender.setdefault(hist.key.value, want)
            return _mention_of(hist, at, kind="person", named=True, count=1)
        if history and history[-1].kind == "person":
            return _mention_of(history[-1], at)
        return self._other_person(tok, want, at, history)

    def _other_person(self, tok: Token, want: str | None, at: _At, history: list[Source]) -> Source:
        """he/she/I/we with no person before it: a recent one-word name taken for a body, a person noun subject
        ("The minister ... He said"), else an unidentified person."""
        # "Maróth said ... He said": a recent single-word proper name the model took for a body is the person
        h = next(
            (
                h
                for h in reversed(history[-3:])
                if h.named
                and h.kind in ("government", "organization")
                and len(h.name.split()) == 1
                and not h.name.isupper()
                and not is_platform(h.name)
                and h.name.lower() not in MEDIA_NAMES
                and h.name.lower() not in self.org_full
            ),
            None,
        )
        if want and h is not None:
            key = SourceKey(KeySpace.PERSON, h.name.lower())
            return _mention_of(h, at, kind="person", named=True, count=1, descriptor=None, key=key)
        ref = self._antecedent(tok, "person", history)
        if ref is not None:
            return _mention_of(ref, at)
        if want:
            return _new(
                at,
                name="unidentified person",
                kind="person",
                named=False,
                count=1,
                key=SourceKey(KeySpace.UNNAMED, "unidentified person"),
            )
        return _new(at, name=UNIDENTIFIED, kind="unknown", named=False, count=None, key=_UNIDENTIFIED_KEY)

    def _antecedent(self, tok: Token, want: str, history: list[Source]) -> Source | None:
        """The nearest compatible subject before ``tok`` in its sentence and the two before it (outside
        quotes): for "they" a plural noun, a collective noun or an organisation; for "it" an organisation or
        a document; for "he"/"she" a singular person noun ("The minister ... He said")."""
        doc = self.doc
        sent = sent_of(tok)
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            start = sent_of(doc[start - 1]).start
        for t in reversed(doc[start : tok.i]):
            if (
                t.dep_ not in ("nsubj", "nsubjpass")
                or t.pos_ not in ("NOUN", "PROPN")
                or self.in_quote(t.idx)
                or any(c.dep_ == "poss" and c.lower_ in GROUP_POSSESSIVES for c in t.children)
            ):
                continue  # "their personalities" is not what "they" refers to
            lemma = t.lemma_.lower()
            plural = t.tag_ in ("NNS", "NNPS")
            org = (
                t.ent_type_ in ("ORG",)
                or lemma in ORGANIZATION_NOUNS
                or lemma in GOVERNMENT_NOUNS
                or lemma in MEDIA_NOUNS
            )
            if want == "they":  # a speaker: people or bodies, not "the ice sheets"
                ok = (
                    (plural or lemma in COLLECTIVE_NOUNS or org)
                    and t.ent_type_ not in ("PERSON",)
                    and (t.pos_ == "PROPN" or noun_kind(lemma, t) not in ("unknown", "document"))
                )
            elif want == "it":
                ok = not plural and (org or lemma in DOCUMENT_NOUNS) and t.ent_type_ not in ("PERSON", "NORP")
            else:
                ok = not plural and lemma in PERSON_NOUNS and t.pos_ == "NOUN"
            if ok:
                ref = self.canonical(self.resolve(t, history))
                if ref is not None and ref.name:
                    return ref
        return None

    def _description(self, head: Token, history: list[Source]) -> Source | None:
        lemma = head.lemma_.lower()
        m = re.search(r"(\d+)\s*-\s*year\s*-\s*old", doc_text(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
        if m:
            sur = self.ages.get(m.group(1))
            if sur is None:
                i = bisect.bisect_left(self.person_positions, head.idx) - 1
                sur = self.person_names[i] if i >= 0 else None
            if sur is not None:
                name = self.surname_full.get(sur, sur)
                return _new(
                    _NO_MENTION, name=name, kind="person", named=True, count=1, key=SourceKey(KeySpace.PERSON, sur)
                )
        if lemma in PERSON_NOUNS:
            # the most recent named person described with this noun, else the last named person source
            for pos, ctx, sur in reversed(self.person_descr):
                if pos < head.idx and re.search(r"\b" + re.escape(lemma), ctx):
                    name = self.surname_full.get(sur, sur)
                    return _new(
                        _NO_MENTION, name=name, kind="person", named=True, count=1, key=SourceKey(KeySpace.PERSON, sur)
                    )
            return None
        if lemma in ORGANIZATION_NOUNS or lemma in GOVERNMENT_NOUNS or lemma in MEDIA_NOUNS:
            for pos, name in reversed(self.org_positions):
                if pos < head.idx and name.lower().split()[-1] == lemma:
                    return _new(_NO_MENTION, name=name, kind=self.kind_of(name), named=True, count=1, key=org_key(name))
            want = (
                "organization"
                if lemma in ORGANIZATION_NOUNS
                else "government"
                if lemma in GOVERNMENT_NOUNS
                else "media"
            )
            for pos, name in reversed(self.org_positions):
                if pos < head.idx and self.kind_of(self.org_name(name)) == want:
                    name = self.org_name(name)
                    return _new(_NO_MENTION, name=name, kind=want, named=True, count=1, key=org_key(name))
            # a named outlet the recogniser did not tag ("One news site, Znak.com, ...")
            ref = next((h for h in reversed(history) if h.named and h.kind == want and (h.start or 0) < head.idx), None)
            if ref is not None and want == "media":
                return _mention_of(ref, _NO_MENTION)
        return None

    def _descriptor(self, toks: list[Token], head: Token, ent: Span | None) -> str | None:
        if ent is not None:
            words = [
                t.text
                for t in toks
                if t.i < ent.start
                and t.lower_ not in _DETS
                and not t.is_punct
                and t.dep_ != "poss"
                and t.lower_ not in NUMBER_WORDS
            ]
            if not words:
                app = [c for c in ent.root.children if c.dep_ == "appos"]
                if app:
                    words = [t.text for t in app[0].subtree if t.lower_ not in _DETS and not t.is_punct]
        else:
            words = [
                t.text
                for t in toks
                if t.i < head.i
                and t.lower_ not in _DETS
                and not t.like_num
                and t.lower_ not in NUMBER_WORDS
                and not t.is_punct
            ]
        d = " ".join(words).strip()
        return d or None


def _document_name(head: Token) -> str | None:
    """Short name of a document source: owner then document ("CNN's projections" -> "CNN projections",
    "a 1989 report from the NTSB" -> "National Transportation Safety Board 1989 report")."""
    owner = None
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            owner = c
        elif owner is None and c.dep_ == "prep" and c.lower_ in OWNER_PREPS and c.i > head.i:
            owner = next((g for g in c.children if g.dep_ == "pobj"), None)
    if owner is None:
        return None
    otoks = [
        t
        for t in owner.subtree
        if t.dep_ not in ("det", "case", "punct")
        and t.lower_ not in POSSESSIVE_CLITICS
        and not (t.i > owner.i and t.dep_ in ("appos", "relcl", "prep", "acl"))
    ]
    # drop what follows the owner's head except conjuncts ("CNN and NPR")
    keep, stop = [], False
    for t in otoks:
        if t.i > owner.i and t.dep_ not in ("conj", "cc", "compound") and t.head.dep_ != "conj":
            stop = True
        if not stop:
            keep.append(t)
    text = " ".join(t.text for t in keep)
    text = re.sub(r"\s*\([^)]*\)?", "", text).strip()
    mods = [
        t
        for t in head.lefts
        if t.dep_ in ("compound", "amod", "nummod")
        and t.lower_ not in NUMBER_WORDS
        or (t.dep_ == "nummod" and t.like_num and len(t.text) == 4)
    ]
    doc_part = " ".join([t.text for t in mods] + [head.text])
    return f"{text} {doc_part}".strip() if text else None


def _name_phrase(m: _Mention, org: Span | None, of_phrase: bool = True) -> str:
    """The name of an organisation mention: its entity, else its proper nouns up to the head with an "of"
    phrase of proper nouns after it ("Geological Survey of Norland") when ``of_phrase``."""
    if org is not None:
        return _clean(org.text)
    head = m.head
    comp = [t for t in m.toks if t.i <= head.i and (t.pos_ == "PROPN" or t.i == head.i)]
    for c in head.children if of_phrase else ():
        if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == head.i + 1:
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                comp += [c] + [t for t in pobj.subtree if t.pos_ in ("PROPN", "ADP", "CCONJ") and t.i > c.i]
    return _clean(" ".join(t.text for t in comp)) or _clean(m.text)


def _noun_kind_in(noun: Token) -> str:
    """Kind a describing noun gives, with its compounds: "news agency", "news site" are media ("press officer"
    is a person)."""
    kind = noun_kind(noun.lemma_.lower(), noun)
    if kind != "person" and any(c.dep_ == "compound" and c.lower_ in MEDIA_NOUNS for c in noun.children):
        return "media"
    return kind


def _context_kind(head: Token, org: Span | None) -> str | None:
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
        if kind in ("person", "organization", "government", "media"):
            return kind
    return None


def _relay_candidates(cue: Token) -> list[Token]:
    """Who a cue's source spoke to: the object of "told", the object of "to"/"with" after the cue or after an
    exchange noun ("said in a statement to X", "in an interview with X"), or of a "speaking to" phrase."""
    out = [c for c in cue.children if cue.lemma_ == "tell" and c.dep_ in ("dobj", "dative", "iobj")]
    preps = [c for c in cue.children if c.dep_ == "prep"]
    if any(c.dep_ == "nsubj" for c in cue.children):  # "X said to the BBC"; "according to X" names the source
        out += [g for c in preps if c.lower_ in RELAY_PREPS for g in c.children if g.dep_ == "pobj"]
    exchanges = [n for c in preps for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in _EXCHANGE_NOUNS]
    talks = [c for c in cue.children if c.dep_ == "advcl" and c.lemma_ in RELAY_VERBS]
    talks += [a for s in cue.children if s.dep_ == "nsubj" for a in s.children if a.dep_ == "acl"]
    for w in exchanges + [t for t in talks if t.lemma_ in RELAY_VERBS]:
        out += [
            g
            for c in w.children
            if c.dep_ == "prep" and c.lower_ in RELAY_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return out


def cue_relay(cue: Token | None) -> Token | None:
    """The head of the outlet a cue's source spoke to ("told Reuters", "said in a statement to the BBC", "in an
    interview with CNN", "speaking to the newspaper"), else None. Only a name or a media noun can be one: "told
    reporters", "told him" and "told the court" name an audience, and a platform ("said on Twitter") is where
    something was said, not who relayed it.

    Examples
    --------
    >>> import newskit
    >>> doc = newskit.load_pipeline()("Jan Novak said in a statement to Reuters that the plan was dead.")
    >>> cue_relay(doc[2]).text
    'Reuters'
    """
    if cue is None:
        return None
    for tok in _relay_candidates(cue):
        if tok.lower_ in PRESS_AUDIENCES or tok.pos_ == "PRON" or is_platform(tok.text):
            continue
        if tok.pos_ == "PROPN" or tok.ent_type_ == "ORG" or tok.lemma_.lower() in MEDIA_NOUNS:
            return tok
    return None


def _relay_slot(head: Token) -> bool:
    """``head`` is the outlet a cue's source spoke to (:func:`cue_relay` of a verb above it)."""
    return any(a.pos_ in ("VERB", "AUX") and cue_relay(a) == head for a in list(head.ancestors)[:4])


def _reports_that(head: Token) -> bool:
    """``head`` is the subject of "reported that ..." (a clause reported as news)."""
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ == "report" and any(c.dep_ == "ccomp" for c in verb.children)


def org_kind(name: str, head: Token | None) -> str:
    """Kind of a named organisation: media, government or organization.

    Examples
    --------
    >>> org_kind("Reuters", None), org_kind("U.S. State Department", None), org_kind("Pfizer", None)
    ('media', 'government', 'organization')
    """
    low = name.lower()
    low_the = re.sub(r"^the\s+", "", low)
    words = set(re.findall(r"[\w.]+", low))
    if low in MEDIA_NAMES or low_the in MEDIA_NAMES or words & {"newspaper", "broadcaster"} or is_domain(name):
        return "media"
    if len(words) >= 2 and re.findall(r"[\w.]+", low)[-1].rstrip(".") in CORPORATE_SUFFIXES:
        return "organization"
    if any(w in MEDIA_NAMES for w in low_the.split()[:1]) and len(low_the.split()) <= 3:
        return "media"
    if (
        words & GOVERNMENT_NAME_WORDS
        or low.startswith(("national ", "federal ", "state "))
        and not words & {"conference", "association", "union", "party", "league"}
    ):
        return "government"
    if words & MEDIA_NAME_WORDS and len(words) <= 4:
        return "media"
    if head is not None and head.ent_type_ == "GPE":
        return "government"
    return "organization"


_MEDIA_HEADS = frozenset({"media", "newspaper", "broadcaster", "outlet", "magazine", "press", "channel", "tabloid"})
#: Agent-noun endings ("researcher", "investor", "scientist", "historian", "actress", "fisherman").
_AGENT_SUFFIX = re.compile(r"(?:[a-z]{3}(?:er|or|ist|ian|ess|eur)|[a-z]{2}(?:man|men|woman|women|person|people))$")


def noun_kind(lemma: str, head: Token) -> str:
    """Kind of an unnamed source from its head noun: the lexicons, then an agent-noun ending ("researcher",
    "scientist") for persons; a noun that names no kind of speaker ("engine", "summary") is ``unknown``.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> [noun_kind(w, nlp(w)[0]) for w in ("witness", "media", "gardener", "engine")]
    ['person', 'media', 'person', 'unknown']
    """
    low = head.lower_
    if lemma in PERSON_NOUNS or low in PERSON_NOUNS:
        return "person"
    if lemma in GOVERNMENT_NOUNS or low in GOVERNMENT_NOUNS:
        return "government"
    if lemma in _MEDIA_HEADS or low in _MEDIA_HEADS:  # spaCy lemmatises "media" to "medium"
        return "media"
    if lemma in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS:
        return "document"
    if lemma in ORGANIZATION_NOUNS or low in ORGANIZATION_NOUNS:
        return "organization"
    if head.ent_type_ in ("GPE", "NORP"):
        return "government"
    if (
        _AGENT_SUFFIX.search(lemma)
        or _AGENT_SUFFIX.search(low)
        or any(lemma.endswith(p) for p in PERSON_NOUNS if len(p) >= 5)
    ):  # "archbishop", "co-founder"
        return "person"
    return "unknown"

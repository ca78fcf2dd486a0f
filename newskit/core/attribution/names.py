"""Names of sources: cleaning a mention's text into a name, the words of a name, the name of an organisation
or a document mention, and the forms that only an organisation's name has (a platform, a web address, a legal
form, a body "of" something).

Examples
--------
>>> clean_name("the Reuters's")
'Reuters'
>>> strip_titles(["Prime", "Minister", "Jane", "Doe"])
['Jane', 'Doe']
>>> org_shaped("Zentrix Inc"), org_shaped("Ministry of Fisheries"), org_shaped("Jane Doe")
(True, True, False)
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .lexicon import BODY_OF_PREPS, DESCRIPTOR_DETERMINERS, OWNER_PREPS, POSSESSIVE_CLITICS
from .name_words import CORPORATE_SUFFIXES, GOVERNMENT_NAME_WORDS, PLATFORM_NAMES
from .person_words import NUMBER_WORDS, TITLE_WORDS
from .records import Mention

__all__ = [
    "is_platform",
    "is_domain",
    "org_shaped",
    "clean_name",
    "strip_titles",
    "ent_words",
    "name_phrase",
    "document_name",
    "descriptor",
]

#: A web address used as a name ("Znak.com", "news.example.co.uk"): dot-separated labels ending in a lower-case
#: top-level domain.
_DOMAIN = re.compile(r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,12}$")


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


def is_domain(name: str) -> bool:
    """True for a web address used as a name: a website, hence an outlet or a company, never a person.

    Examples
    --------
    >>> is_domain("Znak.com"), is_domain("bbc.co.uk"), is_domain("U.S."), is_domain("Jan Novak")
    (True, True, False, False)
    """
    return bool(_DOMAIN.match(name.strip()))


def org_shaped(name: str) -> bool:
    """A name that only an organisation has: a platform, a web address, a company's legal form ("Zentrix Inc")
    or a body "of" something ("Ministry of Fisheries", "Department for Transport")."""
    words = re.findall(r"[\w’'-]+", name.lower())
    return bool(words) and (
        is_platform(name)
        or is_domain(name)
        or (len(words) >= 2 and words[-1] in CORPORATE_SUFFIXES)
        or (len(words) >= 3 and words[0] in GOVERNMENT_NAME_WORDS and words[1] in BODY_OF_PREPS)
    )


def clean_name(s: str) -> str:
    """A mention's text as a name: white space folded, outer punctuation and quotes, a leading article, a
    possessive clitic and an unbalanced "(ABBR" cut off."""
    s = re.sub(r"[\s\u00a0]+", " ", s).strip(" ,;:\"'“”")
    s = re.sub(r"^(?:the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"(?:'s|’s)$", "", s)
    s = re.sub(r"\s*\([^)]*$", "", s)  # an unbalanced "(ABBR" cut by the entity boundary
    return s.strip()


def strip_titles(words: list[str]) -> list[str]:
    """The words of a name without the titles before it ("Prime Minister Jane Doe" -> "Jane Doe"); a title
    alone is kept."""
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return words


def ent_words(ent: Span) -> list[str]:
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


def name_phrase(m: Mention, org: Span | None, of_phrase: bool = True) -> str:
    """The name of an organisation mention: its entity, else its proper nouns up to the head with an "of"
    phrase of proper nouns after it ("Geological Survey of Norland") when ``of_phrase``."""
    if org is not None:
        return clean_name(org.text)
    head = m.head
    comp = [t for t in m.toks if t.i <= head.i and (t.pos_ == "PROPN" or t.i == head.i)]
    for c in head.children if of_phrase else ():
        if c.dep_ == "prep" and c.lower_ in BODY_OF_PREPS and c.i == head.i + 1:
            pobj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if pobj is not None:
                comp += [c] + [t for t in pobj.subtree if t.pos_ in ("PROPN", "ADP", "CCONJ") and t.i > c.i]
    return clean_name(" ".join(t.text for t in comp)) or clean_name(m.text)


def _document_owner(head: Token) -> Token | None:
    """The owner of a document noun: its proper or common possessor ("CNN's projections"), else the object of
    an owner preposition after it ("a report from the NTSB")."""
    owner = None
    for c in head.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            owner = c
        elif owner is None and c.dep_ == "prep" and c.lower_ in OWNER_PREPS and c.i > head.i:
            owner = next((g for g in c.children if g.dep_ == "pobj"), None)
    return owner


def document_name(head: Token) -> str | None:
    """Short name of a document source: owner then document ("CNN's projections" -> "CNN projections",
    "a 1989 report from the NTSB" -> "National Transportation Safety Board 1989 report")."""
    owner = _document_owner(head)
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


def _describing_word(t: Token) -> bool:
    """A word that may describe a source: no determiner, possessive pronoun, number word or punctuation."""
    return t.lower_ not in DESCRIPTOR_DETERMINERS and not t.is_punct and t.lower_ not in NUMBER_WORDS


def descriptor(toks: list[Token], head: Token, ent: Span | None) -> str | None:
    """The words that describe a source: those before its name entity ``ent`` ("Prime Minister" of "Prime
    Minister Jane Doe", else the name's apposition), or before its head noun when it has no name ("senior
    government" of "a senior government official"); None when there are none."""
    if ent is not None:
        words = [t.text for t in toks if t.i < ent.start and t.dep_ != "poss" and _describing_word(t)]
        if not words:
            app = [c for c in ent.root.children if c.dep_ == "appos"]
            if app:
                words = [t.text for t in app[0].subtree if t.lower_ not in DESCRIPTOR_DETERMINERS and not t.is_punct]
    else:
        words = [t.text for t in toks if t.i < head.i and not t.like_num and _describing_word(t)]
    d = " ".join(words).strip()
    return d or None

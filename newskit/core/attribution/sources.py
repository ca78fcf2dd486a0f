"""Source resolution: from the token heading a source mention to a :class:`Source` with its canonical name,
kind, count and descriptor (:class:`Resolver`), merging aliases and resolving pronouns and descriptions.

All rules are per article and linear in its length: one pass over the entities builds the alias tables
(surname -> full name, acronym -> organisation), and pronouns look back at the persons already seen. The rules
live in one module each; this module reads a mention's tokens (:func:`mention_tokens`, :func:`read_mention`),
puts the rules in order and keeps the names the other modules import:

- :mod:`.records` the typed records (:class:`Source`, :class:`SourceKey`, :class:`KeySpace`, mentions);
- :mod:`.doc_index` per-Doc caches of entities, text and sentences;
- :mod:`.names` a mention's name, and the forms only an organisation's name has;
- :mod:`.kinds` the kind of a name, an entity or a head noun;
- :mod:`.aliases` the names an article introduces and their aliases (:class:`~.aliases.NameTables`);
- :mod:`.named` named persons and organisations;
- :mod:`.descriptions` documents, descriptions and counts of unnamed sources;
- :mod:`.pronouns` pronoun antecedents;
- :mod:`.relays` the outlet a source spoke to (``via``).

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("Four European diplomats said the talks had failed.")
>>> src = Resolver(doc).resolve(doc[2], [])
>>> src.name, src.kind, src.named, src.count
('European diplomats', <SourceKind.PERSON: 'person'>, False, 4)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .aliases import NameTables
from .cues import CITING_VERBS
from .descriptions import common, count_from_words, document, outlet_description
from .doc_index import doc_ents, doc_text, ents_between, sent_of
from .kinds import NAME_LABELS, bare_plural, body_name, is_name, noun_kind, org_kind
from .lexicon import LATTER_FORMER
from .named import named_org, named_person
from .names import is_domain, is_platform
from .person_words import COLLECTIVE_NOUNS
from .pronouns import is_pronoun, pronoun
from .records import UNIDENTIFIED, KeySpace, Mention, Source, SourceKey, new_source, org_key, person_key
from .relays import cue_relay

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
    "doc_ents",
    "doc_text",
    "sent_of",
    "ents_between",
    "org_kind",
    "noun_kind",
    "read_mention",
]


def _dropped_children(tok: Token) -> set[int]:
    """Indices of the tokens under ``tok`` that are no part of its mention: relative clauses, conjuncts,
    "citing X", participle and "that" clauses, and a clause after a comma."""
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
    return drop


def mention_tokens(tok: Token) -> list[Token]:
    """Tokens of the noun phrase headed by ``tok``, without relative clauses and "citing X"."""
    drop = _dropped_children(tok)
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


def latter_former(doc: Doc, tok: Token) -> Token:
    """ "the latter" / "the former": the root of the last / second-to-last person or organisation named in the
    60 tokens before; any other token as it is."""
    if tok.lower_ in LATTER_FORMER:
        ents = [e for e in ents_between(doc, max(0, tok.i - 60), tok.i) if e.label_ in ("PERSON", "ORG")]
        if len(ents) >= (1 if tok.lower_ == "latter" else 2):
            return (ents[-1] if tok.lower_ == "latter" else ents[-2]).root
    return tok


def read_mention(tables: NameTables, tok: Token, limit: tuple[int, int] | None) -> Mention:
    """The mention headed by ``tok`` (kept inside the token range ``limit``) and its entities; ``tables`` tell
    which entities are persons' names and which are organisations' aliases."""
    doc = tables.doc
    toks = mention_tokens(tok)
    if limit is not None:
        toks = [t for t in toks if limit[0] <= t.i < limit[1]] or [tok]
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    lemma = tok.lemma_.lower()
    ents = [e for e in ents_between(doc, toks[0].i, toks[-1].i + 1) if e.label_ in NAME_LABELS and not bare_plural(e)]
    return Mention(
        head=tok,
        toks=toks,
        start=start,
        end=end,
        text=doc_text(doc)[start:end],
        lemma=lemma,
        plural=tok.tag_ in ("NNS", "NNPS") or lemma in COLLECTIVE_NOUNS and tok.tag_ != "NNP",
        ents=ents,
        persons=[e for e in ents if tables.is_person_ent(e)],
        orgs=[
            e
            for e in ents
            if (e.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT") and not is_name(e))
            or (e.label_ == "PERSON" and (body_name(e) or tables.is_alias(e)))
        ],
        det=next((c.lower_ for c in tok.children if c.dep_ == "det"), None),
    )


class Resolver(NameTables):
    """Per-document source resolution: the article's name tables (:class:`~.aliases.NameTables`) and the rules
    that resolve a mention against them.

    Parameters
    ----------
    doc : Doc
        The parsed document (entities required).
    in_quote : callable, optional
        ``in_quote(char_offset)`` is true inside a direct quote.
    """

    def resolve(self, tok: Token | None, history: list[Source], limit: tuple[int, int] | None = None) -> Source | None:
        """Resolve the source whose mention is headed by ``tok``; ``history`` holds earlier sources.

        The rules, first match wins: a pronoun (:func:`~.pronouns.pronoun`), an upper-case acronym tagged as a
        pronoun ("WHO"), an outlet's page ("the website"), a document, a named person, a named organisation,
        then a description (:func:`~.descriptions.common`).
        """
        if tok is None:
            return None
        if is_pronoun(tok):
            return pronoun(self, tok, history, self.resolve)
        if tok.pos_ in ("PRON", "DET") and len(tok.text) > 1 and tok.text.isupper():  # "WHO" tagged as a pronoun
            name = self.org_name(tok.text)
            at = (tok.text, tok.idx, tok.idx + len(tok.text))
            return new_source(at, name=name, kind=org_kind(name, None), named=True, count=1, key=org_key(name))
        m = read_mention(self, latter_former(self.doc, tok), limit)
        return (
            outlet_description(self, m, history)
            or document(m, history)
            or named_person(self, m)
            or named_org(self, m)
            or common(self, m, history)
        )

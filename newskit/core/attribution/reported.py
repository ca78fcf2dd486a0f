"""Reported-speech rules over spaCy's dependency parse: cue verbs, according-to, citing, reportedly.

Each rule yields :class:`Frame` objects: a cue, the token heading the source mention (or ``None`` for an
agentless report), the content span(s) in characters, and an optional relay token ("Reuters, citing X").
Quotes and source resolution are handled elsewhere; this module only reads the parse.

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("Reuters, citing a French official, reported that talks had stalled.")
>>> [(f.rule, f.source.text, f.relay.text) for f in find_frames(doc, lambda t: False) if f.contents]
[('verb', 'official', 'Reuters')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .body_words import DOCUMENT_NOUNS
from .cues import (
    ANNOUNCE_CUES,
    CHAIN_VERBS,
    CITING_VERBS,
    CONDITIONAL_MARKS,
    CUE_VERBS,
    INFINITIVE_CUES,
    MEDIUM_NOUNS,
    MODAL_BLOCKERS,
    OBJECT_CUES,
    PRESS_AUDIENCES,
    QUOTED_AS,
    REPORT_ADVERBS,
    SAY_VERBS,
    UNREALISED_CONTROL_VERBS,
)
from .lexicon import (
    AUXILIARY_FORMS,
    COMPLEMENTIZERS,
    CONCESSIVE_CONJUNCTIONS,
    DOBJ,
    EVIDENCE_OBJECT_CUES,
    MEDIUM_PREPS,
    NOMINAL_CUE_TAGS,
    NOMINAL_CUES,
    NON_SPEAKER_LABELS,
    NONRESTRICTIVE_RELATIVES,
    PREDICATE_OBJECTS,
    PREDICATE_PREPS,
    QUESTION_CUES,
    RELATIVE_PRONOUNS,
)
from .quotes import OPENERS
from .sources import doc_text, ents_between, is_platform, sent_of

__all__ = ["Frame", "find_frames", "colon_frames", "signature_frames", "content_span"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
#: Cues whose agentless passive still attributes ("X is reported to have ...", "It was announced that ...").
AGENTLESS_CUES = frozenset(
    {
        "report",
        "say",
        "announce",
        "believe",
        "think",
        "allege",
        "claim",
        "rumor",
        "rumour",
        "estimate",
        "understand",
        "declare",
        "confirm",
        "state",
        "suspect",
        "fear",
    }
)
#: Every lemma that can be a cue: verbs of saying and cognition, and the cues of intention, evaluation and question.
ALL_CUES = frozenset(CUE_VERBS | NOMINAL_CUES.keys() | QUESTION_CUES)
#: Objects that are no content: relative and interrogative pronouns ("what he calls corruption").
_NOT_CONTENT = frozenset({"what", "which", "that", "who", "whom", "whatever"})
_EDGE = " \t\n\u00a0,;:—–-\"'“”‘’«»("


@dataclass
class Frame:
    """One attribution found in the parse."""

    cue: Token | None
    cue_start: int
    cue_end: int
    source: Token | None  # head token of the source mention (None: agentless / reportedly)
    contents: list[tuple[int, int]]  # character spans of the content (one per attribution)
    rule: str  # "verb", "according", "reportedly", "passive", "object"
    relay: Token | None = None  # "Reuters, citing X": Reuters
    sources: list[Token] = field(default_factory=list)  # conjoined sources ("according to A and B")
    content_head: Token | None = None
    unspecified: str | None = None  # name for agentless sources ("unspecified reports")
    limit: tuple[int, int] | None = None  # token range the source mention must stay in
    medium: Token | None = None  # "during a conversation with Reuters": a possible relay


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE.replace('"', "").replace("”", "") + ",":
        e -= 1
    return s, e


def content_span(doc: Doc, head: Token, exclude: Token | None = None) -> list[tuple[int, int]]:
    """Character span(s) of ``head``'s subtree without a leading "that" and without ``exclude``'s subtree.

    When the excluded subtree sits inside, two spans are returned (an interrupted clause).
    """
    toks = sorted(head.subtree, key=lambda t: t.i)  # a non-projective parse yields a subtree out of order
    drop: set[int] = set()
    for c in head.children:
        if c.i > head.i and (
            (
                c.dep_ == "conj"
                and c.lemma_.lower() in CUE_VERBS
                and c.pos_ == "VERB"
                and not any(g.dep_ == "xcomp" for g in c.children)  # "and continued to attack": not a cue
            )
            or (c.dep_ == "advcl" and c.left_edge.lower_ in CONCESSIVE_CONJUNCTIONS)
        ):
            drop.update(t.i for t in c.subtree)
            k = c.left_edge.i - 1
            while k > head.i and (doc[k].is_punct or doc[k].dep_ == "cc"):
                drop.add(k)
                k -= 1
    if drop:
        toks = [t for t in toks if t.i not in drop]
    toks = _without_trailing_aside(doc, head, toks)
    if exclude is not None:
        ex = {t.i for t in exclude.subtree}
        ex.add(exclude.i)
        toks = [t for t in toks if t.i not in ex]
    if not toks:
        return []
    while toks and (
        toks[0].dep_ == "mark"
        and toks[0].lower_ in COMPLEMENTIZERS
        or toks[0].is_punct
        or toks[0].lower_ == "that"
        and toks[0].head == head
    ):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”", "?", "!", ")", "]", "."):
        toks = toks[:-1]
    if not toks:
        return []
    # split at gaps (an excluded subtree in the middle)
    pieces, cur = [], [toks[0]]
    for t in toks[1:]:
        if t.i == cur[-1].i + 1:
            cur.append(t)
        else:
            pieces.append(cur)
            cur = [t]
    pieces.append(cur)
    text = doc_text(doc)
    out = []
    for p in pieces:
        s, e = _trim(text, p[0].idx, p[-1].idx + len(p[-1].text))
        if e - s > 1 and sum(1 for t in p if t.is_alpha) >= 1:
            out.append((s, e))
    return out


def _without_trailing_aside(doc: Doc, head: Token, toks: list[Token]) -> list[Token]:
    """The content without what follows its last clause after a comma: a non-restrictive relative clause or a
    common-noun apposition ("..., whose son was killed", "..., a plan the billionaire floated") or a participle
    of saying ("..., noting her comments"): the writer's aside or the speaker's next act, not what was said."""
    if not toks:
        return toks
    last = toks[-1].i
    for t in toks:
        if t.i <= head.i or t.text != "," or t.i + 1 > last:
            continue
        nxt = doc[t.i + 1]
        mod = nxt if nxt.head.i < t.i else next((a for a in nxt.ancestors if a.head.i < t.i), nxt)
        if mod.right_edge.i < last - 1 or _inside_quote(doc, toks[0].idx, t.idx):
            continue
        aside = (
            (mod.dep_ == "relcl" and nxt.lower_ in NONRESTRICTIVE_RELATIVES)
            or (mod.dep_ == "appos" and mod.pos_ == "NOUN")
            or (mod.tag_ == "VBG" and mod.lemma_.lower() in CUE_VERBS and mod.dep_ in ("advcl", "xcomp", "conj"))
        )
        if aside:
            return [x for x in toks if x.i < t.i]
    return toks


def _inside_quote(doc: Doc, start: int, pos: int) -> bool:
    """Whether ``pos`` sits inside a quotation opened after ``start`` (an odd number of double quotes between)."""
    between = doc_text(doc)[start:pos]
    return (between.count('"') + between.count("“") + between.count("”")) % 2 == 1


def _modal_or_negated(tok: Token) -> bool:
    """A cue that reports no utterance: under a modal, negated, or the complement of a verb like "refuse"."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in MODAL_BLOCKERS:
            return True
        if c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS):
            return True
    if tok.dep_ in ("xcomp",) and tok.head.lemma_ in UNREALISED_CONTROL_VERBS:  # "refused to say"
        return True
    return False


def _inverted_subject(tok: Token) -> Token | None:
    """The subject after a cue that follows a quote: '"...," said study co-author Karen Alley'."""
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].is_punct and doc[j].text in ",":
        j -= 1
    # the quote must close in the cue's own sentence: a quote ending the previous sentence is not inverted
    if j >= sent_of(tok).start and doc[j].text in ('"', "”", "’", "'"):
        for c in tok.children:
            if (
                c.i > tok.i
                and c.dep_ in ("dobj", "attr", "npadvmod", "oprd", "dative", "appos", "nsubjpass")
                and c.pos_ in ("PROPN", "NOUN", "PRON")
            ):
                return c
    return None


def _subject_hung_on_phrase(tok: Token) -> Token | None:
    """A finite main verb the parse left without a subject, after an opening phrase: the person named last
    before it, with only an apposition between ('Calling it "just another apology", Anna Franowska of "Have no
    fear", an abuse victim support charity, told Reuters ...', the name parsed as an apposition of "apology")."""
    if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, sent = tok.doc, sent_of(tok)
    persons = [e for e in ents_between(doc, sent.start, tok.i) if e.label_ == "PERSON" and e.end < tok.i]
    if not persons or persons[-1].root.dep_ not in ("appos", "conj", "pobj"):
        return None
    between = doc[persons[-1].end : tok.i]
    if not between or between[-1].text != "," or any(t.dep_ in _SUBJ or t.tag_ in ("VBD", "VBZ") for t in between):
        return None
    return persons[-1].root


def find_subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """Token heading the subject of cue ``tok`` and whether the clause is passive without agent."""
    passive_subj = None
    for c in tok.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g, False
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        c = next((x for x in subjects if x.ent_type_ in ("PERSON", "ORG")), subjects[-1])
        if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return tok.head, False
        return c, False
    for c in tok.children:
        if c.dep_ in ("nsubjpass",):
            passive_subj = c
    if passive_subj is None:
        inverted = _inverted_subject(tok) or _subject_hung_on_phrase(tok)
        if inverted is not None:
            return inverted, False
    if passive_subj is not None:
        if tok.lemma_ in QUOTED_AS:
            return passive_subj, False
        return None, True
    if tok.dep_ == "relcl":
        return tok.head, False
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        h = tok.head
        # "posted a message on Twitter blaming Iran": the platform is where it was said, not who said it;
        # the participle's subject is the subject of the clause the platform hangs on
        if is_platform(h.text) and h.dep_ == "pobj" and h.head.dep_ == "prep" and depth < 3:
            g, steps = h.head.head, 0
            while g.pos_ not in ("VERB", "AUX") and g.head.i != g.i and steps < 3:
                g, steps = g.head, steps + 1
            if g.pos_ in ("VERB", "AUX"):
                return find_subject(g, depth + 1)
        return h, False
    if depth < 3 and tok.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and tok.head.i != tok.i:
        head = tok.head
        if head.dep_ == "prep" and tok.dep_ == "pcomp":
            head = head.head
        subj, agentless = find_subject(head, depth + 1)
        if agentless and tok.dep_ in ("conj", "pcomp", "advcl"):
            subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        return subj, False
    return None, False


def _citing(tok: Token, subj: Token | None) -> Token | None:
    """'citing X' attached to the cue or to its subject: the object X."""
    cands = list(tok.children) + (list(subj.children) if subj is not None else [])
    for c in cands:
        if c.lemma_ in CITING_VERBS and c.tag_ == "VBG":
            for g in c.children:
                if g.dep_ in ("dobj", "pobj", "attr"):
                    return g
    return None


def colon_frames(doc: Doc, in_quote: Callable[[int], bool]) -> Iterator[Frame]:
    """'Graham: Trump's rhetoric is destroying the party' - a sentence that opens with a name (or a speaker
    noun) and a colon attributes the rest of the sentence to it (headlines, captions, transcripts).

    Newsroom labels ("Editor's Note:", "UPDATE:") and interview initials ("JD:") are no speakers.
    """
    text = doc_text(doc)
    for sent in doc.sents:
        colon = next((t for t in sent[:7] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or colon.i + 3 >= sent.end or in_quote(colon.idx):
            continue
        lead = doc[sent.start : colon.i]
        if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") or t.is_punct for t in lead):
            continue
        head = lead.root
        if head.lemma_.lower() in NON_SPEAKER_LABELS or (len(lead) == 1 and head.text.isupper() and len(head) <= 4):
            continue
        named = head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or head.pos_ == "PROPN"
        if not (named or head.lemma_.lower() in DOCUMENT_NOUNS):
            continue
        end = sent.end
        while end > colon.i + 1 and doc[end - 1].is_space:
            end -= 1
        s, e = _trim(text, doc[colon.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
        if len(text[s:e].split()) >= 3:
            yield Frame(colon, colon.idx, colon.idx + 1, head, [(s, e)], "colon")


#: An embedded post's signature line: "<text> — Jane Doe (@janedoe) June 28, 2016" (the embed format of Twitter and
#: similar platforms, as pasted into news pages): the text is the post, the name before the handle its author.
_SIGNATURE = re.compile(
    r"(?P<content>[^<>\n—―]{12,}?)\s+(?P<dash>[—―])\s+(?P<name>[^\n()<>—―@]{2,60}?)\s+\(@\w{1,30}\)"
)


def signature_frames(doc: Doc) -> Iterator[Frame]:
    """Embedded posts signed "— Name (@handle) Date": the post is a direct claim of the named author."""
    text = doc_text(doc)
    if "(@" not in text:
        return
    for m in _SIGNATURE.finditer(text):
        name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
        dash = doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
        s, e = _trim(text, m.start("content"), m.end("content"))
        if name is None or dash is None or len(text[s:e].split()) < 3:
            continue
        yield Frame(dash[0], m.start("dash"), m.end("dash"), name.root, [(s, e)], "signature")


def find_frames(doc: Doc, skip: Callable[[Token], bool]) -> Iterator[Frame]:
    """Yield attribution frames of ``doc``.

    Parameters
    ----------
    doc : Doc
        A parsed document.
    skip : callable
        ``skip(token)`` is True for tokens that cannot be cues (inside quotes, in headlines).
    """
    for tok in doc:
        if skip(tok):
            continue
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            fr = _according(doc, tok)
            if fr:
                yield fr
            continue
        if low in REPORT_ADVERBS:
            spans = _reportedly(doc, tok)
            if spans:
                yield Frame(
                    tok, tok.idx, tok.idx + len(tok), None, spans, "reportedly", unspecified="unspecified reports"
                )
            continue
        if tok.lemma_.lower() not in ALL_CUES and tok.lower_ not in CUE_VERBS:
            continue
        if tok.pos_ != "VERB" and not (tok.pos_ == "NOUN" and {c.dep_ for c in tok.children} >= {"nsubj", "ccomp"}):
            continue  # a noun is accepted only when the parse gives it a subject and a clause ("data show that")
        if tok.lemma_ in CITING_VERBS and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"):
            continue  # "citing X" is handled with its governing cue
        if (
            tok.dep_ == "pcomp"
            and tok.head.lower_ == "as"
            and tok.head.head.lemma_ in QUOTED_AS
            and any(c.dep_ == "dobj" for c in tok.head.head.children)
        ):
            continue  # 'quoted X as saying': handled by the quoting verb
        if _modal_or_negated(tok) or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        fr = _verb_frame(doc, tok)
        if fr:
            yield fr


def _verb_frame(doc: Doc, tok: Token) -> Frame | None:
    """The frame of the cue verb ``tok``: its source (the subject, or a cited one), its content
    (:func:`_verb_content`, checked by :func:`_check_content`), and the relay or medium it names; a speaking
    verb with no content is a "bare" frame that may own a nearby quote."""
    subj, agentless = find_subject(tok)
    lemma = tok.lemma_.lower()
    text = doc_text(doc)
    # a clause in an earlier paragraph is never the content ("Q: What did you find?\n\nA: We found that ...")
    # nor a clause before a semicolon ("A said B; TVN24 reported C", B parsed as a complement of "reported")
    ccomps = [
        c
        for c in tok.children
        if c.dep_ == "ccomp" and not (c.i < tok.i and ("\n\n" in text[c.idx : tok.idx] or _semicolon_between(c, tok)))
    ]
    if lemma in QUOTED_AS and subj is not None and not agentless:
        fr = _quoted_as(doc, tok, subj)
        if fr is not None:
            return fr
    contents, head, rule = _verb_content(doc, tok, subj, agentless, ccomps)
    contents, rule = _check_content(doc, tok, subj, agentless, contents, rule)
    if not contents:
        if subj is not None and not agentless and lemma in CUE_VERBS:  # a speaking verb may own a nearby quote
            return Frame(tok, tok.idx, tok.idx + len(tok), subj, _next_paragraph(doc, tok), "bare")
        return None
    if agentless and subj is None:
        if rule != "passive" and not ccomps or lemma not in AGENTLESS_CUES:
            return None
        name = "unspecified announcement" if lemma in ANNOUNCE_CUES else "unspecified reports"
        return Frame(tok, tok.idx, tok.idx + len(tok), None, contents, "passive", content_head=head, unspecified=name)
    if subj is None:
        return None
    relay = None
    cited = _citing(tok, subj)
    if cited is not None:
        relay, subj = subj, cited
    medium = _medium(tok)
    return Frame(tok, tok.idx, _cue_end(tok), subj, contents, rule, relay=relay, content_head=head, medium=medium)


def _continued_predicate(doc: Doc, tok: Token, head: Token) -> list[tuple[int, int]]:
    """'X was not airworthy, investigators have said, and should not have taken off': a predicate with no
    subject conjoined after a parenthetical cue continues the content before it (its own span)."""
    if head.i > tok.i or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    for c in tok.children:
        if (
            c.dep_ == "conj"
            and c.i > tok.i
            and c.pos_ in ("VERB", "AUX")
            and c.lemma_.lower() not in CUE_VERBS
            and not any(g.dep_ in _SUBJ or g.dep_ == "nsubjpass" for g in c.children)
            and any(g.dep_ in ("aux", "auxpass") for g in c.children)  # "and closed it": the speaker's own act
        ):
            return content_span(doc, c)
    return []


def _semicolon_between(clause: Token, tok: Token) -> bool:
    """Whether a semicolon separates ``clause`` (before ``tok``) from ``tok``."""
    return any(t.text == ";" for t in tok.doc[clause.right_edge.i + 1 : tok.i])


def _next_paragraph(doc: Doc, tok: Token) -> list[tuple[int, int]]:
    """'Dr. Ward stated:' closing a paragraph: the next paragraph is the content (a block quote or statement)."""
    text = doc_text(doc)
    m = re.match(r"[ \t]*(?:[A-Za-z]+[ \t]*)?:[ \t]*\n\s*\n", text[tok.idx + len(tok) :])
    if m is None:
        return []
    start = tok.idx + len(tok) + m.end()
    end = text.find("\n\n", start)
    s, e = _trim(text, start, len(text) if end < 0 else end)
    return [(s, e)] if len(text[s:e].split()) >= 3 else []


def _verb_content(
    doc: Doc, tok: Token, subj: Token | None, agentless: bool, ccomps: list[Token]
) -> tuple[list[tuple[int, int]], Token | None, str]:
    """The content spans, content head and rule of the cue verb ``tok``: its complement clause, the clause it
    interrupts ("X, she said, Y"), or an infinitive or object complement (:func:`_complement_content`)."""
    if ccomps:
        head = ccomps[0]
        contents = _run_to_clause_end(doc, tok, content_span(doc, head)) + _continued_predicate(doc, tok, head)
        objs = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < head.i]
        if contents and objs and not any(c.dep_ in _SUBJ for c in head.children):
            s0 = content_span(doc, objs[0])
            if s0:
                contents = [(s0[0][0], contents[-1][1])]
        return contents, head, "verb"
    # "X, she said, Y" where the parser hangs Y onto the cue as a conjunct of the content
    if tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
        return content_span(doc, tok.head, exclude=tok), tok.head, "verb"
    if (
        tok.dep_ == "ccomp"
        and tok.i > tok.head.i
        and tok.head.pos_ in ("VERB", "AUX")
        and tok.head.lemma_ not in CUE_VERBS
        and subj is not None
        and any(c.is_punct for c in doc[tok.head.i : tok.i])
    ):
        # "X was not airworthy, investigators said, ..." parsed with the cue as a complement
        return content_span(doc, tok.head, exclude=tok), tok.head, "verb"
    return _complement_content(doc, tok, subj, agentless)


def _complement_content(
    doc: Doc, tok: Token, subj: Token | None, agentless: bool
) -> tuple[list[tuple[int, int]], Token | None, str]:
    """An infinitive complement ("is believed to have fled", "expects X to win") or, for a cue of
    :data:`OBJECT_CUES`, an object and its predicate (:func:`_object_content`)."""
    lemma = tok.lemma_.lower()
    xcomps = [c for c in tok.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    if xcomps and agentless and lemma not in AGENTLESS_CUES:
        xcomps = []
    if xcomps and (agentless or lemma in INFINITIVE_CUES):
        head = xcomps[0]
        contents: list[tuple[int, int]] = []
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if objs and not agentless:
            s = content_span(doc, objs[0])
            e = content_span(doc, head)
            if s and e:
                contents = [(s[0][0], e[-1][1])]
        else:
            contents = content_span(doc, head)
        return contents, head, "passive" if agentless else "verb"
    if lemma in OBJECT_CUES:
        return _object_content(doc, tok, subj)
    return [], None, "verb"


def _object_content(doc: Doc, tok: Token, subj: Token | None) -> tuple[list[tuple[int, int]], Token | None, str]:
    """'described it as "crushing"', 'called the plan a mistake': the object and its predicate."""
    objs = [c for c in tok.children if c.dep_ in ("dobj",)]
    preds = [
        c for c in tok.children if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPS)
    ]
    if not (objs and preds and subj is not None):
        return [], None, "verb"
    a = content_span(doc, objs[0])
    pred = preds[-1]
    b = content_span(doc, pred)
    if pred.dep_ == "prep" and pred.lower_ == "as":
        b = _pieces(doc, [t for t in pred.subtree if t.i != pred.i])
    if objs[0].lower_ in PREDICATE_OBJECTS:
        a = b
    if not (a and b):
        return [], None, "verb"
    contents = [(min(a[0][0], b[0][0]), max(a[-1][1], b[-1][1]))]
    bt = [t for t in preds[-1].subtree if not (t.dep_ == "prep" and t.i == preds[-1].i)]
    if bt and any(t.text in ('"', "“") for t in doc[max(0, bt[0].i - 1) : bt[0].i + 1]):
        contents = b  # 'described it as "crushing"': the quoted words alone
    return contents, objs[0], "object"


def _check_content(
    doc: Doc, tok: Token, subj: Token | None, agentless: bool, contents: list[tuple[int, int]], rule: str
) -> tuple[list[tuple[int, int]], str]:
    """Drop a content that is no content of ``tok`` (before a semicolon, a single word), and look for one
    elsewhere when there is none: the rest of the sentence after a chain verb, a nominal content."""
    text = doc_text(doc)
    lemma = tok.lemma_.lower()
    if contents and contents[-1][1] <= tok.idx and ";" in text[contents[-1][1] : tok.idx]:
        contents = []  # "A; the embassy confirmed B": A is not the content
    if rule == "verb" and contents and all(len(text[a:b].split()) < 2 for a, b in contents):
        contents = []
    if not contents and subj is not None and subj.i < tok.i and lemma in CHAIN_VERBS:
        contents = _rest_of_sentence(doc, tok)
    if not contents and subj is not None and not agentless and lemma in NOMINAL_CUES:
        contents = _nominal_content(doc, tok, NOMINAL_CUES[lemma])
        rule = "nominal" if contents else rule
    if not contents and subj is not None and lemma in EVIDENCE_OBJECT_CUES and subj.lemma_.lower() in DOCUMENT_NOUNS:
        contents = _nominal_content(doc, tok, frozenset({DOBJ}))  # "public records show no gifts"
        rule = "nominal" if contents else rule
    return contents, rule


def _medium(tok: Token) -> Token | None:
    """ "during a conversation with Reuters", "in an interview with the BBC": the outlet (the last one named)."""
    medium = None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in MEDIUM_PREPS:
            for n in c.children:
                if n.dep_ == "pobj" and n.lemma_.lower() in MEDIUM_NOUNS:
                    for w in n.children:
                        if w.dep_ == "prep" and w.lower_ == "with":
                            medium = next((g for g in w.children if g.dep_ == "pobj"), None)
    return medium


def _cue_end(tok: Token) -> int:
    """The end of the cue: after a particle right after the verb ("pointed out")."""
    cue_end = tok.idx + len(tok)
    for c in tok.children:  # "told reporters", "pointed out"
        if c.dep_ in ("prt",) and c.i == tok.i + 1:
            cue_end = c.idx + len(c)
    return cue_end


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
#: Punctuation that opens a non-restrictive aside, and the dependencies of the aside itself.
_ASIDE_PUNCT = frozenset({",", "—", "–", "(", ";"})
_ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})
#: Dependents of a nominal cue that continue its content after the object (see ``_clause_rest``).
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "during", "since", "until", "amid", "following", "while"})
_REST_DEPS = frozenset({"prep", "xcomp", "npadvmod", "advmod", "oprd", "dative", "agent", "acomp"})


def _run_to_clause_end(doc: Doc, tok: Token, contents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'said the document seeks the number of soldiers Europe is prepared to deploy': a verb with no subject
    right after the content, hung on the cue as a conjunct with no "and" between, is the rest of the content
    (a misparsed relative clause), so the content runs to that clause's end."""
    if not contents:
        return contents
    end = contents[-1][1]
    for c in tok.children:
        if c.dep_ != "conj" or c.idx < end or c.lemma_.lower() in CUE_VERBS or any(g.dep_ in _SUBJ for g in c.children):
            continue
        left = c.left_edge
        prev = doc[left.i - 1] if left.i > 0 else None
        if prev is not None and abs(prev.idx + len(prev) - end) <= 1 and not prev.is_punct:  # right after it
            last = c.right_edge
            while last.i > left.i and last.is_punct:
                last = doc[last.i - 1]
            return contents[:-1] + [(contents[-1][0], last.idx + len(last))]
    return contents


def _nominal_content(doc: Doc, tok: Token, where: frozenset[str]) -> list[tuple[int, int]]:
    """Content of a cue that takes a noun phrase or an infinitive: "criticized the plan", "wants to leave",
    "called for an inquiry" (``where`` names the prepositions, or :data:`DOBJ`, that hold the content).

    Only a finite cue (or one with an auxiliary: "has backed") takes one; a one-word content must be a name
    ("endorsed Cruz"), not a fragment of a misparsed compound ("condemned anti-...")."""
    finite = tok.tag_ in NOMINAL_CUE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and tok.head.pos_ in ("VERB", "AUX")
    # a finite clause of its own ("though she never mentioned Sanders", "which Clinton also supports")
    own_clause = tok.tag_ in NOMINAL_CUE_TAGS and any(c.dep_ == "nsubj" for c in tok.children)
    if not (finite or participle) or (tok.dep_ in ("acl", "advcl", "amod", "pcomp") and not (participle or own_clause)):
        return []
    if any(c.dep_ == "prt" and c.lower_ not in where for c in tok.children):
        return []  # a phrasal verb of another meaning: "called off the search"
    for c in tok.children:
        if c.i < tok.i:
            continue
        obj = None
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = c
        elif c.dep_ == "dobj" and DOBJ in where:
            obj = c
        elif c.dep_ in ("prep", "prt") and c.lower_ in where:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.lower_ in _NOT_CONTENT or obj.ent_type_ in ("DATE", "TIME"):
            continue
        # the whole phrase, also when a hyphenated word is split into several objects ("de - energization")
        last = max([obj.right_edge.i] + [d.right_edge.i for d in tok.children if d.dep_ == obj.dep_ == "dobj"])
        last = _before_aside(doc, obj, _clause_rest(doc, tok, last))
        spans = _pieces(doc, list(doc[obj.left_edge.i : last + 1]))[:1]
        words = doc_text(doc)[spans[0][0] : spans[0][1]].split() if spans else []
        if len(words) >= 2 or (words and obj.pos_ == "PROPN"):
            return spans
        return []
    return []


def _clause_rest(doc: Doc, tok: Token, last: int) -> int:
    """Where a nominal content ends: the object runs on through the cue's later complements and adjuncts with
    no punctuation between ("accused him of lying", "called on the U.S. to act", "charged Zimmerman with
    murder", "backed her in high numbers"), stopping at a comma, a conjunction or another clause."""
    for c in sorted(tok.children, key=lambda c: c.i):
        if c.i <= last:
            continue
        between = doc[last + 1 : c.left_edge.i]
        if c.dep_ not in _REST_DEPS or c.left_edge.i <= last or any(t.is_punct or t.is_space for t in between):
            break
        if c.dep_ == "advmod" and c.right_edge.i == c.i:
            break  # a lone adverb after the object ("backed him strongly") is the source's manner
        if c.dep_ == "prep" and (
            c.lower_ in _CIRCUMSTANCE_PREPS or any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        ):
            break  # when and where it was said ("during the emergency", "on Monday") is not what was said
        last = c.right_edge.i
    return last


def _before_aside(doc: Doc, obj: Token, last: int) -> int:
    """Where a nominal content ends: before a non-restrictive aside on its noun ("praised Franklin Graham, who
    has vowed ...", "the Hyde Amendment, a federal provision ...", "the pact — one of his goals"): a comma,
    dash or bracket followed by an apposition, a relative or participle clause or "including"/"such as"."""
    for k in range(obj.i + 1, last):
        if doc[k].text not in _ASIDE_PUNCT:
            continue
        nxt = doc[k + 1]
        mod = nxt if nxt.head.i < k else next((a for a in nxt.ancestors if a.head.i < k), nxt)
        if mod.dep_ == "appos" and mod.pos_ == "PROPN":
            continue  # "his former rival, Joe Biden": the name says who the object is
        if mod.dep_ in _ASIDE_DEPS or nxt.lower_ in ("including", "such"):
            return k - 1
    return last


def _rest_of_sentence(doc: Doc, tok: Token) -> list[tuple[int, int]]:
    """Fallback for a misparsed complement: the rest of the sentence after the cue, when it holds a finite
    verb ("Brudziński said Adamowicz required resuscitation" parsed with a nominal object)."""
    sent = sent_of(tok)
    i = tok.i + 1
    while i < sent.end and (
        doc[i].dep_ in ("prt", "dative") or doc[i].lower_ in PRESS_AUDIENCES or doc[i].is_punct and doc[i].text in ",:"
    ):
        i += 1
    if i < sent.end and doc[i].lower_ == "that":
        i += 1
    rest = [t for t in doc[i : sent.end]]
    if (
        len(rest) < 3
        or rest[0].pos_ == "ADP"
        or any(t.text in ('"', "“") for t in rest[:1])
        or not any(t.tag_ in _FINITE and t.dep_ not in ("relcl", "acl", "advcl") for t in rest)
    ):
        return []
    for j, t in enumerate(rest):
        if t.text == ";":
            rest = rest[:j]
            break
    if not rest:
        return []
    s, e = _trim(doc_text(doc), rest[0].idx, rest[-1].idx + len(rest[-1].text))
    return [(s, e)] if e > s else []


def _quoted_as(doc: Doc, tok: Token, subj: Token) -> Frame | None:
    """'Politico quoted Tim Manning as saying "..."', 'The Telegraph cited a source that ...': the object is
    the source and the subject relays it."""
    objs = [c for c in tok.children if c.dep_ in ("dobj",)]
    if not objs:
        return None
    obj = objs[0]
    head = None
    for c in list(tok.children) + list(obj.children):
        if c.dep_ == "prep" and c.lower_ == "as":
            head = next((g for g in c.children if g.dep_ in ("pcomp", "pobj")), None)
        elif (
            c.dep_ in ("ccomp", "relcl", "acl")
            and c.i > obj.i
            and any(g.lower_ == "that" and g.i == c.left_edge.i for g in c.subtree)
        ):
            head = c
    if head is None:
        return None
    if head.lemma_ in SAY_VERBS:
        toks = [t for t in head.subtree if t.i > head.i]
    else:
        toks = [t for t in head.subtree]
    toks = [t for t in toks if not (t.lower_ == "that" and t.i == toks[0].i)]
    spans = _pieces(doc, toks)
    if not spans:
        return None
    return Frame(
        tok, tok.idx, tok.idx + len(tok), obj, [(spans[0][0], spans[-1][1])], "verb", relay=subj, content_head=head
    )


def _reportedly(doc: Doc, tok: Token) -> list[tuple[int, int]]:
    """Content hedged by "reportedly": the phrase right after it when it modifies a phrase, else its clause."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    head = tok.head
    if nxt is None or nxt.is_punct:
        return []
    verbal = (
        nxt.pos_ in ("VERB", "AUX")
        or (nxt.i == head.i and head.pos_ in ("VERB", "AUX"))
        or nxt.dep_ in ("aux", "auxpass", "neg")
        or tok.i == sent_of(tok).start
        or (tok.i > 0 and doc[tok.i - 1].dep_ in ("nsubj", "aux", "auxpass"))
        or doc[tok.i - 1].lower_ in AUXILIARY_FORMS
    )
    if not verbal:
        end = head.right_edge.i if head.i < tok.i else max(t.i for t in head.subtree)
        toks = []
        for t in doc[nxt.i : end + 1]:
            if t.text in (";",) or (t.text == "," and t.i + 1 <= end and doc[t.i + 1].lower_ in ("and", "but")):
                break
            toks.append(t)
        spans = _pieces(doc, toks)[:1]
        return spans if spans and len(doc_text(doc)[spans[0][0] : spans[0][1]].split()) >= 2 else []
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    toks = []
    for t in head.subtree:
        if t.i == tok.i or (t.dep_ == "nsubj" and t.lower_ in RELATIVE_PRONOUNS and t.head.i == head.i):
            continue
        toks.append(t)
    drop: set[int] = set()
    for c in head.children:
        if c.i > tok.i and (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            or c.lower_ == "according"
            or c.dep_ == "prep"
            and c.lower_ == "according"
        ):
            drop.update(t.i for t in c.subtree)
    toks = [t for t in toks if t.i not in drop]
    pieces = _pieces(doc, toks)
    return [(pieces[0][0], pieces[-1][1])] if pieces else []


def _according(doc: Doc, tok: Token) -> Frame | None:
    """'according to X, ...': the source noun phrase after "to" (:func:`_according_window`) and the clause
    it modifies as the content."""
    to = doc[tok.i + 1]
    window = _according_window(doc, tok, to)
    if not len(window):
        return None
    persons = [
        e for e in ents_between(doc, window.start, window.end) if e.label_ == "PERSON" and not is_platform(e.text)
    ]  # "a statement posted to his Twitter account": not Twitter
    src = persons[-1].root if persons else window.root
    sources = [src] + [c for c in src.children if c.dep_ == "conj" and c.i < window.end]
    head = _according_head(doc, tok, window)
    if head is None:
        return None
    ex = set(range(tok.i, window.end))
    for w in window:
        ex.update(t.i for t in w.subtree)
    if window.end < len(doc) and doc[window.end].text == ",":
        ex.add(window.end)
    hung = _subject_hung_on_source(doc, head, window, ex)
    toks = [t for t in head.subtree if t.i not in ex] + [doc[i] for i in sorted(hung)]
    colon = [
        t.i for t in toks if t.text == ":" and t.i > head.i and t.i + 1 < len(doc) and doc[t.i + 1].text[:1] in OPENERS
    ]
    if colon:  # '..., X could strengthen the case: "The key factor ..."': the quote is a claim of its own
        toks = [t for t in toks if t.i < colon[0]]
    spans = _pieces(doc, toks)
    if not spans:
        return None
    if len(spans) > 1:
        left, right = spans[0], spans[-1]
        right_toks = [t for t in toks if t.idx >= right[0]]
        if not any(t.pos_ in ("VERB", "AUX") for t in right_toks):
            spans = [(left[0], right[1])]  # interrupted clause: one span including the cue
        else:
            spans = [left] if head.idx < right[0] else [right]
    return Frame(
        tok,
        tok.idx,
        to.idx + len(to),
        src,
        spans,
        "according",
        sources=sources,
        content_head=head,
        limit=(window.start, window.end),
    )


def _subject_hung_on_source(doc: Doc, head: Token, window: Span, ex: set[int]) -> set[int]:
    """Tokens between the last comma after the source and a subjectless content head: the subject the parse hung
    on the source ("According to X, director of Y, the tusk came from ...", "tusk" parsed as X's apposition)."""
    if head.i < window.end or any(c.dep_ in _SUBJ or c.dep_ in ("nsubjpass", "expl") for c in head.children):
        return set()
    commas = [i for i in range(window.end, head.i) if doc[i].text == "," and i in ex]
    if not commas or head.i - commas[-1] < 2:
        return set()
    return {i for i in range(commas[-1] + 1, head.i) if i in ex}


def _according_window(doc: Doc, tok: Token, to: Token) -> Span:
    """The source noun phrase of "according to": from after "to" up to the first comma or the end of the clause
    (at most 25 tokens), with an appositive name after the comma ("the El Paso mayor, Dee Margo, ...")."""
    stop = to.i + 1
    while stop < sent_of(tok).end and not (doc[stop].is_punct and doc[stop].text in ",;:.") and stop - to.i < 25:
        stop += 1
    if stop < sent_of(tok).end and doc[stop].text == ",":
        app = [e for e in ents_between(doc, stop + 1, stop + 6) if e.label_ == "PERSON" and e.start == stop + 1]
        if app and (app[0].end >= len(doc) or doc[app[0].end].is_punct):
            stop = app[0].end
    return doc[to.i + 1 : stop]


def _according_head(doc: Doc, tok: Token, window: Span) -> Token | None:
    """The head of the clause that "according to" modifies (the sentence root when the parse hangs it inside
    the source); None when there is no such clause."""
    head = tok.head
    if head.dep_ == "prep" or head.pos_ in ("ADP",):
        head = head.head
    while (
        head.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl")
        and head.head.i != head.i
        and head.pos_ not in ("VERB", "AUX")
    ):
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i == tok.i or head.i in range(window.start, window.end):
        head = sent_of(tok).root
        if head.i == tok.i:
            return None
    return head


def _pieces(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
    toks = sorted(toks, key=lambda t: t.i)  # a non-projective parse yields a subtree out of order
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark" and toks[0].lower_ == "that"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”", "?", "!", ")", "]"):
        toks = toks[:-1]
    if not toks:
        return []
    pieces, cur = [], [toks[0]]
    for t in toks[1:]:
        if t.i == cur[-1].i + 1 or (t.i == cur[-1].i + 2 and doc[t.i - 1].is_space):
            cur.append(t)
        else:
            pieces.append(cur)
            cur = [t]
    pieces.append(cur)
    out = []
    for p in pieces:
        s, e = _trim(doc_text(doc), p[0].idx, p[-1].idx + len(p[-1].text))
        if e - s > 1 and any(t.is_alpha for t in p):
            out.append((s, e))
    return out

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

from spacy.tokens import Doc, Token

from .according import (
    according_frame,
    hedge_frame,
    in_document_frame,
    reportedly_spans,
)
from .body_words import DOCUMENT_NOUNS
from .content import (
    SUBJECT_DEPS,
    content_span,
    continued_predicate,
    holds_view,
    nominal_content,
    rest_of_sentence,
    run_to_clause_end,
    semicolon_between,
    shared_subject_complement,
    spans_of_tokens,
    trim_span,
)
from .cues import (
    ADDRESSEE_OBJECT_CUES,
    AGENTLESS_CUES,
    ALL_CUES,
    ANNOUNCE_CUES,
    CHAIN_VERBS,
    CITING_VERBS,
    CONDITIONAL_MARKS,
    CUE_VERBS,
    INFINITIVE_CUES,
    MEDIUM_NOUNS,
    MODAL_BLOCKERS,
    NON_STANCE_CLAUSE_VERBS,
    OBJECT_CUES,
    QUOTED_AS,
    REPORT_ADVERBS,
    SAY_VERBS,
    STANCE_PRONOUNS,
    UNREALISED_CONTROL_VERBS,
    UTTERANCE_NOUNS,
)
from .frame import Frame
from .lexicon import (
    DOBJ,
    EVIDENCE_OBJECT_CUES,
    HEDGE_VERBS,
    MEDIUM_PREPS,
    NOMINAL_CUES,
    NON_SPEAKER_LABELS,
    PREDICATE_OBJECTS,
    PREDICATE_PREPS,
    QUESTION_CUES,
    RELATIVE_PRONOUNS,
)
from .sources import doc_text, ents_between, is_platform, sent_of

__all__ = ["Frame", "find_frames", "colon_frames", "signature_frames", "content_span"]


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
    if (
        not between
        or between[-1].text != ","
        or any(t.dep_ in SUBJECT_DEPS or t.tag_ in ("VBD", "VBZ") for t in between)
    ):
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
        s, e = trim_span(text, doc[colon.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
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
        s, e = trim_span(text, m.start("content"), m.end("content"))
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
            fr = according_frame(doc, tok)
            if fr:
                yield fr
            continue
        if low == "in" and tok.dep_ == "prep":
            fr = in_document_frame(doc, tok)
            if fr:
                yield fr
            continue
        if low in REPORT_ADVERBS:
            spans = reportedly_spans(doc, tok)
            if spans:
                yield Frame(
                    tok, tok.idx, tok.idx + len(tok), None, spans, "reportedly", unspecified="unspecified reports"
                )
            continue
        if tok.lemma_ in HEDGE_VERBS:
            fr = hedge_frame(doc, tok)
            if fr:
                yield fr
            continue
        if tok.lemma_.lower() not in ALL_CUES and tok.lower_ not in CUE_VERBS:
            fr = _stance_frame(doc, tok)
            if fr is not None:
                yield fr
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


def _stance_frame(doc: Doc, tok: Token) -> Frame | None:
    """A verb outside the cue lists with a person or body as subject and a finite clause right after it (only
    its object between) reports that subject's stance: "Republicans learned the South no longer gave them a
    lock", "the senator is betting voters will see it as independence" (a belief)."""
    if (
        tok.pos_ != "VERB"
        or tok.lemma_.lower() in NON_STANCE_CLAUSE_VERBS
        or tok.dep_ in ("relcl", "acl", "amod", "pcomp", "csubj", "ccomp")
        or (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children))
        or _modal_or_negated(tok)
    ):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _sentient(subj):
        return None
    between = {t.i for c in tok.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.i > tok.i
            and c.pos_ in ("VERB", "AUX")
            and (any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) or between)
            and all(k in between or doc[k].lower_ == "that" for k in range(tok.i + 1, c.left_edge.i))
        ),
        None,
    )
    fr = _verb_frame(doc, tok) if clause is not None else None
    if fr is None or fr.source is None or not fr.contents:
        return None
    fr.claim_type = "belief"
    return fr


def _sentient(subj: Token) -> bool:
    """Whether a subject names someone who can hold a view: a personal pronoun, a person, body or group
    entity, or a noun for people."""
    return subj.lower_ in STANCE_PRONOUNS or holds_view(subj)


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
        if c.dep_ == "ccomp" and not (c.i < tok.i and ("\n\n" in text[c.idx : tok.idx] or semicolon_between(c, tok)))
    ]
    if lemma in QUOTED_AS and subj is not None and not agentless:
        fr = _quoted_as(doc, tok, subj)
        if fr is not None:
            return fr
    contents, head, rule = _verb_content(doc, tok, subj, agentless, ccomps)
    contents, rule = _check_content(doc, tok, subj, agentless, contents, rule)
    if not contents:
        if subj is not None and not agentless and (lemma in CUE_VERBS or lemma in QUESTION_CUES):  # may own a quote
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


def _next_paragraph(doc: Doc, tok: Token) -> list[tuple[int, int]]:
    """'Dr. Ward stated:' closing a paragraph: the next paragraph is the content (a block quote or statement)."""
    text = doc_text(doc)
    m = re.match(r"[ \t]*(?:[A-Za-z]+[ \t]*)?:[ \t]*\n\s*\n", text[tok.idx + len(tok) :])
    if m is None:
        return []
    start = tok.idx + len(tok) + m.end()
    end = text.find("\n\n", start)
    s, e = trim_span(text, start, len(text) if end < 0 else end)
    return [(s, e)] if len(text[s:e].split()) >= 3 else []


def _verb_content(
    doc: Doc, tok: Token, subj: Token | None, agentless: bool, ccomps: list[Token]
) -> tuple[list[tuple[int, int]], Token | None, str]:
    """The content spans, content head and rule of the cue verb ``tok``: its complement clause, the clause it
    interrupts ("X, she said, Y"), or an infinitive or object complement (:func:`_complement_content`)."""
    if ccomps:
        head = ccomps[0]
        contents = run_to_clause_end(doc, tok, content_span(doc, head))
        contents = shared_subject_complement(doc, tok, head, contents) + continued_predicate(doc, tok, head)
        objs = [c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < head.i]
        if contents and objs and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
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
    return _passive_subject_content(doc, tok)


def _passive_subject_content(doc: Doc, tok: Token) -> tuple[list[tuple[int, int]], Token | None, str]:
    """'Her death was confirmed by her family', 'The plan was criticized by unions': in a passive with its
    agent named, the subject is what was said or judged (not for a cue whose object is the addressee)."""
    if tok.lemma_.lower() in ADDRESSEE_OBJECT_CUES or not any(c.dep_ == "agent" for c in tok.children):
        return [], None, "verb"
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in UTTERANCE_NOUNS:
        return [], None, "verb"
    return content_span(doc, subj), subj, "verb"


def _object_content(doc: Doc, tok: Token, subj: Token | None) -> tuple[list[tuple[int, int]], Token | None, str]:
    """'described it as "crushing"', 'called the plan a mistake': the object and its predicate."""
    objs = [c for c in tok.children if c.dep_ in ("dobj",)]
    preds = [
        c
        for c in tok.children
        if c.dep_ in ("oprd", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in PREDICATE_PREPS)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children))
    ]  # "described the country as beset by ...": "as" parsed as the mark of a participle clause
    if not (objs and preds and subj is not None):
        return [], None, "verb"
    a = content_span(doc, objs[0])
    pred = preds[-1]
    b = content_span(doc, pred)
    if pred.dep_ == "prep" and pred.lower_ == "as":
        b = spans_of_tokens(doc, [t for t in pred.subtree if t.i != pred.i])
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
        contents = rest_of_sentence(doc, tok)
    if not contents and subj is not None and not agentless and lemma in NOMINAL_CUES and not _quoted_as_phrase(tok):
        contents = nominal_content(doc, tok, NOMINAL_CUES[lemma])
        rule = "nominal" if contents else rule
    if not contents and subj is not None and lemma in EVIDENCE_OBJECT_CUES and subj.lemma_.lower() in DOCUMENT_NOUNS:
        contents = nominal_content(doc, tok, frozenset({DOBJ}))  # "public records show no gifts"
        rule = "nominal" if contents else rule
    return contents, rule


def _quoted_as_phrase(tok: Token) -> bool:
    """'referred to the team as "a disgrace"', 'praised him as "a hero"': the quoted words after "as" are what was
    said; the quote, not a noun phrase, is the content (left to the quote pass)."""
    doc = tok.doc
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(doc) and doc[c.i + 1].text in ('"', "“")
        for c in tok.children
    )


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
    spans = spans_of_tokens(doc, toks)
    if not spans:
        return None
    return Frame(
        tok, tok.idx, tok.idx + len(tok), obj, [(spans[0][0], spans[-1][1])], "verb", relay=subj, content_head=head
    )

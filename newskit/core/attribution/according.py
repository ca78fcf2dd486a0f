"""Hearsay without a verb of saying: "according to X, ...", "In the poll, ...", "reportedly"/"allegedly" and
the sourceless hedges "X seems to ...", "X appears weak".

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("According to the police, three people were injured.")
>>> f = according_frame(doc, doc[0])
>>> (f.source.text, [doc.text[s:e] for s, e in f.contents])
('police', ['three people were injured'])
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .content import (
    SUBJECT_DEPS,
    spans_of_tokens,
)
from .cues import ALL_CUES, CUE_VERBS
from .frame import Frame
from .lexicon import (
    AUXILIARY_FORMS,
    FINDING_DOCUMENTS,
    HEDGE_VERBS,
    RELATIVE_PRONOUNS,
)
from .quotes import OPENERS
from .sources import doc_text, ents_between, is_platform, sent_of

__all__ = ["according_frame", "in_document_frame", "reportedly_spans", "hedge_frame"]

#: Dependents of a hedge verb that are not part of its clause's content (a following clause, an aside).
_HEDGE_OUTSIDE = frozenset({"conj", "cc", "punct", "parataxis", "advcl", "mark"})


def reportedly_spans(doc: Doc, tok: Token) -> list[tuple[int, int]]:
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
        spans = spans_of_tokens(doc, toks)[:1]
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
    pieces = spans_of_tokens(doc, toks)
    return [(pieces[0][0], pieces[-1][1])] if pieces else []


def according_frame(doc: Doc, tok: Token) -> Frame | None:
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
    spans = spans_of_tokens(doc, toks)
    if not spans:
        return None
    if len(spans) > 1:
        left, right = spans[0], spans[-1]
        right_toks = [t for t in toks if t.idx >= right[0]]
        left_toks = [t for t in toks if t.idx < left[1]]
        if not any(t.pos_ in ("VERB", "AUX") for t in right_toks):
            spans = [(left[0], right[1])]  # interrupted clause: one span including the cue
        elif (
            any(t.dep_ in SUBJECT_DEPS for t in left_toks)
            and not any(t.dep_ in SUBJECT_DEPS for t in right_toks)
            and not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in SUBJECT_DEPS for t in left_toks)
        ):
            # "Fundraising, according to the campaign, has surged": the subject is the claim's; an opening phrase
            # alone ("The next morning, according to the police, ...") is not (the dev gold leaves it out)
            spans = [(left[0], right[1])]
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


def in_document_frame(doc: Doc, tok: Token) -> Frame | None:
    """'In the poll, her support has risen': a sentence opened by "In" and a document of
    :data:`FINDING_DOCUMENTS`, then a comma, reports the document's finding; the main clause is the content.
    A clause whose verb is a cue ("In a statement, the firm said ...") is left to that cue."""
    head, sent = tok.head, sent_of(tok)
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        head = head.head  # "In the poll released Sunday, three of four voters ..." hung on the subject
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    opening = [t for t in doc[sent.start : tok.i] if not (t.is_punct or t.dep_ == "cc")]
    if obj is None or opening or tok.dep_ != "prep" or obj.lemma_.lower() not in FINDING_DOCUMENTS:
        return None
    after = tok.right_edge.i + 1
    if head.pos_ not in ("VERB", "AUX") or head.i <= after or after >= len(doc) or doc[after].text != ",":
        return None
    if head.lemma_.lower() in ALL_CUES or head.lower_ in CUE_VERBS or head.dep_ != "ROOT":
        return None
    if not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in head.children):
        return None
    skip = {t.i for t in tok.subtree} | {after}
    spans = spans_of_tokens(doc, [t for t in head.subtree if t.i not in skip])
    if not spans:
        return None
    return Frame(
        tok, tok.idx, tok.idx + len(tok), obj, spans[-1:], "in_document", content_head=head, limit=(tok.i + 1, after)
    )


def _subject_hung_on_source(doc: Doc, head: Token, window: Span, ex: set[int]) -> set[int]:
    """Tokens between the last comma after the source and a subjectless content head: the subject the parse hung
    on the source ("According to X, director of Y, the tusk came from ...", "tusk" parsed as X's apposition)."""
    if head.i < window.end or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("nsubjpass", "expl") for c in head.children):
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


def _hedge_complement(tok: Token) -> bool:
    """Whether the hedge verb ``tok`` takes what makes it a raising verb: a "to"-infinitive ("seems to work"), an
    adjective or noun predicate ("appears weak"), "like" ("seems like a fair idea") or, after "it", a clause."""
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ in ("acomp", "oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "like"):
            return True
        if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" and s.lower_ == "it" for s in tok.children):
            return True
    return False


def hedge_frame(doc: Doc, tok: Token) -> Frame | None:
    """'The plan seems to work', 'Washington appears weak', 'This seems like a fair idea': a raising verb of
    appearance (:data:`HEDGE_VERBS`) in a main clause hedges the clause, its subject included, as an impression
    with no source named. Not when the clause is itself reported ("she said it seemed to work": the outer
    claim's content), nor "appeared on television" (no predicate)."""
    if tok.lemma_.lower() not in HEDGE_VERBS or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ROOT", "conj"):
        return None
    subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS or not _hedge_complement(tok):
        return None
    if any(a.lemma_.lower() in ALL_CUES for a in tok.ancestors):
        return None
    ccomp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if subj.lower_ == "it" and ccomp is not None:  # "it seems that X": the clause is the content
        toks = [t for t in ccomp.subtree if not (t.dep_ == "mark" and t.head.i == ccomp.i)]
    else:
        toks = [t for t in subj.subtree] + [tok]
        # a following clause ("..., and he left") is not hedged; a conjunct the parse hangs on the verb is
        clausal = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in tok.children)
        outside = _HEDGE_OUTSIDE if clausal else _HEDGE_OUTSIDE - {"conj", "cc"}
        for c in tok.children:
            if c.i > tok.i and c.dep_ not in outside:
                toks.extend(c.subtree)
            elif c.i < tok.i and c.dep_ in ("aux", "neg", "advmod") and c.i > subj.i:
                toks.append(c)
    toks.sort(key=lambda t: t.i)
    spans = spans_of_tokens(doc, toks)
    if not spans or len(doc_text(doc)[spans[0][0] : spans[-1][1]].split()) < 3:
        return None
    return Frame(
        tok,
        tok.idx,
        tok.idx + len(tok),
        None,
        [(spans[0][0], spans[-1][1])],
        "hedge",
        content_head=tok,
        unspecified="unspecified impression",
    )

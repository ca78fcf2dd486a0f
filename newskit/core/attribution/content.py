"""Where a content starts and ends: the spans of a cue's clause, object or rest of sentence over the parse.

Every function reads one parsed sentence and returns character spans; none decides whether a token is a cue
(:mod:`.reported` does). The spans leave out a leading "that", concessive clauses, cues conjoined to the content,
trailing asides of the writer, and circumstances after a nominal content.

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("Officials said the bridge was unsafe, noting its age.")
>>> [doc.text[s:e] for s, e in content_span(doc, doc[4])]
['the bridge was unsafe']
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .body_words import GOVERNMENT_NOUNS, MEDIA_NOUNS, ORGANIZATION_NOUNS
from .cues import (
    ALL_CUES,
    CUE_VERBS,
    PRESS_AUDIENCES,
)
from .lexicon import (
    COMPLEMENTIZERS,
    CONCESSIVE_CONJUNCTIONS,
    DOBJ,
    NARRATIVE_PRONOUNS,
    NOMINAL_CUE_TAGS,
    NONRESTRICTIVE_RELATIVES,
)
from .person_words import COLLECTIVE_NOUNS, PERSON_NOUNS
from .sources import doc_text, sent_of

__all__ = [
    "SUBJECT_DEPS",
    "holds_view",
    "content_span",
    "continued_predicate",
    "shared_subject_complement",
    "nominal_content",
    "spans_of_tokens",
    "rest_of_sentence",
    "run_to_clause_end",
    "semicolon_between",
    "trim_span",
]

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}

#: Nouns for someone who can hold a view or speak: people, groups and bodies.
VIEW_HOLDER_NOUNS = PERSON_NOUNS | COLLECTIVE_NOUNS | GOVERNMENT_NOUNS | ORGANIZATION_NOUNS | MEDIA_NOUNS


def holds_view(tok: Token) -> bool:
    """Whether ``tok`` names someone who can hold a view: a person, body or group entity, or a noun for
    people, groups and bodies (:data:`VIEW_HOLDER_NOUNS`)."""
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or tok.lemma_.lower() in VIEW_HOLDER_NOUNS


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s own clause, if the parse gives it one."""
    return next((g for g in verb.children if g.dep_ in SUBJECT_DEPS), None)


#: Objects that are no content: relative and interrogative pronouns ("what he calls corruption").
_NOT_CONTENT = frozenset({"what", "which", "that", "who", "whom", "whatever"})


_EDGE = " \t\n\u00a0,;:—–-\"'“”‘’«»("


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
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
            or _writers_clause(doc, head, c)
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
    spans = _split_at_gaps(doc, toks, bridge_spaces=False)  # an excluded subtree in the middle: two spans
    if exclude is not None and len(spans) == 2:
        return _interrupted(doc, [t for t in toks if t.idx < spans[0][1]], spans)
    return spans


def _interrupted(doc: Doc, first: list[Token], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The two pieces of a clause a cue interrupts. Only a connective before the cue ("However, she added, ...",
    also before a quotation) is no content; only the subject or an opening phrase ("The plan, the minister said, would cost billions")
    makes one clause, one span across the cue (as "X was, according to Y, Z"), unless a quote follows the cue
    (the quote is the content). A clause on each side stays two claims ("X was unsafe, they said, and ...")."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in SUBJECT_DEPS for t in first):
        return spans
    if all(t.dep_ in ("advmod", "cc", "punct") and t.head.i not in {f.i for f in first} for t in first):
        return spans[1:]  # also before a quotation: 'But, he said, "..."' has no claim "But"
    if doc_text(doc)[spans[1][0] - 1 : spans[1][0] + 1].strip()[:1] in ('"', "“"):
        return spans
    return [(spans[0][0], spans[1][1])]


def _writers_clause(doc: Doc, head: Token, c: Token) -> bool:
    """Whether ``c``, a dependent of the content's head after it, is the writer's clause after the content
    ("X said Y, and he railed against ...", "..., while Democrats argued ...", "..., despite suggestions in the
    media"): only when the cue comes first and the clause follows a comma outside a quotation."""
    k = c.left_edge.i
    if head.head.i > head.i or c.i < head.i or k < 2 or _inside_quote(doc, head.left_edge.idx, c.left_edge.idx):
        return False
    return _next_act(doc, c) or (doc[k - 1].text == "," and (_contrasting_speaker(c) or _despite_phrase(c)))


def _next_act(doc: Doc, c: Token) -> bool:
    """ ", and he railed ...", ", and residents said ...": a conjoined clause after ", and/but" whose subject is
    the source again (a personal pronoun) or whose verb is a cue of its own; not ", and that ..." (a second
    content clause) nor a clause of the content's own subject ("..., and all are carefully vetted")."""
    k = c.left_edge.i
    subj = _clause_subject(c)
    if c.dep_ != "conj" or c.pos_ not in ("VERB", "AUX") or subj is None:
        return False
    if doc[k - 1].dep_ != "cc" or doc[k - 1].lower_ not in ("and", "but") or doc[k - 2].text != ",":
        return False
    if c.left_edge.lower_ == "that" or any(g.dep_ == "mark" for g in c.children):
        return False
    return subj.lower_ in NARRATIVE_PRONOUNS or c.lemma_.lower() in ALL_CUES


def _contrasting_speaker(c: Token) -> bool:
    """ ", while Democrats argued for more spending", ", while another says ...": a "while" clause whose verb is
    a cue or whose subject can hold a view sets another side beside the content (", while Beijing ranked
    fourth" goes on with it)."""
    if c.dep_ != "advcl" or c.left_edge.lower_ != "while":
        return False
    subj = _clause_subject(c)
    return c.lemma_.lower() in ALL_CUES or (subj is not None and holds_view(subj))


def _despite_phrase(c: Token) -> bool:
    """ ", despite recent suggestions in the media": the writer's concession on a noun phrase (", despite having
    little flexibility", on a verb, is the speaker's own)."""
    return (
        c.dep_ == "prep"
        and c.lower_ == "despite"
        and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
    )


def _split_at_gaps(doc: Doc, toks: list[Token], bridge_spaces: bool) -> list[tuple[int, int]]:
    """Character spans of the runs of consecutive tokens in ``toks`` (``bridge_spaces``: a whitespace token
    between two runs joins them), each trimmed and holding a word."""
    pieces, cur = [], [toks[0]]
    for t in toks[1:]:
        if t.i == cur[-1].i + 1 or (bridge_spaces and t.i == cur[-1].i + 2 and doc[t.i - 1].is_space):
            cur.append(t)
        else:
            pieces.append(cur)
            cur = [t]
    pieces.append(cur)
    text = doc_text(doc)
    out = []
    for p in pieces:
        s, e = trim_span(text, p[0].idx, p[-1].idx + len(p[-1].text))
        if e - s > 1 and any(t.is_alpha for t in p):
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
        mod = _phrase_after(nxt, t.i)
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


def _phrase_after(nxt: Token, k: int) -> Token:
    """The head of the phrase that starts at ``nxt`` right after the punctuation at ``k``: the highest ancestor
    still attached to something before ``k`` (``nxt`` itself when it is)."""
    if nxt.head.i < k:
        return nxt
    return next((a for a in nxt.ancestors if a.head.i < k), nxt)


def _inside_quote(doc: Doc, start: int, pos: int) -> bool:
    """Whether ``pos`` sits inside a quotation opened after ``start`` (an odd number of double quotes between)."""
    between = doc_text(doc)[start:pos]
    return (between.count('"') + between.count("“") + between.count("”")) % 2 == 1


def continued_predicate(doc: Doc, tok: Token, head: Token) -> list[tuple[int, int]]:
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
            and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "nsubjpass" for g in c.children)
            and any(g.dep_ in ("aux", "auxpass") for g in c.children)  # "and closed it": the speaker's own act
        ):
            return content_span(doc, c)
    return []


def shared_subject_complement(
    doc: Doc, tok: Token, head: Token, contents: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """'said the probe had nothing to do with it, had started after her tenure and been suspended': a second
    complement the parser hangs on the cue, right after the first with only a comma between and no subject of
    its own, is the next predicate of the same clause, so the content runs to its end."""
    if not contents:
        return contents
    end, last = contents[-1][1], None
    for c in tok.children:
        if c.dep_ != "ccomp" or c.idx < end or (head.i < tok.i < c.i):
            continue
        gap = doc_text(doc)[end : c.left_edge.idx]
        if (
            gap.strip() != ","
            or c.lemma_.lower() in CUE_VERBS
            or any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" for g in c.children)
            or not (c.tag_ in _FINITE or any(g.dep_ in ("aux", "auxpass") for g in c.children))
        ):
            break
        spans = content_span(doc, c)
        if not spans:
            break
        end = last = spans[-1][1]
    return contents if last is None else contents[:-1] + [(contents[-1][0], last)]


def semicolon_between(clause: Token, tok: Token) -> bool:
    """Whether a semicolon separates ``clause`` (before ``tok``) from ``tok``."""
    return any(t.text == ";" for t in tok.doc[clause.right_edge.i + 1 : tok.i])


_FINITE = {"VBD", "VBZ", "VBP", "MD"}


#: Punctuation that opens a non-restrictive aside, and the dependencies of the aside itself.
_ASIDE_PUNCT = frozenset({",", "—", "–", "(", ";"})


_ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "parataxis"})


#: Prepositions of a nominal cue's circumstances, which end its content (see ``_clause_rest``): when it was said
#: and the channel it was said through ("denied the reports through a spokeswoman").
_CIRCUMSTANCE_PREPS = frozenset(
    {"after", "before", "during", "since", "until", "amid", "following", "while", "through", "via"}
)


_REST_DEPS = frozenset({"prep", "xcomp", "npadvmod", "advmod", "oprd", "dative", "agent", "acomp"})


def run_to_clause_end(doc: Doc, tok: Token, contents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'said the document seeks the number of soldiers Europe is prepared to deploy': a verb with no subject
    right after the content, hung on the cue as a conjunct with no "and" between, is the rest of the content
    (a misparsed relative clause), so the content runs to that clause's end."""
    if not contents:
        return contents
    end = contents[-1][1]
    for c in tok.children:
        if (
            c.dep_ != "conj"
            or c.idx < end
            or c.lemma_.lower() in CUE_VERBS
            or any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ):
            continue
        left = c.left_edge
        prev = doc[left.i - 1] if left.i > 0 else None
        if prev is not None and abs(prev.idx + len(prev) - end) <= 1 and not prev.is_punct:  # right after it
            last = c.right_edge
            while last.i > left.i and last.is_punct:
                last = doc[last.i - 1]
            return contents[:-1] + [(contents[-1][0], last.idx + len(last))]
    return contents


def nominal_content(doc: Doc, tok: Token, where: frozenset[str]) -> list[tuple[int, int]]:
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
        spans = spans_of_tokens(doc, list(doc[obj.left_edge.i : last + 1]))[:1]
        words = doc_text(doc)[spans[0][0] : spans[0][1]].split() if spans else []
        if len(words) >= 2 or (words and obj.pos_ == "PROPN"):
            return spans
        return []
    return []


def _clause_rest(doc: Doc, tok: Token, last: int) -> int:
    """Where a nominal content ends: the object runs on through the cue's later complements and adjuncts with
    no punctuation between ("accused him of lying", "called on the U.S. to act", "charged Zimmerman with
    murder", "backed her in high numbers", "proposed $1 billion to help states"), stopping at a comma, a conjunction or another clause."""
    for c in sorted(tok.children, key=lambda c: c.i):
        if c.i <= last:
            continue
        between = doc[last + 1 : c.left_edge.i]
        purpose = c.dep_ == "advcl" and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"
        if (c.dep_ not in _REST_DEPS and not purpose) or c.left_edge.i <= last:
            break
        if any(t.is_punct or t.is_space for t in between):
            break
        if any(g.lower_ in PRESS_AUDIENCES for g in c.children):
            break  # who heard it ("praised the crew to reporters") is not what was said
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
        mod = _phrase_after(nxt, k)
        if mod.dep_ == "appos" and mod.pos_ == "PROPN":
            continue  # "his former rival, Joe Biden": the name says who the object is
        if mod.dep_ in _ASIDE_DEPS or nxt.lower_ in ("including", "such"):
            return k - 1
    return last


def rest_of_sentence(doc: Doc, tok: Token) -> list[tuple[int, int]]:
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
    s, e = trim_span(doc_text(doc), rest[0].idx, rest[-1].idx + len(rest[-1].text))
    return [(s, e)] if e > s else []


def spans_of_tokens(doc: Doc, toks: list[Token]) -> list[tuple[int, int]]:
    """Character spans of ``toks`` (any order) without edge punctuation or a leading "that", split where tokens
    are missing."""
    toks = sorted(toks, key=lambda t: t.i)  # a non-projective parse yields a subtree out of order
    while toks and (toks[0].is_punct or toks[0].dep_ == "mark" and toks[0].lower_ == "that"):
        toks = toks[1:]
    while toks and toks[-1].is_punct and toks[-1].text not in ('"', "”", "?", "!", ")", "]"):
        toks = toks[:-1]
    if not toks:
        return []
    return _split_at_gaps(doc, toks, bridge_spaces=True)

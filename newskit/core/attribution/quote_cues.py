"""The speaker of a quote no frame claims: the cue next to it, a dash line after it, or nobody the article names.

:func:`cue_for_quote` looks for a cue right after the quote ('"...," he said') or right before it ('He said:
"..."', a colon lead closing the paragraph before); :func:`attribution_line` reads a dash line after the
quote's paragraph ('"..."\\n\\n- Bernie Sanders.'); :func:`is_speech` and :func:`unidentified_source` give a
quoted sentence with no speaker near it to an unidentified speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Doc

from ..vocab import SourceKind
from .cues import CUE_VERBS
from .finding import speaker_ok
from .lexicon import NON_SPEAKER_SUBJECTS, TITLE_FUNCTION_WORDS
from .quotes import Quote, dash_attribution, sentence_ends
from .reported import Frame
from .sources import UNIDENTIFIED, KeySpace, Source, SourceKey, ents_between
from .text_index import TextIndex

__all__ = [
    "cue_for_quote",
    "colon_lead",
    "colon_verb",
    "attribution_line",
    "is_title",
    "is_speech",
    "without_dash",
    "unidentified_source",
]

_DASHES = "-―—–"


def cue_for_quote(q: Quote, idx: TextIndex, frames: list[Frame], doc: Doc) -> Frame | None:
    """The frame whose cue sits right after (``"...," he said``) or right before (``He said: "..."``) ``q``."""
    text = idx.text
    para_i = idx.para(q.open)
    bounds = idx.paras + [len(text)]
    p_start, p_end = bounds[para_i], bounds[para_i + 1]
    # window after the quote, up to the sentence end / next quote / paragraph end
    after_end = min(p_end, q.close + 160)
    nq = q.index
    if nq >= 0 and nq + 1 < len(idx.quotes):
        after_end = min(after_end, idx.quotes[nq + 1].open)
    ends = sentence_ends(text, q.close, after_end)
    if ends:
        after_end = ends[0]
    qtext = text[q.start : q.end].rstrip()
    tail = text[q.close : after_end]
    first_alpha = re.search(r"[A-Za-z]", tail)
    after_ok = q.closed and (not qtext.endswith(".") or (first_alpha and first_alpha.group().islower()))
    # window before the quote
    before_start = max(p_start, q.open - 220)
    if nq > 0:
        before_start = max(before_start, idx.quotes[nq - 1].close)
    before_start = max([before_start] + sentence_ends(text, before_start, q.open))
    lead = text[before_start : q.open].rstrip()
    before_first = lead.endswith((":", ","))
    after = [f for f in frames if q.close <= f.cue_start < after_end]
    before = [f for f in frames if before_start <= f.cue_start < q.open]
    if not before and para_i > 0 and not text[p_start : q.open].strip():
        before, before_first = colon_lead(q, idx, frames, para_i)
        if not before and before_first:  # 'Trump issued the following statement:' closing the paragraph before
            before = colon_verb(doc, len(text[: idx.paras[para_i]].rstrip()) - 1)
    elif not before and before_first and lead.endswith(":"):  # 'Hannity interjected: "..."'
        before = colon_verb(doc, before_start + len(lead) - 1)
    order = ([before[-1:]] if before_first else []) + ([after[:1]] if after_ok else []) + [before[-1:]]
    for cand in order:
        if cand:
            return cand[0]
    if after_ok:
        return _loose_cue(doc, q.close, after_end)
    return None


def colon_lead(q: Quote, idx: TextIndex, frames: list[Frame], para_i: int) -> tuple[list[Frame], bool]:
    """'Dr. Ward stated:' ending the paragraph before a quote paragraph: that cue introduces the quote."""
    prev_end = idx.paras[para_i]
    lead = idx.text[idx.paras[para_i - 1] : prev_end].rstrip()
    if not lead.endswith(":"):
        return [], False
    last_sentence = max([idx.paras[para_i - 1]] + sentence_ends(idx.text, idx.paras[para_i - 1], prev_end))
    return [f for f in frames if last_sentence <= f.cue_start < prev_end], True


def colon_verb(doc: Doc, end: int) -> list[Frame]:
    """'Hannity interjected: "..."', 'Trump issued the following statement:': the verb whose clause the colon
    before ``end`` closes introduces the quote after it when it has a subject (a verb no cue list names: the colon
    is the cue). Returns a one-frame list, or an empty one."""
    span = doc.char_span(max(0, end - 1), end + 1, alignment_mode="expand")
    colon = next((t for t in reversed(span) if t.text == ":"), None) if span is not None else None
    if colon is None:
        return []
    verb = colon.head
    for _ in range(3):  # "issued the following statement:": the colon hangs on the verb's object
        if verb.pos_ == "VERB" or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i >= colon.i or verb.sent.start != colon.sent.start:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if subj is None and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i < verb.i:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    if subj is None or not speaker_ok(subj) or subj.lower_ in NON_SPEAKER_SUBJECTS:
        return []
    return [Frame(verb, verb.idx, verb.idx + len(verb), subj, [], "bare")]


def _loose_cue(doc: Doc, start: int, end: int) -> Frame | None:
    """'"...," tweeted Mayor Sadiq Khan' misparsed (cue as a modifier): a cue verb right after the quote and
    the first name or noun after it."""
    if end <= start:  # the window after the quote is empty (the next quote opens inside this one)
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    toks = [t for t in span if not t.is_punct and not t.is_space]
    if not toks or toks[0].lemma_.lower() not in CUE_VERBS or toks[0].tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    cue = toks[0]
    ents = [e for e in ents_between(doc, cue.i + 1, span.end + 1) if e.label_ in ("PERSON", "ORG")]
    src = ents[0].root if ents else next((t for t in toks[1:] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if src is None:
        return None
    return Frame(cue, cue.idx, cue.idx + len(cue), src, [], "bare")


def attribution_line(q: Quote, idx: TextIndex, doc: Doc) -> Frame | None:
    """The speaker named by a dash line right after the paragraph the quote ``q`` ends ('"..."\\n\\n- Bernie
    Sanders.'), as a frame whose cue is the dash."""
    text = idx.text
    bounds = idx.paras + [len(text)]
    p = idx.para(q.open)
    if not q.closed or p + 2 >= len(bounds) or text[q.close : bounds[p + 1]].strip(" \t\n.,\u00a0"):
        return None
    name = dash_attribution(text, bounds[p + 1], bounds[p + 2])
    if name is None:
        return None
    span = doc.char_span(*name, alignment_mode="expand")
    if span is None or not span[0].is_title:
        return None
    run = list(takewhile(lambda t: t.pos_ == "PROPN", span))  # "President Obama, tweeting after ..."
    ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "NORP")]
    if not run and not ents:
        return None
    head = run[-1] if run else ents[0].root
    limit = (run[0].i, run[-1].i + 1) if run else (ents[0].start, ents[0].end)
    at = text.rindex(text[bounds[p + 1] : name[0]].strip()[-1], 0, name[0])  # the dash
    cue = doc.char_span(at, at + 1, alignment_mode="expand")
    if cue is None:
        return None
    return Frame(cue[0], at, at + 1, head, [], "bare", limit=limit)


def is_title(s: str) -> bool:
    """A quoted name or title ("Financial Times", "Learning Together"), not quoted speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", s)
    return (
        0 < len(words) <= 6
        and all(w[0].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in words)
        and not s.rstrip().endswith((".", "!", "?", ","))
    )


#: Fewest words of a quote with no speaker near it that is taken for speech (shorter ones are titles, slogans or
#: scare quotes).
_UNIDENTIFIED_MIN_WORDS = 6


def is_speech(quoted: str) -> bool:
    """Whether a quote with no speaker near it reads as speech: a whole sentence of several words (it ends with
    sentence punctuation), not a title, a slogan or a phrase."""
    return (
        len(quoted.split()) >= _UNIDENTIFIED_MIN_WORDS
        and quoted.rstrip().endswith((".", "?", "!"))
        and not (is_title(quoted.rstrip(".?!")))
    )


def without_dash(src: Source | None) -> Source | None:
    """``src`` without the dash a tokenizer left glued to its first word ("-President Obama")."""
    if src is None or src.start is None or not src.mention or src.mention[0] not in _DASHES:
        return src
    cut = len(src.mention) - len(src.mention.lstrip(_DASHES))
    name = src.name.lstrip(_DASHES) if src.name[:1] in _DASHES else src.name
    return replace(src, mention=src.mention[cut:], start=src.start + cut, name=name)


def unidentified_source() -> Source:
    """The source of a quote no speaker is near: an unidentified speaker, not the nearest name."""
    key = SourceKey(KeySpace.UNNAMED, UNIDENTIFIED)
    return Source(
        mention="", start=None, end=None, name=UNIDENTIFIED, kind=SourceKind.UNKNOWN, named=False, count=None, key=key
    )

"""Passes 1-2 of the attribution component: the attribution frames of a Doc, and the relays among them.

Pass 1 (:func:`find_all_frames`) gathers the frames of :mod:`.reported` (verbs, colons, signatures) and of speaker
labels ("TAPPER: ..."), without impossible speakers; pass 2 (:func:`relay_chains`) finds the cues that relay
another ("Reuters reported that the minister said ...").
"""

from __future__ import annotations

import re
from itertools import chain

import numpy as np
from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .cues import CHAIN_VERBS, CUE_VERBS
from .headlines import headline_frames
from .lexicon import NEWSROOM_LABELS, POSSESSIVE_CLITICS, SECOND_PERSON, SECOND_PERSON_POSSESSIVES
from .quotes import speaker_labels
from .reported import Frame, colon_frames, find_frames, signature_frames
from .text_index import TextIndex

__all__ = ["find_all_frames", "relay_chains", "speaker_ok", "trim_content"]

_NOT_SOURCE_ENTS = frozenset({"DATE", "TIME"})


def speaker_ok(tok: Token | None) -> bool:
    """Whether a frame's source token can be a speaker. Second-person sources ("do you think ...", "your
    friend says") address the reader or the interviewee; a date or a time is never who said something ("on
    Thursday" misparsed as the subject; "the 45-year-old" is a DATE but a person)."""
    if tok is None:
        return True
    return (
        tok.lower_ not in SECOND_PERSON
        and tok.lower_ not in POSSESSIVE_CLITICS  # "Let's hope ...": the clitic "us" is no speaker
        and not any(c.dep_ == "poss" and c.lower_ in SECOND_PERSON_POSSESSIVES for c in tok.children)
        and (tok.ent_type_ not in _NOT_SOURCE_ENTS or tok.lower_ == "old")
    )


def _not_cue_tokens(doc: Doc, idx: TextIndex) -> list[bool]:
    """Per token of ``doc``: it starts inside a quote or in a headline paragraph (no cue there), computed on the
    token offsets at once (the bisections of ``idx.quote_at`` and ``idx.para``, vectorised)."""
    starts = doc.to_array([IDX]).reshape(-1).astype(np.int64)
    q = np.searchsorted(np.array(idx.q_starts, dtype=np.int64), starts, side="right") - 1
    opens = np.array([x.open for x in idx.quotes] + [0], dtype=np.int64)[q]  # q == -1 reads the sentinel
    closes = np.array([x.close for x in idx.quotes] + [0], dtype=np.int64)[q]
    in_quote = (q >= 0) & (opens <= starts) & (starts < closes)
    para = np.searchsorted(np.array(idx.paras, dtype=np.int64), starts, side="right") - 1
    headline = np.isin(para, np.array(sorted(idx.headline_paras), dtype=np.int64)) & (para >= 0)
    return (in_quote | headline).tolist()


def find_all_frames(doc: Doc, idx: TextIndex) -> list[Frame]:
    """Pass 1: the attribution frames of ``doc`` in cue order, without impossible speakers; a frame whose
    content is a rejected frame ("your friend says X, the reporter asked") goes with it."""
    in_quote = lambda pos: idx.quote_at(pos) is not None  # noqa: E731
    skipped = _not_cue_tokens(doc, idx)

    def skip(tok: Token) -> bool:
        return skipped[tok.i]

    labels, colons = _label_frames(doc, idx)
    found = sorted(
        chain(
            find_frames(doc, skip),
            (f for f in colon_frames(doc, in_quote) if f.cue_start not in colons),
            signature_frames(doc),
            labels,
        ),
        key=lambda f: f.cue_start,
    )
    found = headline_frames(doc, found) + found  # the title line opens the article
    rejected = {f.cue.i: f.cue.idx for f in found if f.cue is not None and not speaker_ok(f.source)}

    def holds_rejected(f: Frame) -> bool:
        h = f.content_head
        return h is not None and h.i in rejected and any(s <= rejected[h.i] < e for s, e in f.contents)

    kept = [f for f in found if speaker_ok(f.source) and not holds_rejected(f)]
    return _drop_nested_nominal(kept)


def _names_the_label(name: str, content: str) -> bool:
    """'Marco Rubio: Retirement accounts. Two years ago, Senator Marco Rubio proposed ...': a line that names its
    label in its first sentence is a section about that person, not their words (speakers rarely name themselves)."""
    first = re.split(r"(?<=[.!?])\s", content, maxsplit=1)[0]
    return len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", first, flags=re.IGNORECASE) is not None


_LABEL_NOT_SPEAKER_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})


def _label_frames(doc: Doc, idx: TextIndex) -> tuple[list[Frame], set[int]]:
    """'TAPPER: Do you think ...', 'Poll: Sanders leads': a line opened by a name and a colon is what that name
    said, to the end of the paragraph or the next turn (transcripts, interviews, headlines and captions). A newsroom
    label ("Editor's Note:", "The Latest:"), a place ("Iowa:" heading a list), an interview's initials ("Q:", "A:",
    "WN:") or a label inside a quote names no speaker. Returns the frames and the offsets of every label's colon (no other
    rule makes a claim of them)."""
    text = idx.text
    out = []
    labels = speaker_labels(text)
    for lab in labels:
        span = doc.char_span(lab.start, lab.end, alignment_mode="expand")
        colon = doc.char_span(lab.colon, lab.colon + 1, alignment_mode="expand")
        if span is None or colon is None or idx.quote_at(lab.colon) is not None:
            continue
        words = [t for t in span if not t.is_punct]
        head = span.root
        if (
            not words
            or (len(words) == 1 and words[0].text.isupper() and len(words[0]) <= 4)  # "Q:", "WN:", initials
            or any(t.lower_ in NEWSROOM_LABELS or t.lemma_.lower() in NEWSROOM_LABELS for t in words)
            or head.ent_type_ in _LABEL_NOT_SPEAKER_ENTS
            or any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") and not t.text.isupper() for t in words)  # tags of capitals
        ):
            continue
        s, e = lab.content_start, lab.content_end
        if idx.para(s) in idx.headline_paras and "\n" in text[s:e]:  # a headline's label speaks for its line
            e = text.index("\n", s)
        s, e = trim_content(text, s, e)
        if len(re.findall(r"[^\W\d_]{2,}", text[s:e])) < 3 or _names_the_label(words[-1].text, text[s:e]):
            continue
        limit = (span.start, span.end)
        out.append(Frame(colon[0], lab.colon, lab.colon + 1, head, [(s, e)], "colon", limit=limit))
    return out, {lab.colon for lab in labels}


def trim_content(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without the spaces around it and a final full stop or semicolon (not part of what was said)."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".;"):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


def _drop_nested_nominal(frames: list[Frame]) -> list[Frame]:
    """An intention or evaluation reported inside another claim's content ("X said France is planning a summit")
    is part of that claim, not a claim of its own."""

    def new_class(f: Frame) -> bool:  # a cue of intention, evaluation or question (not a verb of saying)
        return f.rule == "nominal" or (f.cue is not None and f.rule == "verb" and f.cue.lemma_.lower() not in CUE_VERBS)

    spans = [(s, e) for f in frames if not new_class(f) for s, e in f.contents]
    return [f for f in frames if not new_class(f) or not any(s <= f.cue_start < e for s, e in spans)]


def relay_chains(frames: list[Frame]) -> tuple[dict[int, Frame], set[int]]:
    """Pass 2: a cue whose content is headed by another cue with its own (non-pronoun) source relays it
    ("Reuters reported that the minister said ..."). Returns the relaying frame by ``id`` of the inner frame,
    and the ``id`` of the relaying frames (which make no claim of their own)."""
    by_cue = {f.cue.i: f for f in frames if f.cue is not None}
    relays: dict[int, Frame] = {}
    dropped: set[int] = set()
    for f in frames:
        h = f.content_head
        if h is not None and h.i in by_cue and by_cue[h.i] is not f and f.source is not None:
            inner = by_cue[h.i]
            if (
                inner.source is not None
                and inner.source.pos_ != "PRON"
                and inner.rule == "verb"
                and inner.contents
                and inner.cue is not None
                and inner.cue.lemma_.lower() in CHAIN_VERBS
            ):
                relays[id(inner)] = f
                dropped.add(id(f))
    return relays, dropped

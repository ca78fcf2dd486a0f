"""Claims of a headline: "Clinton Says Russians Hacked DNC", "Mayor Slams Council Over Budget".

Headlines are written in headlinese: present tense, no articles, often every word capitalised, so the small
parser reads "Clinton Says Russians Hacked DNC" as one long name. When the parse found no claim in an article's
title line, the cue is found by its form (a capitalised run of words, a verb of :data:`~.cues.ALL_CUES`
in the third person, the rest of the line), and the claim is built from that. The inverted headline
("Guns Are 'A Crisis,' Howard Dean Tells Convention") has its content before the comma.

Examples
--------
>>> import newskit
>>> doc = newskit.load_pipeline()("Mayor Jones Slams Council Over Budget Cuts\\n\\nThe mayor spoke on Monday.")
>>> f = headline_frames(doc, [])[0]
>>> (f.cue.text, f.source.text, [doc.text[s:e] for s, e in f.contents])
('Slams', 'Jones', ['Council Over Budget Cuts'])
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from .cues import ALL_CUES
from .frame import Frame
from .sources import doc_text

__all__ = ["headline_frames", "headline_cue_lemma"]

#: A title line has at most this many words (news headlines run 5-15 words).
_MAX_TITLE_WORDS = 20

#: Words a headline's content needs after its cue ("Trump Endorses Ryan" has one: a name).
_MIN_CONTENT_WORDS = 1


def headline_cue_lemma(word: str) -> str | None:
    """The cue lemma of a third-person present verb form as headlines write it ("Says", "Slams", "Denies").

    >>> headline_cue_lemma("Denies"), headline_cue_lemma("Endorses"), headline_cue_lemma("Monday")
    ('deny', 'endorse', None)
    """
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w.endswith("ss"):
        return None
    for lemma in (w[:-1], w[:-2], w[:-3] + "y"):
        if lemma in ALL_CUES:
            return lemma
    return None


def _title_line(doc: Doc) -> tuple[int, int] | None:
    """Character span of the article's first line when it is a title: one line of at most
    :data:`_MAX_TITLE_WORDS` words, followed by the body."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return None
    start = len(text) - len(text.lstrip())
    if len(text[start:end].split()) > _MAX_TITLE_WORDS:
        return None
    return start, end


def _capitalised_run(doc: Doc, cue: Token, first: int) -> tuple[int, int] | None:
    """Token range of the capitalised words right before ``cue`` (the source's name), without an adverb."""
    end = cue.i
    while end - 1 >= first and doc[end - 1].lower_.endswith("ly"):
        end -= 1  # "Trump Finally Endorses Ryan": the adverb is no part of the name
    i = end
    while i - 1 >= first and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_punct:
        i -= 1
    if i == end or all(t.is_stop for t in doc[i:end]):
        return None  # "The Plans Of ...": a determiner is no name
    return i, end


def headline_frames(doc: Doc, found: list[Frame]) -> list[Frame]:
    """The claim of ``doc``'s title line when no rule found one there: ``[]`` otherwise.

    Parameters
    ----------
    doc : Doc
        A parsed article whose text opens with its title line.
    found : list of Frame
        The frames the other rules found (a title with one of them is left alone).
    """
    line = _title_line(doc)
    if line is None or any(f.contents and line[0] <= f.cue_start < line[1] for f in found):
        return []
    span = doc.char_span(line[0], line[1], alignment_mode="contract")
    if span is None:
        return []
    for cue in span[1:]:
        lemma = headline_cue_lemma(cue.text)
        if lemma is None:
            continue
        frame = _frame(doc, span, cue, lemma)
        if frame is not None:
            return _coordinated(doc, frame, cue)
    return []


def _coordinated(doc: Doc, frame: Frame, cue: Token) -> list[Frame]:
    """'Clinton Says Russians Hacked DNC, Calls Remarks Troubling': a second cue after a comma or "and" in the
    content is the same source's second claim."""
    s, e = frame.contents[0]
    for tok in doc[cue.i + 2 :]:
        if tok.idx >= e:
            break
        lemma = headline_cue_lemma(tok.text)
        prev = doc[tok.i - 1]
        if lemma is None or not tok.text[:1].isupper() or not (prev.text == "," or prev.lower_ == "and"):
            continue
        start = tok.idx + len(tok) + 1
        if start >= e:
            return [frame]
        first_end = len(doc_text(doc)[: prev.idx].rstrip())  # before the comma or "and"
        first = dataclasses.replace(frame, contents=[(s, first_end)])
        second = dataclasses.replace(
            frame, cue=tok, cue_start=tok.idx, cue_end=start - 1, cue_lemma=lemma, contents=[(start, e)]
        )
        return [first, second]
    return [frame]


def _frame(doc: Doc, span, cue: Token, lemma: str) -> Frame | None:
    text = doc_text(doc)
    first = span.start
    name = _capitalised_run(doc, cue, first)
    if name is None:
        return None
    run, end = name
    after = [t for t in doc[cue.i + 1 : span.end] if not t.is_punct]
    before = [t for t in doc[first:run] if not t.is_quote]
    if len(before) >= 4 and before[-1].text == "," and len(after) <= 3:
        content = (before[0].idx, before[-2].idx + len(before[-2]))  # "Guns Are 'A Crisis,' Dean Tells Convention"
    elif len(after) >= _MIN_CONTENT_WORDS and not any(t.text == "," for t in before):
        content = (after[0].idx, after[-1].idx + len(after[-1]))
    else:
        return None
    s, e = content
    while e > s and text[e - 1] in " .,;:'\"’”":
        e -= 1
    while s < e and text[s] in " '\"‘“":
        s += 1
    if e <= s:
        return None
    return Frame(
        cue, cue.idx, cue.idx + len(cue), doc[end - 1], [(s, e)], "headline", limit=(run, end), cue_lemma=lemma
    )

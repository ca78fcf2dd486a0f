"""The ``newskit_attribution`` spaCy component: claims (quotes, reported speech, according-to) and sources.

It runs after the parser and NER, reads the parse once, and stores

- ``doc._.newskit_claims``: a list of plain dicts (the claim rows, offsets into ``doc.text``);
- ``doc.spans["claims"]``: one span per claim content, labelled with the source kind, so that
  ``displacy.render(doc, style="span", options={"spans_key": "claims"})`` shows them.

Examples
--------
>>> import newskit
>>> nlp = newskit.load_pipeline()
>>> doc = nlp("The minister said that taxes would rise.")
>>> [(c["content"], c["source_name"]) for c in doc._.newskit_claims]
[('taxes would rise', 'minister')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import chain, takewhile

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import extensions
from ..vocab import ClaimType
from .cues import CHAIN_VERBS, CUE_VERBS, GENERIC_VIA_NOUNS, PRONOUNS
from .gender import assign_gender
from .headlines import headline_frames
from .lexicon import (
    DEFINITE_DETERMINERS,
    POSSESSIVE_CLITICS,
    TITLE_FUNCTION_WORDS,
    VIA_BAD_FIRST_WORDS,
    VIA_DETERMINERS,
    cue_claim_type,
)
from .quotes import (
    NEWSROOM_LABELS,
    DashQuote,
    Quote,
    dash_attribution,
    dash_quotes,
    find_quotes,
    paragraph_starts,
    sentence_ends,
    speaker_labels,
)
from .reported import Frame, colon_frames, find_frames, signature_frames
from .sources import UNIDENTIFIED, KeySpace, Resolver, Source, SourceKey, doc_text, ents_between, is_platform

__all__ = ["make_attribution", "AttributionComponent", "extract_claims_from_doc"]

SPANS_KEY = "claims"
_DASHES = "-―—–"
_FLOAT_MIN_WORDS = 3


@Language.factory(
    "newskit_attribution",
    assigns=["doc._.newskit_claims", "doc.spans"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"join_split_quotes": False},
)
def make_attribution(nlp: Language, name: str, join_split_quotes: bool) -> AttributionComponent:
    """Factory of the ``newskit_attribution`` component (also a ``spacy_factories`` entry point).

    It assigns ``doc._.newskit_claims`` and ``doc.spans["claims"]`` and needs the parser, the lemmatizer and
    NER before it. The lexicons it reads are in :mod:`newskit.core.attribution.cues` and
    :mod:`newskit.core.attribution.lexicon`.

    Parameters
    ----------
    join_split_quotes : bool
        Whether a quote its cue interrupts ('"A," she said. "B."') is one claim (PolNeAR's convention) instead
        of one claim per piece (newskit's default, the dev gold's convention).
    """
    extensions.register()
    return AttributionComponent(join_split_quotes)


class AttributionComponent:
    """Sets ``doc._.newskit_claims`` and ``doc.spans["claims"]``."""

    def __init__(self, join_split_quotes: bool = False):
        self.join_split_quotes = join_split_quotes

    def __call__(self, doc: Doc) -> Doc:
        try:
            claims = assign_gender(doc, extract_claims_from_doc(doc, self.join_split_quotes))
        finally:  # per-Doc caches must not travel with the Doc (user_data is serialised by nlp.pipe)
            for k in ("_newskit_text", "_newskit_sents", "_newskit_ents"):
                doc.user_data.pop(k, None)
        doc._.newskit_claims = claims
        spans = []
        for c in claims:
            sp = doc.char_span(
                c["content_start"], c["content_end"], label=c["source_kind"] or "unknown", alignment_mode="expand"
            )
            if sp is not None:
                spans.append(sp)
        doc.spans[SPANS_KEY] = spans
        return doc


class _Index:
    """Quote and paragraph look-ups by character offset."""

    def __init__(self, text: str):
        self.text = text
        self.quotes = find_quotes(text)
        self.q_starts = [q.open for q in self.quotes]
        for i, q in enumerate(self.quotes):
            q.index = i
        self.paras = paragraph_starts(text)
        self.dashes = dash_quotes(text, self.quotes)
        self.headline_paras = set()
        bounds = self.paras + [len(text)]
        for i in range(len(self.paras)):
            block = text[bounds[i] : bounds[i + 1]].strip()
            lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
            # a single short line with no sentence-final punctuation: a headline, caption or label
            if (
                len(lines) >= 1
                and all(not re.search(r"[.!?:\"”’')]$", ln) for ln in lines)  # '' closes a quote (NYT archive)
                and all(len(ln.split()) <= 25 for ln in lines)
            ):
                self.headline_paras.add(i)

    def overlapping(self, s: int, e: int) -> list[Quote]:
        """Quotes whose inner text overlaps ``[s, e)``."""
        i = max(0, bisect.bisect_right(self.q_starts, s) - 1)
        out = []
        while i < len(self.quotes) and self.quotes[i].open < e:
            q = self.quotes[i]
            if q.start < e and s < q.end:
                out.append(q)
            i += 1
        return out

    def quote_at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        if i >= 0 and self.quotes[i].open <= pos < self.quotes[i].close:
            return self.quotes[i]
        return None

    def para(self, pos: int) -> int:
        return bisect.bisect_right(self.paras, pos) - 1


def _row(
    text: str,
    span: tuple[int, int],
    *,
    qtype: str,
    frame: Frame | None,
    src: Source | None,
    via: str | None,
    sent_i: int | None,
    para_i: int,
) -> dict:
    """One claim row; ``frame`` is None for a quote that continues the previous speaker (no cue of its own)."""
    s, e = span
    if src is None:
        name = (frame.unspecified if frame is not None else None) or "unspecified reports"
        key = SourceKey(KeySpace.UNSPECIFIED, name)
        src = Source(mention="", start=None, end=None, name=name, kind="unknown", named=False, count=None, key=key)
    cue = (frame.cue_start, frame.cue_end) if frame is not None else None
    return {
        "content": text[s:e],
        "content_start": s,
        "content_end": e,
        "quote_type": qtype,
        "claim_type": claim_type_of(frame, src).value,
        "cue": text[cue[0] : cue[1]] if cue else None,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "source_key": src.key or SourceKey(KeySpace.UNNAMED, src.name.lower()),
        "source_mention": src.mention or None,
        "source_start": src.start,
        "source_end": src.end,
        "source_name": src.name,
        "source_kind": src.kind,
        "named": bool(src.named),
        "source_count": src.count,
        "descriptor": src.descriptor,
        "via": via,
        "sentence_index": sent_i,
        "paragraph_index": para_i,
    }


def claim_type_of(frame: Frame | None, src: Source) -> ClaimType:
    """The claim type from the cue (its lemma and attached prepositions) and whether the source is a document."""
    if frame is None or frame.cue is None or frame.rule in ("according", "reportedly"):
        return ClaimType.STATEMENT
    cue = frame.cue
    preps = frozenset(c.lower_ for c in cue.children if c.dep_ in ("prep", "prt"))
    return cue_claim_type(frame.cue_lemma or cue.lemma_.lower(), preps, src.kind == "document")


def extract_claims_from_doc(doc: Doc, join_split_quotes: bool = False) -> list[dict]:
    """Find the claims of a parsed ``doc`` and return them as row dicts (sorted by position).

    The passes: find the frames (:func:`_find`), chain relays (:func:`_chains`), resolve each frame's source
    and assign quotes to frames (:class:`_Claims`), dedupe (:func:`_dedupe`) and number the sources.

    Parameters
    ----------
    doc : Doc
        A Doc parsed by an English pipeline with parser and NER.
    join_split_quotes : bool
        One claim for a quote its cue interrupts, instead of one per piece (see :func:`make_attribution`).

    Returns
    -------
    list of dict
        The claim rows (see :mod:`newskit.core.attribution`).
    """
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    text = doc_text(doc)
    if not text.strip():
        return []
    claims = _Claims(doc, text).run()
    claims.sort(key=lambda x: x[0])
    rows = _dedupe([c for _, c in claims])
    return _number_sources(_join_split_quotes(rows, text) if join_split_quotes else rows)


def _chains(frames: list[Frame]) -> tuple[dict[int, Frame], set[int]]:
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


def _number_sources(rows: list[dict]) -> list[dict]:
    """Replace each row's ``source_key`` by a ``source_id`` ("s0", "s1", ...) in order of first claim."""
    keys: dict[SourceKey, str] = {}
    for r in rows:
        k = r.pop("source_key")
        if k not in keys:
            keys[k] = f"s{len(keys)}"
        r["source_id"] = keys[k]
    return rows


def _quote_led(q: Quote, f: Frame, s: int, e: int, text: str) -> bool:
    """Whether the quote ``q`` at the start of the content ``[s, e)`` of ``f`` is the content ('"A," and B,
    he said': a quote before its cue)."""
    return (
        abs(q.start - s) <= 2
        and e > q.close
        and (
            q.close <= f.cue_start
            or f.rule == "object"
            or re.match(r"[\s,;]*(?:and|but|while)\b", text[q.close : e]) is not None
        )
    )


class _Claims:
    """Passes 3-4 over one Doc: resolve each frame's source (once, in text order, so that pronouns see the
    sources before them) and assign the quotes: a frame claims the quotes in its content, a quote with no
    frame finds a cue next to it, and a sentence-initial quote with no cue continues the previous speaker."""

    def __init__(self, doc: Doc, text: str):
        self.doc, self.text = doc, text
        self.idx = idx = _Index(text)
        self.sent_starts = [s.start_char for s in doc.sents]
        self.resolver = Resolver(doc, lambda pos: idx.quote_at(pos) is not None)
        self.frames = _find(doc, idx)
        self.relays, self.dropped = _chains(self.frames)
        self.according_sents = {self.sent_of(f.cue_start) for f in self.frames if f.rule == "according"}
        self.frame_starts = [f.cue_start for f in self.frames]
        self.history: list[Source] = []
        self.claims: list[tuple[int, dict]] = []
        self.last_source: tuple[Source | None, int, str | None] | None = None
        self.last_dash: tuple[Source | None, int, str | None] | None = None
        # by id(frame), with the frame itself: a frame made on the fly (a loose cue) must not share a freed id
        self.resolved: dict[int, tuple[Frame, Source | None, str | None]] = {}
        # frames claim the quotes inside their content
        self.quote_owner: dict[int, Frame] = {}
        for f in self.frames:
            if id(f) in self.dropped:
                continue
            for s, e in f.contents:
                for q in idx.overlapping(s, e):
                    if id(q) not in self.quote_owner:
                        self.quote_owner[id(q)] = f

    def sent_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def run(self) -> list[tuple[int, dict]]:
        """The claims as (start, row) pairs, in the order found."""
        events: list[tuple[int, str, Frame | Quote | DashQuote]] = [
            (f.cue_start, "frame", f) for f in self.frames if id(f) not in self.dropped
        ]
        events += [(q.open, "quote", q) for q in self.idx.quotes]
        events += [(d.open, "dash", d) for d in self.idx.dashes]
        events.sort(key=lambda x: (x[0], x[1] != "frame"))
        for pos, _, obj in events:
            if isinstance(obj, Frame):
                self._frame(obj, pos)
            elif isinstance(obj, DashQuote):
                self._dash(obj)
            else:
                self._quote(obj)
        return self.claims

    def resolve_frame(self, f: Frame) -> tuple[Source | None, str | None]:
        """The source of ``f`` and the name of its relay (memoised: a frame is resolved once)."""
        done = self.resolved.get(id(f))
        if done is not None and done[0] is f:
            return done[1], done[2]
        resolver, history = self.resolver, self.history
        src = resolver.canonical(resolver.resolve(f.source, history, f.limit))
        via = None
        relay_tok = f.relay
        outer = self.relays.get(id(f))
        if outer is not None:
            relay_tok = outer.source
        if relay_tok is not None:
            rs = resolver.resolve(relay_tok, history)
            via = useful_via(resolver.canonical(rs))
        elif f.medium is not None:
            rs = resolver.resolve(f.medium, history)
            via = useful_via(rs) if rs is not None and rs.kind == "media" else None
        if src is not None:
            history.append(src)
        self.resolved[id(f)] = (f, src, via)
        return src, via

    def _add(self, span: tuple[int, int], qtype: str, frame: Frame | None, src: Source | None, via: str | None) -> None:
        row = _row(
            self.text,
            span,
            qtype=qtype,
            frame=frame,
            src=src,
            via=via,
            sent_i=self.sent_of(span[0]),
            para_i=self.idx.para(span[0]),
        )
        self.claims.append((span[0], row))

    def _frame(self, f: Frame, pos: int) -> None:
        """The claims of a frame: one per content span (and per source of "according to A and B")."""
        if not f.contents or id(f) in self.dropped:
            return
        if f.rule == "reportedly" and self.sent_of(f.cue_start) in self.according_sents:
            return
        src, via = self.resolve_frame(f)
        for s, e in f.contents:
            span, qtype = self._content(f, s, e)
            srcs = [src]
            if f.rule == "according" and len(f.sources) > 1:
                resolver = self.resolver
                srcs = [src] + [resolver.canonical(resolver.resolve(t, self.history)) for t in f.sources[1:]]
            for sx in srcs:
                self._add(span, qtype, f, sx, via)
        self.last_source = (src, self.idx.para(pos), via)

    def _content(self, f: Frame, s: int, e: int) -> tuple[tuple[int, int], str]:
        """The span and quote type of the content ``[s, e)`` of ``f``; the quotes it covers are marked used."""
        idx, text = self.idx, self.text
        for q in idx.overlapping(s, s + 3):  # '"A," and B, he said': a quote before its cue is the content
            if _quote_led(q, f, s, e, text):
                s, e = q.start, q.end
                break
        if s < f.cue_start < e and f.rule in ("verb", "bare"):
            e = f.cue_start
            while e > s and text[e - 1] in ' ,;:—–\n"”':
                e -= 1
        qs = idx.overlapping(s, e)
        qtype = "direct" if f.rule == "signature" else "indirect"  # a signed post is verbatim
        span = (s, e)
        if not qs:
            return span, qtype
        inside = [q for q in qs if q.start <= s + 2 and e <= q.end + 2]
        if inside:
            inside[0].used = True
            return (inside[0].start, inside[0].end), "direct"
        residue = text[s:e]
        for q in reversed(qs):
            a, b = max(q.open, s), min(q.close, e)
            residue = residue[: a - s] + residue[b - s :]
        n_res = len(re.findall(r"[A-Za-z]{2,}", residue))
        qtype = "mixed" if n_res >= 1 else "direct"
        if qtype == "direct":
            span = (max(s, qs[0].start), min(e, qs[-1].end)) if len(qs) == 1 else (s, e)
        for q in qs:
            q.used = True
        return span, qtype

    def _quote(self, q: Quote) -> None:
        """A quote no frame claimed: the cue next to it, or the previous speaker's (a floating quote)."""
        idx, text = self.idx, self.text
        if q.used or id(q) in self.quote_owner:
            return
        if idx.para(q.open) in idx.headline_paras or _is_title(text[q.start : q.end]):
            return
        lo = bisect.bisect_left(self.frame_starts, q.open - 400)
        hi = bisect.bisect_right(self.frame_starts, q.close + 400)
        f = _cue_for_quote(q, idx, self.frames[lo:hi], self.doc)
        if f is not None:
            src, via = self.resolve_frame(f)
            q.used = True
            self._add((q.start, q.end), "direct", f, src, via)
            self.last_source = (src, idx.para(q.open), via)
            return
        named = self._attribution_line(q)  # '"..."\n\n- Bernie Sanders.': the line after names the speaker
        if named is not None:
            src, via = self.resolve_frame(named)
            src = _without_dash(src)
            q.used = True
            self._add((q.start, q.end), "direct", named, src, via)
            self.last_source = (src, idx.para(q.open), via)
            return
        # floating quote: a sentence-initial quote with no cue continues the previous speaker
        before = text[idx.paras[idx.para(q.open)] : q.open].rstrip()
        sentence_initial = not before or before[-1] in '.!?"”:'
        last = self.last_source
        if (
            sentence_initial
            and q.n_words(text) >= _FLOAT_MIN_WORDS
            and last is not None
            and last[0] is not None
            and idx.para(q.open) - last[1] <= 1
        ):
            q.used = True
            self._add((q.start, q.end), "direct", None, last[0], last[2])
        elif (
            q.closed
            and sentence_initial
            and _is_speech(text[q.start : q.end])
            and text[q.close : q.close + 1] in ("", " ", "\n")
        ):
            q.used = True  # quoted sentences with no speaker near them: said by someone the article does not name
            self._add((q.start, q.end), "direct", None, _unidentified(), None)

    def _attribution_line(self, q: Quote) -> Frame | None:
        """The speaker named by a dash line right after the paragraph the quote ``q`` ends ('"..."\\n\\n- Bernie
        Sanders.'), as a frame whose cue is the dash."""
        idx, text = self.idx, self.text
        bounds = idx.paras + [len(text)]
        p = idx.para(q.open)
        if not q.closed or p + 2 >= len(bounds) or text[q.close : bounds[p + 1]].strip(" \t\n.,\u00a0"):
            return None
        name = dash_attribution(text, bounds[p + 1], bounds[p + 2])
        if name is None:
            return None
        span = self.doc.char_span(*name, alignment_mode="expand")
        if span is None or not span[0].is_title:
            return None
        run = list(takewhile(lambda t: t.pos_ == "PROPN", span))  # "President Obama, tweeting after ..."
        ents = [e for e in span.ents if e.label_ in ("PERSON", "ORG", "NORP")]
        if not run and not ents:
            return None
        head = run[-1] if run else ents[0].root
        limit = (run[0].i, run[-1].i + 1) if run else (ents[0].start, ents[0].end)
        at = text.rindex(text[bounds[p + 1] : name[0]].strip()[-1], 0, name[0])  # the dash
        cue = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if cue is None:
            return None
        return Frame(cue[0], at, at + 1, head, [], "bare", limit=limit)

    def _dash(self, d: DashQuote) -> None:
        """A paragraph of speech opened by a quotation dash: the speaker the paragraph names after a second dash or
        a comma ("― We will win, ― said Ivanov"), the one a colon lead announces, the speaker of the previous
        dash paragraph (an interview's answers), the previous speaker in the paragraph before, or an unidentified
        speaker (never the nearest name)."""
        idx, text = self.idx, self.text
        if any(s <= d.start < e for s, e in self.covered()):
            return
        p = idx.para(d.open)
        inside = [
            f
            for f in self.frames
            if d.start < f.cue_start < d.end
            and f.source is not None
            and f.rule in ("verb", "bare")
            and re.search(r"[,―—–]\s*$", text[d.start : min(f.cue_start, f.source.idx)])
        ]
        end = d.end
        frame: Frame | None = None
        if inside:  # "― We will win, ― said Ivanov": the speech ends where its cue's clause begins
            frame = inside[0]
            self.dropped.add(id(frame))
            end = min(frame.cue_start, frame.source.idx if frame.source is not None else frame.cue_start)
            while end > d.start and text[end - 1] in " ,;―—–\u00a0":
                end -= 1
        elif p > 0 and text[: idx.paras[p]].rstrip().endswith(":"):
            lead, _ = _colon_lead(Quote(d.start, d.end, d.open, d.end), idx, self.frames, p)
            cands = lead or _colon_verb(self.doc, len(text[: idx.paras[p]].rstrip()) - 1)
            frame = cands[-1] if cands else None
        if frame is not None:
            src, via = self.resolve_frame(frame)
        elif self.last_dash is not None and p - self.last_dash[1] <= 3:
            src, via = self.last_dash[0], self.last_dash[2]
        elif self.last_source is not None and self.last_source[0] is not None and p - self.last_source[1] <= 1:
            src, via = self.last_source[0], self.last_source[2]
        else:
            src, via = _unidentified(), None
        s, e = _trim_content(text, d.start, end)
        if len(text[s:e].split()) >= _FLOAT_MIN_WORDS:
            self._add((s, e), "direct", frame, src, via)
            self.last_dash = (src, p, via)
            self.last_source = (src, p, via)

    def covered(self) -> list[tuple[int, int]]:
        """The content spans of the claims found so far."""
        return [(r["content_start"], r["content_end"]) for _, r in self.claims]


#: Fewest words of a quote with no speaker near it that is taken for speech (shorter ones are titles, slogans or
#: scare quotes).
_UNIDENTIFIED_MIN_WORDS = 6


def _is_speech(quoted: str) -> bool:
    """Whether a quote with no speaker near it reads as speech: a whole sentence of several words (it ends with
    sentence punctuation), not a title, a slogan or a phrase."""
    return (
        len(quoted.split()) >= _UNIDENTIFIED_MIN_WORDS
        and quoted.rstrip().endswith((".", "?", "!"))
        and not (_is_title(quoted.rstrip(".?!")))
    )


def _without_dash(src: Source | None) -> Source | None:
    """``src`` without the dash a tokenizer left glued to its first word ("-President Obama")."""
    if src is None or src.start is None or not src.mention or src.mention[0] not in _DASHES:
        return src
    cut = len(src.mention) - len(src.mention.lstrip(_DASHES))
    name = src.name.lstrip(_DASHES) if src.name[:1] in _DASHES else src.name
    return replace(src, mention=src.mention[cut:], start=src.start + cut, name=name)


def _unidentified() -> Source:
    """The source of a quote no speaker is near: an unidentified speaker, not the nearest name."""
    key = SourceKey(KeySpace.UNNAMED, UNIDENTIFIED)
    return Source(mention="", start=None, end=None, name=UNIDENTIFIED, kind="unknown", named=False, count=None, key=key)


_SECOND_PERSON = frozenset({"you", "yourself", "yourselves", "ya"})
_SECOND_PERSON_POSS = frozenset({"your", "yours"})  # "your friend says ...": the interviewer's paraphrase
_NOT_SOURCE_ENTS = frozenset({"DATE", "TIME"})


def _speaker_ok(tok: Token | None) -> bool:
    """Whether a frame's source token can be a speaker. Second-person sources ("do you think ...", "your
    friend says") address the reader or the interviewee; a date or a time is never who said something ("on
    Thursday" misparsed as the subject; "the 45-year-old" is a DATE but a person)."""
    if tok is None:
        return True
    return (
        tok.lower_ not in _SECOND_PERSON
        and tok.lower_ not in POSSESSIVE_CLITICS  # "Let's hope ...": the clitic "us" is no speaker
        and not any(c.dep_ == "poss" and c.lower_ in _SECOND_PERSON_POSS for c in tok.children)
        and (tok.ent_type_ not in _NOT_SOURCE_ENTS or tok.lower_ == "old")
    )


def _find(doc: Doc, idx: _Index) -> list[Frame]:
    """Pass 1: the attribution frames of ``doc`` in cue order, without impossible speakers; a frame whose
    content is a rejected frame ("your friend says X, the reporter asked") goes with it."""
    in_quote = lambda pos: idx.quote_at(pos) is not None  # noqa: E731

    def skip(tok: Token) -> bool:
        return in_quote(tok.idx) or idx.para(tok.idx) in idx.headline_paras

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
    rejected = {f.cue.i: f.cue.idx for f in found if f.cue is not None and not _speaker_ok(f.source)}

    def holds_rejected(f: Frame) -> bool:
        h = f.content_head
        return h is not None and h.i in rejected and any(s <= rejected[h.i] < e for s, e in f.contents)

    kept = [f for f in found if _speaker_ok(f.source) and not holds_rejected(f)]
    return _drop_nested_nominal(kept)


def _names_the_label(name: str, content: str) -> bool:
    """'Marco Rubio: Retirement accounts. Two years ago, Senator Marco Rubio proposed ...': a line that names its
    label in its first sentence is a section about that person, not their words (speakers rarely name themselves)."""
    first = re.split(r"(?<=[.!?])\s", content, maxsplit=1)[0]
    return len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", first, flags=re.IGNORECASE) is not None


_LABEL_NOT_SPEAKER_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})


def _label_frames(doc: Doc, idx: _Index) -> tuple[list[Frame], set[int]]:
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
        s, e = _trim_content(text, s, e)
        if len(re.findall(r"[^\W\d_]{2,}", text[s:e])) < 3 or _names_the_label(words[-1].text, text[s:e]):
            continue
        limit = (span.start, span.end)
        out.append(Frame(colon[0], lab.colon, lab.colon + 1, head, [(s, e)], "colon", limit=limit))
    return out, {lab.colon for lab in labels}


def _trim_content(text: str, s: int, e: int) -> tuple[int, int]:
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


def useful_via(src: Source | None) -> str | None:
    """The relay's name when it says who relayed the claim: a named outlet, organisation or person, or a
    specific description ("a UN report", "local media"); not a bare generic noun ("reports", "media",
    "experts"), an unresolved pronoun or a platform (where something was posted is no relay).

    Examples
    --------
    >>> def src(mention, name, kind, named, count=None):
    ...     return Source(mention=mention, start=0, end=len(mention), name=name, kind=kind, named=named, count=count)
    >>> useful_via(src("Reuters", "Reuters", "media", True, 1))
    'Reuters'
    >>> useful_via(src("Reports", "Reports", "document", False)) is None
    True
    >>> useful_via(src("state media", "state media", "media", False))
    'state media'
    >>> useful_via(src("the agency", "agency", "government", False, 1))
    'agency'
    """
    if src is None or not src.name:
        return None
    name = src.name.strip()
    low = name.lower()
    if is_platform(name) or low.startswith(("unidentified", "unspecified")):
        return None
    if src.named:
        return name
    words = [w for w in re.findall(r"[\w.'’-]+", low) if w not in VIA_DETERMINERS]
    if not words or words[0] in VIA_BAD_FIRST_WORDS:
        return None
    if all(w in PRONOUNS for w in words):
        return None
    # a definite singular description points at one relay of the article ("the agency quoted ...");
    # a bare or indefinite generic noun does not ("reports", "media", "a website")
    first = (src.mention or "").strip().lower().split()[:1]
    definite = bool(first) and first[0] in DEFINITE_DETERMINERS
    if definite and len(words) == 1 and not words[0].endswith("s"):
        return name
    if len(words) == 1 or all(w in GENERIC_VIA_NOUNS for w in words):
        return None
    return name


def _is_title(s: str) -> bool:
    """A quoted name or title ("Financial Times", "Learning Together"), not quoted speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", s)
    return (
        0 < len(words) <= 6
        and all(w[0].isupper() or w.lower() in TITLE_FUNCTION_WORDS for w in words)
        and not s.rstrip().endswith((".", "!", "?", ","))
    )


#: Longest stretch between two pieces of one quote ('"A," Mr. Allen said at the rally on Sunday. "B"').
_SPLIT_GAP_CHARS = 160


def _join_split_quotes(rows: list[dict], text: str) -> list[dict]:
    """Pass 6: one quote the cue interrupts ('"A," she said. "B."', '"A," she said, "B."') is one claim: two
    direct claims of one source in one paragraph, with only the cue's clause between them."""
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, r, text):
            joined = dict(prev, content=text[prev["content_start"] : r["content_end"]], content_end=r["content_end"])
            if joined.get("cue") is None and r.get("cue") is not None:
                joined.update({k: r[k] for k in ("cue", "cue_start", "cue_end", "claim_type")})
            out[-1] = joined
            continue
        out.append(r)
    return out


def _continues(prev: dict, r: dict, text: str) -> bool:
    if prev["quote_type"] != "direct" or r["quote_type"] != "direct":
        return False
    if prev["source_key"] != r["source_key"] or prev["paragraph_index"] != r["paragraph_index"]:
        return False
    gap = text[prev["content_end"] : r["content_start"]]
    if len(gap) > _SPLIT_GAP_CHARS or "\n" in gap:
        return False
    cues = [c for c in (prev.get("cue_start"), r.get("cue_start")) if c is not None]
    return r.get("cue") is None or any(prev["content_end"] <= c < r["content_start"] for c in cues)


def _dedupe(rows: list[dict]) -> list[dict]:
    """Pass 5: drop repeated claims (same span and source) and a claim nested in an earlier non-direct claim of
    the same source."""
    out: list[dict] = []
    seen: set[tuple[int, int, str]] = set()
    for r in rows:
        k = (r["content_start"], r["content_end"], r["source_name"])
        if k in seen:
            continue
        # a claim nested inside another claim of the same source is redundant
        if (
            out
            and out[-1]["source_name"] == r["source_name"]
            and out[-1]["content_start"] <= r["content_start"]
            and r["content_end"] <= out[-1]["content_end"]
            and out[-1]["quote_type"] != "direct"
        ):
            continue
        seen.add(k)
        out.append(r)
    return out


def _cue_for_quote(q: Quote, idx: _Index, frames: list[Frame], doc: Doc) -> Frame | None:
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
        before, before_first = _colon_lead(q, idx, frames, para_i)
        if not before and before_first:  # 'Trump issued the following statement:' closing the paragraph before
            before = _colon_verb(doc, len(text[: idx.paras[para_i]].rstrip()) - 1)
    elif not before and before_first and lead.endswith(":"):  # 'Hannity interjected: "..."'
        before = _colon_verb(doc, before_start + len(lead) - 1)
    order = ([before[-1:]] if before_first else []) + ([after[:1]] if after_ok else []) + [before[-1:]]
    for cand in order:
        if cand:
            return cand[0]
    if after_ok:
        return _loose_cue(doc, q.close, after_end)
    return None


def _colon_lead(q: Quote, idx: _Index, frames: list[Frame], para_i: int) -> tuple[list[Frame], bool]:
    """'Dr. Ward stated:' ending the paragraph before a quote paragraph: that cue introduces the quote."""
    prev_end = idx.paras[para_i]
    lead = idx.text[idx.paras[para_i - 1] : prev_end].rstrip()
    if not lead.endswith(":"):
        return [], False
    last_sentence = max([idx.paras[para_i - 1]] + sentence_ends(idx.text, idx.paras[para_i - 1], prev_end))
    return [f for f in frames if last_sentence <= f.cue_start < prev_end], True


def _colon_verb(doc: Doc, end: int) -> list[Frame]:
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
    if subj is None or not _speaker_ok(subj) or subj.lower_ in ("there", "it", "this", "that", "which", "what"):
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

"""Passes 3-4 of the attribution component: resolve each frame's source and assign the quotes to claims.

:class:`ClaimAssigner` walks the frames, quotes and dash paragraphs of one Doc in text order: a frame claims
the quotes in its content; a quote no frame claims takes the cue next to it (:mod:`.quote_cues`), the speaker
a dash line after it names, the previous speaker (a floating quote) or an unidentified speaker; a paragraph
opened by a quotation dash takes the speaker it names, the one a colon lead announces, or the speaker before.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from ..vocab import SourceKind
from .finding import find_all_frames, relay_chains, trim_content
from .quote_cues import (
    attribution_line,
    colon_lead,
    colon_verb,
    cue_for_quote,
    is_speech,
    is_title,
    unidentified_source,
    without_dash,
)
from .quotes import DashQuote, Quote
from .reported import Frame
from .rows import claim_row, useful_via
from .sources import Resolver, Source
from .text_index import TextIndex

__all__ = ["ClaimAssigner"]

#: Fewest words of a quote with no cue that continues the previous speaker, and of a dash paragraph's speech.
_FLOAT_MIN_WORDS = 3


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


class ClaimAssigner:
    """Passes 3-4 over one Doc: resolve each frame's source (once, in text order, so that pronouns see the
    sources before them) and assign the quotes: a frame claims the quotes in its content, a quote with no
    frame finds a cue next to it, and a sentence-initial quote with no cue continues the previous speaker."""

    def __init__(self, doc: Doc, text: str):
        self.doc, self.text = doc, text
        self.idx = idx = TextIndex(text)
        self.sent_starts = [s.start_char for s in doc.sents]
        self.resolver = Resolver(doc, lambda pos: idx.quote_at(pos) is not None)
        self.frames = find_all_frames(doc, idx)
        self.relays, self.dropped = relay_chains(self.frames)
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
            via = useful_via(rs) if rs is not None and rs.kind == SourceKind.MEDIA else None
        if src is not None:
            history.append(src)
        self.resolved[id(f)] = (f, src, via)
        return src, via

    def _add(self, span: tuple[int, int], qtype: str, frame: Frame | None, src: Source | None, via: str | None) -> None:
        row = claim_row(
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
        if s < f.cue_start < e and f.rule in ("verb", "bare") and not _interrupting_cue(f, s, e, text):
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
        if idx.para(q.open) in idx.headline_paras or is_title(text[q.start : q.end]):
            return
        lo = bisect.bisect_left(self.frame_starts, q.open - 400)
        hi = bisect.bisect_right(self.frame_starts, q.close + 400)
        f = cue_for_quote(q, idx, self.frames[lo:hi], self.doc)
        if f is not None:
            src, via = self.resolve_frame(f)
            q.used = True
            self._add((q.start, q.end), "direct", f, src, via)
            self.last_source = (src, idx.para(q.open), via)
            return
        named = attribution_line(q, idx, self.doc)  # '"..."\n\n- Bernie Sanders.': the line after names the speaker
        if named is not None:
            src, via = self.resolve_frame(named)
            src = without_dash(src)
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
            and is_speech(text[q.start : q.end])
            and text[q.close : q.close + 1] in ("", " ", "\n")
        ):
            q.used = True  # quoted sentences with no speaker near them: said by someone the article does not name
            self._add((q.start, q.end), "direct", None, unidentified_source(), None)

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
            lead, _ = colon_lead(Quote(d.start, d.end, d.open, d.end), idx, self.frames, p)
            cands = lead or colon_verb(self.doc, len(text[: idx.paras[p]].rstrip()) - 1)
            frame = cands[-1] if cands else None
        if frame is not None:
            src, via = self.resolve_frame(frame)
        elif self.last_dash is not None and p - self.last_dash[1] <= 3:
            src, via = self.last_dash[0], self.last_dash[2]
        elif self.last_source is not None and self.last_source[0] is not None and p - self.last_source[1] <= 1:
            src, via = self.last_source[0], self.last_source[2]
        else:
            src, via = unidentified_source(), None
        s, e = trim_content(text, d.start, end)
        if len(text[s:e].split()) >= _FLOAT_MIN_WORDS:
            self._add((s, e), "direct", frame, src, via)
            self.last_dash = (src, p, via)
            self.last_source = (src, p, via)

    def covered(self) -> list[tuple[int, int]]:
        """The content spans of the claims found so far."""
        return [(r["content_start"], r["content_end"]) for _, r in self.claims]


def _interrupting_cue(f: Frame, s: int, e: int, text: str) -> bool:
    """'The plan, the minister said, would cost billions': a cue and its source set off by commas inside the
    clause they report (:func:`.content.content_span` gives one span across them) stay inside the content."""
    if f.source is None:
        return False
    src = f.source
    a = min(src.left_edge.idx, f.cue_start)
    b = max(src.right_edge.idx + len(src.right_edge), f.cue_end)
    return s < a and b < e and text[s:a].rstrip().endswith(",") and text[b:e].lstrip().startswith(",")

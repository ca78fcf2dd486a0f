"""The ``newskit_timex`` spaCy component: find, normalise and store time expressions on the Doc.

Sets ``doc._.newskit_timexes`` (a list of plain dicts, see :func:`newskit.core.timex.timexes_from_doc`) and
``doc.spans["timexes"]`` (labels = TIMEX3 types). Two passes: expressions resolved against the publication date
first, then those anchored to a date mentioned in the text ("at 18:00 UTC", "the same day", "that week").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from spacy.language import Language

from .. import extensions
from .finder import Candidate, find_candidates, is_year_like_count
from .intervals import DAY_VALUE, QUARTER_VALUE, interval
from .lexicon import ANCHORED_DIRECTIONS, ANCHORED_FAMILIES, ANCHORED_RELS, DEADLINE_PREPS
from .normalize import normalize
from .quoted import QUOTE_RELATIVE_FAMILIES, speech_date
from .tense import clause_tense, is_future_tense, public_tense
from .values import Context, squash

__all__ = ["make_timex", "TimexComponent", "annotate"]

_EARLIEST = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$")
#: "since <date>" (also "since shortly after the <date>"): the start of a period that runs up to now, so a past date
_SINCE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately|long)\s+)?(?:(?:after|before)\s+)?$")
_WORD = re.compile(r"[\w'’%.-]+|[^\w\s]")
#: a part of the day on its own, as spaCy's TIME/DATE entities find it ("in morning trading")
_POD_ENTITY = re.compile(r"(?i)^(?:early\s+|late\s+)?(morning|afternoon|evening|overnight)$")
#: anchored families that take the clock time's day from the same sentence
_CLOCK_FAMILIES = frozenset({"time", "time_word", "pod"})


@Language.factory(
    "newskit_timex",
    default_config={"entity_fallback": True},
    assigns=["doc._.newskit_timexes", "doc.spans"],
)
def make_timex(nlp: Language, name: str, entity_fallback: bool) -> TimexComponent:
    """Factory of the ``newskit_timex`` component (``entity_fallback``: also read bare parts of the day that
    only spaCy's TIME/DATE entities find)."""
    extensions.register()
    return TimexComponent(entity_fallback=entity_fallback)


class TimexComponent:
    """Adds ``doc._.newskit_timexes`` and ``doc.spans["timexes"]``."""

    def __init__(self, entity_fallback: bool = True) -> None:
        self.entity_fallback = entity_fallback

    def __call__(self, doc):
        rows = annotate(doc, entity_fallback=self.entity_fallback)
        doc._.newskit_timexes = rows
        spans = [doc.char_span(r["start"], r["end"], label=r["type"], alignment_mode="expand") for r in rows]
        doc.spans["timexes"] = [sp for sp in spans if sp is not None]
        return doc


def _pub_date(published) -> dt.date | None:
    if published is None:
        return None
    try:
        ts = pd.Timestamp(published)
    except (ValueError, TypeError):
        return None  # an unreadable publication date is the same as none: relative values stay unresolved
    if pd.isna(ts):
        return None
    return (ts.tz_convert("UTC") if ts.tzinfo is not None else ts).date()


def _is_anchored(family: str, g: dict) -> bool:
    if family in _CLOCK_FAMILIES and g.get("wd"):
        return False  # "9 a.m. Tuesday", "noon Saturday": its own day, which then dates the sentence's clock times
    if family in ANCHORED_FAMILIES:
        return True
    if family == "pod":
        return not g.get("rel")
    if family == "ago":
        return g["dir"].lower() in ANCHORED_DIRECTIONS
    return family == "relunit" and squash(g["rel"]) in ANCHORED_RELS


def _with_entity_fallback(doc, cands: list) -> list:
    """Add spaCy's own DATE/TIME entities that no pattern found, when the rules can normalise them.

    Only an entity that is a bare part of the day is readable on its own (an anchored ``pod`` candidate:
    the day of the sentence's event); other leftovers ("the week", "51", "about a quarter") have no value the
    rules can give and are dropped."""
    if not doc.has_annotation("ENT_IOB"):
        return cands
    extra = []
    for ent in doc.ents:
        m = _POD_ENTITY.match(ent.text) if ent.label_ in ("TIME", "DATE") else None
        if not m or any(c.start < ent.end_char and ent.start_char < c.end for c in cands):
            continue
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and (prev.lower_ == "good" or prev.tag_ == "POS"):  # "Good afternoon", "MSNBC's"
            continue
        s = ent.start_char + m.start(1)
        extra.append(Candidate(s, s + len(m.group(1)), "pod", {"pod": m.group(1)}))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


@dataclass
class _State:
    """One document's pass state: the text, the parse and the values resolved so far."""

    doc: Any
    text: str
    pub: dt.date | None
    has_sents: bool
    sent_starts: list[int]
    day_dates: list[tuple[int, int, dt.date]] = field(default_factory=list)  # (start, sentence, date)
    cal_values: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of calendar values
    results: dict[int, tuple] = field(default_factory=dict)  # candidate index -> (result, sentence, anchor, tense)
    quarters: list[tuple[int, str]] = field(default_factory=list)  # (start, value) of reporting quarters

    def sentence_of(self, start: int) -> int:
        return bisect_right(self.sent_starts, start) - 1

    def context(self, c: Candidate) -> Context:
        text, doc = self.text, self.doc
        before, after = text[max(0, c.start - 30) : c.start], text[c.end : c.end + 30]
        prev_words, next_words = _WORD.findall(before), _WORD.findall(after)
        ctx = Context(
            pub=self.pub,
            text=text[c.start : c.end],
            prefix=before.lower(),
            raw_prefix=before,
            raw_suffix=after,
            prev_word=prev_words[-1].lower() if prev_words else "",
            next_word=next_words[0] if next_words else "",
        )
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None and len(span):
            last = span[-1]
            ctx.tag = last.tag_
            ctx.next_pos = doc[last.i + 1].pos_ if last.i + 1 < len(doc) else ""
            ctx.tense = clause_tense(span) if self.has_sents else None
        if ctx.prev_word in DEADLINE_PREPS and ctx.tense != "future":
            ctx.tense = "nearest"
        if _EARLIEST.search(ctx.prefix):  # "as soon as Tuesday", "as early as next week": a coming date
            ctx.tense = "future"
        elif _SINCE.search(ctx.prefix):
            ctx.tense = "past"
        quarters = [v for s, v in self.quarters if s < c.start]
        ctx.quarter_value = quarters[-1] if quarters else None
        return ctx

    def keep(self, i: int, c: Candidate, res, ctx: Context, anchor_value: str | None = None) -> None:
        self.results[i] = (res, self.sentence_of(c.start), anchor_value, ctx.tense)


def _is_reporting_quarter(c: Candidate, res: tuple, ctx: Context) -> bool:
    """A quarter named outright ("the third quarter", "third-quarter") in the year up to publication and ended by
    then (or said to have "ended"): the period a results story reports on, which "a year ago" and "the latest
    quarter" then refer to; "a fourth-quarter charge" still to come is not."""
    if c.family not in ("quarter", "fiscal") or res[2] == "anchor" or not QUARTER_VALUE.match(res[1]):
        return False
    pub, y, q = ctx.pub, int(res[1][:4]), int(res[1][-1])
    if pub is None:
        return True
    ended = dt.date(y + q // 4, q % 4 * 3 + 1, 1) <= pub or ctx.next_word.lower() in ("ended", "ending")
    return ended and pub.year - (1 if pub.month <= 3 else 0) <= y <= pub.year


def _first_pass(st: _State, cands: list[Candidate]) -> None:
    """Expressions resolved against the publication date or absolute."""
    for i, c in enumerate(cands):
        if _is_anchored(c.family, c.groups) or (c.family == "year" and is_year_like_count(st.doc, c, st.text)):
            continue
        ctx = st.context(c)
        spoke = speech_date(st.text, c.start, st.day_dates, st.pub) if c.family in QUOTE_RELATIVE_FAMILIES else None
        if spoke is not None:  # "today" in a quote of a speaker who spoke on Wednesday: that Wednesday
            ctx.pub = spoke
        res = normalize(c.family, c.groups, ctx)
        if res is None or res[1] is None:
            continue
        if spoke is not None and res[2] == "publication":
            res = (res[0], res[1], "anchor")
        st.keep(i, c, res, ctx, spoke.isoformat() if spoke is not None else None)
        if res[1][:4].isdigit():
            st.cal_values.append((c.start, res[1]))
        if _is_reporting_quarter(c, res, ctx):
            st.quarters.append((c.start, res[1]))
        m = DAY_VALUE.match(res[1])
        if m:
            st.day_dates.append((c.start, st.sentence_of(c.start), dt.date(int(m[1]), int(m[2]), int(m[3]))))
    st.day_dates.sort()


def _anchor_day(st: _State, c: Candidate, ctx: Context) -> dt.date | None:
    """The day an anchored expression refers to: a date of its sentence (clock times), the article's first
    date, else the last date mentioned before it (not after publication in a past clause)."""
    sidx, pub = st.sentence_of(c.start), st.pub
    if c.family in _CLOCK_FAMILIES:
        same = [d for d in st.day_dates if d[1] == sidx]
        if same:
            return min(same, key=lambda d: abs(d[0] - c.start))[2]
        firsts = [d for d in st.day_dates if pub is None or ctx.tense not in ("past", None) or d[2] <= pub]
        if firsts:
            return firsts[0][2]
    before = [d for d in st.day_dates if d[0] < c.start]
    if pub is not None and ctx.tense == "past":  # a past event is not anchored to a date after publication
        before = [d for d in before if d[2] <= pub] or before
    return before[-1][2] if before else None


def _prior_value(st: _State, c: Candidate, ctx: Context) -> str | None:
    """The last calendar value mentioned before ``c`` ("by that time": in this sentence or the one before)."""
    sidx = st.sentence_of(c.start)
    prior = [v for s, v in st.cal_values if s < c.start and (c.family != "that_time" or st.sentence_of(s) >= sidx - 1)]
    if st.pub is not None and ctx.tense == "past":
        prior = [
            v for v in prior if (interval(v, "DATE")[0] is None or interval(v, "DATE")[0].date() <= st.pub)
        ] or prior
    return prior[-1] if prior else None


def _second_pass(st: _State, cands: list[Candidate]) -> None:
    """Expressions anchored to a date in the text."""
    for i, c in enumerate(cands):
        if not _is_anchored(c.family, c.groups):
            continue
        ctx = st.context(c)
        ctx.anchor = _anchor_day(st, c, ctx)
        anchor_value = ctx.anchor.isoformat() if ctx.anchor is not None else None
        ctx.anchor_value = _prior_value(st, c, ctx)
        if ctx.anchor_value:
            first_day = interval(ctx.anchor_value, "DATE")[0]
            ctx.anchor_any = first_day.date() if first_day is not None else None
            if c.family in ("relunit", "unit_post", "that_time") and ctx.anchor_any is not None:
                anchor_value = ctx.anchor_value
        res = normalize(c.family, c.groups, ctx)
        if res is not None and res[1] is not None:
            if ctx.anchor_value and res[1].startswith(ctx.anchor_value + "-") and "X" in res[1]:
                anchor_value = ctx.anchor_value  # an unknown day (week) of the month (year) mentioned before
            st.keep(i, c, res, ctx, anchor_value)


def _row(st: _State, c: Candidate, entry: tuple) -> dict:
    (type_, value, kind), sidx, anchor_value, tense = entry
    if kind == "anchor":
        anchor = anchor_value or ("publication" if st.pub else None)
    elif kind is None and value.endswith("_REF") and st.pub is not None:
        anchor = "publication"
    else:
        anchor = kind
    start_ts, end_ts, gran = interval(value, type_)
    return {
        "text": st.text[c.start : c.end],
        "start": c.start,
        "end": c.end,
        "type": type_,
        "value": value,
        "date_start": start_ts,
        "date_end": end_ts,
        "granularity": gran,
        "anchor": anchor,
        "sentence_index": sidx if st.has_sents else None,
        "tense": public_tense(tense),
        "future_tense": is_future_tense(tense),
    }


def annotate(doc, entity_fallback: bool = True) -> list[dict]:
    """Time-expression rows for ``doc`` (offsets into ``doc.text``)."""
    text = doc.text  # built once (spaCy joins every token on each access)
    cands = find_candidates(text)
    if entity_fallback:
        cands = _with_entity_fallback(doc, cands)
    if not cands:
        return []
    has_sents = doc.has_annotation("SENT_START")
    st = _State(
        doc=doc,
        text=text,
        pub=_pub_date(doc._.newskit_published),
        has_sents=has_sents,
        sent_starts=[s.start_char for s in doc.sents] if has_sents else [0],
    )
    _first_pass(st, cands)
    _second_pass(st, cands)
    return [_row(st, cands[i], st.results[i]) for i in sorted(st.results)]

"""The ``newskit_timex`` spaCy component: find, normalise and store time expressions on the Doc.

Sets ``doc._.newskit_timexes`` (a list of plain dicts, see :func:`newskit.core.timex.timexes_from_doc`) and
``doc.spans["timexes"]`` (labels = TIMEX3 types). Two passes: expressions resolved against the publication date
first, then those anchored to a date mentioned in the text ("at 18:00 UTC", "the same day", "that week").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

import pandas as pd
from spacy.language import Language
from spacy.tokens import Span

from .. import extensions
from .finder import Candidate, find_candidates, is_year_like_count
from .intervals import interval
from .normalize import Context, normalize
from .tense import clause_tense

__all__ = ["make_timex", "TimexComponent", "annotate"]

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WORD = re.compile(r"[\w'’%.-]+|[^\w\s]")


@Language.factory("newskit_timex")
def make_timex(nlp, name):
    extensions.register()
    return TimexComponent()


class TimexComponent:
    """Adds ``doc._.newskit_timexes`` and ``doc.spans["timexes"]``."""

    def __call__(self, doc):
        rows = annotate(doc)
        doc._.newskit_timexes = rows
        spans = []
        for r in rows:
            sp = doc.char_span(r["start"], r["end"], label=r["type"], alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc.spans["timexes"] = spans
        return doc


def _pub_date(published) -> dt.date | None:
    if published is None:
        return None
    try:
        ts = pd.Timestamp(published)
    except (ValueError, TypeError):
        return None
    if pd.isna(ts):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC")
    return ts.date()


def _is_anchored(family: str, g: dict) -> bool:
    if family in ("time", "time_word", "day_anchor", "same_period", "unit_post", "that_time"):
        return True
    if family == "pod" and not g.get("rel"):
        return True
    if family == "ago" and g["dir"].lower() in ("earlier", "later", "before", "after"):
        return True
    if family == "relunit" and " ".join(g["rel"].lower().split()) in (
        "that",
        "the same",
        "the following",
        "the previous",
    ):
        return True
    return False


#: a part of the day on its own, as spaCy's TIME/DATE entities find it ("in morning trading")
_POD_ENTITY = re.compile(r"(?i)^(?:early\s+|late\s+)?(morning|afternoon|evening|overnight)$")


def _with_entity_fallback(doc, cands: list) -> list:
    """Add spaCy's own DATE/TIME entities that no pattern found, when the rules can normalise them.

    Only an entity that is a bare part of the day is readable on its own (an anchored ``pod`` candidate:
    the day of the sentence's event); other leftovers ("the week", "51", "about a quarter") have no value the
    rules can give and are dropped."""
    if not doc.has_annotation("ENT_IOB"):
        return cands
    extra = []
    for ent in doc.ents:
        if ent.label_ not in ("TIME", "DATE"):
            continue
        m = _POD_ENTITY.match(ent.text)
        if not m or any(c.start < ent.end_char and ent.start_char < c.end for c in cands):
            continue
        prev = doc[ent.start - 1] if ent.start > 0 else None
        if prev is not None and (
            prev.lower_ == "good" or prev.tag_ == "POS"
        ):  # "Good afternoon", "MSNBC's morning show"
            continue
        s = ent.start_char + m.start(1)
        extra.append(Candidate(s, s + len(m.group(1)), "pod", {"pod": m.group(1)}))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def annotate(doc) -> list[dict]:
    """Time-expression rows for ``doc`` (offsets into ``doc.text``)."""
    text = doc.text
    pub = _pub_date(doc._.newskit_published)
    cands = find_candidates(text)
    cands = _with_entity_fallback(doc, cands)
    if not cands:
        return []
    has_sents = doc.has_annotation("SENT_START")
    sent_starts = [s.start_char for s in doc.sents] if has_sents else [0]
    results: dict[int, tuple] = {}
    day_dates: list[tuple[int, int, dt.date]] = []  # (start char, sentence index, date) of resolved days
    cal_values: list[tuple[int, str]] = []  # (start char, value) of resolved calendar values

    def context(c) -> tuple[Context, Span | None, int]:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        sidx = bisect_right(sent_starts, c.start) - 1
        prev_words = _WORD.findall(text[max(0, c.start - 30) : c.start])
        next_words = _WORD.findall(text[c.end : c.end + 30])
        ctx = Context(
            pub=pub,
            text=text[c.start : c.end],
            prefix=text[max(0, c.start - 30) : c.start].lower(),
            raw_prefix=text[max(0, c.start - 30) : c.start],
            prev_word=prev_words[-1].lower() if prev_words else "",
            next_word=next_words[0] if next_words else "",
        )
        if span is not None and len(span):
            last = span[-1]
            ctx.tag = last.tag_
            if last.i + 1 < len(doc):
                ctx.next_pos = doc[last.i + 1].pos_
            if has_sents:
                ctx.tense = clause_tense(span)
        if ctx.prev_word in ("until", "till", "til", "through", "by"):
            ctx.tense = "nearest" if ctx.tense != "future" else ctx.tense
        return ctx, span, sidx

    # pass 1: expressions resolved against the publication date or absolute
    for i, c in enumerate(cands):
        if _is_anchored(c.family, c.groups):
            continue
        if c.family == "year" and is_year_like_count(doc, c, text):
            continue
        ctx, span, sidx = context(c)
        res = normalize(c.family, c.groups, ctx)
        if res is None:
            continue
        results[i] = (res, sidx, None)
        if re.match(r"^\d{4}", res[1]):
            cal_values.append((c.start, res[1]))
        m = _DAY_VALUE.match(res[1])
        if m:
            day_dates.append((c.start, sidx, dt.date(int(m[1]), int(m[2]), int(m[3]))))
    day_dates.sort()

    # pass 2: anchored expressions
    for i, c in enumerate(cands):
        if not _is_anchored(c.family, c.groups):
            continue
        ctx, span, sidx = context(c)
        anchor, anchor_value = None, None
        if c.family in ("time", "time_word", "pod"):
            same = [d for d in day_dates if d[1] == sidx]
            if same:
                anchor = min(same, key=lambda d: abs(d[0] - c.start))[2]
            else:  # the article's main event: its first day-level date (not a future one in a past clause)
                firsts = [d for d in day_dates if pub is None or ctx.tense not in ("past", None) or d[2] <= pub]
                if firsts:
                    anchor = firsts[0][2]
        past = pub is not None and ctx.tense == "past"
        if anchor is None:
            before = [d for d in day_dates if d[0] < c.start]
            if past:  # a past event is not anchored to a date after publication
                before = [d for d in before if d[2] <= pub] or before
            if before:
                anchor = before[-1][2]
        if anchor is not None:
            anchor_value = anchor.isoformat()
        ctx.anchor = anchor
        prior = [v for s_, v in cal_values if s_ < c.start]
        if c.family == "that_time":  # "by that time" points back at a date in this sentence or the one before
            prior = [v for s_, v in cal_values if s_ < c.start and bisect_right(sent_starts, s_) - 1 >= sidx - 1]
        if past:
            prior = [
                v for v in prior if (interval(v, "DATE")[0] is None or interval(v, "DATE")[0].date() <= pub)
            ] or prior
        ctx.anchor_value = prior[-1] if prior else None
        if ctx.anchor_value:
            first_day = interval(ctx.anchor_value, "DATE")[0]
            ctx.anchor_any = first_day.date() if first_day is not None else None
            if c.family in ("relunit", "unit_post", "that_time") and ctx.anchor_any is not None:
                anchor_value = ctx.anchor_value
        res = normalize(c.family, c.groups, ctx)
        if res is None:
            continue
        results[i] = (res, sidx, anchor_value)

    rows = []
    for i in sorted(results):
        c = cands[i]
        (type_, value, kind), sidx, anchor_value = results[i]
        if value is None:
            continue
        if kind == "anchor":
            anchor = anchor_value or ("publication" if pub else None)
        elif kind is None and value.endswith("_REF") and pub is not None:
            anchor = "publication"
        else:
            anchor = kind
        start_ts, end_ts, gran = interval(value, type_)
        rows.append(
            {
                "text": text[c.start : c.end],
                "start": c.start,
                "end": c.end,
                "type": type_,
                "value": value,
                "date_start": start_ts,
                "date_end": end_ts,
                "granularity": gran,
                "anchor": anchor,
                "sentence_index": sidx if has_sents else None,
            }
        )
    return rows

"""Timelines: dated events from time expressions (and claims), grouped into stories across articles.

:func:`build_timeline` makes one row per dated event: a calendar-anchored time expression (DATE or TIME with a
``date_start``) together with the sentence it sits in, or the claim when the expression sits inside a claim's
content or in the claim's sentence. The publication date (``published``) is kept apart from the event date
(``date_start``/``date_end``, end exclusive, as in :mod:`newskit.core.timex.intervals`).

Stories: across articles, events with the same TIMEX3 value that share at least one named entity and enough
wording (Jaccard similarity of content words and of capitalised names) are linked; the connected groups are
stories (``story_id``), with the number of articles (``story_n_articles``) and of distinct sources
(``story_n_sources``: the claim's source when the event is a claim, else the article's outlet or id) that
report them.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from . import schema

__all__ = ["build_timeline", "group_stories", "FUTURE_MARKERS"]

#: words that make a sentence about a scheduled or expected event (modal and "be to" futures, plans)
FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|'ll|is to|are to|was to|were to|going to|scheduled|expected to|plans? to|planned|due to "
    r"(?:be|take|start|begin|open|close|hold|meet|vote|return|arrive|launch)|set to|slated|upcoming|next)\b",
    re.I,
)

_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n\s*\n|\n")
_STOP = frozenset(
    """a an the and or but of in on at to for from by with as is are was were be been being has have
had do does did it its this that these those he she they we you i his her their our your not no said says say
will would could should may might can also than then there here which who whom whose what when where while after
before over under about into out up down more most some any all each other such only just very mr mrs ms""".split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _articles(articles: Any) -> pd.DataFrame:
    if isinstance(articles, pd.DataFrame) and {"article_id", "text"} <= set(articles.columns):
        return articles
    raise TypeError(
        "expected an articles DataFrame (newskit.read_articles) with 'article_id' and 'text' columns, "
        f"got {type(articles).__name__}"
    )


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence around ``[start, end)`` (a cheap splitter, enough for a label)."""
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    after = _SENT_END.search(text, end)
    e = after.start() if after else len(text)
    return s, max(e, end)


def _words(text: str) -> tuple[frozenset, frozenset]:
    toks = _TOKEN.findall(text)
    words = frozenset(t.lower() for t in toks if len(t) > 3 and t.lower() not in _STOP)
    names = frozenset(t for i, t in enumerate(toks) if t[0].isupper() and i > 0 and t.lower() not in _STOP)
    return words, names


def _jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


#: coarser dates need more shared wording before two events count as one story
_COARSE = {
    "week": 1.5,
    "weekend": 1.5,
    "month": 2.5,
    "quarter": 3.0,
    "season": 3.0,
    "half": 3.0,
    "year": 3.5,
    "decade": 4.0,
    "century": 4.0,
}


def group_stories(events: pd.DataFrame, min_similarity: float = 0.12) -> pd.Series:
    """Story id per event: same value, different articles, shared names and similar wording (union-find)."""
    n = len(events)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    feats = [_words(t or "") for t in events["text"].fillna("").astype(str)]
    # names in many events (the outlet, the country, the topic) do not identify a story
    df: dict[str, int] = {}
    for _, names in feats:
        for nm in names:
            df[nm] = df.get(nm, 0) + 1
    common = {nm for nm, k in df.items() if k > max(3, 0.02 * n)}
    feats = [(w, nms - common) for w, nms in feats]
    grans = events["granularity"].astype(str).tolist() if "granularity" in events else ["day"] * n
    values = events["value"].astype(str).tolist()
    arts = events["article_id"].astype(str).tolist()
    buckets: dict[str, list[int]] = {}
    for i, v in enumerate(values):
        buckets.setdefault(v, []).append(i)
    for idx in buckets.values():
        if len(idx) < 2:
            continue
        for a_pos, i in enumerate(idx):
            wi, ni = feats[i]
            for j in idx[a_pos + 1 :]:
                if arts[i] == arts[j]:
                    continue
                wj, nj = feats[j]
                shared = ni & nj
                if not shared:
                    continue
                coarse = _COARSE.get(grans[i], 1.0)
                if coarse > 2 and len(shared) < 2 and _jaccard(wi, wj) < 0.3:
                    continue
                sim = 0.5 * _jaccard(wi, wj) + 0.5 * _jaccard(ni, nj)
                if sim >= min_similarity * coarse:
                    ri, rj = find(i), find(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    roots = [find(i) for i in range(n)]
    order: dict[int, str] = {}
    for r in roots:
        order.setdefault(r, f"s{len(order)}")
    return pd.Series([order[r] for r in roots], index=events.index, dtype="string")


def build_timeline(
    articles: pd.DataFrame,
    claims: pd.DataFrame | None,
    timexes: pd.DataFrame,
    *,
    min_similarity: float = 0.12,
) -> pd.DataFrame:
    """One row per dated event, grouped into stories across articles.

    Parameters
    ----------
    articles : DataFrame
        Articles (:func:`newskit.read_articles`).
    claims : DataFrame or None
        Claim rows (:func:`newskit.extract_claims`); None or an empty frame builds a timeline of sentences only.
    timexes : DataFrame
        Time-expression rows (:func:`newskit.extract_timexes`). Nothing here parses: ``newskit.analyze(arts)``
        gives all three frames and the timeline in one parse.
    min_similarity : float
        Linking threshold for grouping same-date events of different articles into one story.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newskit.frames.schema.TIMELINE`, plus ``timex_id``, ``timex_text``, ``type``, ``anchor``,
        ``text_start``, ``text_end`` (offsets of ``text`` in the article) and ``outlet``. Sorted by
        ``date_start``. ``date_end`` is exclusive. ``is_future`` is True when the event starts after the
        publication date, or when its sentence speaks of it as scheduled or expected.

    Examples
    --------
    >>> import newskit
    >>> from newskit.frames.timeline import build_timeline
    >>> arts = newskit.read_articles([{"text": "The vote is to take place on Monday.", "published": "2025-02-16"}])
    >>> tl = build_timeline(arts, newskit.extract_claims(arts), newskit.extract_timexes(arts))
    >>> tl["value"].iloc[0], bool(tl["is_future"].iloc[0])
    ('2025-02-17', True)
    """
    arts = _articles(articles)
    tx = timexes[timexes["type"].isin(["DATE", "TIME"]) & timexes["date_start"].notna()]
    if tx.empty:
        return schema.frame([], schema.TIMELINE)
    meta = arts.set_index(arts["article_id"].astype(str))
    claims_by_article: dict[str, list[dict]] = {}
    if claims is not None and len(claims):
        for c in claims.to_dict("records"):
            claims_by_article.setdefault(str(c["article_id"]), []).append(c)

    rows, seen = [], set()
    for t in tx.to_dict("records"):
        aid = str(t["article_id"])
        if aid not in meta.index:
            continue
        art = meta.loc[aid]
        text = str(art["text"] or "")
        start, end = int(t["start"]), int(t["end"])
        claim = _claim_for(claims_by_article.get(aid, []), start, end, t.get("sentence_index"))
        if claim is not None:
            ev_text = str(claim.get("content") or "")
            ev_s, ev_e = claim.get("content_start"), claim.get("content_end")
        else:
            ev_s, ev_e = _sentence_bounds(text, start, end)
            ev_text = text[ev_s:ev_e].strip()
        key = (aid, ev_s, t["value"])
        if key in seen:
            continue
        seen.add(key)
        published = art.get("published")
        published = None if published is None or pd.isna(published) else pd.Timestamp(published)
        future_words = bool(
            FUTURE_MARKERS.search(text[_sentence_bounds(text, start, end)[0] : end + 200].split("\n")[0])
        )
        if published is not None:
            is_future = bool(
                t["date_start"]
                > (published if t.get("granularity") in ("time", "part_of_day") else published.floor("D"))
            )
            if not is_future and future_words and t["date_end"] > published:
                is_future = True
        else:
            is_future = future_words
        rows.append(
            {
                "article_id": aid,
                "text": ev_text,
                "date_start": t["date_start"],
                "date_end": t["date_end"],
                "granularity": t.get("granularity"),
                "value": t["value"],
                "published": published,
                "is_future": is_future,
                "claim_id": claim.get("claim_id") if claim else None,
                "source_name": claim.get("source_name") if claim else None,
                "source_kind": claim.get("source_kind") if claim else None,
                "named": claim.get("named") if claim else None,
                "timex_id": t.get("timex_id"),
                "timex_text": t.get("text"),
                "type": t.get("type"),
                "anchor": t.get("anchor"),
                "text_start": ev_s,
                "text_end": ev_e,
                "outlet": art.get("outlet") if "outlet" in meta.columns else None,
            }
        )
    ev = pd.DataFrame(rows)
    ev = ev.sort_values(["date_start", "article_id", "text_start"], kind="stable").reset_index(drop=True)
    ev["event_id"] = [f"{a}:e{i}" for i, a in zip(ev.groupby("article_id").cumcount(), ev["article_id"])]
    ev["story_id"] = group_stories(ev, min_similarity)
    src = ev["source_name"].where(ev["source_name"].notna(), ev["outlet"].where(ev["outlet"].notna(), ev["article_id"]))
    ev["_src"] = src.astype(str).str.lower()
    stats = ev.groupby("story_id").agg(story_n_articles=("article_id", "nunique"), story_n_sources=("_src", "nunique"))
    ev = ev.drop(columns="_src").join(stats, on="story_id")
    return schema.frame(ev, schema.TIMELINE)


def _claim_for(claims: list[dict], start: int, end: int, sentence_index) -> dict | None:
    """The claim whose content contains the expression, else one in the same sentence."""
    best = None
    for c in claims:
        cs, ce = c.get("content_start"), c.get("content_end")
        if cs is None or ce is None or pd.isna(cs) or pd.isna(ce):
            continue
        if int(cs) <= start and end <= int(ce):
            return c
        si = c.get("sentence_index")
        if (
            best is None
            and sentence_index is not None
            and si is not None
            and not pd.isna(si)
            and not pd.isna(sentence_index)
            and int(si) == int(sentence_index)
        ):
            best = c
    return best

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

import bisect
import re
from functools import lru_cache
from typing import Any

import pandas as pd

from . import schema

__all__ = ["build_timeline", "group_stories", "future_mask", "story_table", "FUTURE_TENSES"]

#: clause tenses (``tense`` of a time-expression row, from :func:`newskit.core.timex.tense.clause_tense`) that
#: speak of an event as scheduled or expected ("will hold", "is to take place", "was to meet")
FUTURE_TENSES = frozenset({"future"})
#: granularities finer than a day: "tonight" or "at 3 pm" on the publication day can still lie ahead
_SUB_DAY = frozenset({"time", "part_of_day"})

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
    s = _last_sentence_end(text, start)
    after = _SENT_END.search(text, end)
    e = after.start() if after else len(text)
    return s, max(e, end)


@lru_cache(maxsize=64)
def _sentence_ends(text: str) -> list[int]:
    """The ends of the sentence breaks a scan of the whole ``text`` finds, in order (one scan per article)."""
    return [m.end() for m in _SENT_END.finditer(text)]


def _last_sentence_end(text: str, start: int) -> int:
    """The end of the last break a scan of ``text[:start]`` finds, else 0. That scan finds the breaks of the
    whole-text scan up to ``start`` (the pattern has no look-ahead or end anchor) and then, from the last of
    them, what is left: only that short tail is scanned again."""
    ends = _sentence_ends(text)
    k = bisect.bisect_right(ends, start)
    s = ends[k - 1] if k else 0
    for m in _SENT_END.finditer(text, s, start):
        s = m.end()
    return s


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


#: word overlap (Jaccard of content words) from which two reports of the same date are the same report
NEAR_IDENTICAL = 0.8


def _norm_text(text: str) -> str:
    return " ".join(_TOKEN.findall(str(text or "").lower()))


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _same_story(fi: tuple, fj: tuple, gran: str, min_similarity: float) -> bool:
    """Two events of one date (and different articles): shared names and enough shared wording."""
    (wi, ni), (wj, nj) = fi, fj
    shared = ni & nj
    if not shared:
        return False
    coarse = _COARSE.get(gran, 1.0)
    if coarse > 2 and len(shared) < 2 and _jaccard(wi, wj) < 0.3:
        return False
    return 0.5 * _jaccard(wi, wj) + 0.5 * _jaccard(ni, nj) >= min_similarity * coarse


def group_stories(events: pd.DataFrame, min_similarity: float = 0.12) -> pd.Series:
    """Story id per event (union-find over events of the same date interval).

    Identical or near-identical reports of one date (the same words, :data:`NEAR_IDENTICAL`) are one story
    whichever article they are in; events of different articles also join when they share a name and enough
    wording (``min_similarity``, stricter for coarse dates).
    """
    n = len(events)
    uf = _Union(n)
    texts = events["text"].fillna("").astype(str).tolist()
    feats = [_words(t) for t in texts]
    # names in many events (the outlet, the country, the topic) do not identify a story
    df: dict[str, int] = {}
    for _, names in feats:
        for nm in names:
            df[nm] = df.get(nm, 0) + 1
    common = {nm for nm, k in df.items() if k > max(3, 0.02 * n)}
    feats = [(w, nms - common) for w, nms in feats]
    grans = events["granularity"].astype(str).tolist() if "granularity" in events else ["day"] * n
    dates = list(zip(events["date_start"].astype(str), events["date_end"].astype(str)))
    arts = events["article_id"].astype(str).tolist()
    buckets: dict[tuple, list[int]] = {}
    for i, d in enumerate(dates):
        buckets.setdefault(d, []).append(i)
    for idx in buckets.values():
        first_of: dict[str, int] = {}
        for i in idx:  # identical wording: one story
            uf.join(i, first_of.setdefault(_norm_text(texts[i]), i))
        for a_pos, i in enumerate(idx):
            for j in idx[a_pos + 1 :]:
                if _jaccard(feats[i][0], feats[j][0]) >= NEAR_IDENTICAL or (
                    arts[i] != arts[j] and _same_story(feats[i], feats[j], grans[i], min_similarity)
                ):
                    uf.join(i, j)
    roots = [uf.find(i) for i in range(n)]
    order: dict[int, str] = {}
    for r in roots:
        order.setdefault(r, f"s{len(order)}")
    return pd.Series([order[r] for r in roots], index=events.index, dtype="string")


def future_mask(events: pd.DataFrame) -> pd.Series:
    """Whether each event was in the future when reported: the one definition of ``is_future``.

    An event is future when its interval starts after the publication day (a year or a month that contains
    the publication date is current, and "today" is not future); or, for a time of the publication day
    ("tonight", "at 3 pm"), when it starts after the publication time and its clause is in the future tense
    (``tense`` in :data:`FUTURE_TENSES`, or the ``future_tense`` flag of the time-expression row). Without a
    publication date only the tense decides.

    Parameters
    ----------
    events : DataFrame
        With ``date_start``, ``date_end``, ``published`` and optionally ``granularity``, ``tense`` and
        ``future_tense``.

    Returns
    -------
    pandas.Series of bool

    Examples
    --------
    >>> ev = pd.DataFrame({"date_start": pd.to_datetime(["2020-01-01", "2020-10-29", "2020-10-30"], utc=True),
    ...                    "date_end": pd.to_datetime(["2021-01-01", "2020-10-30", "2020-10-31"], utc=True),
    ...                    "granularity": ["year", "day", "day"], "tense": ["future", "future", None],
    ...                    "published": pd.to_datetime(["2020-10-29"] * 3, utc=True)})
    >>> future_mask(ev).tolist()
    [False, False, True]
    """
    idx = events.index
    start = pd.to_datetime(events["date_start"], utc=True)
    published = pd.to_datetime(events["published"], utc=True) if "published" in events else pd.Series(pd.NaT, idx)
    tense = events["tense"] if "tense" in events else pd.Series(None, index=idx, dtype="object")
    future_tense = tense.isin(FUTURE_TENSES)
    if "future_tense" in events:  # the timex component's own answer, when the rows carry it
        future_tense = future_tense | events["future_tense"].astype("boolean").fillna(False).astype(bool)
    gran = events["granularity"] if "granularity" in events else pd.Series(None, index=idx, dtype="object")
    after_day = start >= published.dt.floor("D") + pd.Timedelta(days=1)
    later_today = gran.isin(_SUB_DAY) & (start > published) & future_tense
    out = (after_day | later_today).where(published.notna(), future_tense)
    return out.fillna(False).astype(bool)


def _articles_meta(arts: pd.DataFrame) -> pd.DataFrame:
    meta = arts.set_index(arts["article_id"].astype(str))
    return meta[~meta.index.duplicated()]


def _event_text(t: dict, art: dict, claims: list[dict]) -> tuple[dict | None, str, int | None, int | None]:
    """The claim (or None), event text and its offsets in ``text`` of one time expression: the claim holding it,
    else its sentence; a title (headline) expression's event is the title itself, with no offsets in ``text``."""
    if t.get("in_title") is True:
        title = art.get("title")
        return None, "" if title is None or pd.isna(title) else str(title), None, None
    text = str(art["text"] or "")
    start, end = int(t["start"]), int(t["end"])
    claim = _claim_for(claims, start, end, t.get("sentence_index"))
    if claim is not None:
        return claim, str(claim.get("content") or ""), claim.get("content_start"), claim.get("content_end")
    ev_s, ev_e = _sentence_bounds(text, start, end)
    return None, text[ev_s:ev_e].strip(), ev_s, ev_e


def _event_rows(arts: pd.DataFrame, claims: pd.DataFrame | None, tx: pd.DataFrame) -> list[dict]:
    """One row per claim-or-sentence and date interval of each article (the first expression wins)."""
    meta = _articles_meta(arts)
    # the article columns an event reads, per article id (a dict lookup, not a DataFrame row per expression)
    cols = [c for c in ("title", "text", "published", "outlet") if c in meta.columns]
    by_id = {aid: dict(zip(cols, vals)) for aid, *vals in zip(meta.index, *(meta[c] for c in cols))}
    claims_by_article: dict[str, list[dict]] = {}
    if claims is not None and len(claims):
        for c in claims.to_dict("records"):
            claims_by_article.setdefault(str(c["article_id"]), []).append(c)
    has_outlet = "outlet" in meta.columns
    rows, seen = [], set()
    for t in tx.to_dict("records"):
        aid = str(t["article_id"])
        art = by_id.get(aid)
        if art is None:
            continue
        claim, ev_text, ev_s, ev_e = _event_text(t, art, claims_by_article.get(aid, []))
        key = (aid, _norm_text(ev_text), t["date_start"], t["date_end"])
        if key in seen:
            continue
        seen.add(key)
        published = art.get("published")
        rows.append(
            {
                "article_id": aid,
                "text": ev_text,
                "date_start": t["date_start"],
                "date_end": t["date_end"],
                "granularity": t.get("granularity"),
                "value": t["value"],
                "published": None if published is None or pd.isna(published) else pd.Timestamp(published),
                "tense": t.get("tense"),
                "future_tense": t.get("future_tense"),
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
                "outlet": art.get("outlet") if has_outlet else None,
            }
        )
    return rows


def build_timeline(
    articles: pd.DataFrame,
    claims: pd.DataFrame | None,
    timexes: pd.DataFrame,
    *,
    min_similarity: float = 0.12,
) -> pd.DataFrame:
    """One row per dated event (a claim or sentence and its date), grouped into stories across articles.

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
        ``tense``, ``future_tense``, ``text_start``, ``text_end`` (offsets of ``text`` in the article) and ``outlet``. Sorted by
        ``date_start``. ``date_end`` is exclusive. ``is_future`` is :func:`future_mask`. Two time expressions
        of one claim or sentence that resolve to the same interval make one event.

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
    rows = _event_rows(arts, claims, tx) if len(tx) else []
    if not rows:
        return schema.frame([], schema.TIMELINE)
    ev = pd.DataFrame(rows)
    ev["is_future"] = future_mask(ev)
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


def story_table(timeline: pd.DataFrame, n: int | None = None) -> pd.DataFrame:
    """One row per story, the most reported first: what a story timeline draws.

    Columns: ``story_id``, ``date_start`` / ``date_end`` (the earliest event's interval), ``granularity``,
    ``text`` (the first report), ``is_future`` (scheduled when first reported), ``n_events``, ``n_articles``,
    ``n_sources``, ``first_published``. Ranked by articles, then events, then sources, then date; ``n`` keeps the first ``n``.

    Examples
    --------
    >>> tl = pd.DataFrame({"story_id": ["s0", "s1", "s1"], "article_id": ["a", "a", "b"],
    ...     "date_start": pd.to_datetime(["2020-01-02", "2020-01-05", "2020-01-05"], utc=True),
    ...     "date_end": pd.to_datetime(["2020-01-03", "2020-01-06", "2020-01-06"], utc=True),
    ...     "granularity": "day", "text": ["A.", "B.", "B again."], "is_future": [False, True, True],
    ...     "published": pd.to_datetime(["2020-01-04"] * 3, utc=True), "story_n_sources": [1, 2, 2]})
    >>> story_table(tl)[["story_id", "n_events", "n_articles", "is_future"]].values.tolist()
    [['s1', 2, 2, True], ['s0', 1, 1, False]]
    """
    cols = ["story_id", "date_start", "date_end", "granularity", "text", "is_future", "n_events", "n_articles"]
    cols += ["n_sources", "first_published"]
    if not len(timeline):
        return pd.DataFrame(columns=cols)
    tl = timeline.sort_values(["date_start", "published"], kind="stable")
    g = tl.groupby("story_id", sort=False)
    out = g[["date_start", "date_end", "granularity", "text", "is_future"]].first()
    out["n_events"] = g.size()
    out["n_articles"] = g["article_id"].nunique()
    out["n_sources"] = g["story_n_sources"].max() if "story_n_sources" in tl else out["n_articles"]
    out["first_published"] = g["published"].min()
    out["is_future"] = out["is_future"].astype("boolean").fillna(False).astype(bool)
    out = out.reset_index().sort_values(
        ["n_articles", "n_events", "n_sources", "date_start"], ascending=[False, False, False, True], kind="stable"
    )
    out = out.reset_index(drop=True)[cols]
    return out if n is None else out.head(n)

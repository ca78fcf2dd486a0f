"""Timeline plot: events as spans of their true granularity, coloured by source kind, future events marked.

One row per story (events of the same story share a row), sorted by date. A day is drawn one day wide, a week
seven days, a month a month; the publication date of each event is a small grey tick on the same row so the
reported date stays apart from the event date. Future (scheduled or expected) events get a hatched span and a
vermillion edge. With many rows, only the most reported stories are labelled (``max_labels``), the rest keep
their marks; labels keep one text line apart on the page and, among equally reported stories, are spread over
all rows. Characters the label font has no glyph for (Devanagari, CJK ... with the default DejaVu Sans) become
one "…" per run instead of empty boxes. Intervals far outside the bulk of the events are clipped to the axes
(``clip_quantiles``).
"""

from __future__ import annotations

import math
import re
import unicodedata

import pandas as pd

from .palette import FUTURE_COLOR, NEUTRAL, SOURCE_KIND_COLORS, kind_color

__all__ = ["plot_timeline"]

_ARTICLE_COLOR = "#BBBBBB"  # events that are sentences, not claims
#: granularity -> (bar height in rows, alpha)
_COARSE_STYLE = {
    "month": (0.45, 0.55),
    "quarter": (0.3, 0.4),
    "season": (0.3, 0.4),
    "half": (0.3, 0.4),
    "year": (0.22, 0.35),
    "decade": (0.15, 0.3),
    "century": (0.15, 0.3),
}


_DRAWABLE: dict[tuple[str, str], bool] = {}  # (font file, character) -> the font has a glyph for it


def _font_file(fontsize: float = 7) -> str:
    from matplotlib import font_manager

    return font_manager.findfont(font_manager.FontProperties(size=fontsize))


def _drawable(text: str, font_file: str | None = None) -> str:
    """``text`` with the characters the label font cannot draw (Devanagari, CJK ... with matplotlib's default
    DejaVu Sans) replaced by one "…" per run, so a label never shows empty boxes; "" when nothing readable is
    left. Glyph availability is read from the font itself (``FT2Font.get_char_index``), cached per character."""
    if not text or text.isascii():
        return text
    from matplotlib.ft2font import FT2Font

    font_file = font_file or _font_file()
    font = None
    out: list[str] = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        if unicodedata.category(ch) == "Cf":  # zero-width joiners and marks: nothing to draw, nothing to lose
            continue
        key = (font_file, ch)
        ok = _DRAWABLE.get(key)
        if ok is None:
            if font is None:
                font = FT2Font(font_file)
            ok = _DRAWABLE[key] = ch.isprintable() and font.get_char_index(ord(ch)) != 0
        out.append(ch if ok else "\0")
    cleaned = "".join(out)
    # one "…" per run of undrawable characters, with the spaces and punctuation between them
    cleaned = re.sub(r"\0(?:[\s\W]*\0)*", " … ", cleaned)
    cleaned = re.sub(r"…[\s\W]*$", "…", re.sub(r"\s+", " ", cleaned).strip())
    return cleaned if re.search(r"\w", cleaned.replace("…", "")) else ""


def _label(text: str, width: int, font_file: str | None = None) -> str:
    text = " ".join(str(text or "").split())
    text = _drawable(text, font_file)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _spread_order(n: int) -> list[int]:
    """0..n-1 in an order that spreads across the range (van der Corput): 0, n/2, n/4, 3n/4, ..."""

    def vdc(i: int) -> float:
        x, base = 0.0, 0.5
        while i:
            x += base * (i & 1)
            i >>= 1
            base /= 2
        return x

    return sorted(range(n), key=lambda i: (vdc(i), i))


def plot_timeline(
    timeline: pd.DataFrame,
    ax=None,
    *,
    max_rows: int = 300,
    max_labels: int = 30,
    label_width: int = 60,
    clip_quantiles: tuple[float, float] = (0.02, 0.98),
    start=None,
    end=None,
    context_days: int = 90,
    title: str | None = None,
    show_published: bool = True,
):
    """Draw a timeline (from :func:`newskit.build_timeline`) with matplotlib and return the Axes.

    Parameters
    ----------
    timeline : DataFrame
        Rows of :func:`newskit.build_timeline` (needs ``date_start``, ``date_end``; uses ``story_id``,
        ``story_n_articles``, ``source_kind``, ``is_future``, ``published``, ``text`` when present).
    ax : matplotlib Axes, optional
        Drawn into when given; else a new figure sized to the number of rows.
    max_rows : int
        At most this many story rows (the most reported stories are kept; the title says how many were left out).
    max_labels : int
        Stories labelled with their text, the most reported first (ties spread over the rows, at least a text
        line apart); the others are drawn unlabelled.
    clip_quantiles : (float, float)
        The x range covers these quantiles of the event dates (so one "the 1990s" does not squash a month of
        days), narrowed to the publication period plus ``context_days`` either side; ``start``/``end``
        override it.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import newskit
    >>> from newskit.display.timeline_plot import plot_timeline
    >>> arts = newskit.read_articles([{"text": "Officials met on Saturday. The vote is on Monday.",
    ...                                 "published": "2025-02-16"}])
    >>> ax = plot_timeline(newskit.analyze(arts, progress=False).timeline)
    >>> ax.get_xlabel()
    'Event date (UTC)'
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    tl = timeline[timeline["date_start"].notna() & timeline["date_end"].notna()].copy()
    if "story_id" not in tl or tl["story_id"].isna().all():
        tl["story_id"] = tl.get("event_id", pd.Series(range(len(tl)), index=tl.index)).astype(str)
    tl["story_id"] = tl["story_id"].fillna(tl.get("event_id", pd.Series(range(len(tl)), index=tl.index)).astype(str))
    n_art = tl["story_n_articles"] if "story_n_articles" in tl else pd.Series(1, index=tl.index)
    tl["_n"] = pd.to_numeric(n_art, errors="coerce").fillna(1)

    starts_all = tl["date_start"].dt.tz_convert("UTC").dt.tz_localize(None)
    ends_all = tl["date_end"].dt.tz_convert("UTC").dt.tz_localize(None)
    if len(tl):
        lo, hi = starts_all.quantile(clip_quantiles[0]), ends_all.quantile(clip_quantiles[1])
        pub = tl["published"].dropna() if "published" in tl else pd.Series([], dtype=object)
        if len(pub):  # a news timeline: the reporting period with some context either side
            pub = pub.dt.tz_convert("UTC").dt.tz_localize(None)
            lo2 = max(lo, pub.min() - pd.Timedelta(days=context_days))
            hi2 = min(hi, pub.max() + pd.Timedelta(days=context_days))
            if hi2 > lo2 and ((ends_all > lo2) & (starts_all < hi2)).any():
                lo, hi = lo2, hi2  # else every event lies outside that period: keep the events' own range
        if start is not None:
            lo = pd.Timestamp(start).tz_localize(None)
        if end is not None:
            hi = pd.Timestamp(end).tz_localize(None)
        if hi <= lo:
            hi = lo + pd.Timedelta(days=1)
        pad = (hi - lo) * 0.03
        lo, hi = lo - pad, hi + pad
        tl = tl[(ends_all > lo) & (starts_all < hi)]
    stories = tl.groupby("story_id").agg(first=("date_start", "min"), n=("_n", "max"), size=("date_start", "size"))
    left_out = 0
    if len(stories) > max_rows:
        # the stories reported by several articles first, then single reports thinned evenly across time
        multi = stories[stories["n"] > 1].sort_values(["n", "size"], ascending=False).head(max_rows)
        singles = stories[stories["n"] <= 1].sort_values("first")
        room = max_rows - len(multi)
        step = max(len(singles) / room, 1.0) if room > 0 else None
        picked = singles.index[[int(i * step) for i in range(min(room, len(singles)))]] if step else []
        keep = multi.index.append(pd.Index(picked))
        left_out = len(stories) - len(keep)
        stories = stories.loc[keep]
        tl = tl[tl["story_id"].isin(keep)]
    stories = stories.sort_values(["first", "n"], ascending=[True, False])
    row_of = {sid: i for i, sid in enumerate(stories.index)}
    n_rows = max(len(stories), 1)

    if ax is None:
        height = min(max(3.0, 1.5 + 0.05 * n_rows), 18.0)
        _, ax = plt.subplots(figsize=(12, height))

    if tl.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_xlabel("Event date (UTC)")
        ax.set_ylabel("Stories")
        return ax

    starts = tl["date_start"].dt.tz_convert("UTC").dt.tz_localize(None)
    ends = tl["date_end"].dt.tz_convert("UTC").dt.tz_localize(None)

    grans = tl["granularity"].astype(str) if "granularity" in tl else pd.Series("day", index=tl.index)
    kinds = tl["source_kind"] if "source_kind" in tl else pd.Series(None, index=tl.index)
    future = tl["is_future"].fillna(False).astype(bool) if "is_future" in tl else pd.Series(False, index=tl.index)
    for idx in tl.index:
        y = row_of[tl.at[idx, "story_id"]]
        s = max(starts[idx], lo)
        e = min(ends[idx], hi)
        if e <= s:
            continue
        kind = kinds[idx]
        color = kind_color(kind) if isinstance(kind, str) and kind else _ARTICLE_COLOR
        fut = bool(future[idx])
        width = mdates.date2num(e) - mdates.date2num(s)
        # coarse dates (a month, a year) are drawn thinner and lighter so that exact days stand out
        bar_h, alpha = _COARSE_STYLE.get(grans[idx], (0.7, 0.8))
        ax.broken_barh(
            [(mdates.date2num(s), width)],
            (y - bar_h / 2, bar_h),
            facecolors=color,
            alpha=alpha,
            edgecolor=FUTURE_COLOR if fut else color,
            linewidth=1.2 if fut else 0.3,
            hatch="///" if fut else None,
        )
        # very short spans (days on a multi-year axis) would vanish: add a marker at their start
        if width < (mdates.date2num(hi) - mdates.date2num(lo)) / 400:
            ax.plot(
                [mdates.date2num(s)],
                [y],
                marker=">" if fut else "o",
                ms=3.5,
                color=color,
                markeredgecolor=FUTURE_COLOR if fut else color,
                linestyle="none",
            )
    if show_published and "published" in tl:
        pub = tl["published"].dropna()
        if len(pub):
            pub_naive = pub.dt.tz_convert("UTC").dt.tz_localize(None)
            inside = (pub_naive >= lo) & (pub_naive <= hi)
            ys = [row_of[sid] for sid in tl.loc[pub.index[inside], "story_id"]]
            ax.scatter(
                mdates.date2num(pub_naive[inside]),
                ys,
                marker="|",
                s=30,
                color=NEUTRAL,
                alpha=0.6,
                linewidths=0.8,
                zorder=3,
            )

    # labels: the most reported stories first; among equally reported ones, rows spread over the whole height
    # (not the earliest rows only); a label keeps at least one text line (in points) away from the others
    fontsize = 7
    ax.set_ylim(n_rows - 0.5, -0.5)
    fig = ax.figure
    axes_h_pt = ax.get_position().height * fig.get_figheight() * 72
    row_pt = max(axes_h_pt / n_rows, 1e-6)
    gap = max(1, math.ceil(fontsize * 1.35 / row_pt))
    pad = max(0.0, fontsize * 0.7 / row_pt - 0.5)  # room above the first row and below the last for a label
    ax.set_ylim(n_rows - 0.5 + pad, -0.5 - pad)
    prio = stories[["n", "size"]].copy()
    prio["row"] = [row_of[sid] for sid in prio.index]
    spread = {r: k for k, r in enumerate(_spread_order(n_rows))}
    prio["spread"] = prio["row"].map(spread)
    candidates = prio.sort_values(["n", "size", "spread"], ascending=[False, False, True]).index
    texts = tl.drop_duplicates("story_id").set_index("story_id")["text"] if "text" in tl else {}
    font_file = _font_file(fontsize)
    placed: list[int] = []
    for sid in candidates:
        if len(placed) >= max_labels:
            break
        y = row_of[sid]
        if any(abs(y - p) < gap for p in placed):
            continue
        lab = _label(texts.get(sid, "") if hasattr(texts, "get") else "", label_width, font_file)
        if not lab:
            continue
        placed.append(y)
        first = max(stories.at[sid, "first"].tz_convert("UTC").tz_localize(None), lo)
        n = int(stories.at[sid, "n"])
        if n > 1:
            lab = f"[{n} articles] {lab}"
        x = mdates.date2num(first)
        right = x > mdates.date2num(lo) + 0.55 * (mdates.date2num(hi) - mdates.date2num(lo))
        ax.annotate(
            lab,
            (x, y),
            xytext=(-4 if right else 4, 0),
            textcoords="offset points",
            fontsize=fontsize,
            va="center",
            ha="right" if right else "left",
            clip_on=True,
        )

    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    ax.set_yticks([])
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel("Event date (UTC)")
    ax.set_ylabel(f"Stories ({n_rows} rows, earliest at top)")
    ax.grid(axis="x", alpha=0.3)
    present = [k for k in SOURCE_KIND_COLORS if (kinds == k).any()]
    handles = [Patch(facecolor=SOURCE_KIND_COLORS[k], label=k) for k in present]
    if not kinds.map(lambda k: isinstance(k, str) and bool(k)).all():  # only when such events are drawn
        handles.append(Patch(facecolor=_ARTICLE_COLOR, label="article sentence (no claim)"))
    handles.append(Patch(facecolor="white", edgecolor=FUTURE_COLOR, hatch="///", label="future / scheduled"))
    if show_published:
        from matplotlib.lines import Line2D

        handles.append(Line2D([], [], marker="|", color=NEUTRAL, linestyle="none", label="published"))
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False, title="source kind"
    )
    ttl = title or f"Timeline: {len(tl)} events in {n_rows} stories"
    if left_out:
        ttl += f" ({left_out} smaller stories not shown)"
    ax.set_title(ttl)
    return ax

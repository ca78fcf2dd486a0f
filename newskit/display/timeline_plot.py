"""Story timeline plot: one row per story (the most reported first), past and scheduled events apart.

Each row is labelled at the axis font size with the event date, the first report's text and the number of
articles reporting it; its bar covers the event's true interval (a day one day wide, a week seven days),
coloured by source kind; scheduled events are hatched with a vermillion edge; grey ticks are the publication
dates of the reports. Characters the label font has no glyph for (Devanagari, CJK ... with the default DejaVu
Sans) become one "…" per run instead of empty boxes. :mod:`newskit.display.timeline_chart` draws the same
stories as an interactive chart.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from ..frames.timeline import story_table
from .palette import FUTURE_COLOR, NEUTRAL, SOURCE_KIND_COLORS, kind_color
from .tables import format_date

__all__ = ["ARTICLE_COLOR", "SECTION_HEADERS", "plot_timeline", "story_label", "story_rows"]

ARTICLE_COLOR = "#BBBBBB"  # events that are sentences, not claims
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


def story_rows(timeline: pd.DataFrame, max_stories: int) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(shown stories with their panel and row, their events, the number of stories in the timeline)."""
    tl = timeline[timeline["date_start"].notna() & timeline["date_end"].notna()]
    if "story_id" not in tl or tl["story_id"].isna().any():
        fallback = tl["event_id"] if "event_id" in tl else pd.Series(range(len(tl)), index=tl.index)
        base = tl["story_id"] if "story_id" in tl else pd.Series(pd.NA, index=tl.index, dtype="object")
        tl = tl.assign(story_id=base.astype("object").fillna(fallback.astype(str)))
    if "story_n_sources" not in tl:
        tl = tl.assign(story_n_sources=1)
    stories = story_table(tl)
    total = len(stories)
    shown = stories.head(max_stories).copy()
    # scheduled stories on top, then past or current ones, each part in date order under a header row
    shown = shown.sort_values(["is_future", "date_start"], ascending=[False, True], kind="stable")
    rows: list[int] = []
    y = 0
    for flag in (True, False):
        k = int((shown["is_future"] == flag).sum())
        if k:
            rows += list(range(y + 1, y + 1 + k))
            y += k + 1
    shown["row"] = rows
    return shown.reset_index(drop=True), tl[tl["story_id"].isin(shown["story_id"])], total


#: the header rows of the two parts of a story timeline
SECTION_HEADERS = {True: "SCHEDULED WHEN REPORTED", False: "PAST OR CURRENT WHEN REPORTED"}


def _section_headers(ax, shown: pd.DataFrame, fontsize: float) -> None:
    """A bold header row above each part, and a line between the parts."""
    for flag, label in SECTION_HEADERS.items():
        part = shown[shown["is_future"] == flag]
        if not len(part):
            continue
        y = int(part["row"].min()) - 1
        if y > 0:
            ax.axhline(y - 0.5, color="black", linewidth=1)
        ax.text(
            0.005,
            y,
            label,
            transform=ax.get_yaxis_transform(),
            ha="left",
            va="center",
            fontsize=fontsize,
            fontweight="bold",
            color="#333333",
        )


def story_label(row, width: int = 70, font_file: str | None = None) -> str:
    """``"2020-03-15 · text … (3 articles)"``: a story's first event date, its first report and its reach."""
    n = int(row["n_articles"])
    suffix = f" ({n} articles)" if n > 1 else ""
    text = _label(row["text"], max(10, width - len(suffix)), font_file) or "(no readable text)"
    return f"{format_date(row['date_start'], str(row.get('granularity')) in ('time', 'part_of_day'))} · {text}{suffix}"


def _draw_story(ax, y: int, events: pd.DataFrame, fut: bool, lo, hi) -> None:
    import matplotlib.dates as mdates

    kinds = events["source_kind"].dropna() if "source_kind" in events else pd.Series([], dtype="object")
    kind = kinds.mode().iloc[0] if len(kinds) else None
    color = kind_color(kind) if isinstance(kind, str) and kind else ARTICLE_COLOR
    first = events.iloc[0]
    s = max(first["date_start"].tz_convert("UTC").tz_localize(None), lo)
    e = min(first["date_end"].tz_convert("UTC").tz_localize(None), hi)
    bar_h, alpha = _COARSE_STYLE.get(str(first.get("granularity")), (0.6, 0.85))
    width = max(mdates.date2num(e) - mdates.date2num(s), 0)
    ax.broken_barh(
        [(mdates.date2num(s), width)],
        (y - bar_h / 2, bar_h),
        facecolors=color,
        alpha=alpha,
        edgecolor=FUTURE_COLOR if fut else color,
        linewidth=1.4 if fut else 0.3,
        hatch="///" if fut else None,
    )
    if width < (mdates.date2num(hi) - mdates.date2num(lo)) / 150:  # a day on a long axis: a marker too
        ax.plot(
            [mdates.date2num(s) + width / 2],
            [y],
            marker="D" if fut else "o",
            ms=6,
            color=color,
            markeredgecolor=FUTURE_COLOR if fut else "white",
            linestyle="none",
            zorder=3,
        )
    pub = events["published"].dropna() if "published" in events else pd.Series([], dtype="object")
    if len(pub):
        pub = pub.dt.tz_convert("UTC").dt.tz_localize(None)
        pub = pub[(pub >= lo) & (pub <= hi)]
        ax.scatter(mdates.date2num(pub), [y] * len(pub), marker="|", s=90, color=NEUTRAL, linewidths=1.2, zorder=4)


def _x_range(events: pd.DataFrame, start, end) -> tuple[pd.Timestamp, pd.Timestamp]:
    naive = [
        events[c].dropna().dt.tz_convert("UTC").dt.tz_localize(None) for c in ("date_start", "published") if c in events
    ]
    values = pd.concat(naive) if naive else pd.Series([pd.Timestamp("2000-01-01")])
    lo = pd.Timestamp(start).tz_localize(None) if start is not None else values.min()
    hi = pd.Timestamp(end).tz_localize(None) if end is not None else values.max() + pd.Timedelta(days=1)
    if hi <= lo:
        hi = lo + pd.Timedelta(days=1)
    pad = max((hi - lo) * 0.03, pd.Timedelta(days=1))
    return lo - pad, hi + pad


def _legend_handles(kinds: pd.Series) -> list:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    present = [k for k in SOURCE_KIND_COLORS if (kinds == k).any()]
    handles = [Patch(facecolor=SOURCE_KIND_COLORS[k], label=k) for k in present]
    if not kinds.map(lambda k: isinstance(k, str) and bool(k)).all():
        handles.append(Patch(facecolor=ARTICLE_COLOR, label="article sentence (no claim)"))
    handles.append(Patch(facecolor="white", edgecolor=FUTURE_COLOR, hatch="///", label="scheduled when reported"))
    handles.append(Line2D([], [], marker="|", color=NEUTRAL, linestyle="none", markersize=10, label="a report"))
    return handles


def plot_timeline(
    timeline: pd.DataFrame,
    ax=None,
    *,
    max_stories: int = 25,
    label_width: int = 64,
    start=None,
    end=None,
    title: str | None = None,
    fontsize: float = 10,
):
    """Draw the story timeline (from :func:`newskit.build_timeline`) with matplotlib and return the Axes.

    One row per story, the ``max_stories`` most reported (:func:`newskit.frames.timeline.story_table`: by
    articles, then events); scheduled stories (future when first reported) on top, past or current ones below,
    each part in date order. A row is labelled with the event date, the first report's text and the number of
    articles, at the axis font size; its bar covers the event's interval (a week is a week wide), coloured by
    the kind of source, hatched with a vermillion edge when scheduled; grey ticks are the reports' publication
    dates. The title gives the events and stories drawn and how many stories were left out.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> import newskit
    >>> from newskit.display.timeline_plot import plot_timeline
    >>> arts = newskit.read_articles([{"text": "Officials met on Saturday. The vote is on Monday.",
    ...                                 "published": "2025-02-16"}])
    >>> ax = plot_timeline(newskit.analyze(arts, progress=False).timeline)
    >>> ax.get_xlabel(), ax.get_title()
    ('Event date (UTC)', 'Timeline: 2 events in 2 stories')
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    shown, events, total = story_rows(timeline, max_stories)
    n_rows = int(shown["row"].max()) + 1 if len(shown) else 1
    if ax is None:
        _, ax = plt.subplots(figsize=(15, min(1.6 + 0.34 * n_rows, 40)), layout="constrained")
    ax.set_xlabel("Event date (UTC)", fontsize=fontsize)
    if shown.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_title(title or "Timeline: 0 events in 0 stories", fontsize=fontsize + 1)
        return ax
    lo, hi = _x_range(events, start, end)
    by_story = {sid: g for sid, g in events.sort_values(["date_start", "published"]).groupby("story_id")}
    font_file = _font_file(fontsize)
    for r in shown.itertuples(index=False):
        _draw_story(ax, r.row, by_story[r.story_id], bool(r.is_future), lo, hi)
    ax.set_yticks(shown["row"], [story_label(r, label_width, font_file) for _, r in shown.iterrows()])
    ax.tick_params(axis="both", labelsize=fontsize)
    ax.set_ylim(n_rows - 0.5, -0.5)
    _section_headers(ax, shown, fontsize)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel("")
    ax.grid(axis="x", alpha=0.3)
    kinds = events["source_kind"] if "source_kind" in events else pd.Series(None, index=events.index)
    ax.legend(
        handles=_legend_handles(kinds),
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=fontsize - 1,
        frameon=False,
        title="source kind",
    )
    ttl = title or f"Timeline: {len(events)} events in {len(shown)} stories"
    if total > len(shown) and title is None:
        ttl += f" (the {len(shown)} most reported of {total} stories)"
    ax.set_title(ttl, fontsize=fontsize + 1)
    return ax

"""Matplotlib figures for source-count analysis.

Every function takes a claims DataFrame (see :data:`newskit.frames.schema.CLAIMS`), optionally the articles
DataFrame (for grouping by article metadata such as ``month``, ``outlet`` or a ``topic`` you add), draws on
``ax`` (or a new figure) and returns the Axes, titled, with labelled axes and a legend, coloured by
:mod:`newskit.display.palette` (colour-blind-safe, shared with the timeline plot).

The counting helpers (:func:`sources_per_article`, :func:`group_claims`, :func:`merge_source_aliases`) are
public too, so a figure's numbers can always be inspected as a table.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..frames.ranking import (
    RANKED_BY,
    merge_source_aliases,
    normalize_kinds,
    source_key,
    sources_per_article,
    top_sources,
)
from .palette import NEUTRAL, SOURCE_KINDS, UNNAMED_HATCH, kind_color

__all__ = [
    "plot_source_counts",
    "plot_sources_per_article",
    "plot_unnamed_share",
    "plot_source_kinds",
    "plot_top_sources",
    "plot_relays",
    "sources_per_article",
    "group_claims",
    "merge_source_aliases",
    "top_sources",
    "plot_event_dates",
]

#: Grouping keys computed from ``articles.published`` when they are not columns already.
_DERIVED = {"month": "M", "year": "Y", "week": "W", "day": "D"}


def _note(ax, text: str, xy, offset: tuple[float, float], **kwargs) -> None:
    """Write ``text`` at ``xy``, shifted by ``offset`` points (a bar's count, a median's label)."""
    ax.annotate(text, xy, xytext=offset, textcoords="offset points", **kwargs)


def _new_ax(ax, figsize):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def group_claims(
    claims: pd.DataFrame, by: str | Sequence[str] | None = None, articles: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, list[str]]:
    """Claims with the grouping column(s) attached; returns ``(frame, group_columns)``.

    ``by`` names columns of ``claims`` or of ``articles`` (joined on ``article_id``), or ``"month"``,
    ``"year"``, ``"week"``, ``"day"``, derived from ``articles.published`` (as a ``Period``).
    """
    c = claims.copy()
    if by is None:
        return c, []
    keys = [by] if isinstance(by, str) else list(by)
    for k in keys:
        if k in c.columns:
            continue
        if articles is not None and k in articles.columns:
            c = c.merge(articles[["article_id", k]].drop_duplicates("article_id"), on="article_id", how="left")
        elif k in _DERIVED:
            if articles is None or "published" not in articles.columns:
                raise ValueError(f"grouping by {k!r} needs articles= with a 'published' column")
            pub = pd.to_datetime(articles.set_index("article_id")["published"], utc=True)
            per = pub.dt.tz_convert(None).dt.to_period(_DERIVED[k])
            c[k] = c["article_id"].map(per)
        else:
            raise KeyError(
                f"{k!r} is neither a claims column nor an articles column"
                + ("" if articles is not None else " (pass articles=...)")
            )
    return c, keys


def plot_sources_per_article(
    claims: pd.DataFrame, articles: pd.DataFrame | None = None, ax=None, figsize=(7, 4), max_bins: int = 15
):
    """Histogram: how many distinct sources an article cites, with named and unnamed sources side by side.

    When some articles cite more than ``max_bins`` sources, the last bar ("N+") gathers the long tail.
    """
    spa = sources_per_article(claims, articles)
    ax = _new_ax(ax, figsize)
    top = int(max(spa["n_sources"].max() if len(spa) else 0, 1))
    # the long tail (a few articles with dozens of sources) goes into one last "cap+" bin
    cap = top if top <= max_bins else max(max_bins, int(spa["n_sources"].quantile(0.95)) + 1)
    cap = min(cap, top)
    bins = np.arange(0, cap + 1)
    total = spa["n_sources"].clip(upper=cap).value_counts().reindex(bins, fill_value=0)
    named = spa["n_named"].clip(upper=cap).value_counts().reindex(bins, fill_value=0)
    unnamed = spa["n_unnamed"].clip(upper=cap).value_counts().reindex(bins, fill_value=0)
    w = 0.28
    ax.bar(bins - w, total.values, width=w, color=NEUTRAL, label="all sources")
    ax.bar(bins, named.values, width=w, color=kind_color("person"), label="named sources")
    ax.bar(
        bins + w,
        unnamed.values,
        width=w,
        color="white",
        edgecolor=kind_color("person"),
        hatch=UNNAMED_HATCH,
        label="unnamed sources",
    )
    if len(spa):
        med = float(spa["n_sources"].median())
        ax.axvline(med, color="black", linestyle="--", linewidth=1)
        _note(ax, f"median {med:g}", (med, 1), (4, -12), xycoords=("data", "axes fraction"), fontsize=9)
    ax.set_xticks(bins)
    ax.set_xticklabels([str(b) if b < cap or cap == top else f"{b}+" for b in bins])
    ax.yaxis.set_major_locator(_integer())
    ax.set_xlabel("distinct sources cited in the article")
    ax.set_ylabel("articles")
    ax.set_title(f"Sources per article ({len(spa)} articles)")
    ax.legend(frameon=False)
    return ax


def plot_source_counts(
    claims: pd.DataFrame,
    by: str | None = None,
    articles: pd.DataFrame | None = None,
    ax=None,
    normalize: bool = False,
    count: str = "claims",
    figsize=None,
):
    """The headline source-count figure.

    Without ``by``: the distribution of distinct sources per article (:func:`plot_sources_per_article`).
    With ``by`` (``"month"``, ``"outlet"``, a ``topic`` column of ``articles`` ...): one stacked bar per group,
    split by source kind; ``count="claims"`` counts claims, ``count="sources"`` distinct sources per article;
    ``normalize=True`` shows shares instead of counts.

    Returns the matplotlib Axes.

    Examples
    --------
    >>> import pandas as pd, matplotlib
    >>> matplotlib.use("Agg")
    >>> c = pd.DataFrame({"article_id": ["a", "a", "b"], "source_id": ["s1", "s2", "s1"],
    ...     "source_name": ["X", "Y", "X"], "source_kind": ["person", "media", "person"],
    ...     "named": [True, False, True]})
    >>> plot_source_counts(c).get_xlabel()
    'distinct sources cited in the article'
    """
    if by is None:
        return plot_sources_per_article(claims, articles, ax=ax, figsize=figsize or (7, 4))
    if count not in ("claims", "sources"):
        raise ValueError("count must be 'claims' or 'sources'")
    c, keys = group_claims(claims, by, articles)
    c = c.assign(_kind=normalize_kinds(c["source_kind"]), _src=source_key(c))
    if count == "sources":
        c = c.dropna(subset=["_src"]).drop_duplicates(["article_id", "_src"])
    table = c.groupby(keys + ["_kind"], observed=True).size().unstack("_kind", fill_value=0)
    table = table.reindex(columns=[k for k in SOURCE_KINDS if k in table.columns])
    if normalize:
        table = table.div(table.sum(axis=1).replace(0, np.nan), axis=0)
    ax = _new_ax(ax, figsize or (max(6, 0.32 * len(table) + 3), 4.2))
    x = np.arange(len(table))
    bottom = np.zeros(len(table))
    for kind in table.columns:
        ax.bar(x, table[kind].values, bottom=bottom, color=kind_color(kind), label=kind, width=0.8)
        bottom += table[kind].fillna(0).values
    _group_ticks(ax, x, table.index)
    ax.set_xlabel(", ".join(keys))
    what = "claims" if count == "claims" else "distinct sources (per article)"
    ax.set_ylabel(f"share of {what}" if normalize else what)
    if normalize:
        ax.yaxis.set_major_formatter(_percent())
    else:
        ax.yaxis.set_major_locator(_integer())
    ax.set_title(f"{what.capitalize()} by source kind, per {', '.join(keys)}")
    ax.legend(title="source kind", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def _group_ticks(ax, x, index) -> None:
    labels = [str(v) if not isinstance(v, tuple) else " / ".join(map(str, v)) for v in index]
    step = max(1, int(np.ceil(len(labels) / 40)))
    ax.set_xticks(x[::step])
    widest = max((len(s) for s in labels), default=0)
    if len(labels) > 10:
        ax.set_xticklabels(labels[::step], rotation=90, fontsize=9)
    elif widest > 8 or len(labels) * widest > 60:
        ax.set_xticklabels(labels[::step], rotation=30, ha="right", rotation_mode="anchor", fontsize=9)
    else:
        ax.set_xticklabels(labels[::step])
    ax.set_xlim(-0.6, len(labels) - 0.4)


def plot_unnamed_share(
    claims: pd.DataFrame,
    by: str | Sequence[str] = "month",
    articles: pd.DataFrame | None = None,
    ax=None,
    min_claims: int = 10,
    figsize=None,
):
    """Share of claims attributed to unnamed sources, per group, with the number of claims over each bar.

    Groups with fewer than ``min_claims`` claims are drawn pale: their share is too noisy to compare.
    The dashed line is the corpus-wide share.
    """
    c, keys = group_claims(claims, by, articles)
    c = c[c["named"].notna()]
    unnamed = c["named"].astype("boolean").eq(False).astype(int)
    g = unnamed.groupby([c[k] for k in keys], observed=True).agg(["mean", "size"])
    ax = _new_ax(ax, figsize or (max(6, 0.32 * len(g) + 3), 4.2))
    x = np.arange(len(g))
    ok = (g["size"] >= min_claims).values
    col = kind_color("person")
    ax.bar(x[ok], g["mean"].values[ok], color=col, width=0.8, label=f"share (>= {min_claims} claims)")
    if (~ok).any():
        ax.bar(
            x[~ok],
            g["mean"].values[~ok],
            color=col,
            alpha=0.3,
            width=0.8,
            label=f"share (< {min_claims} claims, unreliable)",
        )
    overall = float(unnamed.mean()) if len(unnamed) else np.nan
    if overall == overall:
        ax.axhline(overall, color="black", linestyle="--", linewidth=1, label=f"all claims: {overall:.0%}")
    for xi, (m, n) in zip(x, g[["mean", "size"]].itertuples(index=False)):
        box = dict(boxstyle="square,pad=0.05", facecolor="white", edgecolor="none", alpha=0.8)
        _note(ax, f"{n}", (xi, m), (0, 2), ha="center", va="bottom", fontsize=7.5, color="#222222", bbox=box)
    _group_ticks(ax, x, g.index)
    ax.set_ylim(0, 1.12)
    ax.yaxis.set_major_formatter(_percent())
    ax.set_xlabel(", ".join(keys))
    ax.set_ylabel("claims from unnamed sources")
    ax.set_title(f"Claims from unnamed sources, per {', '.join(keys)}")
    from matplotlib.lines import Line2D

    handles, _ = ax.get_legend_handles_labels()
    handles.append(Line2D([], [], linestyle="", label="number over a bar: its claims"))
    ax.legend(handles=handles, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def _integer():
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _percent():
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0, decimals=0)


def plot_source_kinds(claims: pd.DataFrame, ax=None, figsize=(7, 3.8)):
    """Claims per source kind, each bar split into named (solid) and unnamed (hatched) sources."""
    c = claims.assign(_kind=normalize_kinds(claims["source_kind"]))
    named = c["named"].astype("boolean")
    t = pd.DataFrame(
        {
            "named": c[named.fillna(False)].groupby("_kind").size(),
            "unnamed": c[named.eq(False).fillna(False)].groupby("_kind").size(),
            "not known": c[named.isna()].groupby("_kind").size(),
        }
    )
    t = t.reindex([k for k in SOURCE_KINDS]).fillna(0).astype(int)
    t = t[t.sum(axis=1) > 0] if t.values.sum() else t
    ax = _new_ax(ax, figsize)
    y = np.arange(len(t))[::-1]
    colors = [kind_color(k) for k in t.index]
    ax.barh(y, t["named"], color=colors, edgecolor=colors, label="named")
    ax.barh(y, t["unnamed"], left=t["named"], color="white", edgecolor=colors, hatch=UNNAMED_HATCH, label="unnamed")
    if t["not known"].sum():
        ax.barh(
            y,
            t["not known"],
            left=t["named"] + t["unnamed"],
            color="#dddddd",
            edgecolor="#999999",
            label="named not known",
        )
    tot = t.sum(axis=1)
    for yi, v in zip(y, tot):
        _note(ax, str(v), (v, yi), (3, 0), va="center", fontsize=9)
    ax.set_yticks(y)
    ax.set_yticklabels(t.index)
    ax.set_xlim(0, max(1, tot.max()) * 1.12)
    ax.set_xlabel("claims")
    ax.set_ylabel("source kind")
    ax.set_title(f"Claims by source kind ({int(tot.sum())} claims)")
    from matplotlib.patches import Patch

    handles = [
        Patch(facecolor="#777777", edgecolor="#777777", label="named (solid)"),
        Patch(facecolor="white", edgecolor="#777777", hatch=UNNAMED_HATCH, label="unnamed (hatched)"),
    ]
    if t["not known"].sum():
        handles.append(Patch(facecolor="#dddddd", edgecolor="#999999", label="named not known"))
    ax.legend(handles=handles, frameon=False, loc="lower right")
    return ax


def plot_top_sources(
    claims: pd.DataFrame, n: int = 15, named_only: bool = True, merge: bool = True, ax=None, figsize=None
):
    """Horizontal bars: the ``n`` most cited sources (:func:`newskit.frames.ranking.top_sources`: by articles citing
    them, then claims; placeholders left out, aliases merged), coloured by source kind."""
    t = top_sources(claims, n=n, named_only=named_only, merge=merge)
    ax = _new_ax(ax, figsize or (8, 0.32 * max(len(t), 3) + 1.4))
    y = np.arange(len(t))[::-1]
    ax.barh(y, t["articles"], color=[kind_color(k) for k in t["source_kind"]])
    for yi, a, c in zip(y, t["articles"], t["claims"]):
        _note(ax, f"{c} claim{'s' if c != 1 else ''}", (a, yi), (3, 0), va="center", fontsize=8)
    ax.set_yticks(y)
    ax.set_yticklabels([s if len(s) <= 40 else s[:38] + "…" for s in t["source"]], fontsize=9)
    ax.set_xlim(0, max(1, t["articles"].max() if len(t) else 1) * 1.25)
    ax.xaxis.set_major_locator(_integer())
    ax.set_xlabel("articles citing the source")
    ax.set_ylabel("source" + (" (aliases merged)" if merge else ""))
    ax.set_title(f"Most cited {'named ' if named_only else ''}sources\n(ranked by {RANKED_BY})", fontsize=11)
    from matplotlib.patches import Patch

    kinds = [k for k in SOURCE_KINDS if k in set(t["source_kind"])]
    ax.legend(
        handles=[Patch(color=kind_color(k), label=k) for k in kinds],
        title="source kind",
        frameon=False,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    return ax


def plot_relays(claims: pd.DataFrame, n: int = 10, ax=None, figsize=None):
    """Relayed claims: who passes claims on (``via``), split by the kind of the original source."""
    c = claims.dropna(subset=["via"])
    c = c.assign(relay=merge_source_aliases(c["via"]), _kind=normalize_kinds(c["source_kind"]))
    t = c.groupby(["relay", "_kind"]).size().unstack("_kind", fill_value=0)
    t = t.reindex(columns=[k for k in SOURCE_KINDS if k in t.columns])
    t = t.loc[t.sum(axis=1).sort_values(ascending=False, kind="stable").index[:n]] if len(t) else t
    t = t.loc[:, t.sum(axis=0) > 0] if len(t) else t
    ax = _new_ax(ax, figsize or (8, 0.35 * max(len(t), 3) + 1.4))
    y = np.arange(len(t))[::-1]
    left = np.zeros(len(t))
    for kind in t.columns:
        ax.barh(y, t[kind].values, left=left, color=kind_color(kind), label=kind, height=0.7)
        left += t[kind].values
    ax.set_yticks(y)
    ax.set_yticklabels([str(s)[:40] for s in t.index], fontsize=9)
    ax.xaxis.set_major_locator(_integer())
    ax.set_xlim(0, max(1, left.max() if len(left) else 1) * 1.08)
    ax.set_xlabel("relayed claims")
    ax.set_ylabel("relaying source (via)")
    ax.set_title(f"Who relays claims ({len(c)} relayed claims of {len(claims)})")
    if len(t.columns):
        ax.legend(title="original source kind", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_event_dates(timeline: pd.DataFrame, ax=None, figsize=(9, 6), clip_years: float | None = 1.0):
    """Event date against reporting date: one mark per timeline event.

    x is the publication date of the article, y the date of the event it mentions; an event's calendar
    interval (a month, a week) is drawn as a vertical bar of its true length. Points on the diagonal were
    reported the day they happened, below it are reports of the past, above it scheduled or expected events
    (future events are hollow). Colour is the kind of source that made the claim (grey: the article's own
    voice, drawn as crosses). Events whose interval reaches more than ``clip_years`` from the report
    (history, anniversaries, "this century") are left out so the news-time part stays readable; their number
    is given in the title.
    """
    t = timeline.dropna(subset=["date_start", "published"]).copy()
    for col in ("date_start", "date_end", "published"):
        t[col] = pd.to_datetime(t[col], utc=True).dt.tz_convert(None)
    t["date_end"] = t["date_end"].fillna(t["date_start"])
    dropped = 0
    if clip_years is not None and len(t):
        span = pd.Timedelta(days=365.25 * clip_years)
        keep = (t["date_start"] >= t["published"] - span) & (t["date_end"] <= t["published"] + span)
        dropped = int((~keep).sum())
        t = t[keep]
    ax = _new_ax(ax, figsize)
    kinds = normalize_kinds(t["source_kind"]) if len(t) else pd.Series(dtype="object")
    own = t["source_kind"].isna() if len(t) else pd.Series(dtype=bool)
    fut = t["is_future"].astype("boolean").fillna(False) if len(t) else pd.Series(dtype=bool)
    from matplotlib.lines import Line2D

    groups = [("article's own voice", own)] + [(k, (kinds == k) & ~own) for k in SOURCE_KINDS]
    handles = []
    for label, mask in groups:
        if not mask.any():
            continue
        own_voice = label == "article's own voice"
        col = NEUTRAL if own_voice else kind_color(label)
        sub, f = t[mask], fut[mask]
        long = (sub["date_end"] - sub["date_start"]) > pd.Timedelta(days=40)  # months and coarser: lighter
        ax.vlines(
            sub["published"][~long], sub["date_start"][~long], sub["date_end"][~long], color=col, alpha=0.6, linewidth=2
        )
        lg = sub[long].drop_duplicates(["published", "date_start", "date_end"])  # stacked copies would darken it
        ax.vlines(lg["published"], lg["date_start"], lg["date_end"], color=col, alpha=0.18, linewidth=1.5)
        # a mark at the middle of a day or week; a month or a year is only its pale bar (its middle means nothing)
        mid = sub["date_start"] + (sub["date_end"] - sub["date_start"]) / 2
        f, short = f & ~long, ~f & ~long
        if own_voice:
            ax.scatter(sub["published"][short], mid[short], s=16, color=col, marker="x", linewidths=0.9, alpha=0.8)
        else:
            ax.scatter(sub["published"][short], mid[short], s=16, color=col, alpha=0.85, linewidths=0)
        ax.scatter(sub["published"][f], mid[f], s=24, facecolors="none", edgecolors=col, linewidths=1.3)
        handles.append(Line2D([], [], marker="x" if own_voice else "o", linestyle="", color=col, label=label))
    if len(t):
        lo = min(t["published"].min(), t["date_start"].min())
        hi = max(t["published"].max(), t["date_end"].max())
        ax.plot([lo, hi], [lo, hi], color="black", linestyle="--", linewidth=0.8)
        pad = pd.Timedelta(days=10)
        ax.set_xlim(t["published"].min() - pad, t["published"].max() + pad)
        ax.set_ylim(t["date_start"].min() - pad, t["date_end"].max() + pad)
    handles += [
        Line2D(
            [], [], marker="o", linestyle="", markerfacecolor="none", color="#333333", label="future (scheduled) event"
        ),
        Line2D([], [], color="#777777", alpha=0.4, linewidth=1.5, label="month or longer (no mark)"),
        Line2D([], [], color="black", linestyle="--", label="reported the day it happened"),
    ]
    ax.legend(handles=handles, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)
    ax.set_xlabel("reporting date (article published)")
    ax.set_ylabel("event date (interval drawn at its true length)")
    note = (
        f"; {dropped} more than {clip_years:g} year{'s' if clip_years != 1 else ''} from the report not shown"
        if dropped
        else ""
    )
    ax.set_title(f"Event date vs reporting date\n({len(t)} events{note})", fontsize=11)
    import matplotlib.dates as mdates

    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        axis.set_major_formatter(mdates.ConciseDateFormatter(axis.get_major_locator()))
    return ax

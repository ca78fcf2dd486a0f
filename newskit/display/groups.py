"""Chart of a share per group with its bootstrap interval (:func:`newskit.frames.groups.group_shares`)."""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .palette import NEUTRAL, SOURCE_KIND_COLORS

__all__ = ["plot_group_shares", "MIN_ARTICLES"]

#: Groups with fewer articles than this are drawn grey, without an interval, and named in a note.
MIN_ARTICLES = 5

_LABELS = {
    "female_share": "female share of gendered person sources",
    "unnamed_share": "share of claims from unnamed sources",
    "relayed_share": "share of relayed claims",
}


def plot_group_shares(
    table: pd.DataFrame,
    share: str = "female_share",
    by: str | Sequence[str] | None = None,
    min_articles: int = MIN_ARTICLES,
    ax=None,
    figsize=None,
):
    """Horizontal interval chart: one row per group, sorted by ``share``, with its ``_lo``/``_hi`` interval,
    labelled with the number of articles (and of the share's denominator). Groups with fewer than
    ``min_articles`` articles are grey and listed in a note: too few to say anything.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`newskit.frames.groups.group_shares` (or ``source_counts(..., ci=0.95)``).
    share : str
        A share column, e.g. ``female_share``, ``unnamed_share``, ``kind_government_share``.
    by : str or list of str, optional
        The grouping columns (default: the columns before the first share).

    Returns
    -------
    matplotlib.axes.Axes
    """
    if share not in table.columns:
        raise KeyError(f"plot_group_shares: {share!r} is not a column of the table")
    keys = [by] if isinstance(by, str) else list(by) if by else [c for c in table.columns if c in _key_cols(table)]
    t = table.copy()
    t["_label"] = t[keys].astype(str).agg(" / ".join, axis=1) if keys else "all articles"
    t["_few"] = t["n_articles"] < min_articles if "n_articles" in t else False
    t = t.sort_values(share, na_position="first").reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=figsize or (7.5, 0.45 * len(t) + 1.6))
    y = np.arange(len(t))
    color = SOURCE_KIND_COLORS["person"]
    ok = ~t["_few"].to_numpy(bool)
    lo, hi = f"{share}_lo", f"{share}_hi"
    if lo in t and hi in t:
        err = np.vstack([t[share] - t[lo], t[hi] - t[share]]).clip(min=0)
        ax.errorbar(t[share][ok], y[ok], xerr=err[:, ok], fmt="o", color=color, ecolor=color, capsize=3, lw=1.5)
    else:
        ax.plot(t[share][ok], y[ok], "o", color=color)
    ax.plot(t[share][~ok], y[~ok], "o", color="#bbbbbb")
    labels = [_row_label(r, share) for _, r in t.iterrows()]
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel(_LABELS.get(share, share.replace("_", " ")) + (" (95% interval over articles)" if lo in t else ""))
    ax.grid(axis="x", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    few = t.loc[t["_few"], "_label"].tolist()
    if few:
        ax.annotate(
            f"grey: fewer than {min_articles} articles, too few to say anything ({', '.join(few[:6])}"
            + (", ..." if len(few) > 6 else "")
            + ")",
            xy=(0, -0.12),
            xycoords="axes fraction",
            va="top",
            fontsize=8,
            color=NEUTRAL,
        )
    return ax


def _key_cols(table: pd.DataFrame) -> list[str]:
    shares = [i for i, c in enumerate(table.columns) if str(c).endswith("_share")]
    first = shares[0] if shares else 0
    return [c for c in table.columns[:first] if not str(c).startswith(("n_", "sources_"))]


def _row_label(r: pd.Series, share: str) -> str:
    n = f"n={int(r['n_articles'])} art." if "n_articles" in r else ""
    if share == "female_share" and "n_gendered" in r:
        n += f", {int(r['n_gendered'])} gendered"
    elif "n_claims" in r:
        n += f", {int(r['n_claims'])} claims"
    return f"{r['_label']}  ({n})"

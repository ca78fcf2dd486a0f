"""A claim group's spread over time: which outlet reported it first, and who repeated it when.

:func:`claim_spread` gives one row per article carrying a claim group; :func:`plot_claim_spread` draws it as a
timeline with one line per outlet; :func:`add_claim_groups` puts ``claim_group`` on the story timeline of
:func:`newskit.build_timeline` (its events carry ``claim_id``), so a story's events can be followed by claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from . import schema
from .claim_groups import _with_articles, group_claims

__all__ = ["add_claim_groups", "claim_spread", "plot_claim_spread"]


def claim_spread(
    claims: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    groups: str | Iterable[str] | None = None,
    *,
    duplicates: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per (claim group, article): when and where each report of a claim appeared.

    Parameters
    ----------
    claims : claims frame with ``claim_group`` (else :func:`newskit.frames.claim_groups.group_claims` runs)
    articles : articles with ``published`` and ``outlet`` (an article without an outlet is its own outlet)
    groups : claim group id(s) to keep; None keeps the groups carried by two or more articles
    duplicates : a :func:`newskit.find_duplicates` frame (or a ``duplicate_of`` column of ``articles``),
        for ``is_copy``

    Returns
    -------
    pandas.DataFrame
        :data:`newskit.frames.schema.CLAIM_SPREAD`, by group and date: ``outlet, article_id, published``,
        ``n_claims`` (times the article repeats the claim), ``first_in_outlet``, ``first_overall``,
        ``is_copy`` (the article is a copy of an earlier one), ``named`` (the article names the source) and
        ``via`` (the relays it names).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "b", "b"], "claim_id": ["a:c0", "b:c0", "b:c1"],
    ...                   "claim_group": ["a:c0"] * 3, "named": [True, False, False], "via": [None, "AP", None]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "published": ["2024-05-01", "2024-05-03"],
    ...                      "outlet": ["Courier", "Herald"]})
    >>> claim_spread(c, arts)[["outlet", "n_claims", "first_overall", "named", "via"]].values.tolist()
    [['Courier', 1, True, True, <NA>], ['Herald', 2, False, False, 'AP']]
    """
    if "claim_group" not in claims:
        claims = claims.assign(claim_group=group_claims(claims, articles))
    if duplicates is None and articles is not None and "duplicate_of" in articles:
        duplicates = articles[["article_id", "duplicate_of"]]
    df = _with_articles(claims, articles, None)
    if groups is None:
        n_art = df.groupby("claim_group")["article_id"].nunique()
        df = df[df["claim_group"].isin(n_art.index[n_art >= 2])]
    else:
        df = df[df["claim_group"].isin([groups] if isinstance(groups, str) else list(groups))]
    if df.empty:
        return schema.frame([], schema.CLAIM_SPREAD)
    df["outlet"] = df["outlet"].astype("string").fillna(df["article_id"].astype("string"))
    df["_named"] = df["named"].astype("boolean").fillna(False) if "named" in df else False
    via = df["via"] if "via" in df else pd.Series(None, index=df.index)
    df["_via"] = via.astype("string")
    g = df.groupby(["claim_group", "article_id"], sort=False)
    out = g.agg(
        outlet=("outlet", "first"),
        published=("published", "first"),
        n_claims=("claim_group", "size"),
        named=("_named", "any"),
        via=("_via", lambda s: "; ".join(sorted(set(s.dropna()))) or None),
    )
    out = out.reset_index().sort_values(["claim_group", "published", "article_id"], na_position="last", kind="stable")
    out["first_overall"] = ~out.duplicated("claim_group")
    out["first_in_outlet"] = ~out.duplicated(["claim_group", "outlet"])
    copies = (
        set()
        if duplicates is None
        else set(duplicates.loc[duplicates["duplicate_of"].notna(), "article_id"].astype(str))
    )
    out["is_copy"] = out["article_id"].astype(str).isin(copies)
    return schema.frame(out, schema.CLAIM_SPREAD)


def plot_claim_spread(
    spread: pd.DataFrame, group: str | None = None, ax: Any = None, title: str | None = None, max_outlets: int = 25
):
    """Draw one claim group's spread: one line per outlet (first reporter at the top), a dot per report.

    The first report overall is a star; copies of an earlier article are hollow; reports that leave the
    source unnamed are grey. Returns the Axes.
    """
    group = group if group is not None else (spread["claim_group"].iloc[0] if len(spread) else None)
    s = spread[spread["claim_group"] == group].dropna(subset=["published"])
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1.2 + 0.35 * min(max_outlets, max(1, s["outlet"].nunique()))))
    if s.empty:
        ax.set_title(title or "No dated reports of this claim group")
        return ax
    order = s.groupby("outlet")["published"].min().sort_values().index[:max_outlets]
    s = s[s["outlet"].isin(order)]
    y = pd.Series(range(len(order)), index=order)
    for outlet, rows in s.groupby("outlet"):
        ax.plot([rows["published"].min(), rows["published"].max()], [y[outlet]] * 2, color="#cccccc", lw=1, zorder=1)
    colour = s["named"].fillna(False).map({True: "#4C72B0", False: "#999999"})
    for copy, marker_face in ((False, None), (True, "white")):
        part = s[s["is_copy"].fillna(False) == copy]
        ax.scatter(
            part["published"],
            y[part["outlet"]].to_numpy(),
            s=30 + 25 * part["n_claims"].astype(float),
            c=marker_face or colour[part.index],
            edgecolors=colour[part.index],
            linewidths=1.5,
            zorder=2,
            label="copy of an earlier article" if copy else "report",
        )
    first = s[s["first_overall"].fillna(False)]
    ax.scatter(
        first["published"],
        y[first["outlet"]].to_numpy(),
        marker="*",
        s=260,
        c="#DD8452",
        zorder=3,
        label="first report",
    )
    ax.scatter([], [], s=55, c="#999999", label="source left unnamed")
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    ax.set_title(
        title or f"Spread of claim group {group}: {len(s)} articles, {len(order)} outlets (grey: source unnamed)",
        fontsize=10,
    )
    return ax


def add_claim_groups(timeline: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The story timeline with a ``claim_group`` column (null for events that are not claims).

    Examples
    --------
    >>> import pandas as pd
    >>> tl = pd.DataFrame({"event_id": ["e0", "e1"], "claim_id": ["a:c0", None]})
    >>> c = pd.DataFrame({"article_id": ["a"], "claim_id": ["a:c0"], "claim_group": ["x:c3"]})
    >>> add_claim_groups(tl, c)["claim_group"].tolist()
    ['x:c3', <NA>]
    """
    if "claim_group" not in claims:
        claims = claims.assign(claim_group=group_claims(claims))
    key = claims[["claim_id", "claim_group"]].drop_duplicates("claim_id")
    key = key.assign(claim_id=key["claim_id"].astype("string"), claim_group=key["claim_group"].astype("string"))
    out = timeline.drop(columns=["claim_group"], errors="ignore")
    return out.merge(key, on="claim_id", how="left", validate="many_to_one")

"""Who relays whom: a directed network source -> relay -> outlet, weighted by claims.

Each claim adds one to the edge from its source to the relay it came through (``via``, e.g. "Reuters" in
"the minister told Reuters") and from that relay to the outlet that published the article; a claim without a
relay adds one to the edge source -> outlet. Unnamed sources are pooled by kind ("unnamed government"), since
"officials" in one article is not the same person as "officials" in another.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd

__all__ = ["ROLE_ORDER", "plot_relay_graph", "relay_graph"]

#: left-to-right columns of the plot
ROLE_ORDER = ("source", "relay", "outlet")
_COLOURS = {"source": "#4C72B0", "relay": "#DD8452", "outlet": "#55A868"}


def _outlets(claims: pd.DataFrame, articles: pd.DataFrame | None) -> pd.Series:
    """The outlet of each claim's article: ``outlet``, else the URL's host, else "(outlet unknown)"."""
    ids = claims["article_id"].astype(str)
    if "outlet" in claims:
        out = claims["outlet"].astype("string")
    elif articles is not None and "article_id" in articles:
        a = articles.drop_duplicates("article_id").set_index(articles["article_id"].drop_duplicates().astype(str))
        out = a["outlet"].astype("string") if "outlet" in a else pd.Series(pd.NA, index=a.index, dtype="string")
        if "url" in a:
            out = out.fillna(a["url"].astype("string").str.extract(r"//(?:www\.)?([^/]+)", expand=False))
        out = pd.Series(out.reindex(ids).to_numpy(), index=claims.index, dtype="string")
    else:
        out = pd.Series(pd.NA, index=claims.index, dtype="string")
    return out.fillna("(outlet unknown)")


def _source_labels(claims: pd.DataFrame) -> pd.Series:
    named = (
        claims["named"].astype("boolean").fillna(False).astype(bool)
        if "named" in claims
        else pd.Series(False, index=claims.index)
    )
    name = (
        claims["source_name"].astype("string")
        if "source_name" in claims
        else pd.Series(pd.NA, index=claims.index, dtype="string")
    )
    kind = claims["source_kind"].astype("string").fillna("unknown") if "source_kind" in claims else "unknown"
    unnamed = "unnamed " + pd.Series(kind, index=claims.index).astype("string")
    return name.where(named & name.notna(), unnamed)


def relay_graph(claims: pd.DataFrame, articles: pd.DataFrame | None = None) -> nx.DiGraph:
    """The relay network of a claims frame, as a networkx ``DiGraph``.

    Parameters
    ----------
    claims : claims frame (``source_name``, ``named``, ``source_kind``, ``via``); an ``outlet`` column is
        used when present
    articles : articles with ``outlet`` (or ``url``), joined on ``article_id``

    Returns
    -------
    networkx.DiGraph
        Nodes are names with ``role`` (``source``, ``relay`` or ``outlet``; a name in several roles gets
        ``relay`` first, then ``source``), ``roles`` (all of them) and ``n_claims`` (claims through the
        node); edges have ``weight`` (claims).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a", "b"], "source_name": ["Ann Lee", "officials", "Ann Lee"],
    ...                   "named": [True, False, True], "source_kind": ["person", "government", "person"],
    ...                   "via": ["Reuters", None, None], "outlet": ["Courier", "Courier", "Herald"]})
    >>> g = relay_graph(c)
    >>> sorted((u, v, d["weight"]) for u, v, d in g.edges(data=True))[:3]
    [('Ann Lee', 'Herald', 1), ('Ann Lee', 'Reuters', 1), ('Reuters', 'Courier', 1)]
    >>> g.nodes["Reuters"]["role"], g.nodes["unnamed government"]["role"]
    ('relay', 'source')
    """
    g = nx.DiGraph()
    if claims.empty:
        return g
    via = claims["via"].astype("string") if "via" in claims else pd.Series(pd.NA, index=claims.index, dtype="string")
    via = via.where(via.str.strip().str.len() > 0)
    df = pd.DataFrame({"source": _source_labels(claims), "relay": via, "outlet": _outlets(claims, articles)})
    hops = pd.concat(
        [
            df.loc[df["relay"].notna(), ["source", "relay"]]
            .set_axis(["u", "v"], axis=1)
            .assign(ru="source", rv="relay"),
            df.loc[df["relay"].notna(), ["relay", "outlet"]]
            .set_axis(["u", "v"], axis=1)
            .assign(ru="relay", rv="outlet"),
            df.loc[df["relay"].isna(), ["source", "outlet"]]
            .set_axis(["u", "v"], axis=1)
            .assign(ru="source", rv="outlet"),
        ],
        ignore_index=True,
    )
    hops = hops[hops["u"] != hops["v"]]
    for (u, v), w in hops.groupby(["u", "v"], sort=True).size().items():
        g.add_edge(u, v, weight=int(w))
    roles: dict[str, set] = {}
    for col in ("ru", "rv"):
        for name, role in zip(hops["u" if col == "ru" else "v"], hops[col]):
            roles.setdefault(name, set()).add(role)
    through = pd.concat([df["source"], df["relay"].dropna(), df["outlet"]]).value_counts()
    for name, rs in roles.items():
        main = next(r for r in ("relay", "source", "outlet") if r in rs)
        g.nodes[name].update(
            role=main, roles=",".join(r for r in ROLE_ORDER if r in rs), n_claims=int(through.get(name, 0))
        )
    return g


def _layered_positions(g: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Sources left, relays in the middle, outlets right; the most connected at the top of each column."""
    pos = {}
    for x, role in enumerate(ROLE_ORDER):
        nodes = sorted(
            (n for n, d in g.nodes(data=True) if d.get("role") == role),
            key=lambda n: (-g.degree(n, weight="weight"), str(n)),
        )
        for rank, n in enumerate(nodes):
            pos[n] = (float(x), -rank / max(1, len(nodes) - 1) if len(nodes) > 1 else -0.5)
    return pos


def plot_relay_graph(graph: nx.DiGraph, top: int = 30, ax: Any = None, title: str | None = None):
    """Draw the ``top`` most connected nodes of a :func:`relay_graph` in three columns; returns the Axes.

    Node size and edge width grow with the number of claims; labels are placed beside the nodes, outward.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(11, max(4.0, 0.28 * min(top, graph.number_of_nodes()) + 2)))
    keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n, weight="weight"), str(n)))[:top]
    g = graph.subgraph(keep)
    ax.set_axis_off()
    if g.number_of_nodes() == 0:
        ax.set_title(title or "Relay network (no claims)")
        return ax
    pos = _layered_positions(g)
    weights = np.array([d["weight"] for _, _, d in g.edges(data=True)], dtype=float)
    widths = 0.5 + 4 * np.sqrt(weights / weights.max()) if len(weights) else []
    nx.draw_networkx_edges(
        g,
        pos,
        ax=ax,
        width=widths,
        edge_color="#999999",
        alpha=0.6,
        arrows=True,
        arrowsize=10,
        node_size=200,
        connectionstyle="arc3,rad=0.05",
    )
    sizes = [
        40 + 400 * np.sqrt(g.degree(n, weight="weight") / max(1, max(dict(g.degree(weight="weight")).values())))
        for n in g.nodes
    ]
    nx.draw_networkx_nodes(
        g, pos, ax=ax, node_size=sizes, node_color=[_COLOURS.get(g.nodes[n].get("role"), "#888888") for n in g.nodes]
    )
    for n, (x, y) in pos.items():
        right = x < 1  # sources: label on the left; relays and outlets: on the right
        ax.text(
            x - 0.04 if right else x + 0.04,
            y,
            f"{n} ({g.degree(n, weight='weight')})",
            fontsize=8,
            ha="right" if right else "left",
            va="center",
        )
    for x, role in enumerate(ROLE_ORDER):
        ax.text(x, 0.08, role + "s", ha="center", fontsize=10, fontweight="bold", color=_COLOURS[role])
    ax.set_xlim(-0.9, 2.9)
    ax.set_title(
        title
        or f"Who relays whom: the {g.number_of_nodes()} most connected of "
        f"{graph.number_of_nodes()} names (claims in brackets)"
    )
    return ax

"""``claims.newskit.*``: the common one-liners on a claims DataFrame, registered the standard pandas way.

>>> import newskit                                       # registers the accessor
>>> claims.newskit.source_counts(by="month", articles=arts)   # doctest: +SKIP
>>> claims.newskit.named(False).newskit.top_sources()          # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

import pandas as pd

__all__ = ["NewskitAccessor"]


@pd.api.extensions.register_dataframe_accessor("newskit")
class NewskitAccessor:
    """Methods on a claims DataFrame (one row per claim, see :data:`newskit.schema.CLAIMS`).

    Filters return claims frames, so they chain: ``claims.newskit.kind("person").newskit.named(False)``.
    """

    def __init__(self, df: pd.DataFrame):
        if "article_id" not in df.columns:
            # pandas convention: an accessor that does not apply raises AttributeError
            raise AttributeError("the newskit accessor needs a claims DataFrame with an 'article_id' column")
        self._df = df

    # ------------------------------------------------------------------ frames
    def sources(self) -> pd.DataFrame:
        """One row per distinct source per article (:func:`newskit.attribution.extract_sources`)."""
        from .attribution import extract_sources

        return extract_sources(self._df)

    def source_counts(self, by: str | Sequence[str] = "article_id", articles: pd.DataFrame | None = None,
                      dedupe: bool = False, duplicates: pd.DataFrame | None = None) -> pd.DataFrame:
        """Per group: claims, distinct sources, named/unnamed, unnamed share, kinds, relayed claims
        (:func:`newskit.attribution.source_counts`); ``by`` takes claims or articles columns; ``dedupe=True``
        counts each group of copies once."""
        from .attribution import source_counts

        return source_counts(self._df, by=by, articles=articles, dedupe=dedupe, duplicates=duplicates)

    def per_article(self, articles: pd.DataFrame | None = None) -> pd.DataFrame:
        """Distinct, named and unnamed sources per article (articles without claims included when given)."""
        from .display.plots import sources_per_article

        return sources_per_article(self._df, articles)

    def top_sources(self, n: int = 15, named_only: bool = True, merge: bool = True) -> pd.DataFrame:
        """The most cited sources across the corpus, aliases merged (:func:`newskit.display.plots.top_sources`)."""
        from .display.plots import top_sources

        return top_sources(self._df, n=n, named_only=named_only, merge=merge)

    def timeline(self, articles: pd.DataFrame, timexes: pd.DataFrame | None = None) -> pd.DataFrame:
        """A timeline of dated events, claims attached (:func:`newskit.timeline.build_timeline`)."""
        from .timeline import build_timeline

        return build_timeline(articles, claims=self._df, timexes=timexes)

    def relays(self, articles: pd.DataFrame | None = None):
        """Who relays whom: a networkx ``DiGraph`` source -> relay -> outlet weighted by claims
        (:func:`newskit.relay_graph`); ``articles`` supplies the outlets."""
        from .frames.relays import relay_graph

        return relay_graph(self._df, articles)

    def claim_groups(self, articles: pd.DataFrame | None = None, **kwargs) -> pd.DataFrame:
        """The claims reported in two or more articles, and how they travelled (:func:`newskit.claim_groups`)."""
        from .frames.claim_groups import claim_groups

        return claim_groups(self._df, articles, **kwargs)

    # ------------------------------------------------------------------ filters
    def kind(self, *kinds: str | Iterable[str]) -> pd.DataFrame:
        """Claims whose ``source_kind`` is one of ``kinds`` (missing kinds count as ``"unknown"``)."""
        flat: list[str] = []
        for k in kinds:
            flat.extend([k] if isinstance(k, str) else list(k))
        return self._df[self._df["source_kind"].fillna("unknown").isin(flat)]

    def named(self, named: bool = True) -> pd.DataFrame:
        """Claims from named (``True``) or unnamed (``False``) sources."""
        return self._df[self._df["named"].astype("boolean").eq(bool(named)).fillna(False)]

    def relayed(self) -> pd.DataFrame:
        """Claims passed on by another source (``via`` is set)."""
        return self._df[self._df["via"].notna()]

    # ------------------------------------------------------------------ views
    def render(self, article_id: str, analysis: Any, **kwargs):
        """HTML of one article with these claims highlighted (:func:`newskit.render_article`);
        ``analysis`` is an :class:`newskit.Analysis` or the articles DataFrame."""
        from .display.render import render_article

        return render_article(article_id, analysis, claims=self._df, **kwargs)

    def plot(self, by: str | None = None, articles: pd.DataFrame | None = None, **kwargs):
        """:func:`newskit.plot_source_counts` of these claims; returns the Axes."""
        from .display.plots import plot_source_counts

        return plot_source_counts(self._df, by=by, articles=articles, **kwargs)

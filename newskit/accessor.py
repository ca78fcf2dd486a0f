"""``claims.newskit.*``: the common one-liners on a claims DataFrame, registered the standard pandas way.

>>> import newskit                                       # registers the accessor
>>> claims.newskit.source_counts(by="month", articles=arts)   # doctest: +SKIP
>>> claims.newskit.named(False).newskit.top_sources()          # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from .core.vocab import CLAIM_TYPES
from .display.plots import plot_source_counts
from .display.render import render_article
from .frames.ranking import sources_per_article, top_sources
from .frames.sources import extract_sources, source_counts
from .frames.timeline import build_timeline

__all__ = ["NewskitAccessor"]


@pd.api.extensions.register_dataframe_accessor("newskit")
class NewskitAccessor:
    """Methods on a claims DataFrame (one row per claim, see :data:`newskit.frames.schema.CLAIMS`).

    Filters return claims frames, so they chain: ``claims.newskit.kind("person").newskit.named(False)``.
    """

    def __init__(self, df: pd.DataFrame):
        if "article_id" not in df.columns:
            # pandas convention: an accessor that does not apply raises AttributeError
            raise AttributeError("the newskit accessor needs a claims DataFrame with an 'article_id' column")
        self._df = df

    # ------------------------------------------------------------------ frames
    def sources(self) -> pd.DataFrame:
        """One row per distinct source per article (:func:`newskit.frames.sources.extract_sources`)."""
        return extract_sources(self._df)

    def source_counts(
        self,
        by: str | Sequence[str] = "article_id",
        articles: pd.DataFrame | None = None,
        ci: float | None = None,
        **kwargs,
    ) -> pd.DataFrame:
        """Per group: claims, distinct sources, named/unnamed, unnamed share, kinds, gender, relayed claims
        (:func:`newskit.frames.sources.source_counts`); ``by`` takes claims or articles columns; ``ci=0.95`` adds
        shares with bootstrap intervals over articles; ``dedupe=True`` counts each group of copies once
        (``duplicates=`` a :func:`newskit.find_duplicates` frame)."""
        return source_counts(self._df, by=by, articles=articles, ci=ci, **kwargs)

    def shares(
        self, by: str | Sequence[str] | None = None, articles: pd.DataFrame | None = None, ci: float | None = 0.95, **kw
    ) -> pd.DataFrame:
        """Shares per group (unnamed, female, relayed, by kind) with intervals (:func:`newskit.frames.groups.group_shares`)."""
        from .frames.groups import group_shares

        return group_shares(self._df, by=by, articles=articles, ci=ci, **kw)

    def diversity(self, by: str | Sequence[str] | None = None, articles: pd.DataFrame | None = None) -> pd.DataFrame:
        """Diversity summary per group (:func:`newskit.frames.groups.diversity`)."""
        from .frames.groups import diversity

        return diversity(self._df, by=by, articles=articles)

    def plot_shares(self, share: str = "female_share", by: str | Sequence[str] | None = None, articles=None, **kwargs):
        """:func:`newskit.display.groups.plot_group_shares` of :meth:`shares`; returns the Axes."""
        from .display.groups import plot_group_shares

        table = self.shares(by=by, articles=articles)
        return plot_group_shares(table, share=share, by=by, **kwargs)

    def gender(self, *genders: str) -> pd.DataFrame:
        """Claims whose ``source_gender`` is one of ``genders`` (``female``, ``male``, ``mixed``, ``unknown``)."""
        return self._df[self._df["source_gender"].isin(genders).fillna(False)]

    def per_article(self, articles: pd.DataFrame | None = None) -> pd.DataFrame:
        """Distinct, named and unnamed sources per article (articles without claims included when given)."""
        return sources_per_article(self._df, articles)

    def top_sources(self, n: int = 15, named_only: bool = True, merge: bool = True) -> pd.DataFrame:
        """The most cited sources across the corpus, aliases merged (:func:`newskit.frames.ranking.top_sources`)."""
        return top_sources(self._df, n=n, named_only=named_only, merge=merge)

    def timeline(self, articles: pd.DataFrame, timexes: pd.DataFrame) -> pd.DataFrame:
        """A timeline of dated events, these claims attached (:func:`newskit.frames.timeline.build_timeline`)."""
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

    def types(self, *types: str | Iterable[str]) -> pd.DataFrame:
        """Claims whose ``claim_type`` is one of ``types`` (statement, belief, intention, evaluation, question,
        evidence: :class:`newskit.core.vocab.ClaimType`); an unknown type raises ``ValueError``."""
        flat: list[str] = []
        for t in types:
            flat.extend([t] if isinstance(t, str) else list(t))
        unknown = sorted(set(flat) - set(CLAIM_TYPES))
        if unknown:
            raise ValueError(f"unknown claim type(s) {unknown}; choose from {list(CLAIM_TYPES)}")
        return self._df[self._df["claim_type"].isin(flat)]

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
        return render_article(article_id, analysis, claims=self._df, **kwargs)

    def show(self, columns: Sequence[str] | None = None, **kwargs):
        """A styled table of these rows for reading (:func:`newskit.display.show`): dates as YYYY-MM-DD, yes/no,
        percentages, no <NA>, wrapping text, a narrow column set; the frame itself is unchanged."""
        from .display.tables import show

        return show(self._df, columns=columns, **kwargs)

    def plot(self, by: str | None = None, articles: pd.DataFrame | None = None, **kwargs):
        """:func:`newskit.plot_source_counts` of these claims; returns the Axes."""
        return plot_source_counts(self._df, by=by, articles=articles, **kwargs)

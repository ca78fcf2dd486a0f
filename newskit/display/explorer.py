"""An ipywidgets explorer over an analysed corpus.

Pick an article (search by title), filter claims by source kind, named/unnamed and publication date; see
the article with its claims highlighted, a side table of its sources, and a source-count chart of the whole
filtered corpus. Every widget is an attribute, and the rendered views are kept as plain values, so code (and
tests) can drive it without a browser::

    ex = newskit.explore(analysis)
    ex.search.value = "vaccine"
    ex.kinds.value = ("person",)
    ex.named.value = "unnamed"
    ex.article_html.value      # the article HTML now shown
    ex.source_table            # the sources table (DataFrame) now shown
    ex.chart_data              # the numbers behind the chart
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from typing import Any

import pandas as pd

from .palette import SOURCE_KINDS
from .plots import group_claims, plot_source_counts, plot_top_sources, top_sources
from .render import article_sources, render_article

__all__ = ["Explorer", "explore"]

_CHARTS = ("claims per month", "top sources", "sources per article")


def _day(v) -> dt.date | None:
    if v is None or (not isinstance(v, (str, dt.date)) and pd.isna(v)):
        return None
    return pd.Timestamp(v).date()


class Explorer:
    """Widgets over an :class:`newskit.Analysis` (see the module docstring). Display it in Jupyter."""

    def __init__(
        self, analysis: Any, article_id: str | None = None, max_options: int = 1000, chart: str = "claims per month"
    ):
        import ipywidgets as w

        self.analysis = analysis
        arts = analysis.articles
        if "error" in arts.columns:
            arts = arts[arts["error"].isna()]
        self._arts = (
            arts.assign(nk_pub=pd.to_datetime(arts["published"], utc=True))
            .sort_values(["nk_pub", "article_id"], na_position="last")
            .reset_index(drop=True)
        )
        self._claims = analysis.claims
        self.max_options = max_options
        pubs = self._arts["nk_pub"].dropna()
        lo, hi = (_day(pubs.min()), _day(pubs.max())) if len(pubs) else (None, None)

        self.search = w.Text(
            description="Search",
            placeholder="words in the title",
            continuous_update=False,
            layout=w.Layout(width="280px"),
        )
        self.article = w.Dropdown(description="Article", options=[], layout=w.Layout(width="560px"))
        self.kinds = w.SelectMultiple(
            description="Source kind",
            options=list(SOURCE_KINDS),
            value=tuple(SOURCE_KINDS),
            rows=len(SOURCE_KINDS),
            layout=w.Layout(width="260px"),
        )
        self.named = w.ToggleButtons(
            description="Sources",
            options=[("all", "all"), ("named", "named"), ("unnamed", "unnamed")],
            value="all",
            style={"button_width": "75px"},
        )
        self.date_from = w.DatePicker(description="From", value=lo)
        self.date_to = w.DatePicker(description="To", value=hi)
        self.chart_kind = w.Dropdown(description="Chart", options=list(_CHARTS), value=chart)
        self.status = w.HTML()
        self.article_html = w.HTML(layout=w.Layout(width="62%", max_height="640px", overflow="auto"))
        self.sources_html = w.HTML(layout=w.Layout(width="36%", max_height="640px", overflow="auto"))
        self.chart = w.Image(format="png", layout=w.Layout(max_width="900px"))
        self.widget = w.VBox(
            [
                w.HBox([self.search, self.article]),
                w.HBox([self.kinds, w.VBox([self.named, w.HBox([self.date_from, self.date_to]), self.chart_kind])]),
                self.status,
                w.HBox([self.article_html, self.sources_html]),
                self.chart,
            ]
        )
        #: the rendered state, kept as values so it can be read back
        self.articles = self._arts.iloc[:0]
        self.filtered_claims = self._claims.iloc[:0]
        self.source_table = pd.DataFrame()
        self.chart_data = pd.DataFrame()
        self.chart_png = b""

        self._busy = False
        for wid in (self.search, self.date_from, self.date_to):
            wid.observe(self._on_corpus_filter, names="value")
        for wid in (self.kinds, self.named):
            wid.observe(self._on_claim_filter, names="value")
        self.article.observe(self._on_article, names="value")
        self.chart_kind.observe(self._on_claim_filter, names="value")
        self._update_options(prefer=article_id)
        self.refresh()

    # ------------------------------------------------------------------ filtering
    def _articles_in_view(self) -> pd.DataFrame:
        a = self._arts
        lo, hi = self.date_from.value, self.date_to.value
        day = a["nk_pub"].dt.tz_convert(None).dt.normalize()
        if lo is not None:
            a = a[day.loc[a.index] >= pd.Timestamp(lo)]
        if hi is not None:
            a = a[day.loc[a.index] <= pd.Timestamp(hi)]
        q = (self.search.value or "").strip().casefold()
        if q:
            title = a["title"].astype("object").fillna("").map(lambda s: str(s).casefold())
            a = a[title.map(lambda t: all(word in t for word in q.split()))]
        return a

    def _claims_in_view(self) -> pd.DataFrame:
        c = self._claims
        c = c[c["article_id"].isin(set(self.articles["article_id"]))]
        c = c[c["source_kind"].astype("object").fillna("unknown").isin(set(self.kinds.value))]
        if self.named.value != "all":
            c = c[c["named"].astype("boolean").eq(self.named.value == "named").fillna(False)]
        return c

    @staticmethod
    def _label(r) -> str:
        day = "" if pd.isna(r.nk_pub) else r.nk_pub.strftime("%Y-%m-%d") + " · "
        title = r.title if isinstance(r.title, str) and r.title else r.article_id
        s = f"{day}{title}"
        return s if len(s) <= 100 else s[:98] + "…"

    def _update_options(self, prefer: str | None = None) -> None:
        self.articles = self._articles_in_view()
        opts = [(self._label(r), r.article_id) for r in self.articles.head(self.max_options).itertuples()]
        keep = prefer if prefer is not None else self.article.value
        self._busy = True
        try:
            self.article.options = opts
            ids = [v for _, v in opts]
            self.article.value = keep if keep in ids else (ids[0] if ids else None)
        finally:
            self._busy = False

    # ------------------------------------------------------------------ events
    def _on_corpus_filter(self, _change) -> None:
        self._update_options()
        self.refresh()

    def _on_claim_filter(self, _change) -> None:
        self.refresh()

    def _on_article(self, _change) -> None:
        if not self._busy:
            self.refresh()

    # ------------------------------------------------------------------ rendering
    def refresh(self) -> None:
        """Recompute every view from the current widget values (called on every change)."""
        self.filtered_claims = self._claims_in_view()
        aid = self.article.value
        n_art = len(self.articles)
        more = f" (first {self.max_options} listed)" if n_art > self.max_options else ""
        self.status.value = (
            f"<span style='color:#555'>{n_art} article(s) match{more}; "
            f"{len(self.filtered_claims)} claim(s) pass the filters.</span>"
        )
        if aid is None:
            self.article_html.value = "<p class='nk-empty'>No article matches the search and dates.</p>"
            self.source_table = article_sources("", self.filtered_claims.iloc[:0])
        else:
            self.article_html.value = render_article(
                aid, self.analysis, claims=self.filtered_claims, show_sources=False
            ).data
            self.source_table = article_sources(aid, self.filtered_claims)
        self.sources_html.value = self._table_html(self.source_table)
        self._draw_chart()

    @staticmethod
    def _table_html(t: pd.DataFrame) -> str:
        if not len(t):
            return "<p class='nk-nosources' style='color:#555'>No sources pass the filters in this article.</p>"
        show = t.drop(columns=["source_id", "mentions"]).rename(
            columns={
                "label": "",
                "source_name": "source",
                "source_kind": "kind",
                "source_count": "count",
                "n_claims": "claims",
            }
        )
        show = show.astype("object").where(show.notna(), "")
        return (
            "<div style='font-size:85%'><b>Sources in this article</b>"
            + show.to_html(index=False, escape=True, classes="nk-sources-table", border=0)
            + "</div>"
        )

    def _draw_chart(self) -> None:
        from matplotlib.figure import Figure

        c = self.filtered_claims
        fig = Figure(figsize=(9, 3.6), layout="constrained")
        ax = fig.add_subplot()
        kind = self.chart_kind.value
        if not len(c):
            self.chart_data = pd.DataFrame()
            ax.text(0.5, 0.5, "no claims pass the filters", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
        elif kind == "top sources":
            named_only = self.named.value != "unnamed"  # with only unnamed sources, rank those
            self.chart_data = top_sources(c, n=12, named_only=named_only)
            plot_top_sources(c, n=12, named_only=named_only, ax=ax)
        elif kind == "sources per article":
            from .plots import sources_per_article

            self.chart_data = sources_per_article(c, self.articles)
            plot_source_counts(c, articles=self.articles, ax=ax)
        else:
            g, keys = group_claims(c, "month", self._arts)
            self.chart_data = (
                g.groupby(["month", g["source_kind"].astype("object").fillna("unknown")], observed=True)
                .size()
                .unstack(fill_value=0)
            )
            plot_source_counts(c, by="month", articles=self._arts, ax=ax)
        if len(c):
            ax.set_title(ax.get_title() + f" — {len(c)} filtered claims", fontsize=10)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=80)
        self.chart_png = buf.getvalue()
        self.chart.value = self.chart_png

    # ------------------------------------------------------------------ display
    def snapshot(self):
        """The current view as static HTML (survives export to HTML or PDF, where widgets do not run)."""
        from IPython.display import HTML

        img = base64.b64encode(self.chart_png).decode("ascii")
        return HTML(
            f"<div class='nk-snapshot'>{self.status.value}<div style='display:flex;gap:16px'>"
            f"<div style='flex:3'>{self.article_html.value}</div>"
            f"<div style='flex:2'>{self.sources_html.value}</div></div>"
            f"<img alt='{html.escape(self.chart_kind.value)}' src='data:image/png;base64,{img}'/></div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def __repr__(self) -> str:
        return (
            f"<newskit Explorer: {len(self.articles)} articles in view, article={self.article.value!r}, "
            f"{len(self.filtered_claims)} claims pass the filters>"
        )


def explore(analysis: Any, article_id: str | None = None, **kwargs) -> Explorer:
    """Open the explorer over an analysed corpus (:class:`newskit.Analysis`); returns the :class:`Explorer`.

    Examples
    --------
    >>> ex = newskit.explore(analysis)          # doctest: +SKIP
    >>> ex.search.value = "election"            # doctest: +SKIP
    """
    return Explorer(analysis, article_id=article_id, **kwargs)

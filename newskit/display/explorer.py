"""An ipywidgets explorer over an analysed corpus.

Pick an article (the title search filters as you type), filter claims by source kind (one checkbox per kind,
with "all" and "none"), named/unnamed and publication date; see the article with its claims highlighted, a
panel of its sources (the same coloured S-badges and yes/no as :func:`render_article`), and a chart of the
whole filtered corpus, drawn as SVG so it stays sharp at any zoom. Every widget is an attribute, and the
rendered views are kept as plain values, so code (and tests) can drive it without a browser::

    ex = newskit.explore(analysis)
    ex.search.value = "vaccine"
    ex.kinds.value = ("person",)
    ex.named.value = "unnamed"
    ex.article_html.value      # the article HTML now shown
    ex.source_table            # the sources table (DataFrame) now shown
    ex.chart_data              # the numbers behind the chart
    ex.chart_svg               # the chart itself (SVG bytes)

Set from code, a value applies at once; typed into the search box in a browser, the search waits until the
typing pauses for ``debounce`` seconds, so the kernel redraws once per word rather than once per key.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import html
import io
from typing import Any

import pandas as pd
import traitlets

from .palette import SOURCE_KINDS, kind_color, kind_tint
from .plots import group_claims, plot_source_counts, plot_top_sources, sources_per_article, top_sources
from .render import _badge, article_sources, render_article

__all__ = ["Explorer", "KindFilter", "explore"]

_CHARTS = ("claims per month", "top sources", "sources per article")

#: chart size in inches; the SVG is shown at this size (96 CSS px an inch), never stretched
CHART_SIZE = (9.0, 3.6)

#: seconds the search box waits after the last key before filtering (typing in a browser only)
DEBOUNCE = 0.35


def _day(v) -> dt.date | None:
    if v is None or (not isinstance(v, (str, dt.date)) and pd.isna(v)):
        return None
    return pd.Timestamp(v).date()


def _esc(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    return html.escape(str(v), quote=True)


class KindFilter(traitlets.HasTraits):
    """Source-kind filter: one checkbox per kind (coloured as in every view) and "all" / "none" buttons.

    ``value`` is the tuple of ticked kinds, in :data:`SOURCE_KINDS` order; setting it ticks the boxes, and
    ticking a box changes it, firing one change either way. ``widget`` is the box to display.
    """

    value = traitlets.Tuple()

    def __init__(self, kinds: tuple[str, ...] = SOURCE_KINDS):
        import ipywidgets as w  # a dependency, imported on use so `import newskit` stays light

        super().__init__()
        self.kinds = tuple(kinds)
        self.boxes = {
            k: w.Checkbox(value=True, description=k, indent=False, layout=w.Layout(width="auto", margin="0 8px 0 0"))
            for k in self.kinds
        }
        swatch = (
            "<span title='{k}' style='display:inline-block;width:12px;height:12px;margin:6px 4px 0 0;"
            "background:{tint};border:2px solid {color};border-radius:2px'></span>"
        )
        items = [
            w.HBox([w.HTML(swatch.format(k=k, tint=kind_tint(k, 0.55), color=kind_color(k))), self.boxes[k]])
            for k in self.kinds
        ]
        self.all_button = w.Button(description="all", tooltip="tick every kind", layout=w.Layout(width="auto"))
        self.none_button = w.Button(description="none", tooltip="untick every kind", layout=w.Layout(width="auto"))
        self.all_button.on_click(lambda _b: setattr(self, "value", self.kinds))
        self.none_button.on_click(lambda _b: setattr(self, "value", ()))
        label = w.HTML("<b style='margin-right:6px'>Source kinds</b>")
        self.widget = w.HBox(
            [label, *items, self.all_button, self.none_button],
            layout=w.Layout(flex_flow="row wrap", align_items="center"),
        )
        self._syncing = False
        self.value = self.kinds
        for box in self.boxes.values():
            box.observe(self._on_box, names="value")

    @traitlets.validate("value")
    def _valid(self, proposal):
        unknown = set(proposal["value"]) - set(self.kinds)
        if unknown:
            raise traitlets.TraitError(f"unknown source kind(s) {sorted(unknown)}; choose from {self.kinds}")
        return tuple(k for k in self.kinds if k in set(proposal["value"]))

    @traitlets.observe("value")
    def _to_boxes(self, change) -> None:
        self._syncing = True
        try:
            for k, box in self.boxes.items():
                box.value = k in change["new"]
        finally:
            self._syncing = False

    def _on_box(self, _change) -> None:
        if not self._syncing:
            self.value = tuple(k for k, box in self.boxes.items() if box.value)


class Explorer:
    """Widgets over an :class:`newskit.Analysis` (see the module docstring). Display it in Jupyter."""

    def __init__(
        self,
        analysis: Any,
        article_id: str | None = None,
        max_options: int = 1000,
        chart: str = "claims per month",
        debounce: float = DEBOUNCE,
    ):
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
        self.debounce = debounce
        pubs = self._arts["nk_pub"].dropna()
        lo, hi = (_day(pubs.min()), _day(pubs.max())) if len(pubs) else (None, None)

        self._build(lo, hi, chart)
        #: the rendered state, kept as values so it can be read back
        self.articles = self._arts.iloc[:0]
        self.filtered_claims = self._claims.iloc[:0]
        self.source_table = pd.DataFrame()
        self.chart_data = pd.DataFrame()
        self.chart_svg = b""

        self._busy = False
        self._pending: asyncio.TimerHandle | None = None
        self.search.observe(self._on_search, names="value")
        for wid in (self.date_from, self.date_to):
            wid.observe(self._on_corpus_filter, names="value")
        for wid in (self.kinds, self.named, self.chart_kind):
            wid.observe(self._on_claim_filter, names="value")
        self.article.observe(self._on_article, names="value")
        self._update_options(prefer=article_id)
        self.refresh()

    def _build(self, lo: dt.date | None, hi: dt.date | None, chart: str) -> None:
        """Create the widgets and lay them out in ``self.widget``."""
        import ipywidgets as w  # a dependency, imported on use so `import newskit` stays light

        self.search = w.Text(
            description="Search",
            placeholder="words of the title: filters as you type",
            continuous_update=True,
            layout=w.Layout(width="340px"),
        )
        self.article = w.Dropdown(description="Article", options=[], layout=w.Layout(width="640px"))
        self.kinds = KindFilter()
        self.named = w.ToggleButtons(
            description="Sources",
            options=[("all", "all"), ("named", "named"), ("unnamed", "unnamed")],
            value="all",
            tooltips=["every source", "sources named in the text", "anonymous / unnamed sources"],
            style={"button_width": "auto"},
            layout=w.Layout(display="flex", width="auto", flex="0 0 auto", align_items="center"),
        )
        self.date_from = w.DatePicker(description="From", value=lo)
        self.date_to = w.DatePicker(description="To", value=hi)
        self.chart_kind = w.Dropdown(description="Chart", options=list(_CHARTS), value=chart)
        self.status = w.HTML()
        self.article_html = w.HTML(layout=w.Layout(flex="3 1 0", min_width="0", max_height="640px", overflow="auto"))
        self.sources_html = w.HTML(
            layout=w.Layout(flex="2 1 0", min_width="300px", max_height="640px", overflow="auto")
        )
        self.chart = w.Image(
            format="svg+xml",
            layout=w.Layout(width=f"{CHART_SIZE[0] * 96:.0f}px", max_width="100%", align_self="flex-start"),
        )
        self.widget = w.VBox(
            [
                w.HBox([self.search, self.article], layout=w.Layout(flex_flow="row wrap")),
                self.kinds.widget,
                w.HBox(
                    [self.named, self.date_from, self.date_to, self.chart_kind], layout=w.Layout(flex_flow="row wrap")
                ),
                self.status,
                w.HBox([self.article_html, self.sources_html], layout=w.Layout(width="100%", grid_gap="16px")),
                self.chart,
            ]
        )

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
    def _on_search(self, _change) -> None:
        """Typed in the browser (the value comes from the front end): wait for a pause; else apply now."""
        typed = "value" in getattr(self.search, "_property_lock", {})
        try:
            loop = asyncio.get_running_loop() if typed and self.debounce > 0 else None
        except RuntimeError:  # no event loop (plain Python): nothing to wait with
            loop = None
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        if loop is None:
            self._on_corpus_filter(None)
        else:
            self._pending = loop.call_later(self.debounce, self._apply_search)

    def _apply_search(self) -> None:
        self._pending = None
        try:
            self._on_corpus_filter(None)
        except Exception as err:  # a timer callback has nowhere to raise to: show it
            self.status.value = f"<span style='color:#a00'>search failed: {_esc(repr(err))}</span>"

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
        self.sources_html.value = sources_panel(self.source_table)
        self._draw_chart()

    def _month_range(self) -> tuple[pd.Period, pd.Period] | None:
        """The months the monthly chart spans: the date pickers' range, else the articles in view."""
        pubs = self.articles["nk_pub"].dropna().dt.tz_convert(None)
        lo = pd.Timestamp(self.date_from.value) if self.date_from.value else (pubs.min() if len(pubs) else None)
        hi = pd.Timestamp(self.date_to.value) if self.date_to.value else (pubs.max() if len(pubs) else None)
        if lo is None or hi is None or lo > hi:
            return None
        return lo.to_period("M"), hi.to_period("M")

    def monthly_counts(self) -> pd.DataFrame:
        """Filtered claims per publication month (rows, every month of the range, empty ones as 0) and kind."""
        c = self.filtered_claims
        span = self._month_range()
        if not len(c) or span is None:
            return pd.DataFrame()
        g, _ = group_claims(c, "month", self._arts)
        kind = g["source_kind"].astype("object").fillna("unknown")
        table = g.groupby(["month", kind], observed=True).size().unstack(fill_value=0)
        table = table.reindex(columns=[k for k in SOURCE_KINDS if k in table.columns])
        months = pd.period_range(span[0], span[1], freq="M", name="month")
        return table.reindex(months, fill_value=0)

    def _draw_chart(self) -> None:
        from matplotlib.figure import Figure

        c = self.filtered_claims
        fig = Figure(figsize=CHART_SIZE, layout="constrained")
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
            self.chart_data = sources_per_article(c, self.articles)
            plot_source_counts(c, articles=self.articles, ax=ax)
        else:
            self.chart_data = self.monthly_counts()
            plot_monthly(self.chart_data, ax)
        if len(c):
            ax.set_title(ax.get_title() + f" — {len(c)} filtered claims", fontsize=10)
        buf = io.BytesIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
        self.chart_svg = buf.getvalue()
        self.chart.value = self.chart_svg

    # ------------------------------------------------------------------ display
    def snapshot(self):
        """The current view as static HTML (survives export to HTML or PDF, where widgets do not run)."""
        from IPython.display import HTML

        img = base64.b64encode(self.chart_svg).decode("ascii")
        return HTML(
            f"<div class='nk-snapshot'>{self.status.value}<div style='display:flex;gap:16px'>"
            f"<div style='flex:3;min-width:0'>{self.article_html.value}</div>"
            f"<div style='flex:2;min-width:300px'>{self.sources_html.value}</div></div>"
            f"<img alt='{_esc(self.chart_kind.value)} chart of the filtered claims' "
            f"src='data:image/svg+xml;base64,{img}'/></div>"
        )

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def __repr__(self) -> str:
        return (
            f"<newskit Explorer: {len(self.articles)} articles in view, article={self.article.value!r}, "
            f"{len(self.filtered_claims)} claims pass the filters>"
        )


def plot_monthly(table: pd.DataFrame, ax) -> None:
    """Stacked bars of claims per month and source kind on a real date axis (an empty month is a gap)."""
    import matplotlib.dates as mdates

    start = table.index.to_timestamp(how="start")
    days = table.index.days_in_month.to_numpy()
    centre = start + pd.to_timedelta(days / 2, unit="D")
    bottom = pd.Series(0, index=table.index)
    for k in table.columns:
        ax.bar(centre, table[k], width=days * 0.85, bottom=bottom, color=kind_color(k), label=k)
        bottom = bottom + table[k]
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlim(start[0], start[-1] + pd.Timedelta(days=int(days[-1])))
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("claims")
    ax.set_xlabel("publication month")
    ax.set_title("Claims by source kind, per month")
    ax.legend(title="source kind", frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))


def sources_panel(t: pd.DataFrame) -> str:
    """HTML of an article's sources (from :func:`article_sources`) sized for a side panel.

    Four columns that fit a narrow panel: the source's coloured S-badge (as in :func:`render_article`), the
    name with its kind, count, relay and descriptor on a second line, named yes/no, and its claims.
    """
    if not len(t):
        return "<p class='nk-nosources' style='color:#555'>No sources pass the filters in this article.</p>"
    cell = "padding:3px 6px;vertical-align:top;border-top:1px solid #ddd"
    head = (
        "<tr><th style='padding:3px 6px;text-align:left'></th><th style='padding:3px 6px;text-align:left'>source"
        "</th><th style='padding:3px 6px;text-align:left'>named</th>"
        "<th style='padding:3px 6px;text-align:right'>claims</th></tr>"
    )
    rows = []
    for r in t.itertuples(index=False):
        kind = "unknown" if pd.isna(r.source_kind) else str(r.source_kind)
        named = "" if pd.isna(r.named) else ("yes" if bool(r.named) else "no")
        detail = [kind]
        if not pd.isna(r.source_count):
            detail.append(f"count {int(r.source_count)}")
        if not pd.isna(r.via) and r.via:
            detail.append(f"via {r.via}")
        if not pd.isna(r.descriptor) and r.descriptor:
            detail.append(str(r.descriptor))
        rows.append(
            f"<tr><td style='{cell};white-space:nowrap'>{_badge(r.label, kind, kind)}</td>"
            f"<td style='{cell};overflow-wrap:anywhere'><span class='nk-source-name' style='font-weight:600'>"
            f"{_esc(r.source_name)}</span><br><span style='color:#555;font-size:90%'>"
            f"{_esc(' · '.join(detail))}</span></td>"
            f"<td style='{cell}'>{named}</td><td style='{cell};text-align:right'>{int(r.n_claims)}</td></tr>"
        )
    return (
        "<div class='nk-sources-panel' style='font-size:90%;line-height:1.35;white-space:normal'><b>Sources in this article</b>"
        "<table class='nk-sources-table' style='width:100%;border-collapse:collapse;table-layout:auto;"
        f"margin-top:4px'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def explore(analysis: Any, article_id: str | None = None, **kwargs) -> Explorer:
    """Open the explorer over an analysed corpus (:class:`newskit.Analysis`); returns the :class:`Explorer`.

    Examples
    --------
    >>> ex = newskit.explore(analysis)          # doctest: +SKIP
    >>> ex.search.value = "election"            # doctest: +SKIP
    """
    return Explorer(analysis, article_id=article_id, **kwargs)

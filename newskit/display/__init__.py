"""Views of an analysis: escaped HTML rendering, matplotlib plots and the interactive timeline, tables with
analyst-friendly display defaults (:func:`show`), figures with alt text (:func:`show_figure`), the ipywidgets
explorer, shared colours."""

from __future__ import annotations

from ..runtime.cache import load_or_analyze
from .explorer import Explorer, explore
from .figures import FigureView, alt_text, figure_html, show_figure
from .groups import plot_group_shares
from .palette import SOURCE_KIND_COLORS, SOURCE_KINDS, kind_color
from .plots import (
    merge_source_aliases,
    plot_event_dates,
    plot_relays,
    plot_source_counts,
    plot_source_kinds,
    plot_sources_per_article,
    plot_top_sources,
    plot_unnamed_share,
    sources_per_article,
    top_sources,
)
from .render import ArticleHTML, article_sources, render_article
from .tables import show
from .timeline_chart import timeline_chart
from .timeline_plot import plot_timeline

__all__ = [
    "SOURCE_KIND_COLORS",
    "SOURCE_KINDS",
    "alt_text",
    "article_sources",
    "ArticleHTML",
    "explore",
    "Explorer",
    "figure_html",
    "FigureView",
    "kind_color",
    "load_or_analyze",
    "merge_source_aliases",
    "plot_event_dates",
    "plot_group_shares",
    "plot_relays",
    "plot_source_counts",
    "plot_source_kinds",
    "plot_sources_per_article",
    "plot_timeline",
    "plot_top_sources",
    "plot_unnamed_share",
    "render_article",
    "show",
    "show_figure",
    "sources_per_article",
    "timeline_chart",
    "top_sources",
]

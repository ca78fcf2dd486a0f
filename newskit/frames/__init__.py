"""Frames: pure pandas over the rows the core produces. Nothing here parses text.

- :mod:`.schema` the declared columns and dtypes of every frame;
- :mod:`.sources` the sources frame and source counts;
- :mod:`.ranking` distinct sources per article, placeholders, aliases across articles, the most cited;
- :mod:`.timeline` events and stories across articles, and whether an event is in the future.
"""

from __future__ import annotations

from .ranking import distinct_sources, is_placeholder, merge_source_aliases, sources_per_article, top_sources
from .sources import extract_sources, source_counts
from .timeline import build_timeline, future_mask, story_table

__all__ = [
    "build_timeline",
    "distinct_sources",
    "extract_sources",
    "future_mask",
    "is_placeholder",
    "merge_source_aliases",
    "source_counts",
    "sources_per_article",
    "story_table",
    "top_sources",
]

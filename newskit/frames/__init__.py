"""Frames: pure pandas over the rows the core produces. Nothing here parses text.

- :mod:`.schema` the declared columns and dtypes of every frame;
- :mod:`.sources` the sources frame and source counts;
- :mod:`.timeline` events and stories across articles.
"""

from __future__ import annotations

from .sources import extract_sources, source_counts
from .timeline import build_timeline

__all__ = ["build_timeline", "extract_sources", "source_counts"]

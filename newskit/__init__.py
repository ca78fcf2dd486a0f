"""newskit: claims, sources and timelines from news articles, as pandas DataFrames.

>>> import newskit
>>> arts = newskit.datasets.seed()
>>> claims = newskit.extract_claims(arts)
"""

from __future__ import annotations

from . import accessor as _accessor  # noqa: F401  registers the claims.newskit pandas accessor
from . import datasets
from ._version import __version__
from .display import explore, plot_source_counts, plot_timeline, render_article
from .errors import InputError, ModelNotFoundError, NewskitError, OptionalDependencyError
from .frames.sources import extract_sources, source_counts
from .frames.timeline import build_timeline
from .ingest import read_articles
from .runtime.analysis import Analysis, analyze, read_analysis
from .runtime.extract import extract_claims, extract_timexes
from .runtime.fingerprint import EXTRACTION_VERSION
from .runtime.pipeline import load_pipeline
from .runtime.store import Store

#: How claims travel (newskit.frames): loaded on first use, so that ``import newskit`` does not import
#: datasketch, scikit-learn and networkx
_LAZY = {
    "find_duplicates": "duplicates",
    "group_claims": "claim_groups",
    "claim_groups": "claim_groups",
    "relay_graph": "relays",
    "plot_relay_graph": "relays",
    "claim_spread": "spread",
    "plot_claim_spread": "spread",
    "add_claim_groups": "spread",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".frames.{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'newskit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "__version__",
    "EXTRACTION_VERSION",
    "datasets",
    "analyze",
    "Analysis",
    "read_analysis",
    "Store",
    "render_article",
    "plot_source_counts",
    "explore",
    "build_timeline",
    "plot_timeline",
    "extract_claims",
    "extract_timexes",
    "extract_sources",
    "source_counts",
    "find_duplicates",
    "group_claims",
    "claim_groups",
    "relay_graph",
    "plot_relay_graph",
    "claim_spread",
    "plot_claim_spread",
    "add_claim_groups",
    "load_pipeline",
    "read_articles",
    "NewskitError",
    "InputError",
    "ModelNotFoundError",
    "OptionalDependencyError",
]

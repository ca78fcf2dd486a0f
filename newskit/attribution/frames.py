"""DataFrames over claims: one row per distinct source, and per-group source counts."""
from __future__ import annotations
import pandas as pd


def extract_sources(claims):
    raise NotImplementedError


def source_counts(claims, by="article_id", articles=None):
    raise NotImplementedError

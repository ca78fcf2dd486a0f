"""Ingest: read articles from files, folders, globs, DataFrames or dicts into one stable schema."""

from .read import read_articles

__all__ = ["read_articles"]

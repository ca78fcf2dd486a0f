"""Declared columns and dtypes of every DataFrame newskit returns.

Every producer builds its frame with :func:`frame`, so empty results have the same columns and dtypes as
full ones and downstream code (DuckDB, Parquet, notebooks) can rely on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

__all__ = [
    "ARTICLES",
    "CLAIMS",
    "SOURCES",
    "TIMEXES",
    "TIMELINE",
    "ERRORS",
    "DUPLICATES",
    "CLAIM_GROUPS",
    "CLAIM_SPREAD",
    "frame",
]

_UTC = "datetime64[ns, UTC]"

ARTICLES: dict[str, str] = {
    "article_id": "string",
    "title": "string",
    "author": "string",
    "outlet": "string",
    "url": "string",
    "published": _UTC,
    "published_from": "string",
    "language": "string",
    "text": "string",
    "n_chars": "Int64",
    "error": "string",
    "warnings": "string",
}

#: What a claim says of its source, and a source row of itself (the same columns, in this order, in both).
_SOURCE_FIELDS: dict[str, str] = {
    "source_name": "string",
    "source_kind": "string",
    "named": "boolean",
    "source_count": "Int64",
    "source_gender": "string",
    "gender_evidence": "string",
    "descriptor": "string",
}

#: The calendar interval of a time expression (:func:`newskit.core.timex.interval`), in timexes and the timeline.
_INTERVAL_FIELDS: dict[str, str] = {
    "date_start": _UTC,
    "date_end": _UTC,
    "granularity": "string",
}

CLAIMS: dict[str, str] = {
    "article_id": "string",
    "claim_id": "string",
    "content": "string",
    "content_start": "Int64",
    "content_end": "Int64",
    "quote_type": "string",
    "claim_type": "string",
    "cue": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "source_id": "string",
    "source_mention": "string",
    "source_start": "Int64",
    "source_end": "Int64",
    **_SOURCE_FIELDS,
    "via": "string",
    "sentence_index": "Int64",
    "paragraph_index": "Int64",
}

SOURCES: dict[str, str] = {
    "article_id": "string",
    "source_id": "string",
    **_SOURCE_FIELDS,
    "n_claims": "Int64",
    "mentions": "object",
}

TIMEXES: dict[str, str] = {
    "article_id": "string",
    "timex_id": "string",
    "text": "string",
    "start": "Int64",
    "end": "Int64",
    "type": "string",
    "value": "string",
    **_INTERVAL_FIELDS,
    "anchor": "string",
    "sentence_index": "Int64",
    "in_title": "boolean",  # True: an expression of the title (headline), its offsets into ``title``
}

TIMELINE: dict[str, str] = {
    "article_id": "string",
    "event_id": "string",
    "text": "string",
    **_INTERVAL_FIELDS,
    "value": "string",
    "published": _UTC,
    "is_future": "boolean",
    "claim_id": "string",
    "source_name": "string",
    "source_kind": "string",
    "named": "boolean",
    "story_id": "string",
    "story_n_articles": "Int64",
    "story_n_sources": "Int64",
}

ERRORS: dict[str, str] = {"article_id": "string", "stage": "string", "error_type": "string", "message": "string"}


# How claims travel (newskit.frames.duplicates, claim_groups, spread)
DUPLICATES: dict[str, str] = {
    "article_id": "string",
    "copy_group": "string",
    "duplicate_of": "string",
    "similarity": "float64",
    "n_copies": "Int64",
    "wire": "string",
    "group_wire": "string",
}

CLAIM_GROUPS: dict[str, str] = {
    "claim_group": "string",
    "content": "string",
    "source_name": "string",
    "n_claims": "Int64",
    "n_articles": "Int64",
    "n_outlets": "Int64",
    "n_copy_groups": "Int64",
    "first_article_id": "string",
    "first_outlet": "string",
    "first_published": _UTC,
    "last_published": _UTC,
    "first_named": "boolean",
    "name_added": "boolean",
    "name_dropped": "boolean",
    "relays": "string",
    "cues": "string",
}

CLAIM_SPREAD: dict[str, str] = {
    "claim_group": "string",
    "outlet": "string",
    "article_id": "string",
    "published": _UTC,
    "n_claims": "Int64",
    "first_in_outlet": "boolean",
    "first_overall": "boolean",
    "is_copy": "boolean",
    "named": "boolean",
    "via": "string",
}


def frame(rows: Iterable[Mapping] | pd.DataFrame, schema: Mapping[str, str], extra: bool = True) -> pd.DataFrame:
    """Build a DataFrame with the declared columns (in order) and dtypes.

    Missing columns are added as nulls; extra columns are kept after the declared ones when ``extra``.

    Examples
    --------
    >>> frame([], CLAIMS).columns[:3].tolist()
    ['article_id', 'claim_id', 'content']
    """
    df = rows.copy() if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    for col, dtype in schema.items():
        if col not in df.columns:
            df[col] = pd.Series([None] * len(df), dtype="object")
        df[col] = _cast(df[col], dtype)
    cols = list(schema) + ([c for c in df.columns if c not in schema] if extra else [])
    return df[cols].reset_index(drop=True)


def _cast(s: pd.Series, dtype: str) -> pd.Series:
    if dtype != "object" and str(s.dtype) == dtype:  # already declared (a store read, a batch frame): unchanged
        return s
    if dtype == _UTC:
        return pd.to_datetime(s, utc=True, errors="coerce").astype(_UTC)
    if dtype == "object":
        return s.astype("object")
    if dtype == "boolean":
        return s.map(
            lambda v: None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else bool(v)
        ).astype("boolean")
    if dtype == "Int64":
        return pd.to_numeric(s, errors="coerce").astype("Int64")
    return s.astype(dtype)

"""Column-name aliases: which input columns feed which article field.

Input column names are compared case-insensitively after turning spaces and hyphens into underscores.
The alias lists come from the column names of common news datasets and scrapers (Wikinews dumps,
news-please, newspaper3k, trafilatura, GDELT, Kaggle news corpora); the first alias present wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["ALIASES", "FIELDS", "match_columns", "normalize_column_name"]

ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "doc_id", "document_id", "guid", "uid", "uuid", "key", "story_id"),
    "title": ("title", "headline", "heading", "hed", "article_title"),
    "author": ("author", "authors", "byline", "by", "writer", "creator", "author_name"),
    "outlet": (
        "outlet",
        "sitename",
        "site_name",
        "site",
        "publication",
        "publisher",
        "newspaper",
        "media",
        "source",
        "source_name",
        "domain",
    ),
    "url": ("url", "link", "href", "uri", "permalink", "source_url", "canonical_url"),
    "published": (
        "published",
        "date",
        "publication_date",
        "published_at",
        "published_date",
        "date_published",
        "pub_date",
        "pubdate",
        "publish_date",
        "datetime",
        "timestamp",
        "created_at",
        "time",
    ),
    "language": ("language", "lang", "locale", "language_code"),
    "text": (
        "text",
        "body",
        "content",
        "article",
        "article_text",
        "full_text",
        "fulltext",
        "maintext",
        "story",
        "article_body",
        "body_text",
    ),
}

#: The article fields, in schema order (without the derived ones).
FIELDS = tuple(ALIASES)


def normalize_column_name(name: object) -> str:
    """``"Publication Date"`` -> ``"publication_date"``.

    Examples
    --------
    >>> normalize_column_name(" Publication-Date ")
    'publication_date'
    """
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def match_columns(columns: Iterable[object], explicit: Mapping[str, str | None] | None = None) -> dict[str, object]:
    """Map article fields to input columns.

    Parameters
    ----------
    columns : the input's column names
    explicit : field -> column name given by the user (wins over aliases; must exist)

    Returns
    -------
    dict
        field -> original column name, for every field that was found.

    Examples
    --------
    >>> match_columns(["Headline", "Body", "Date"])
    {'title': 'Headline', 'published': 'Date', 'text': 'Body'}
    """
    columns = list(columns)
    by_norm: dict[str, object] = {}
    for c in columns:
        by_norm.setdefault(normalize_column_name(c), c)
    out: dict[str, object] = {}
    used: set = set()
    explicit = {k: v for k, v in (explicit or {}).items() if v is not None}
    for field, col in explicit.items():
        if col in columns:
            out[field] = col
        elif normalize_column_name(col) in by_norm:
            out[field] = by_norm[normalize_column_name(col)]
        else:
            from ..errors import InputError

            raise InputError(f"column {col!r} given for {field!r} is not in the input (columns: {columns})")
        used.add(out[field])
    for field, aliases in ALIASES.items():
        if field in out:
            continue
        for alias in aliases:
            col = by_norm.get(alias)
            if col is not None and col not in used:
                out[field] = col
                used.add(col)
                break
    return {f: out[f] for f in FIELDS if f in out}

"""DataFrame entry points over the parse: :func:`extract_claims` and :func:`extract_timexes`.

Both share :func:`newskit.runtime.pipeline.parse_rows`, whose per-process row cache means that calling one after the
other on the same articles parses each article once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd

from ..frames import schema
from ..ingest import read_articles
from .pipeline import parse_rows

__all__ = ["extract_claims", "extract_timexes", "iter_article_rows", "claims_frame", "timexes_frame"]


def _as_articles(articles: Any) -> pd.DataFrame:
    if (
        isinstance(articles, pd.DataFrame)
        and {"article_id", "text"} <= set(articles.columns)
        and "n_chars" in articles.columns
    ):
        return articles
    return read_articles(articles)


def iter_article_rows(articles: pd.DataFrame, **parse_kwargs) -> Iterator[tuple[str, dict]]:
    """Yield ``(article_id, {"claims": [...], "timexes": [...]})`` for every article without an error."""
    ok = articles
    if "error" in ok.columns:
        ok = ok[ok["error"].isna()]
    published = ok["published"] if "published" in ok.columns else pd.Series([None] * len(ok), index=ok.index)
    items = zip(ok["article_id"].astype(str), ok["text"].fillna("").astype(str), published)
    yield from parse_rows(items, **parse_kwargs)


def claims_frame(article_rows: list[tuple[str, dict]]) -> pd.DataFrame:
    """Claim rows of many articles as one DataFrame with the :data:`newskit.frames.schema.CLAIMS` columns."""
    out = []
    for aid, rows in article_rows:
        for i, r in enumerate(rows["claims"]):
            r = dict(r, article_id=aid, claim_id=f"{aid}:c{i}")
            if r.get("source_id") is not None:
                r["source_id"] = f"{aid}:{r['source_id']}"
            out.append(r)
    return schema.frame(out, schema.CLAIMS)


def timexes_frame(article_rows: list[tuple[str, dict]]) -> pd.DataFrame:
    """Time-expression rows of many articles as one DataFrame with the :data:`newskit.frames.schema.TIMEXES` columns."""
    out = [
        dict(r, article_id=aid, timex_id=f"{aid}:t{i}")
        for aid, rows in article_rows
        for i, r in enumerate(rows["timexes"])
    ]
    return schema.frame(out, schema.TIMEXES)


def extract_claims(articles: Any, **parse_kwargs) -> pd.DataFrame:
    """One row per claim (an attributed statement) with its source.

    Parameters
    ----------
    articles : DataFrame or anything :func:`newskit.read_articles` accepts

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newskit.frames.schema.CLAIMS`; offsets refer to the article's cleaned ``text``.

    Examples
    --------
    >>> import newskit
    >>> arts = newskit.read_articles([{"text": 'The minister said that taxes would rise.'}])
    >>> newskit.extract_claims(arts)[["content", "source_name"]].iloc[0].tolist()
    ['taxes would rise', 'minister']
    """
    arts = _as_articles(articles)
    return claims_frame(list(iter_article_rows(arts, **parse_kwargs)))


def extract_timexes(articles: Any, **parse_kwargs) -> pd.DataFrame:
    """One row per time expression, normalised to a TIMEX3 value against the publication date.

    Examples
    --------
    >>> import newskit
    >>> arts = newskit.read_articles([{"text": "He arrived on Saturday.", "published": "2025-02-16"}])
    >>> newskit.extract_timexes(arts)[["text", "value"]].iloc[0].tolist()
    ['Saturday', '2025-02-15']
    """
    arts = _as_articles(articles)
    return timexes_frame(list(iter_article_rows(arts, **parse_kwargs)))

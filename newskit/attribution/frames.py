"""DataFrames over claims: one row per distinct source (:func:`extract_sources`) and per-group source
counts (:func:`source_counts`). Both take the claims DataFrame of :func:`newskit.extract_claims`, so no
article is parsed again.
"""
from __future__ import annotations

from typing import Any, Sequence

import pandas as pd

from .. import schema

__all__ = ["extract_sources", "source_counts"]

_KINDS = ("person", "organization", "government", "media", "document", "unknown")


def _as_claims(claims: Any) -> pd.DataFrame:
    if isinstance(claims, pd.DataFrame) and "source_id" in claims.columns:
        return claims
    from ..extract import extract_claims  # articles given: parse them (cached per process)

    return extract_claims(claims)


def extract_sources(claims: Any) -> pd.DataFrame:
    """One row per distinct source per article.

    Parameters
    ----------
    claims : DataFrame
        Output of :func:`newskit.extract_claims` (articles are accepted too and parsed once).

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newskit.schema.SOURCES`: ``article_id, source_id, source_name, source_kind, named,
        source_count, descriptor, n_claims, mentions`` (``mentions`` is the list of distinct surface forms).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a"], "source_id": ["a:s0", "a:s0"],
    ...                   "source_name": ["Ann Lee", "Ann Lee"], "source_kind": ["person", "person"],
    ...                   "named": [True, True], "source_count": [1, 1], "descriptor": ["Mayor", None],
    ...                   "source_mention": ["Mayor Ann Lee", "she"]})
    >>> s = extract_sources(c).iloc[0]
    >>> s.source_name, int(s.n_claims), s.mentions
    ('Ann Lee', 2, ['Mayor Ann Lee', 'she'])
    """
    df = _as_claims(claims)
    if df.empty:
        return schema.frame([], schema.SOURCES)
    rows = []
    for (aid, sid), g in df.groupby(["article_id", "source_id"], sort=False, dropna=False):
        first = lambda col: next((v for v in g[col] if v is not None and not (isinstance(v, float) and pd.isna(v))
                                  and v is not pd.NA), None) if col in g else None
        named = g["named"].dropna()
        counts = g["source_count"].dropna() if "source_count" in g else pd.Series([], dtype="Int64")
        mentions = [m for m in dict.fromkeys(g["source_mention"].dropna().astype(str)) if m]
        rows.append({
            "article_id": aid, "source_id": sid, "source_name": first("source_name"),
            "source_kind": first("source_kind"), "named": bool(named.any()) if len(named) else None,
            "source_count": int(counts.max()) if len(counts) else None, "descriptor": first("descriptor"),
            "n_claims": len(g), "mentions": mentions,
        })
    return schema.frame(rows, schema.SOURCES)


def source_counts(claims: Any, by: str | Sequence[str] = "article_id", articles: pd.DataFrame | None = None,
                  dedupe: bool = False, duplicates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per group: claims, distinct sources, named and unnamed sources, the share of claims from unnamed
    sources, sources by kind and relayed claims.

    Parameters
    ----------
    claims : DataFrame
        Output of :func:`newskit.extract_claims`.
    by : str or list of str
        Column(s) of ``claims`` or of ``articles`` (joined on ``article_id``), e.g. ``"outlet"``.
    articles : DataFrame, optional
        Articles (from :func:`newskit.read_articles`) supplying grouping columns such as ``outlet`` or a month.
    dedupe : bool
        Count each group of copies (:func:`newskit.find_duplicates`) once: the claims of copies are dropped,
        those of the earliest published copy kept. The groups come from ``duplicates``, else a
        ``duplicate_of`` column of ``claims`` or ``articles``, else ``find_duplicates(articles)``.
    duplicates : DataFrame, optional
        A :func:`newskit.find_duplicates` frame (for ``dedupe=True``).

    Returns
    -------
    pandas.DataFrame
        One row per group with ``n_claims, n_sources, n_named_sources, n_unnamed_sources,
        unnamed_claim_share, n_relayed_claims`` and ``sources_<kind>`` for each source kind.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a", "b"], "source_id": ["a:s0", "a:s1", "b:s0"],
    ...                   "source_name": ["Ann Lee", "officials", "WHO"], "named": [True, False, True],
    ...                   "source_kind": ["person", "government", "organization"], "via": [None, "AP", None]})
    >>> source_counts(c)[["article_id", "n_claims", "n_sources", "unnamed_claim_share"]].values.tolist()
    [['a', 2, 2, 0.5], ['b', 1, 1, 0.0]]
    """
    df = _as_claims(claims)
    if dedupe:
        from ..frames.duplicates import drop_copies  # datasketch is imported only when deduplicating

        df = drop_copies(df, articles, duplicates)
    df = df.copy()
    keys = [by] if isinstance(by, str) else list(by)
    missing = [k for k in keys if k not in df.columns]
    if missing:
        if articles is None:
            raise KeyError(f"source_counts: column(s) {missing} are not in claims; pass articles=... that has them")
        extra = articles[["article_id"] + [k for k in missing if k in articles.columns]].drop_duplicates("article_id")
        still = [k for k in missing if k not in extra.columns]
        if still:
            raise KeyError(f"source_counts: column(s) {still} are in neither claims nor articles")
        df = df.merge(extra, on="article_id", how="left")
    named = df["named"].astype("boolean").fillna(False).astype(bool) if "named" in df else pd.Series(False, index=df.index)
    df["_named"] = named
    df["_relayed"] = df["via"].notna() & (df["via"].astype("string") != "") if "via" in df else False
    out = []
    for key, g in df.groupby(keys, sort=True, dropna=False):
        key = key if isinstance(key, tuple) else (key,)
        src = g.drop_duplicates("source_id")
        row = dict(zip(keys, key))
        row.update({
            "n_claims": len(g), "n_sources": len(src), "n_named_sources": int(src["_named"].sum()),
            "n_unnamed_sources": int((~src["_named"]).sum()),
            "unnamed_claim_share": round(float((~g["_named"]).mean()), 4) if len(g) else 0.0,
            "n_relayed_claims": int(pd.Series(g["_relayed"]).sum()),
        })
        kinds = src["source_kind"].astype("string").fillna("unknown") if "source_kind" in src else pd.Series([], dtype="string")
        for k in _KINDS:
            row[f"sources_{k}"] = int((kinds == k).sum())
        out.append(row)
    cols = keys + ["n_claims", "n_sources", "n_named_sources", "n_unnamed_sources", "unnamed_claim_share",
                   "n_relayed_claims"] + [f"sources_{k}" for k in _KINDS]
    return pd.DataFrame(out, columns=cols)

"""DataFrames over claims: one row per distinct source (:func:`extract_sources`) and per-group source
counts (:func:`source_counts`). Both take the claims DataFrame of :func:`newskit.extract_claims`; nothing
here parses an article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..core.vocab import SOURCE_KINDS
from . import schema
from .duplicates import drop_copies
from .groups import group_shares, with_groups
from .ranking import distinct_sources

__all__ = ["extract_sources", "source_counts"]

_KINDS = SOURCE_KINDS


def _as_claims(claims: Any) -> pd.DataFrame:
    if isinstance(claims, pd.DataFrame) and "source_id" in claims.columns:
        return claims
    raise TypeError(
        "expected the claims DataFrame of newskit.extract_claims() or newskit.analyze(...).claims "
        f"(with a 'source_id' column), got {type(claims).__name__}; frames never parse articles"
    )


def extract_sources(claims: Any) -> pd.DataFrame:
    """One row per distinct source per article.

    Parameters
    ----------
    claims : DataFrame
        Output of :func:`newskit.extract_claims` (or ``analyze(...).claims``).

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newskit.frames.schema.SOURCES`: ``article_id, source_id, source_name, source_kind, named,
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
    sources = distinct_sources(df)
    if "source_gender" in df:
        genders = _genders(df)
        keys = zip(sources["article_id"], sources["source_id"].fillna("\0"))
        picked = [genders.get(k, {"source_gender": None, "gender_evidence": None}) for k in keys]
        sources["source_gender"] = [p["source_gender"] for p in picked]
        sources["gender_evidence"] = [p["gender_evidence"] for p in picked]
    return schema.frame(sources, schema.SOURCES, extra=False)


def _genders(df: pd.DataFrame) -> dict[tuple, dict[str, Any]]:
    """:func:`_source_gender` of each (article, source id) of the claims ``df``, keyed like a groupby on them.

    One pass over plain lists; a group whose answer depends on how pandas orders tied counts (two answers
    equally frequent and equally definite), and any frame with a missing article id or a repeated index
    label, goes through :func:`_source_gender` on the pandas group itself, so the answer is always the same.
    """
    sid = df["source_id"].fillna("\0") if "source_id" in df else pd.Series("\0", index=df.index)
    if df["article_id"].isna().any() or not df.index.is_unique:
        keyed = df.assign(_sid=sid)
        return {k: _source_gender(g) for k, g in keyed.groupby(["article_id", "_sid"], sort=False)}
    rows: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(df["article_id"].tolist(), sid.tolist())):
        rows.setdefault(key, []).append(i)
    gender = df["source_gender"].tolist()
    evidence = df["gender_evidence"].tolist() if "gender_evidence" in df else [None] * len(df)
    out: dict[tuple, dict[str, Any]] = {}
    for key, idx in rows.items():
        vals = [(i, str(gender[i])) for i in idx if not pd.isna(gender[i])]
        counts = Counter(v for _, v in vals)
        rank = {v: (c, v != "unknown") for v, c in counts.items()}
        top = max(rank.values(), default=None)
        best = [v for v, r in rank.items() if r == top]
        if len(best) > 1:
            out[key] = _source_gender(df.iloc[idx])
            continue
        ev = next((evidence[i] for i, v in vals if v == best[0] and not pd.isna(evidence[i])), None) if best else None
        out[key] = {"source_gender": best[0] if best else None, "gender_evidence": ev}
    return out


def _source_gender(g: pd.DataFrame) -> dict[str, Any]:
    """A source's gender from its claims: the most frequent answer, a definite one (female, male, mixed) winning
    ties over ``unknown``; the evidence of the first claim with that answer."""
    if "source_gender" not in g or g["source_gender"].isna().all():
        return {"source_gender": None, "gender_evidence": None}
    vals = g["source_gender"].dropna().astype(str)
    counts = vals.value_counts()
    best = max(counts.index, key=lambda v: (counts[v], v != "unknown"))
    ev = g.loc[vals.index[vals == best], "gender_evidence"] if "gender_evidence" in g else pd.Series([], dtype=object)
    ev = ev.dropna()
    return {"source_gender": best, "gender_evidence": ev.iloc[0] if len(ev) else None}


def source_counts(
    claims: Any,
    by: str | Sequence[str] = "article_id",
    articles: pd.DataFrame | None = None,
    ci: float | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    dedupe: bool = False,
    duplicates: pd.DataFrame | None = None,
) -> pd.DataFrame:
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
    ci : float, optional
        When given (e.g. ``0.95``), add the shares of :func:`newskit.frames.groups.group_shares` (unnamed, female of
        gendered person sources, relayed, by source kind) with ``_lo``/``_hi`` bootstrap intervals resampled over
        articles, and ``n_articles``, ``n_gendered``, ``n_gender_unknown``.
    n_boot, seed : int
        Bootstrap replicates and seed (with ``ci``).
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
        unnamed_claim_share, n_relayed_claims``, ``sources_<kind>`` for each source kind, ``sources_female``,
        ``sources_male``, ``sources_mixed``, ``sources_gender_unknown`` (person sources), and the interval columns
        with ``ci``.

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
        df = drop_copies(df, articles, duplicates)
    keys = [by] if isinstance(by, str) else list(by)
    df = with_groups(df, keys, articles).copy()
    df["_named"] = (
        df["named"].astype("boolean").fillna(False).astype(bool) if "named" in df else pd.Series(False, index=df.index)
    )
    df["_relayed"] = df["via"].notna() & (df["via"].astype("string") != "") if "via" in df else False
    rows = [_counts_row(keys, key, g) for key, g in df.groupby(keys, sort=True, dropna=False)]
    table = pd.DataFrame(rows, columns=keys + _COUNT_COLS)
    if ci is None:
        return table
    shares = group_shares(df.drop(columns=["_named", "_relayed"]), keys, ci=ci, n_boot=n_boot, seed=seed)
    shares = shares.drop(columns=["n_claims"])
    return table.merge(shares, on=keys, how="left") if keys else pd.concat([table, shares], axis=1)


def _counts_row(keys: list[str], key: Any, g: pd.DataFrame) -> dict[str, Any]:
    """One row of :func:`source_counts`: the counts of one group's claims ``g`` (with ``_named``, ``_relayed``)."""
    src = distinct_sources(g).assign(_named=lambda d: d["named"].fillna(False).astype(bool))
    row = dict(zip(keys, key if isinstance(key, tuple) else (key,)))
    row.update(
        {
            "n_claims": len(g),
            "n_sources": len(src),
            "n_named_sources": int(src["_named"].sum()),
            "n_unnamed_sources": int((~src["_named"]).sum()),
            "unnamed_claim_share": round(float((~g["_named"]).mean()), 4) if len(g) else 0.0,
            "n_relayed_claims": int(pd.Series(g["_relayed"]).sum()),
        }
    )
    kinds = (
        src["source_kind"].astype("string").fillna("unknown") if "source_kind" in src else pd.Series([], dtype="string")
    )
    for k in _KINDS:
        row[f"sources_{k}"] = int((kinds == k).sum())
    row.update(_gender_counts(src, kinds))
    return row


_GENDER_COLS = ("female", "male", "mixed", "gender_unknown")


_COUNT_COLS = (
    ["n_claims", "n_sources", "n_named_sources", "n_unnamed_sources", "unnamed_claim_share", "n_relayed_claims"]
    + [f"sources_{k}" for k in _KINDS]
    + [f"sources_{g}" for g in _GENDER_COLS]
)


def _gender_counts(src: pd.DataFrame, kinds: pd.Series) -> dict[str, int]:
    """Person sources by ``source_gender`` (``unknown`` and missing both count as unknown)."""
    person = kinds == "person"
    g = src["source_gender"].astype("string") if "source_gender" in src else pd.Series(pd.NA, index=src.index)
    g = g[person.to_numpy()].fillna("unknown")
    return {f"sources_{c}": int((g == c.replace("gender_", "")).sum()) for c in _GENDER_COLS}

"""Group comparisons of who gets quoted, with bootstrap intervals over articles.

Claims in one article are not independent (one article quotes the same person many times), so the intervals
resample *articles*: each bootstrap replicate draws the group's articles with replacement and recomputes every
share as a ratio of sums over the drawn articles.

Shares (all in 0..1):

- ``unnamed_share``: claims whose source is unnamed, of all claims;
- ``female_share``: distinct person sources read as female, of those read as female or male (``mixed`` and
  ``unknown`` are left out of the ratio and reported as ``n_gender_unknown``);
- ``relayed_share``: claims passed on by another source (``via``), of all claims;
- ``kind_<kind>_share``: distinct sources of each kind, of all distinct sources.

Examples
--------
>>> import pandas as pd
>>> c = pd.DataFrame({"article_id": ["a", "a", "b"], "source_id": ["a:s0", "a:s1", "b:s0"], "named": [True, False, True],
...                   "source_kind": ["person", "person", "person"], "source_gender": ["female", "unknown", "male"]})
>>> t = group_shares(c, by=None, ci=0.95, n_boot=200)
>>> float(t.loc[0, "female_share"]), int(t.loc[0, "n_articles"])
(0.5, 2)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..core.vocab import SOURCE_KINDS

__all__ = ["article_stats", "group_shares", "diversity", "SHARES", "DIVERSITY_MEASURES", "with_groups"]

#: share -> (numerator column, denominator column) of :func:`article_stats`.
SHARES: dict[str, tuple[str, str]] = {
    "unnamed_share": ("n_unnamed_claims", "n_claims"),
    "female_share": ("n_female", "n_gendered"),
    "relayed_share": ("n_relayed_claims", "n_claims"),
    **{f"kind_{k}_share": (f"n_kind_{k}", "n_sources") for k in SOURCE_KINDS},
}

#: One-line explanations of :func:`diversity`'s measures.
DIVERSITY_MEASURES: dict[str, str] = {
    "female_share": "distinct person sources read as female, of those read as female or male",
    "unnamed_share": "claims whose source is not named, of all claims",
    "sources_per_article": "distinct sources an article quotes, averaged over articles",
    "kind_evenness": "Pielou's evenness of sources over source kinds: 1 = all kinds equally used, 0 = one kind only",
    "n_gender_unknown": "person sources whose gender the article and the name do not tell (counted, not guessed)",
}


def with_groups(claims: pd.DataFrame, keys: list[str], articles: pd.DataFrame | None) -> pd.DataFrame:
    """``claims`` with the grouping columns ``keys``, joined from ``articles`` on ``article_id`` when needed."""
    missing = [k for k in keys if k not in claims.columns]
    if not missing:
        return claims
    if articles is None:
        raise KeyError(f"column(s) {missing} are not in claims; pass articles=... that has them")
    still = [k for k in missing if k not in articles.columns]
    if still:
        raise KeyError(f"column(s) {still} are in neither claims nor articles")
    extra = articles[["article_id"] + missing].drop_duplicates("article_id")
    return claims.merge(extra, on="article_id", how="left")


def _col(df: pd.DataFrame, col: str, default: Any) -> pd.Series:
    return df[col] if col in df.columns else pd.Series([default] * len(df), index=df.index, dtype="object")


def article_stats(claims: pd.DataFrame, keys: Sequence[str] = ()) -> pd.DataFrame:
    """Per article (and group): the counts every share is a ratio of.

    Columns: ``keys``, ``article_id``, ``n_claims, n_unnamed_claims, n_relayed_claims, n_sources, n_female,
    n_male, n_gendered, n_gender_unknown`` and ``n_kind_<kind>``.
    """
    cols = list(keys) + ["article_id"]
    via = _col(claims, "via", None)
    per_claim = claims[cols].copy()
    per_claim["n_claims"] = 1
    per_claim["n_unnamed_claims"] = (~_col(claims, "named", False).astype("boolean").fillna(False)).astype(int)
    per_claim["n_relayed_claims"] = (via.notna() & (via.astype("string") != "").fillna(False)).astype(int)
    per = per_claim.groupby(cols, dropna=False, sort=True).sum()
    src = claims.drop_duplicates(["article_id", "source_id"])
    kinds = _col(src, "source_kind", "unknown").astype("string").fillna("unknown")
    gender = _source_genders(claims, src)
    flags = src[cols].copy()
    flags["n_sources"] = 1
    flags["n_female"] = (gender == "female").fillna(False).astype(int)
    flags["n_male"] = (gender == "male").fillna(False).astype(int)
    flags["n_gendered"] = flags["n_female"] + flags["n_male"]
    flags["n_gender_unknown"] = ((kinds == "person") & gender.fillna("unknown").eq("unknown")).astype(int)
    for k in SOURCE_KINDS:
        flags[f"n_kind_{k}"] = (kinds == k).astype(int)
    per_src = flags.groupby(cols, dropna=False, sort=True).sum()
    return per.join(per_src, how="left").fillna(0).astype(int).reset_index()


def _source_genders(claims: pd.DataFrame, src: pd.DataFrame) -> pd.Series:
    """Each source's gender as :func:`newskit.frames.sources.extract_sources` gives it: its claims' most frequent
    answer, a definite one winning ties over ``unknown`` (aligned with ``src``)."""
    if "source_gender" not in claims.columns:
        return pd.Series(pd.NA, index=src.index, dtype="string")
    g = claims[["article_id", "source_id", "source_gender"]].dropna(subset=["source_gender"])
    n = g.groupby(["article_id", "source_id", "source_gender"], sort=False).size().rename("n").reset_index()
    n["definite"] = n["source_gender"] != "unknown"
    best = n.sort_values(["n", "definite"], ascending=False).drop_duplicates(["article_id", "source_id"])
    best = best.set_index(["article_id", "source_id"])["source_gender"]
    keys = pd.MultiIndex.from_frame(src[["article_id", "source_id"]])
    return pd.Series(best.reindex(keys).to_numpy(), index=src.index, dtype="string")


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def _bootstrap(num: np.ndarray, den: np.ndarray, ci: float, n_boot: int, rng: np.random.Generator):
    """Percentile intervals of ratio-of-sums shares, resampling the rows (articles) of ``num``/``den``."""
    a = num.shape[0]
    reps = []
    for start in range(0, n_boot, 200):  # chunks keep memory at 200 x articles
        b = min(200, n_boot - start)
        w = rng.multinomial(a, np.full(a, 1.0 / a), size=b).astype(float)
        reps.append(_ratio(w @ num, w @ den))
    r = np.vstack(reps)
    alpha = (1 - ci) / 2
    with np.errstate(all="ignore"):
        lo = np.nanquantile(r, alpha, axis=0) if np.isfinite(r).any() else np.full(num.shape[1], np.nan)
        hi = np.nanquantile(r, 1 - alpha, axis=0) if np.isfinite(r).any() else np.full(num.shape[1], np.nan)
    return lo, hi


def group_shares(
    claims: pd.DataFrame,
    by: str | Sequence[str] | None = None,
    articles: pd.DataFrame | None = None,
    ci: float | None = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group: the shares of :data:`SHARES` with ``<share>_lo``/``<share>_hi`` bootstrap intervals over
    articles, and ``n_articles``, ``n_claims``, ``n_person_sources``, ``n_gendered``, ``n_gender_unknown``.

    Parameters
    ----------
    claims : DataFrame
        Claims of :func:`newskit.extract_claims`.
    by : str, list of str or None
        Grouping columns of claims or articles (``outlet``, a month, a topic); None for the whole corpus.
    articles : DataFrame, optional
        Supplies grouping columns missing from ``claims`` (joined on ``article_id``).
    ci : float or None
        Interval level (0.95); None for point estimates only.
    n_boot, seed : int
        Bootstrap replicates and the random seed (results are reproducible).
    """
    keys = [by] if isinstance(by, str) else list(by or [])
    df = with_groups(claims, keys, articles)
    stats = article_stats(df, keys)
    rng = np.random.default_rng(seed)
    rows = []
    groups = stats.groupby(keys, dropna=False, sort=True) if keys else [((), stats)]
    for key, g in groups:
        key = key if isinstance(key, tuple) else (key,)
        row: dict[str, Any] = dict(zip(keys, key))
        num = g[[n for n, _ in SHARES.values()]].to_numpy(float)
        den = g[[d for _, d in SHARES.values()]].to_numpy(float)
        point = _ratio(num.sum(axis=0), den.sum(axis=0))
        for i, share in enumerate(SHARES):
            row[share] = point[i]
        if ci:
            lo, hi = _bootstrap(num, den, ci, n_boot, rng)
            for i, share in enumerate(SHARES):
                row[f"{share}_lo"], row[f"{share}_hi"] = lo[i], hi[i]
        row.update(
            n_articles=len(g),
            n_claims=int(g["n_claims"].sum()),
            n_person_sources=int(g["n_kind_person"].sum()),
            n_gendered=int(g["n_gendered"].sum()),
            n_gender_unknown=int(g["n_gender_unknown"].sum()),
        )
        rows.append(row)
    return pd.DataFrame(rows)


def diversity(claims: pd.DataFrame, by: str | Sequence[str] | None = None, articles: pd.DataFrame | None = None):
    """Per group: ``female_share``, ``unnamed_share``, ``sources_per_article``, ``kind_evenness`` and
    ``n_gender_unknown``, ``n_articles`` (see :data:`DIVERSITY_MEASURES` for what each means).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a"], "source_id": ["a:s0", "a:s1"], "named": [True, True],
    ...                   "source_kind": ["person", "government"], "source_gender": ["female", None]})
    >>> d = diversity(c).iloc[0]
    >>> float(d.sources_per_article), round(float(d.kind_evenness), 3)
    (2.0, 0.387)
    """
    keys = [by] if isinstance(by, str) else list(by or [])
    stats = article_stats(with_groups(claims, keys, articles), keys)
    groups = stats.groupby(keys, dropna=False, sort=True) if keys else [((), stats)]
    rows = []
    for key, g in groups:
        key = key if isinstance(key, tuple) else (key,)
        kinds = g[[f"n_kind_{k}" for k in SOURCE_KINDS]].sum().to_numpy(float)
        p = kinds[kinds > 0] / kinds.sum() if kinds.sum() else np.array([])
        evenness = float(-(p * np.log(p)).sum() / np.log(len(SOURCE_KINDS))) if len(p) else np.nan
        rows.append(
            {
                **dict(zip(keys, key)),
                "female_share": _ratio(g["n_female"].sum(), g["n_gendered"].sum()).item(),
                "unnamed_share": _ratio(g["n_unnamed_claims"].sum(), g["n_claims"].sum()).item(),
                "sources_per_article": float(g["n_sources"].mean()),
                "kind_evenness": evenness,
                "n_gender_unknown": int(g["n_gender_unknown"].sum()),
                "n_articles": len(g),
            }
        )
    return pd.DataFrame(rows)

"""Sources across claims: the distinct sources of each article, placeholders, aliases and the most cited.

- :func:`distinct_sources` is the one definition of "a distinct source of an article" (the claims of one
  ``source_id``, else of one ``source_name``); :func:`newskit.frames.sources.extract_sources`,
  :func:`newskit.frames.sources.source_counts`, :func:`sources_per_article` and the article view's source table
  are all built on it.
- :func:`is_placeholder`: "unidentified speaker", "unspecified reports" ... name no source; their claims are
  unattributed (:func:`unattributed_claims`), never a "most cited source".
- :func:`merge_source_aliases` maps spelling variants, acronyms and lone surnames to one corpus-wide name;
  :func:`top_sources` ranks sources by the number of articles citing them, aliases merged by default.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..core.attribution.person_words import TITLE_WORDS
from ..core.vocab import SOURCE_KINDS
from .lexicon import ALIAS_STOP_WORDS, PLACEHOLDER_PREFIXES

__all__ = [
    "RANKED_BY",
    "distinct_sources",
    "is_placeholder",
    "merge_source_aliases",
    "normalize_kinds",
    "source_key",
    "sources_per_article",
    "top_sources",
    "unattributed_claims",
]

#: what :func:`top_sources` ranks by, in words (printed by the summaries and chart titles)
RANKED_BY = "articles citing the source, then claims"

_FIRST_COLS = ("source_name", "source_kind", "descriptor")
#: source columns aggregated otherwise (or not at all) by :func:`distinct_sources`
_SKIP = {"source_id", "source_mention", "source_start", "source_end", "source_count"}


def is_placeholder(names: pd.Series) -> pd.Series:
    """True where a source name is a placeholder for an unidentified source ("unidentified speaker").

    Examples
    --------
    >>> is_placeholder(pd.Series(["unspecified reports", "Ann Lee", None, "Unidentified speaker"])).tolist()
    [True, False, False, True]
    """
    low = names.astype("string").str.strip().str.casefold()
    return low.str.startswith(PLACEHOLDER_PREFIXES).fillna(False).astype(bool)


def source_key(claims: pd.DataFrame) -> pd.Series:
    """Distinct-source key within an article: ``source_id``, else ``source_name`` (missing when neither)."""
    none = pd.Series(None, index=claims.index, dtype="object")
    sid = claims["source_id"].astype("object") if "source_id" in claims else none
    name = claims["source_name"].astype("object") if "source_name" in claims else none
    return sid.where(sid.notna(), name)


def _distinct_texts(values: pd.Series, join: bool = False):
    out = [str(v) for v in dict.fromkeys(values.dropna().astype(str)) if str(v)]
    return ("; ".join(sorted(out)) or None) if join else out


def _texts_per_group(values: pd.Series, codes: np.ndarray, index: pd.Index, join: bool = False) -> pd.Series:
    """:func:`_distinct_texts` of each group in one pass (``codes``: each row's group number, in the order of
    ``index``); the same values as a groupby ``agg`` with it, without a pandas call per group."""
    texts: list[dict[str, None]] = [{} for _ in range(len(index))]
    for code, v in zip(codes.tolist(), values.tolist()):
        if code >= 0 and not pd.isna(v):
            texts[code][str(v)] = None
    out = [[t for t in group if t] for group in texts]
    res = pd.Series([("; ".join(sorted(t)) or None) for t in out] if join else out, index=index, dtype="object")
    # a groupby agg casts strings back to the input's string dtype (lists stay objects): so does this
    return res.astype(values.dtype) if join and isinstance(values.dtype, pd.StringDtype) else res


def distinct_sources(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct source per article, in order of first claim.

    Parameters
    ----------
    claims : DataFrame
        Claim rows (:data:`newskit.frames.schema.CLAIMS`); only ``article_id`` is required.

    Returns
    -------
    pandas.DataFrame
        ``article_id, source_id, source_name, source_kind, named, source_count, descriptor, n_claims, mentions``
        (distinct surface forms), ``via`` (relaying sources joined by "; "), ``first_start`` (offset of the
        first mention or claim) and ``placeholder``; plus the first non-missing value of any other claims column
        that describes the source (``source_*``). Claims with neither ``source_id`` nor ``source_name`` form
        one row with both missing.

    Examples
    --------
    >>> c = pd.DataFrame({"article_id": ["a", "a", "a"], "source_id": ["a:s0", "a:s0", "a:s1"],
    ...                   "source_name": ["Ann Lee", "Ann Lee", "unidentified speaker"],
    ...                   "named": [True, None, False], "source_mention": ["Ann Lee", "she", "he"]})
    >>> d = distinct_sources(c)
    >>> d[["source_name", "n_claims", "named", "placeholder"]].values.tolist()
    [['Ann Lee', 2, True, False], ['unidentified speaker', 1, False, True]]
    """
    df = claims.assign(_key=source_key(claims).fillna("\0"))
    if not len(df):
        df = df.assign(_pos=pd.Series(dtype=float))
    else:
        pos = pd.to_numeric(df.get("source_start"), errors="coerce") if "source_start" in df else None
        content = pd.to_numeric(df["content_start"], errors="coerce") if "content_start" in df else None
        df["_pos"] = pos if content is None else (content if pos is None else pos.fillna(content))
    grouped = df.groupby(["article_id", "_key"], sort=False, dropna=False)
    firsts = [c for c in df.columns if c in _FIRST_COLS or (c.startswith("source_") and c not in _SKIP)]
    out = grouped[firsts].first() if firsts else grouped.size().to_frame()[[]]
    named = df["named"].astype("boolean") if "named" in df else pd.Series(pd.NA, index=df.index, dtype="boolean")
    any_true = named.fillna(False).groupby([df["article_id"], df["_key"]], sort=False).any()
    known = named.notna().groupby([df["article_id"], df["_key"]], sort=False).any()
    out["named"] = any_true.astype("boolean").where(known, pd.NA)
    if "source_count" in df:
        out["source_count"] = (
            pd.to_numeric(df["source_count"], errors="coerce").groupby([df["article_id"], df["_key"]], sort=False).max()
        )
    out["n_claims"] = grouped.size()
    mentions = df["source_mention"] if "source_mention" in df else pd.Series(None, index=df.index, dtype="object")
    via = df["via"] if "via" in df else pd.Series(None, index=df.index, dtype="object")
    plain = all(v.dtype == object or isinstance(v.dtype, pd.StringDtype) for v in (mentions, via))
    if plain and len(df) and df["article_id"].notna().all():  # one pass over the rows, not a pandas call per group
        codes = grouped.ngroup().to_numpy()
        out["mentions"] = _texts_per_group(mentions, codes, out.index)
        out["via"] = _texts_per_group(via, codes, out.index, join=True)
    else:  # no claims, or claims without an article (groups the per-group agg drops)
        out["mentions"] = mentions.groupby([df["article_id"], df["_key"]], sort=False).agg(_distinct_texts)
        out["via"] = via.groupby([df["article_id"], df["_key"]], sort=False).agg(lambda v: _distinct_texts(v, True))
    out["first_start"] = grouped["_pos"].min()
    out = out.reset_index()
    out["source_id"] = (
        out["_key"].where(out["_key"] != "\0", None) if "source_id" in df else pd.Series(None, index=out.index)
    )
    for col in ("source_name", "source_kind", "descriptor", "source_count"):
        if col not in out:
            out[col] = None
    out["placeholder"] = is_placeholder(out["source_name"])
    lead = ["article_id", "source_id", "source_name", "source_kind", "named", "source_count", "descriptor"]
    tail = ["n_claims", "mentions", "via", "first_start", "placeholder"]
    rest = [c for c in out.columns if c not in lead + tail + ["_key"]]
    return out[lead + tail + rest]


def sources_per_article(
    claims: pd.DataFrame, articles: pd.DataFrame | None = None, placeholders: bool = False
) -> pd.DataFrame:
    """Per article: ``n_claims``, ``n_sources`` (distinct), ``n_named``, ``n_unnamed`` sources and
    ``n_unattributed`` (claims of placeholder sources, which are not counted as sources unless ``placeholders``).

    With ``articles``, articles without any claim are included with zeros (they matter for the distribution).

    Examples
    --------
    >>> c = pd.DataFrame({"article_id": ["a", "a", "a"], "source_id": ["a:s0", "a:s0", "a:x"],
    ...                   "source_name": ["Ann Lee", "Ann Lee", "unspecified reports"], "named": [True, True, False]})
    >>> sources_per_article(c).loc["a"].tolist()
    [3, 1, 1, 0, 1]
    """
    src = distinct_sources(claims)
    src = src[src["source_id"].notna() | src["source_name"].notna()]
    unattributed = src[src["placeholder"]].groupby("article_id")["n_claims"].sum()
    if not placeholders:
        src = src[~src["placeholder"]]
    named = src["named"].astype("boolean")
    out = pd.DataFrame(
        {
            "n_claims": claims.groupby("article_id").size(),
            "n_sources": src.groupby("article_id").size(),
            "n_named": src[named.fillna(False)].groupby("article_id").size(),
            "n_unnamed": src[named.eq(False).fillna(False)].groupby("article_id").size(),
            "n_unattributed": unattributed,
        }
    )
    if articles is not None:
        ok = articles["error"].isna() if "error" in articles.columns else pd.Series(True, index=articles.index)
        out = out.reindex(pd.Index(articles.loc[ok, "article_id"], name="article_id").union(out.index))
    out.index.name = "article_id"
    return out.fillna(0).astype(int)


def unattributed_claims(claims: pd.DataFrame) -> pd.Series:
    """Claims whose source is a placeholder, counted per placeholder name (most first).

    Examples
    --------
    >>> unattributed_claims(pd.DataFrame({"source_name": ["unspecified reports", "WHO", "unspecified reports"]}))
    unspecified reports    2
    Name: claims, dtype: int64
    """
    names = claims["source_name"] if "source_name" in claims else pd.Series([], dtype="object")
    ph = names[is_placeholder(names)].astype(str)
    return ph.value_counts().rename("claims").rename_axis(None)


# ----------------------------------------------------------------------------- aliases across the corpus


def _norm(name: str) -> str:
    s = re.sub(r"[’']s\b", "", name.strip())
    s = re.sub(r"^(the|a|an)\s+", "", s, flags=re.I)
    s = re.sub(r"[.,;:\"“”()]", "", s)
    return re.sub(r"\s+", " ", s).casefold()


def _acronym(name: str) -> str | None:
    words = [w for w in re.split(r"[\s\-]+", re.sub(r"^(the)\s+", "", name.strip(), flags=re.I)) if w]
    caps = [w for w in words if w.lower() not in ALIAS_STOP_WORDS]
    if len(caps) < 2 or not all(w[:1].isupper() for w in caps):
        return None
    return "".join(w[0] for w in caps).upper()


def _redirects(counts: pd.Series) -> dict[str, str]:
    """norm key -> norm key of the long form it is an alias of (acronyms and lone surnames)."""
    acr: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}
    for k, display in counts.items():
        a = _acronym(display)
        if a:
            acr.setdefault(a.casefold(), []).append(k)
        words = display.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            last.setdefault(_norm(words[-1]), []).append(k)
    redirect = {}
    for k, display in counts.items():
        short = re.sub(r"[.\s]", "", display)
        if 2 <= len(short) <= 6 and short.isupper() and len(acr.get(short.casefold(), [])) == 1:
            redirect[k] = acr[short.casefold()][0]
    for k, display in counts.items():
        if k in redirect or " " in display.strip() or not display[:1].isupper() or display.isupper():
            continue
        if k in TITLE_WORDS:  # a lone title ("President") is not the surname of "Chess Federation President"
            continue
        cands = last.get(k, [])
        if len(cands) == 1:
            redirect[k] = cands[0]
    return redirect


def merge_source_aliases(names: pd.Series) -> pd.Series:
    """Map source names to one corpus-wide name, merging spelling variants and acronyms.

    "the World Health Organization", "World Health Organization" and "WHO" become one name (the most
    frequent long form); case, a leading article, a possessive and punctuation are ignored ("U.S. State
    Department" = "US State Department"). Acronyms merge only when exactly one long name in the corpus has
    those initials; a lone surname ("Trump") merges only when exactly one multi-word name in the corpus ends
    with it ("Donald Trump"); with two ("John Smith", "Anna Smith") "Smith" stays apart, and a lone title
    ("President") never merges.

    Examples
    --------
    >>> merge_source_aliases(pd.Series(["WHO", "World Health Organization", "the World Health Organization"])).tolist()
    ['World Health Organization', 'World Health Organization', 'World Health Organization']
    >>> merge_source_aliases(pd.Series(["Trump", "Donald Trump", "President", "Chess Federation President"])).tolist()
    ['Donald Trump', 'Donald Trump', 'President', 'Chess Federation President']
    """
    s = names.astype("object")
    valid = s.dropna().map(str)
    if not len(valid):
        return s
    key = valid.map(_norm)
    counts = valid.groupby(key).agg(lambda v: v.value_counts().index[0])  # norm key -> most frequent spelling
    redirect = _redirects(counts)
    final = {k: counts[redirect.get(k, k)] for k in counts.index}
    return s.map(lambda v: final.get(_norm(str(v)), v) if v is not None and v == v else v)


def normalize_kinds(s: pd.Series) -> pd.Series:
    s = s.astype("object").where(s.notna(), "unknown").map(lambda v: str(v).lower())
    return s.where(s.isin(SOURCE_KINDS), "unknown")


def top_sources(claims: pd.DataFrame, n: int = 15, named_only: bool = True, merge: bool = True) -> pd.DataFrame:
    """The most cited sources across the corpus: ``source``, ``source_kind``, ``articles``, ``claims``.

    Ranked by the number of articles citing them (a source quoted ten times in one story counts once), then
    claims (:data:`RANKED_BY`). Placeholders ("unidentified speaker") are left out: see
    :func:`unattributed_claims`. Aliases are merged with :func:`merge_source_aliases` when ``merge``, so
    "Trump" in one article and "Donald Trump" in another are one source.

    Examples
    --------
    >>> c = pd.DataFrame({"article_id": ["a", "b", "b", "c"], "named": [True, True, True, False],
    ...                   "source_name": ["Donald Trump", "Trump", "Trump", "unidentified speaker"],
    ...                   "source_kind": ["person", "person", "person", "unknown"]})
    >>> top_sources(c, named_only=False).values.tolist()
    [['Donald Trump', 'person', 2, 3]]
    """
    c = claims.dropna(subset=["source_name"])
    c = c[~is_placeholder(c["source_name"])]
    if named_only:
        c = c[c["named"].astype("boolean").fillna(False)]
    c = c.assign(
        source=merge_source_aliases(c["source_name"]) if merge else c["source_name"].astype("object"),
        _kind=normalize_kinds(c["source_kind"]),
    )
    if not len(c):
        return pd.DataFrame(columns=["source", "source_kind", "articles", "claims"])
    g = c.groupby("source").agg(
        articles=("article_id", "nunique"),
        claims=("article_id", "size"),
        source_kind=("_kind", lambda v: v.value_counts().index[0]),
    )
    g = g.sort_values(["articles", "claims"], ascending=False, kind="stable").head(n).reset_index()
    return g[["source", "source_kind", "articles", "claims"]]

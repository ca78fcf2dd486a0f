"""Claim groups: the same statement by the same source, reported in different articles.

:func:`group_claims` gives every claim a ``claim_group``; :func:`claim_groups` summarises the groups that
travelled (first article and date, articles and outlets that carry the claim, whether later reports add or
drop the source's name, the relays they name).

How two claims are matched (all lexical, no model):

1. **Content words.** A claim's content is lowercased, punctuation is dropped, number words become digits
   ("five" -> "5"), the words of :data:`STOP_WORDS` are dropped (negations and
   quantity words are kept) and each remaining word is cut to its first :data:`STEM` letters (a crude,
   language-agnostic stemmer: "reopens", "reopened", "reopening" -> "reopen").
2. **Candidates.** Claims sharing at least two content words (words used by more than ``max_df`` claims are
   not used for this step, they still count in the score) are compared; identical statements by the same
   source are merged before that.
3. **Score.** TF-IDF cosine of the content words (scikit-learn's ``TfidfVectorizer``, sublinear term
   frequency): the same statement reported with another cue verb and a few words changed scores 0.7-1.0;
   two different statements of one source on one topic, sharing their topic words, 0.1-0.55 (see
   ``tests/frames/test_claim_groups.py`` for the hand-made pairs behind :data:`THRESHOLD`).
4. **Vetoes.** Not the same statement when one is negated and the other not, when both give numbers and the
   numbers differ, or when both name their source and the names differ ("Pelosi" and "Nancy Pelosi" agree).
   An unnamed source agrees with any source, so that a later report that drops or adds the name is kept in
   the group; a group never holds two different named sources (pairs are joined best first, and a join that
   would bring two names together is refused).
"""

from __future__ import annotations

import re
import string
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from . import schema
from .travel_lexicon import MEANINGFUL, NEGATIONS, NEWS_CONTENT, NUMBER_WORDS, REPORTING

__all__ = ["THRESHOLD", "claim_groups", "claim_similarity", "group_claims"]

#: words ignored when claims are compared (see :mod:`newskit.frames.travel_lexicon`)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS - MEANINGFUL - NEWS_CONTENT) | REPORTING
#: minimum TF-IDF cosine of two claims' content words for the same statement
THRESHOLD = 0.6
#: letters kept per content word
STEM = 6
#: claims with fewer content words than this are grouped only with identical statements by the same named source
MIN_WORDS = 3
#: candidate pairs share at least this many content words
MIN_SHARED = 2
_PUNCT = str.maketrans({c: " " for c in string.punctuation.replace("'", "") + "“”‘«»—–…"})
_CHUNK = 2000
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")


# ---------------------------------------------------------------------------------------------- normalising
def _words(content: Any) -> tuple[list[str], bool, frozenset]:
    """Content words (stemmed), whether the claim is negated, and the numbers it gives."""
    if not isinstance(content, str):
        return [], False, frozenset()
    raw = _THOUSANDS.sub("", content.lower().replace("’", "'")).translate(_PUNCT).split()
    raw = ["not" if w.endswith("n't") else w for w in raw]  # "won't", "didn't": the negation is the content
    negated = any(w in NEGATIONS for w in raw)
    words, numbers = [], set()
    for w in raw:
        w = NUMBER_WORDS.get(w.strip("'"), w.strip("'"))
        w = w.removesuffix("'s")
        if not w or w in STOP_WORDS or (len(w) < 2 and not w.isdigit()):
            continue
        if w[0].isdigit():
            numbers.add(w)
            words.append(w)
        else:
            words.append(w[:STEM])
    return words, negated, frozenset(numbers)


def _source_key(name: Any, named: Any) -> str:
    """Normalised name of a named source ("" when unnamed)."""
    if not isinstance(name, str) or named is None or named is pd.NA or not bool(named):
        return ""
    toks = name.lower().replace("'s", "").translate(_PUNCT).split()
    return " ".join(t for t in toks if t != "the")


def _names_agree(a: str, b: str) -> bool:
    """Two source keys agree: either unnamed, equal, or one is the other's surname form ("pelosi")."""
    if not a or not b or a == b:
        return True
    ta, tb = a.split(), b.split()
    return ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta))


def claim_similarity(a: str, b: str) -> float:
    """TF-IDF cosine of two claims' content words, the IDF fitted on the two (:func:`group_claims` fits it on
    all the claims it groups, so a corpus's common words weigh less).

    Examples
    --------
    >>> claim_similarity("the bridge will reopen on Monday", "The bridge would reopen Monday") > THRESHOLD
    True
    """
    x = _vectorize([_words(a)[0], _words(b)[0]])
    return float(x[0].multiply(x[1]).sum())


def _vectorize(token_lists: list[list[str]]) -> sparse.csr_matrix:
    if not any(token_lists):
        return sparse.csr_matrix((len(token_lists), 1))
    vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, lowercase=False)
    return vec.fit_transform(token_lists).tocsr()


def _identity(tokens):
    return tokens


# ---------------------------------------------------------------------------------------------- statements
def _statements(claims: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """Distinct statements (content words + named source) and, per claim, the index of its statement."""
    parsed = [_words(c) for c in claims["content"].tolist()]
    named = claims["named"].astype("boolean") if "named" in claims else pd.Series(pd.NA, index=claims.index)
    names = claims["source_name"] if "source_name" in claims else pd.Series(None, index=claims.index)
    keys = [_source_key(n, v) for n, v in zip(names, named)]
    pos = np.arange(len(claims))
    # a claim's identity: its content words, its named source and its polarity ("|" and "#" never occur in
    # words or names, punctuation being dropped); short claims of unnamed sources are kept apart
    ident = [
        f"{' '.join(w)}|{k}|{int(neg)}" if len(w) >= MIN_WORDS or k else f"#{i}"
        for (w, neg, _), k, i in zip(parsed, keys, pos)
    ]
    codes = pd.factorize(pd.Series(ident, dtype=object))[0]
    first = pd.Series(pos).groupby(codes).first().to_numpy()
    st = pd.DataFrame({"source": np.asarray(keys, dtype=object)[first], "neg": [parsed[i][1] for i in first]})
    st["words"] = [parsed[i][0] for i in first]
    st["numbers"] = [parsed[i][2] for i in first]
    return st, codes


def _candidates(words: list[list[str]], max_df: float) -> tuple[np.ndarray, np.ndarray]:
    """Statement pairs ``i < j`` sharing at least :data:`MIN_SHARED` content words used by few statements."""
    n = len(words)
    usable = [sorted(set(w)) if len(w) >= MIN_WORDS else [] for w in words]
    vocab: dict[str, int] = {}
    rows = np.repeat(np.arange(n), [len(w) for w in usable])
    cols = np.fromiter((vocab.setdefault(t, len(vocab)) for w in usable for t in w), dtype=np.int64, count=len(rows))
    inc = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)), shape=(n, max(1, len(vocab))))
    df = np.asarray(inc.sum(axis=0)).ravel()
    cap = max(50, int(max_df * n))
    inc = inc[:, np.flatnonzero(df <= cap)].tocsr()
    inc_t = inc.T.tocsr()
    left, right = [], []
    for start in range(0, n, _CHUNK):
        prod = (inc[start : start + _CHUNK] @ inc_t).tocoo()
        i = prod.row + start
        ok = (prod.data >= MIN_SHARED) & (prod.col > i)
        left.append(i[ok])
        right.append(prod.col[ok])
    return (
        (np.concatenate(left).astype(np.int64), np.concatenate(right).astype(np.int64))
        if left
        else (np.empty(0, np.int64), np.empty(0, np.int64))
    )


def _scored_edges(st: pd.DataFrame, max_df: float, threshold: float) -> pd.DataFrame:
    """Candidate statement pairs that pass the score and the vetoes, best first."""
    a, b = _candidates(st["words"].tolist(), max_df)
    x = _vectorize(st["words"].tolist())
    score = (
        np.concatenate(
            [
                np.asarray(x[a[s : s + 100_000]].multiply(x[b[s : s + 100_000]]).sum(axis=1)).ravel()
                for s in range(0, len(a), 100_000)
            ]
        )
        if len(a)
        else np.empty(0)
    )
    e = pd.DataFrame({"a": a, "b": b, "score": score})
    e = e[e["score"] >= threshold]
    neg, nums, src = st["neg"].to_numpy(), st["numbers"].to_numpy(), st["source"].to_numpy()
    ok = [
        neg[i] == neg[j] and (not nums[i] or not nums[j] or nums[i] == nums[j]) and _names_agree(src[i], src[j])
        for i, j in zip(e["a"], e["b"])
    ]
    return e[np.asarray(ok, dtype=bool)].sort_values("score", ascending=False, kind="stable")


def _join(n: int, edges: pd.DataFrame, source: np.ndarray) -> np.ndarray:
    """Union-find over the edges, best first, never joining two groups whose named sources disagree."""
    parent = np.arange(n)
    name = source.astype(object).copy()  # the longest name in each group ("" when all unnamed)

    def find(i: int) -> int:
        root = i
        while parent[root] != root:
            root = parent[root]
        while parent[i] != root:
            parent[i], i = root, parent[i]
        return root

    for i, j in zip(edges["a"].to_numpy(), edges["b"].to_numpy()):
        ri, rj = find(i), find(j)
        if ri != rj and _names_agree(name[ri], name[rj]):
            parent[rj] = ri
            name[ri] = max(name[ri], name[rj], key=len)
    return np.array([find(i) for i in range(n)])


def group_claims(
    claims: pd.DataFrame, articles: pd.DataFrame | None = None, *, threshold: float = THRESHOLD, max_df: float = 0.01
) -> pd.Series:
    """The claim group of each claim: the ``claim_id`` of the group's earliest claim.

    Parameters
    ----------
    claims : the claims frame of :func:`newskit.analyze` (``content``, ``source_name``, ``named``)
    articles : articles with ``published``, so that a group is named after its earliest report (else the
        first claim in input order)
    threshold : minimum TF-IDF cosine of content words (see the module docstring)
    max_df : content words used by more than this share of distinct statements (and more than 50) do not
        make candidate pairs

    Returns
    -------
    pandas.Series
        ``claim_group`` (string), aligned with ``claims``; a claim reported once is its own group.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "b", "c"], "claim_id": ["a:c0", "b:c0", "c:c0"],
    ...     "content": ["the bridge will reopen to traffic on Monday", "the bridge would reopen to traffic Monday",
    ...                 "the bridge cost far too much to repair"],
    ...     "source_name": ["Ann Lee", "Ann Lee", "Ann Lee"], "named": [True, True, True]})
    >>> group_claims(c).tolist()
    ['a:c0', 'a:c0', 'c:c0']
    """
    if claims.empty:
        return pd.Series([], index=claims.index, dtype="string", name="claim_group")
    st, codes = _statements(claims)
    roots = _join(len(st), _scored_edges(st, max_df, threshold), st["source"].to_numpy())[codes]
    order = _report_order(claims, articles)
    first = pd.Series(order).groupby(roots[order]).first()  # earliest claim position per root
    ids = claims["claim_id"].astype("string").to_numpy()
    return pd.Series(ids[first.reindex(roots).to_numpy()], index=claims.index, dtype="string", name="claim_group")


def _report_order(claims: pd.DataFrame, articles: pd.DataFrame | None) -> np.ndarray:
    """Claim positions sorted by their article's publication date (undated last), then input order."""
    pub = _published(claims, articles)
    frame_ = pd.DataFrame({"published": pub, "pos": np.arange(len(claims))})
    return frame_.sort_values(["published", "pos"], na_position="last", kind="stable")["pos"].to_numpy()


def _published(claims: pd.DataFrame, articles: pd.DataFrame | None) -> np.ndarray:
    if "published" in claims:
        return pd.to_datetime(claims["published"], utc=True, errors="coerce").to_numpy()
    if articles is None or "published" not in articles:
        return np.full(len(claims), np.datetime64("NaT"), dtype="datetime64[ns]")
    pub = articles.drop_duplicates("article_id").set_index(articles["article_id"].drop_duplicates().astype(str))
    return pd.to_datetime(pub["published"], utc=True).reindex(claims["article_id"].astype(str)).to_numpy()


# ---------------------------------------------------------------------------------------------- summary
def _with_articles(
    claims: pd.DataFrame, articles: pd.DataFrame | None, duplicates: pd.DataFrame | None
) -> pd.DataFrame:
    """Claims with ``published``, ``outlet`` and ``copy_group`` of their article (null when unknown)."""
    df = claims.copy()
    info = pd.DataFrame({"article_id": df["article_id"].astype(str).unique()})
    for extra in (articles, duplicates):
        if extra is None:
            continue
        cols = [c for c in ("published", "outlet", "copy_group") if c in extra and c not in info and c not in df]
        if cols:
            add = extra[["article_id"] + cols].drop_duplicates("article_id")
            info = info.merge(add.assign(article_id=add["article_id"].astype(str)), on="article_id", how="left")
    df = df.merge(
        info, left_on=df["article_id"].astype(str), right_on="article_id", how="left", suffixes=("", "_a")
    ).drop(columns=["key_0", "article_id_a"], errors="ignore")
    for col in ("published", "outlet", "copy_group"):
        if col not in df:
            df[col] = None
    df["published"] = pd.to_datetime(df["published"], utc=True, errors="coerce")
    return df


def _joined(values: pd.Series) -> str | None:
    vals = sorted({str(v) for v in values.dropna() if str(v)})
    return "; ".join(vals) if vals else None


def claim_groups(
    claims: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    duplicates: pd.DataFrame | None = None,
    min_articles: int = 2,
    **group_kwargs,
) -> pd.DataFrame:
    """One row per claim group carried by at least ``min_articles`` articles: how the claim travelled.

    Parameters
    ----------
    claims : claims frame; its ``claim_group`` column is used when present, else :func:`group_claims` runs
    articles : articles with ``published`` and ``outlet`` (and ``copy_group`` when deduplicated)
    duplicates : a :func:`newskit.find_duplicates` frame, for ``n_copy_groups``
    min_articles : keep groups reported in at least this many articles (1 keeps every claim)
    **group_kwargs : passed to :func:`group_claims`

    Returns
    -------
    pandas.DataFrame
        :data:`newskit.frames.schema.CLAIM_GROUPS`, the most widely carried first: ``content`` and ``source_name``
        of the first report (the name when any report names the source), ``n_claims, n_articles, n_outlets``,
        ``n_copy_groups`` (independent reports: articles that are not copies of one another; null without
        duplicates), ``first_article_id, first_outlet, first_published, last_published``, ``first_named``,
        ``name_added`` (the first report leaves the source unnamed, a later one names it), ``name_dropped``
        (the reverse), ``relays`` and ``cues`` (distinct values, "; "-joined).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "b"], "claim_id": ["a:c0", "b:c0"], "cue": ["said", "warned"],
    ...     "content": ["the bridge will reopen to traffic on Monday", "the bridge would reopen to traffic Monday"],
    ...     "source_name": ["officials", "Ann Lee"], "named": [False, True], "via": [None, "AP"]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "published": ["2024-05-01", "2024-05-02"],
    ...                      "outlet": ["Courier", "Herald"]})
    >>> g = claim_groups(c, arts).iloc[0]
    >>> g.source_name, int(g.n_outlets), g.first_outlet, bool(g.name_added), g.relays
    ('Ann Lee', 2, 'Courier', True, 'AP')
    """
    if "claim_group" not in claims:
        claims = claims.assign(claim_group=group_claims(claims, articles, **group_kwargs))
    df = _with_articles(claims, articles, duplicates)
    df["_pos"] = np.arange(len(df))
    n_art = df.groupby("claim_group")["article_id"].nunique()
    df = df[df["claim_group"].isin(n_art.index[n_art >= min_articles])]
    if df.empty:
        return schema.frame([], schema.CLAIM_GROUPS)
    out = _summary(df.sort_values(["claim_group", "published", "_pos"], na_position="last", kind="stable"))
    out = out.sort_values(
        ["n_articles", "first_published", "claim_group"],
        ascending=[False, True, True],
        na_position="last",
        kind="stable",
    )
    return schema.frame(out, schema.CLAIM_GROUPS)


def _summary(df: pd.DataFrame) -> pd.DataFrame:
    """One row per claim group of ``df`` (claims sorted by group, then report order): the columns of
    :data:`newskit.frames.schema.CLAIM_GROUPS`."""
    df = df.assign(_named=df["named"].astype("boolean").fillna(False).astype(bool))
    g = df.groupby("claim_group", sort=False)
    first = g.head(1).set_index("claim_group")
    named_name = df[df["_named"]].groupby("claim_group")["source_name"].agg(lambda s: s.mode().iloc[0])
    return (
        pd.DataFrame(
            {
                "content": first["content"],
                "source_name": named_name.reindex(first.index).fillna(first["source_name"]),
                "n_claims": g.size(),
                "n_articles": g["article_id"].nunique(),
                "n_outlets": g["outlet"].nunique(),
                "n_copy_groups": g["copy_group"].nunique() if df["copy_group"].notna().any() else None,
                "first_article_id": first["article_id"],
                "first_outlet": first["outlet"],
                "first_published": first["published"],
                "last_published": g["published"].max(),
                "first_named": first["_named"],
                "name_added": ~first["_named"] & g["_named"].any(),
                "name_dropped": first["_named"] & ~g["_named"].all(),
                "relays": g["via"].agg(_joined) if "via" in df else None,
                "cues": g["cue"].agg(_joined) if "cue" in df else None,
            }
        )
        .rename_axis("claim_group")
        .reset_index()
    )

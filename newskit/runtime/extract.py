"""DataFrame entry points over the parse: :func:`extract_claims` and :func:`extract_timexes`.

Both share :func:`newskit.runtime.pipeline.parse_rows`, whose per-process row cache means that calling one after the
other on the same articles parses each article once.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from typing import Any

import pandas as pd

from ..core.vocab import CLAIM_TYPES
from ..frames import schema
from ..ingest import read_articles
from .pipeline import parse_rows

__all__ = ["extract_claims", "extract_timexes", "iter_article_rows", "claims_frame", "timexes_frame"]
__all__ += ["title_timexes", "with_title_timexes"]


def _as_articles(articles: Any) -> pd.DataFrame:
    if (
        isinstance(articles, pd.DataFrame)
        and {"article_id", "text"} <= set(articles.columns)
        and "n_chars" in articles.columns
    ):
        return articles
    return read_articles(articles)


def iter_article_rows(articles: pd.DataFrame, errors: str = "warn", **parse_kwargs) -> Iterator[tuple[str, dict]]:
    """Yield ``(article_id, {"claims": [...], "timexes": [...]})`` for every article without an error.

    An article whose extraction raises is isolated like :func:`newskit.analyze` does: the others are still
    extracted, and the failure is reported with a :class:`RuntimeWarning` naming the article (``errors="warn"``)
    or re-raised (``errors="raise"``).
    """
    if errors not in ("warn", "raise"):
        raise ValueError("errors must be 'warn' or 'raise'")
    ok = articles
    if "error" in ok.columns:
        ok = ok[ok["error"].isna()]
    published = ok["published"] if "published" in ok.columns else pd.Series([None] * len(ok), index=ok.index)
    items = list(zip(ok["article_id"].astype(str), ok["text"].fillna("").astype(str), published))
    n_done = 0
    try:
        for out in parse_rows(items, **parse_kwargs):
            n_done += 1
            yield out
        return
    except Exception:
        if errors == "raise":
            raise
    one = {**parse_kwargs, "n_process": 1, "batch_size": 1}
    for item in items[n_done:]:  # isolate the failing article(s): each of the rest parsed on its own
        try:
            yield from parse_rows([item], **one)
        except Exception as e:  # reported, never silent: the article is named with its error
            warnings.warn(
                f"newskit: article {item[0]!r} not extracted: {type(e).__name__}: {e}", RuntimeWarning, stacklevel=2
            )


def title_timexes(articles: pd.DataFrame, errors: str = "warn", **parse_kwargs) -> dict[str, list[dict]]:
    """Time expressions of each article's title (headline), keyed by article id.

    A title is parsed on its own, against the article's publication date. Its rows carry ``in_title=True``,
    offsets into ``title`` and no ``sentence_index`` (a headline is no sentence of ``text``). A title that
    ``text`` still begins with is skipped: its expressions are already rows of the text.
    """
    if "title" not in articles.columns or not len(articles):
        return {}
    ok = articles[articles["error"].isna()] if "error" in articles.columns else articles
    titles = ok["title"].astype("object")
    texts = ok["text"].fillna("").astype(str) if "text" in ok.columns else pd.Series("", index=ok.index)
    keep = [
        isinstance(t, str) and bool(t.strip()) and not body.lstrip().startswith(t.strip())
        for t, body in zip(titles, texts)
    ]
    heads = pd.DataFrame(
        {
            "article_id": ok["article_id"].astype(str)[keep],
            "text": titles[keep],
            "published": ok["published"][keep] if "published" in ok.columns else None,
        }
    )
    out: dict[str, list[dict]] = {}
    for aid, rows in iter_article_rows(heads, errors=errors, **parse_kwargs):
        if rows["timexes"]:
            out[aid] = [dict(r, in_title=True, sentence_index=None) for r in rows["timexes"]]
    return out


def with_title_timexes(
    article_rows: list[tuple[str, dict]], articles: pd.DataFrame, errors: str = "warn", **parse_kwargs
) -> list[tuple[str, dict]]:
    """``article_rows`` with each article's title expressions (:func:`title_timexes`) before those of its text,
    which get ``in_title=False``. The rows themselves are not modified (they may be cached)."""
    ids = {aid for aid, _ in article_rows}
    if not ids:
        return article_rows
    heads = title_timexes(articles[articles["article_id"].astype(str).isin(ids)], errors=errors, **parse_kwargs)
    return [
        (aid, {**rows, "timexes": heads.get(aid, []) + [dict(r, in_title=False) for r in rows["timexes"]]})
        for aid, rows in article_rows
    ]


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


def extract_claims(
    articles: Any, types: str | Iterable[str] | None = None, errors: str = "warn", **parse_kwargs
) -> pd.DataFrame:
    """One row per claim (an attributed statement) with its source.

    Parameters
    ----------
    articles : DataFrame or anything :func:`newskit.read_articles` accepts
    types : str or iterable of str, optional
        Keep only claims of these ``claim_type`` values (:class:`newskit.core.vocab.ClaimType`:
        statement, belief, intention, evaluation, question, evidence).
    errors : ``"warn"`` (default: an article whose extraction fails is skipped with a warning naming it)
        or ``"raise"``

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
    wanted = _claim_types(types)
    arts = _as_articles(articles)
    frame = claims_frame(list(iter_article_rows(arts, errors=errors, **parse_kwargs)))
    if wanted is None:
        return frame
    return frame[frame["claim_type"].isin(wanted)].reset_index(drop=True)


def _claim_types(types: str | Iterable[str] | None) -> list[str] | None:
    """The claim types asked for, checked against the vocabulary (a typo raises instead of matching nothing)."""
    if types is None:
        return None
    wanted = [types] if isinstance(types, str) else [str(t) for t in types]
    unknown = sorted(set(wanted) - set(CLAIM_TYPES))
    if unknown:
        raise ValueError(f"unknown claim type(s) {unknown}; choose from {list(CLAIM_TYPES)}")
    return wanted


def extract_timexes(articles: Any, errors: str = "warn", **parse_kwargs) -> pd.DataFrame:
    """One row per time expression, normalised to a TIMEX3 value against the publication date.

    Expressions of the text and of the article's ``title`` (headline: "Markets to remain closed until
    Friday"): a title row has ``in_title`` True and offsets into ``title``, a text row ``in_title`` False and
    offsets into ``text``. An article whose extraction fails is skipped with a warning naming it
    (``errors="raise"`` re-raises).

    Examples
    --------
    >>> import newskit
    >>> arts = newskit.read_articles([{"text": "He arrived on Saturday.", "published": "2025-02-16"}])
    >>> newskit.extract_timexes(arts)[["text", "value"]].iloc[0].tolist()
    ['Saturday', '2025-02-15']
    """
    arts = _as_articles(articles)
    rows = list(iter_article_rows(arts, errors=errors, **parse_kwargs))
    return timexes_frame(with_title_timexes(rows, arts, errors=errors, **parse_kwargs))

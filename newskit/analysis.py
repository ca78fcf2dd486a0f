"""``analyze()``: one pass over a corpus that yields every frame, and the :class:`Analysis` that holds them."""
from __future__ import annotations

import html
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import numpy as np
import pandas as pd

from . import schema
from .errors import InputError
from .extract import _as_articles, claims_frame, timexes_frame
from .pipeline import EXTRACTION_VERSION, load_pipeline, parse_rows, text_key

__all__ = ["Analysis", "analyze", "read_analysis"]

_FRAMES = ("articles", "claims", "sources", "timexes", "timeline", "errors")
_SCHEMAS = {"articles": schema.ARTICLES, "claims": schema.CLAIMS, "sources": schema.SOURCES,
            "timexes": schema.TIMEXES, "timeline": schema.TIMELINE, "errors": schema.ERRORS}

#: Languages the English pipeline analyses; None (unknown, e.g. very short text) is given the benefit of doubt.
ENGLISH = {"en", None}

#: Default cap on article length in :func:`analyze` (twice spaCy's default ``max_length``).
MAX_CHARS = 2_000_000


@dataclass
class Analysis:
    """The result of :func:`analyze`: one DataFrame per view of the corpus.

    Attributes
    ----------
    articles : one row per input article, with ``error`` null when it was analysed
    claims, sources, timexes, timeline : extraction results (see :mod:`newskit.schema`)
    errors : one row per article that could not be analysed: ``stage``, ``error_type``, ``message``
    """

    articles: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.ARTICLES))
    claims: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.CLAIMS))
    sources: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.SOURCES))
    timexes: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.TIMEXES))
    timeline: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.TIMELINE))
    errors: pd.DataFrame = field(default_factory=lambda: schema.frame([], schema.ERRORS))

    def summary(self) -> dict:
        """Headline figures: articles read and analysed, claims, distinct sources, top five sources."""
        top = (self.claims.dropna(subset=["source_name"]).groupby("source_name").size()
               .sort_values(ascending=False).head(5))
        return {"articles": len(self.articles), "analysed": int(self.articles["error"].isna().sum()),
                "errors": len(self.errors), "claims": len(self.claims), "sources": len(self.sources),
                "timexes": len(self.timexes), "events": len(self.timeline),
                "top_sources": [(str(k), int(v)) for k, v in top.items()]}

    def __repr__(self) -> str:
        s = self.summary()
        return (f"<newskit.Analysis: {s['articles']} articles ({s['errors']} errors), {s['claims']} claims, "
                f"{s['sources']} sources, {s['timexes']} time expressions, {s['events']} timeline events>")

    def _repr_html_(self) -> str:
        s = self.summary()
        esc = html.escape
        rows = "".join(f"<tr><td>{esc(k)}</td><td>{v}</td></tr>" for k, v in s.items() if k != "top_sources")
        top = "".join(f"<li>{esc(name)} ({n})</li>" for name, n in s["top_sources"])
        return (f"<div class='newskit-analysis'><b>newskit.Analysis</b><table>{rows}</table>"
                f"<p>Most cited sources:</p><ol>{top}</ol></div>")

    def to_parquet(self, directory: str | Path) -> Path:
        """Write each frame to ``directory/<name>.parquet``; returns the directory."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        for name in _FRAMES:
            df = getattr(self, name).copy()
            if "mentions" in df.columns:
                df["mentions"] = df["mentions"].map(lambda v: list(v) if isinstance(v, (list, tuple, set)) else v)
            df.to_parquet(d / f"{name}.parquet", index=False)
        return d


def read_analysis(directory: str | Path) -> Analysis:
    """Read an :class:`Analysis` written by :meth:`Analysis.to_parquet`."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"no such folder: {str(d)!r}")
    frames = {}
    for name in _FRAMES:
        p = d / f"{name}.parquet"
        df = pd.read_parquet(p) if p.exists() else pd.DataFrame()
        if "mentions" in df.columns:  # Parquet lists come back as numpy arrays; Analysis holds Python lists
            df["mentions"] = df["mentions"].map(lambda v: v.tolist() if hasattr(v, "tolist") else v)
        frames[name] = schema.frame(df, _SCHEMAS[name])
    return Analysis(**frames)


def _error_row(aid: str, stage: str, exc: BaseException | str) -> dict:
    if isinstance(exc, BaseException):
        return {"article_id": aid, "stage": stage, "error_type": type(exc).__name__, "message": str(exc) or repr(exc)}
    return {"article_id": aid, "stage": stage, "error_type": "InputError", "message": exc}


def analyze(articles: Any, *, n_process: int = 1, batch_size: int = 64, progress: bool = True,
            store: Any = None, errors: str = "collect", model: str | None = None,
            timeline: bool = True, max_chars: int | None = MAX_CHARS) -> Analysis:
    """Analyse a corpus: claims, sources, time expressions and a timeline, in one parse per article.

    Parameters
    ----------
    articles : DataFrame from :func:`newskit.read_articles`, or anything it accepts
    n_process : spaCy worker processes (results are identical to ``n_process=1``)
    batch_size : articles per ``nlp.pipe`` batch
    progress : show a tqdm progress bar (terminal and JupyterLab)
    store : :class:`newskit.Store`, optional; articles already analysed with this version are skipped
    errors : ``"collect"`` (default: failures become error rows) or ``"raise"``
    model : spaCy model name (see :func:`newskit.load_pipeline`)
    timeline : build the timeline frame
    max_chars : articles longer than this are not analysed but get an error row (a page that long is
        almost always a scraping accident); None analyses everything, in chunks

    Notes
    -----
    Memory: articles are parsed in a stream; each batch's rows become compact DataFrames at once (and, with
    a ``store``, are committed to it in one transaction), so no Docs and no per-row dicts of the whole corpus
    are kept. The returned frames are concatenated once at the end; they are the only part that grows with
    the corpus. For corpora larger than memory, use a :class:`newskit.Store` per slice of the corpus and
    query it, or :func:`newskit.dask.analyze` writing Parquet.

    Examples
    --------
    >>> import newskit
    >>> a = newskit.analyze(newskit.datasets.seed(), progress=False)
    >>> len(a.articles)
    1
    """
    if errors not in ("collect", "raise"):
        raise ValueError("errors must be 'collect' or 'raise'")
    arts = _as_articles(articles).copy()
    err_rows = _screen(arts, max_chars)
    if errors == "raise" and err_rows:
        raise InputError(f"article {err_rows[0]['article_id']!r}: {err_rows[0]['message']}")

    nlp = load_pipeline(model)
    todo = arts[arts["error"].isna()]
    items = list(zip(todo["article_id"].astype(str), todo["text"].fillna("").astype(str), todo["published"]))
    keys = {aid: text_key(text, pub) for aid, text, pub in items} if store is not None else {}
    done = store.analysed(keys) if store is not None else set()
    # Rows leave the parse per batch as compact DataFrames (never one dict per row for the whole corpus);
    # with a store each batch is also committed in one transaction. Frames are concatenated once, at the end.
    parts: dict[str, list[pd.DataFrame]] = {"claims": [], "sources": [], "timexes": []}
    if done:
        for name, df in store.rows_for(done).items():
            parts[name].append(df)
    position = pd.Series(range(len(arts)), index=arts["article_id"].astype(str).to_numpy())
    if store is not None:
        skipped = arts[arts["error"].notna()]
        if len(skipped):
            store.write_batch(skipped, {}, keys=None)
    bar = _progress(len(todo), progress)
    bar.update(len(done))
    batch: list[tuple[str, dict]] = []
    batch_ids: list[str] = []
    write_every = max(1, batch_size * 4)

    def flush() -> None:
        frames = _batch_frames(batch)
        for name, df in frames.items():
            if len(df):
                parts[name].append(df)
        if store is not None and batch_ids:
            store.write_batch(arts.iloc[position[batch_ids].to_numpy()], frames, keys=keys)
        batch.clear()
        batch_ids.clear()

    todo_items = [it for it in items if it[0] not in done] if done else items
    for aid, rows, exc in _parse_safely(todo_items, nlp, n_process, batch_size, errors):
        if exc is not None:
            arts.iloc[position[aid], arts.columns.get_loc("error")] = f"{type(exc).__name__}: {exc}"
            err_rows.append(_error_row(aid, "extract", exc))
        else:
            batch.append((aid, rows))
        batch_ids.append(aid)
        if len(batch_ids) >= write_every:
            flush()
        bar.update(1)
    flush()
    bar.close()

    result = Analysis(articles=schema.frame(arts, schema.ARTICLES, extra=False),
                      claims=_concat(parts["claims"], schema.CLAIMS, position),
                      sources=_concat(parts["sources"], schema.SOURCES, position),
                      timexes=_concat(parts["timexes"], schema.TIMEXES, position),
                      errors=schema.frame(err_rows, schema.ERRORS))
    del parts
    if timeline:
        result.timeline = _timeline(result)
        if store is not None:
            store.write_timeline(result.timeline, [it[0] for it in items])
    return result


def _screen(arts: pd.DataFrame, max_chars: int | None) -> list[dict]:
    """Mark articles that will not be analysed (read errors, too long, not English); return their error rows."""
    rows = [_error_row(r.article_id, "read", r.error) for r in arts.itertuples() if pd.notna(r.error)]
    if max_chars is not None:
        too_long = arts["error"].isna() & (arts["n_chars"].fillna(0) > max_chars)
        for idx in arts.index[too_long]:
            msg = (f"not analysed: text too long ({int(arts.at[idx, 'n_chars']):,} characters > "
                   f"max_chars={max_chars:,}); pass analyze(..., max_chars=None) to analyse it in chunks")
            arts.at[idx, "error"] = msg
            rows.append(_error_row(arts.at[idx, "article_id"], "read", msg))
    lang = arts["language"].map(lambda v: None if pd.isna(v) else v)
    non_en = arts["error"].isna() & ~lang.isin(ENGLISH)
    for idx in arts.index[non_en]:
        msg = f"not analysed: language {arts.at[idx, 'language']!r} is not English"
        arts.at[idx, "error"] = msg
        rows.append(_error_row(arts.at[idx, "article_id"], "language", msg))
    return rows


def _batch_frames(batch: list[tuple[str, dict]]) -> dict[str, pd.DataFrame]:
    """Claims, sources and time expressions of one batch of articles (sources are per article)."""
    claims = claims_frame(batch)
    return {"claims": claims, "sources": _sources(claims), "timexes": timexes_frame(batch)}


def _concat(frames: list[pd.DataFrame], sch: dict, position: pd.Series) -> pd.DataFrame:
    """One frame in input-article order (rows of an article keep their order), declared dtypes."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return schema.frame([], sch)
    df = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True, copy=False)
    frames.clear()
    order = position.reindex(df["article_id"].astype(str).to_numpy()).to_numpy()
    if len(order) > 1 and (order[1:] < order[:-1]).any():
        df = df.iloc[np.argsort(order, kind="stable")]
    if list(df.columns[:len(sch)]) == list(sch) and all(str(df[c].dtype) == str(t) for c, t in sch.items()):
        return df.reset_index(drop=True)  # batch frames already have the declared dtypes: no second copy
    return schema.frame(df, sch)


def _parse_safely(items: list[tuple[str, str, Any]], nlp, n_process: int, batch_size: int,
                  errors: str) -> Iterator[tuple[str, dict | None, BaseException | None]]:
    """Parse in segments (one ``nlp.pipe`` stream each); when a segment fails, retry its remaining articles
    one by one so that one bad article costs one error row (never a duplicate or a lost row)."""
    step = max(1, batch_size * 32)
    for start in range(0, len(items), step):
        segment = items[start:start + step]
        n_done = 0
        try:
            for aid, rows in parse_rows(segment, nlp=nlp, n_process=n_process, batch_size=batch_size):
                n_done += 1
                yield aid, rows, None
            continue
        except KeyboardInterrupt:
            raise
        except Exception:
            if errors == "raise":
                raise
        for item in segment[n_done:]:  # isolate the failing article(s)
            try:
                (aid, rows), = parse_rows([item], nlp=nlp, n_process=1, batch_size=1)
                yield aid, rows, None
            except KeyboardInterrupt:
                raise
            except Exception as e:  # collected as an error row
                yield item[0], None, e


def _progress(total: int, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, disable=not enabled or total == 0, desc="newskit", unit="article")


def _sources(claims: pd.DataFrame) -> pd.DataFrame:
    try:
        from .attribution import extract_sources
    except ImportError:
        return schema.frame([], schema.SOURCES)
    try:
        return extract_sources(claims)
    except NotImplementedError:  # placeholder while the attribution component is being written
        return schema.frame([], schema.SOURCES)


def _timeline(result: Analysis) -> pd.DataFrame:
    try:
        from .timeline import build_timeline
    except ImportError:
        return schema.frame([], schema.TIMELINE)
    return build_timeline(result.articles, claims=result.claims, timexes=result.timexes)

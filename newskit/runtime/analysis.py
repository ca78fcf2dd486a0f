"""``analyze()``: one pass over a corpus that yields every frame, and the :class:`Analysis` that holds them."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..frames import ranking, schema
from .extract import _as_articles, claims_frame, timexes_frame
from .pipeline import load_pipeline, parse_rows, text_key

__all__ = ["Analysis", "analyze", "read_analysis"]

_FRAMES = ("articles", "claims", "sources", "timexes", "timeline", "errors")
_SCHEMAS = {
    "articles": schema.ARTICLES,
    "claims": schema.CLAIMS,
    "sources": schema.SOURCES,
    "timexes": schema.TIMEXES,
    "timeline": schema.TIMELINE,
    "errors": schema.ERRORS,
}

#: Languages the English pipeline analyses; None (unknown, e.g. very short text) is given the benefit of doubt.
ENGLISH = {"en", None}

#: Default cap on article length in :func:`analyze` (twice spaCy's default ``max_length``).
MAX_CHARS = 2_000_000


class Analysis:
    """The result of :func:`analyze`: one DataFrame per view of the corpus.

    Attributes
    ----------
    articles : one row per input article, with ``error`` null when it was analysed
    claims, sources, timexes, timeline : extraction results (see :mod:`newskit.frames.schema`)
    errors : one row per article that could not be analysed: ``stage``, ``error_type``, ``message``

    An Analysis returned by ``analyze(..., store=store)`` is *store-backed*: its frames live in the store and
    each is read from it on first access (then kept), in the same order and with the same dtypes as the
    in-memory result; the timeline is built (and written to the store) on first access of ``timeline``, or
    when the store is next read or closed. Closing the store loads the frames of every store-backed
    Analysis still alive, so they keep working afterwards.
    """

    __slots__ = ("_frames", "_backing", "__weakref__")

    def __init__(
        self,
        articles: pd.DataFrame | None = None,
        claims: pd.DataFrame | None = None,
        sources: pd.DataFrame | None = None,
        timexes: pd.DataFrame | None = None,
        timeline: pd.DataFrame | None = None,
        errors: pd.DataFrame | None = None,
    ):
        given = {
            "articles": articles,
            "claims": claims,
            "sources": sources,
            "timexes": timexes,
            "timeline": timeline,
            "errors": errors,
        }
        self._frames = {k: (v if v is not None else schema.frame([], _SCHEMAS[k])) for k, v in given.items()}
        self._backing = None  # _StoreBacking when the frames live in a store

    @classmethod
    def _from_store(cls, backing: _StoreBacking, errors: pd.DataFrame) -> Analysis:
        self = cls.__new__(cls)
        self._frames = {"errors": errors}
        self._backing = backing
        backing.store._attach(self)
        return self

    def _get(self, name: str) -> pd.DataFrame:
        df = self._frames.get(name)
        if df is None:
            df = self._frames[name] = self._backing.load(name)
        return df

    def _materialize(self) -> None:
        """Load every frame still in the store (called before the store closes)."""
        for name in _FRAMES:
            self._get(name)

    def summary(self) -> dict:
        """Headline figures: articles read and analysed, claims, distinct sources (per article, placeholders
        not counted), the five most cited sources.

        ``top_sources`` lists ``(source, articles, claims)``, named and unnamed sources ranked by
        ``ranked_by`` (:func:`newskit.frames.ranking.top_sources`: aliases merged across articles, so "Trump" and
        "Donald Trump" are one source); placeholders ("unidentified speaker", "unspecified reports") are no
        source: their claims are counted in ``unattributed_claims`` and listed in ``placeholders``.
        """
        top = ranking.top_sources(self.claims, n=5, named_only=False)
        placeholders = ranking.unattributed_claims(self.claims)
        return {
            "articles": len(self.articles),
            "analysed": int(self.articles["error"].isna().sum()),
            "errors": len(self.errors),
            "claims": len(self.claims),
            "sources": int((~ranking.is_placeholder(self.sources["source_name"])).sum()),
            "timexes": len(self.timexes),
            "events": len(self.timeline),
            "unattributed_claims": int(placeholders.sum()),
            "ranked_by": ranking.RANKED_BY,
            "top_sources": [(str(r.source), int(r.articles), int(r.claims)) for r in top.itertuples(index=False)],
            "placeholders": [(str(k), int(v)) for k, v in placeholders.items()],
        }

    def __repr__(self) -> str:
        s = self.summary()
        return (
            f"<newskit.Analysis: {s['articles']} articles ({s['errors']} errors), {s['claims']} claims, "
            f"{s['sources']} sources, {s['timexes']} time expressions, {s['events']} timeline events>"
        )

    def _repr_html_(self) -> str:
        s = self.summary()
        esc = html.escape
        lists = ("top_sources", "placeholders", "ranked_by")
        rows = "".join(f"<tr><td>{esc(k)}</td><td>{v}</td></tr>" for k, v in s.items() if k not in lists)
        top = "".join(
            f"<li>{esc(name)} ({a} article{'s' if a != 1 else ''}, {c} claim{'s' if c != 1 else ''})</li>"
            for name, a, c in s["top_sources"]
        )
        unattributed = ", ".join(f"{esc(name)} ({n})" for name, n in s["placeholders"]) or "none"
        return (
            f"<div class='newskit-analysis'><b>newskit.Analysis</b><table>{rows}</table>"
            f"<p>Most cited sources (ranked by {esc(s['ranked_by'])}; aliases merged):</p><ol>{top}</ol>"
            f"<p class='newskit-unattributed'>Unattributed claims (no source identified): "
            f"{s['unattributed_claims']}: {unattributed}</p></div>"
        )

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


def _frame_property(name: str) -> property:
    def fget(self: Analysis) -> pd.DataFrame:
        return self._get(name)

    def fset(self: Analysis, value: pd.DataFrame) -> None:
        self._frames[name] = value

    return property(fget, fset, doc=f"The ``{name}`` frame (read from the store on first access when store-backed).")


for _name in _FRAMES:
    setattr(Analysis, _name, _frame_property(_name))
del _name


class _StoreBacking:
    """Where a store-backed :class:`Analysis` finds its frames: the store and this run's article ids."""

    def __init__(self, store: Any, ids: list[str], timeline: bool):
        self.store = store
        self.ids = ids  # every article of the run, in input order
        self.timeline = timeline
        self.timeline_built = False
        if timeline:
            store._pending_timelines.append(self)

    def reuse_stored_timeline(self) -> None:
        if self in self.store._pending_timelines:
            self.store._pending_timelines.remove(self)
        self.timeline_built = True

    def position(self) -> pd.Series:
        return pd.Series(np.arange(len(self.ids)), index=pd.Index(self.ids, dtype="object"))

    def load(self, name: str) -> pd.DataFrame:
        if name == "timeline":
            if not self.timeline:
                return schema.frame([], schema.TIMELINE)
            if not self.timeline_built:
                return self.build_timeline()
            return self.store._table("timeline", self.ids, ordered=True)
        df = self.store._table(name, self.ids, ordered=True)
        return _in_input_order(df, _SCHEMAS[name], self.position())

    def build_timeline(self) -> pd.DataFrame:
        """Build this run's timeline from the stored frames and write it to the store; returns it."""
        if self in self.store._pending_timelines:
            self.store._pending_timelines.remove(self)
        pos = self.position()
        arts = _in_input_order(self.store._table("articles", self.ids, ordered=True), schema.ARTICLES, pos)
        claims = _in_input_order(self.store._table("claims", self.ids, ordered=True), schema.CLAIMS, pos)
        timexes = _in_input_order(self.store._table("timexes", self.ids, ordered=True), schema.TIMEXES, pos)
        tl = _timeline(Analysis(articles=arts, claims=claims, timexes=timexes))
        del arts, claims, timexes
        self.store.write_timeline(tl, self.ids)
        self.timeline_built = True
        return tl


def _in_input_order(df: pd.DataFrame, sch: dict, position: pd.Series) -> pd.DataFrame:
    """Rows sorted by their article's input position (stable: an article's rows keep their order)."""
    if len(df) > 1:
        order = position.reindex(df["article_id"].astype(str).to_numpy()).to_numpy()
        if (order[1:] < order[:-1]).any():
            df = df.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)
    return df


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


def analyze(
    articles: Any,
    *,
    n_process: int = 1,
    batch_size: int = 64,
    progress: bool = True,
    store: Any = None,
    errors: str = "collect",
    model: str | None = None,
    timeline: bool = True,
    max_chars: int | None = MAX_CHARS,
) -> Analysis:
    """Analyse a corpus: claims, sources, time expressions and a timeline, in one parse per article.

    Parameters
    ----------
    articles : DataFrame from :func:`newskit.read_articles`, or anything it accepts; or an *iterator* of
        such chunks (e.g. ``(b.to_pandas() for b in pyarrow.parquet.ParquetFile(p).iter_batches())``), so
        that a corpus larger than memory streams in: each chunk is screened, parsed and (with a ``store``)
        committed before the next is read. With ``errors="raise"`` a bad article stops the run at its chunk.
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
    Memory: articles are parsed in a stream (no list of Docs; workers of ``n_process > 1`` send back plain
    rows) and each batch's rows become compact DataFrames at once.

    - Without a ``store`` the frames are the result you asked for, so they are kept in memory and
      concatenated once at the end: memory grows with the number of claims and time expressions found.
    - With a ``store`` each batch is committed to it in one transaction and then dropped: nothing that grows
      with the corpus is kept beyond the input itself and one id and key per article, so peak memory stays
      flat. The returned :class:`Analysis` is *store-backed*: ``analysis.claims`` (and ``articles``,
      ``sources``, ``timexes``) is read from the store on first access, in input order and with the declared
      dtypes, exactly as the in-memory frame would be; ``analysis.timeline`` is built from the stored frames
      on first access and written to the store (the store also builds it, before answering a query or
      closing, when nobody asked yet). Closing the store loads the frames of store-backed Analyses still
      alive. Articles analysed in an earlier run (same text, date and version) are not parsed again.
      What still grows is one article id per article (and the input itself, unless it is streamed in as
      an iterator of chunks).

    Examples
    --------
    >>> import newskit
    >>> a = newskit.analyze(newskit.datasets.seed(), progress=False)
    >>> len(a.articles)
    1
    """
    if errors not in ("collect", "raise"):
        raise ValueError("errors must be 'collect' or 'raise'")
    streamed = _is_stream(articles)
    chunks = iter(articles) if streamed else iter([articles])
    nlp = None
    keep = store is None
    all_ids: list[str] = []
    err_rows: list[dict] = []
    # Rows leave the parse per batch as compact DataFrames (never one dict per row for the whole corpus).
    # Without a store they are kept and concatenated once at the end; with a store each batch is committed
    # in one transaction and dropped (the store-backed Analysis reads the frames back when asked).
    parts: dict[str, list[pd.DataFrame]] = {"claims": [], "sources": [], "timexes": [], "articles": []}
    bar = None
    fresh = False  # did this run write anything (a parse, an error row)? Else a stored timeline may be reused
    for chunk in chunks:
        arts = _as_articles(chunk)
        # A shallow copy with its own `error` column (the only column written to): texts are not copied.
        arts = arts.copy(deep=False)
        arts["error"] = arts["error"].copy()
        chunk_errors = _screen(arts, max_chars)
        if errors == "raise" and chunk_errors:
            raise InputError(f"article {chunk_errors[0]['article_id']!r}: {chunk_errors[0]['message']}")
        err_rows += chunk_errors
        if nlp is None:
            nlp = load_pipeline(model)
        ids = arts["article_id"].astype(str).tolist()
        all_ids += ids
        ok = arts["error"].isna().to_numpy()
        todo = arts[ok]
        items = list(zip(todo["article_id"].astype(str), todo["text"].fillna("").astype(str), todo["published"]))
        del todo
        keys = {aid: text_key(text, pub) for aid, text, pub in items} if store is not None else {}
        done = store.analysed(keys) if store is not None else set()
        if store is not None and not ok.all():
            store.write_batch(arts[~ok], {}, keys=None)
            fresh = True
        fresh = fresh or len(done) < len(items)
        if bar is None:
            bar = _progress(None if streamed else len(items), progress)
        bar.update(len(done))
        position = pd.Series(np.arange(len(arts)), index=pd.Index(ids, dtype="object"))
        _analyze_chunk(
            arts,
            [it for it in items if it[0] not in done] if done else items,
            keys,
            position,
            nlp=nlp,
            n_process=n_process,
            batch_size=batch_size,
            errors=errors,
            store=store,
            parts=parts,
            err_rows=err_rows,
            bar=bar,
        )
        if keep:
            parts["articles"].append(arts)
        del arts, items, keys, done, position
    if bar is not None:
        bar.close()

    if not keep:
        backing = _StoreBacking(store, all_ids, timeline)
        if timeline and not fresh and store._timeline_is_for(all_ids):
            backing.reuse_stored_timeline()  # warm re-run of the same articles: the stored timeline is current
        return Analysis._from_store(backing, schema.frame(err_rows, schema.ERRORS))
    position = pd.Series(np.arange(len(all_ids)), index=pd.Index(all_ids, dtype="object"))
    arts_parts = parts.pop("articles")
    arts = (
        arts_parts[0]
        if len(arts_parts) == 1
        else (pd.concat(arts_parts, ignore_index=True) if arts_parts else _as_articles([]))
    )
    result = Analysis(
        articles=schema.frame(arts, schema.ARTICLES, extra=False),
        claims=_concat(parts["claims"], schema.CLAIMS, position),
        sources=_concat(parts["sources"], schema.SOURCES, position),
        timexes=_concat(parts["timexes"], schema.TIMEXES, position),
        errors=schema.frame(err_rows, schema.ERRORS),
    )
    del parts, arts_parts
    if timeline:
        result.timeline = _timeline(result)
    return result


def _is_stream(articles: Any) -> bool:
    """An iterator or generator (not a list, DataFrame, path or string): a stream of article chunks."""
    return hasattr(articles, "__next__") and not isinstance(articles, (str, bytes, Path, pd.DataFrame))


def _analyze_chunk(
    arts: pd.DataFrame,
    todo_items: list,
    keys: dict,
    position: pd.Series,
    *,
    nlp,
    n_process: int,
    batch_size: int,
    errors: str,
    store: Any,
    parts: dict,
    err_rows: list,
    bar,
) -> None:
    """Parse one chunk of articles; keep its frames (no store) or commit them batch by batch (store)."""
    keep = store is None
    batch: list[tuple[str, dict]] = []
    batch_ids: list[str] = []
    write_every = max(1, batch_size * 4)
    error_col = arts.columns.get_loc("error")

    def flush() -> None:
        if not batch_ids:
            return
        frames = _batch_frames(batch)
        if keep:
            for name, df in frames.items():
                if len(df):
                    parts[name].append(df)
        else:
            store.write_batch(arts.iloc[position[batch_ids].to_numpy()], frames, keys=keys)
        batch.clear()
        batch_ids.clear()

    for aid, rows, exc in _parse_safely(todo_items, nlp, n_process, batch_size, errors, use_cache=keep):
        if exc is not None:
            arts.iat[position[aid], error_col] = f"{type(exc).__name__}: {exc}"
            err_rows.append(_error_row(aid, "extract", exc))
        else:
            batch.append((aid, rows))
        batch_ids.append(aid)
        if len(batch_ids) >= write_every:
            flush()
        bar.update(1)
    flush()


def is_english(language: pd.Series) -> pd.Series:
    """Which articles the English pipeline analyses: language ``en`` or unknown (see :data:`ENGLISH`)."""
    return language.map(lambda v: None if pd.isna(v) else v).isin(ENGLISH)


def _screen(arts: pd.DataFrame, max_chars: int | None) -> list[dict]:
    """Mark articles that will not be analysed (read errors, too long, not English); return their error rows."""
    rows = [_error_row(r.article_id, "read", r.error) for r in arts.itertuples() if pd.notna(r.error)]
    if max_chars is not None:
        too_long = arts["error"].isna() & (arts["n_chars"].fillna(0) > max_chars)
        for idx in arts.index[too_long]:
            msg = (
                f"not analysed: text too long ({int(arts.at[idx, 'n_chars']):,} characters > "
                f"max_chars={max_chars:,}); pass analyze(..., max_chars=None) to analyse it in chunks"
            )
            arts.at[idx, "error"] = msg
            rows.append(_error_row(arts.at[idx, "article_id"], "read", msg))
    non_en = arts["error"].isna() & ~is_english(arts["language"])
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
    if list(df.columns[: len(sch)]) == list(sch) and all(str(df[c].dtype) == str(t) for c, t in sch.items()):
        return df.reset_index(drop=True)  # batch frames already have the declared dtypes: no second copy
    return schema.frame(df, sch)


def _parse_safely(
    items: list[tuple[str, str, Any]], nlp, n_process: int, batch_size: int, errors: str, use_cache: bool = True
) -> Iterator[tuple[str, dict | None, BaseException | None]]:
    """Parse in segments (one ``nlp.pipe`` stream each); when a segment fails, retry its remaining articles
    one by one so that one bad article costs one error row (never a duplicate or a lost row)."""
    step = max(1, batch_size * 32)
    for start in range(0, len(items), step):
        segment = items[start : start + step]
        n_done = 0
        try:
            for aid, rows in parse_rows(
                segment, nlp=nlp, n_process=n_process, batch_size=batch_size, use_cache=use_cache
            ):
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
                ((aid, rows),) = parse_rows([item], nlp=nlp, n_process=1, batch_size=1, use_cache=use_cache)
                yield aid, rows, None
            except KeyboardInterrupt:
                raise
            except Exception as e:  # collected as an error row
                yield item[0], None, e


def _progress(total: int | None, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, disable=not enabled or total == 0, desc="newskit", unit="article")


def _sources(claims: pd.DataFrame) -> pd.DataFrame:
    try:
        from ..frames.sources import extract_sources
    except ImportError:
        return schema.frame([], schema.SOURCES)
    try:
        return extract_sources(claims)
    except NotImplementedError:  # placeholder while the attribution component is being written
        return schema.frame([], schema.SOURCES)


def _timeline(result: Analysis) -> pd.DataFrame:
    try:
        from ..frames.timeline import build_timeline
    except ImportError:
        return schema.frame([], schema.TIMELINE)
    return build_timeline(result.articles, claims=result.claims, timexes=result.timexes)

"""``analyze()``: one pass over a corpus that yields every frame, and the :class:`Analysis` that holds them."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm.auto import tqdm

from ..errors import InputError, NewskitError
from ..frames import ranking, schema
from ..frames.claim_groups import claim_groups as build_claim_groups
from ..frames.duplicates import find_duplicates
from ..frames.sources import extract_sources
from ..frames.timeline import build_timeline
from .extract import _as_articles, claims_frame, timexes_frame, with_title_timexes
from .fingerprint import fingerprint
from .frame_attrs import Frame
from .pipeline import load_pipeline, parse_rows, text_key
from .store import TABLES, Store

__all__ = ["Analysis", "analyze", "read_analysis"]

#: The frames of an :class:`Analysis` (one Parquet file each).
FRAMES = ("articles", "claims", "sources", "timexes", "timeline", "duplicates", "claim_groups", "errors")
_SCHEMAS = {**TABLES, "errors": schema.ERRORS}
#: Frames built from the whole run's frames (not per article), in the order they are built.
_CORPUS_FRAMES = ("timeline", "duplicates", "claim_groups")

#: Key of the fingerprint in the metadata of every Parquet file :meth:`Analysis.to_parquet` writes.
PARQUET_KEY = b"newskit.extraction_version"

#: Languages the English pipeline analyses; None (unknown, e.g. very short text) is given the benefit of doubt.
ENGLISH = {"en", None}

#: Default cap on article length in :func:`analyze` (twice spaCy's default ``max_length``).
MAX_CHARS = 2_000_000


class _StoreFrames:
    """Where a store-backed :class:`Analysis` reads its frames: a store and the run's article ids (input order).

    It only reads, through :meth:`newskit.Store.table`; the store knows nothing of it.
    """

    def __init__(self, store: Store, ids: list[str]):
        self.store = store
        self.ids = ids
        self.position = pd.Series(np.arange(len(ids)), index=pd.Index(ids, dtype="object"))

    def load(self, name: str) -> pd.DataFrame:
        if self.store.closed:
            raise NewskitError(
                f"the store {self.store.path!r} was closed before this analysis read its {name!r} frame; read the "
                "frames (or call analysis.load()) before closing the store, or reopen it and use store.table()"
            )
        df = self.store.table(name, self.ids, ordered=True)
        return df if name in ("timeline", "claim_groups") else _in_input_order(df, self.position)


class Analysis:
    """The result of :func:`analyze`: one DataFrame per view of the corpus.

    Attributes
    ----------
    articles : one row per input article, with ``error`` null when it was analysed
    claims, sources, timexes, timeline : extraction results (see :mod:`newskit.frames.schema`)
    duplicates : copies and wire copy, one row per article (:func:`newskit.find_duplicates`)
    claim_groups : the claims carried by two or more articles (:func:`newskit.claim_groups`)
    errors : one row per article that could not be analysed: ``stage``, ``error_type``, ``message``
    extraction_version : the fingerprint of the pipeline that made the rows (see
        :mod:`newskit.runtime.fingerprint`); None when unknown (frames built by hand, an old Parquet folder)

    An Analysis returned by ``analyze(..., store=store)`` is *store-backed*: its frames live in the store and
    each is read from it on first access (then kept), in the same order and with the same dtypes as the
    in-memory result. Read them, or call :meth:`load`, before the store is closed.
    """

    __slots__ = ("_frames", "_source", "extraction_version")

    def __init__(
        self,
        articles: pd.DataFrame | None = None,
        claims: pd.DataFrame | None = None,
        sources: pd.DataFrame | None = None,
        timexes: pd.DataFrame | None = None,
        timeline: pd.DataFrame | None = None,
        errors: pd.DataFrame | None = None,
        *,
        duplicates: pd.DataFrame | None = None,
        claim_groups: pd.DataFrame | None = None,
        extraction_version: str | None = None,
    ):
        given = {
            "articles": articles,
            "claims": claims,
            "sources": sources,
            "timexes": timexes,
            "timeline": timeline,
            "duplicates": duplicates,
            "claim_groups": claim_groups,
            "errors": errors,
        }
        self._frames = {k: (v if v is not None else schema.frame([], _SCHEMAS[k])) for k, v in given.items()}
        self._source: _StoreFrames | None = None
        self.extraction_version = extraction_version

    @classmethod
    def from_store(
        cls,
        store: Store,
        article_ids: list[str],
        errors: pd.DataFrame | None = None,
        extraction_version: str | None = None,
    ) -> Analysis:
        """A store-backed Analysis of the stored articles ``article_ids`` (in that order): frames are read
        from ``store`` on first access. ``errors`` are the run's error rows (they are not stored)."""
        self = cls.__new__(cls)  # not __init__: it would build seven empty frames only to drop them
        self._frames = {"errors": errors if errors is not None else schema.frame([], _SCHEMAS["errors"])}
        self._source = _StoreFrames(store, list(article_ids))
        self.extraction_version = extraction_version
        return self

    def _get(self, name: str) -> pd.DataFrame:
        df = self._frames.get(name)
        if df is None:
            assert self._source is not None  # every frame is set unless the Analysis is store-backed
            df = self._frames[name] = self._source.load(name)
        return df

    def load(self) -> Analysis:
        """Read every frame not read yet (a store-backed Analysis then no longer needs its store); returns self."""
        for name in FRAMES:
            self._get(name)
        return self

    articles = Frame(
        "One row per input article (:data:`newskit.frames.schema.ARTICLES`); ``error`` null when analysed."
    )
    claims = Frame("One row per claim (:data:`newskit.frames.schema.CLAIMS`).")
    sources = Frame("One row per distinct source per article (:data:`newskit.frames.schema.SOURCES`).")
    timexes = Frame("One row per time expression (:data:`newskit.frames.schema.TIMEXES`).")
    timeline = Frame("One row per dated event, grouped into stories (:data:`newskit.frames.schema.TIMELINE`).")
    duplicates = Frame("Copies and wire copy, one row per article (:data:`newskit.frames.schema.DUPLICATES`).")
    claim_groups = Frame("Claims carried by two or more articles (:data:`newskit.frames.schema.CLAIM_GROUPS`).")
    errors = Frame("One row per article that could not be analysed (:data:`newskit.frames.schema.ERRORS`).")

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
        """Write each frame to ``directory/<name>.parquet`` with the fingerprint in each file's metadata
        (key ``newskit.extraction_version``); returns the directory."""
        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        for name in FRAMES:
            df = getattr(self, name).copy()
            if "mentions" in df.columns:
                df["mentions"] = df["mentions"].map(lambda v: list(v) if isinstance(v, (list, tuple, set)) else v)
            tbl = pa.Table.from_pandas(df, preserve_index=False)
            meta = dict(tbl.schema.metadata or {})
            meta[PARQUET_KEY] = (self.extraction_version or "").encode()
            pq.write_table(tbl.replace_schema_metadata(meta), d / f"{name}.parquet")
        return d


def _in_input_order(df: pd.DataFrame, position: pd.Series) -> pd.DataFrame:
    """Rows sorted by their article's input position (stable: an article's rows keep their order)."""
    if len(df) > 1:
        order = position.reindex(df["article_id"].astype(str).to_numpy()).to_numpy()
        if (order[1:] < order[:-1]).any():
            df = df.iloc[np.argsort(order, kind="stable")].reset_index(drop=True)
    return df


def read_analysis(directory: str | Path) -> Analysis:
    """Read an :class:`Analysis` written by :meth:`Analysis.to_parquet`; its ``extraction_version`` is the
    fingerprint recorded in the files (None when they carry none)."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"no such folder: {str(d)!r}")
    frames, versions = {}, set()
    for name in FRAMES:
        p = d / f"{name}.parquet"
        df = pd.read_parquet(p) if p.exists() else pd.DataFrame()
        if p.exists():
            versions.add((pq.read_schema(p).metadata or {}).get(PARQUET_KEY, b"").decode() or None)
        if "mentions" in df.columns:  # Parquet lists come back as numpy arrays; Analysis holds Python lists
            df["mentions"] = df["mentions"].map(lambda v: v.tolist() if hasattr(v, "tolist") else v)
        frames[name] = schema.frame(df, _SCHEMAS[name])
    version = versions.pop() if len(versions) == 1 else None  # files of mixed origin: unknown
    return Analysis(**frames, extraction_version=version)


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
    store: Store | None = None,
    errors: str = "collect",
    model: str | None = None,
    timeline: bool = True,
    travel: bool = True,
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
    store : :class:`newskit.Store`, optional; articles already analysed with this fingerprint (newskit
        version, extraction code, model) are skipped; articles stored under another one are analysed again
    errors : ``"collect"`` (default: failures become error rows) or ``"raise"``
    model : spaCy model name (see :func:`newskit.load_pipeline`)
    timeline : build the timeline frame (with a ``store``: built from the stored frames at the end of the run
        and written to the store, unless the store already holds the timeline of exactly these articles)
    travel : find copies and wire copy (:func:`newskit.find_duplicates`) and the claims carried by two or
        more articles (:func:`newskit.claim_groups`): the ``duplicates`` and ``claim_groups`` frames (with a
        ``store``: built from the stored frames at the end of the run and written to the store, like the
        timeline); when False both frames are empty
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
      ``sources``, ``timexes``, ``timeline``) is read from the store on first access, in input order and
      with the declared dtypes, exactly as the in-memory frame would be; read them (or call
      :meth:`Analysis.load`) before closing the store. The timeline is built once, at the end of the run,
      from the stored frames (its memory grows with the corpus). Articles analysed in an earlier run (same
      text, date and fingerprint) are not parsed again.
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
    run = _Run(store, errors=errors, n_process=n_process, batch_size=batch_size, max_chars=max_chars, model=model)
    for chunk in iter(articles) if streamed else iter([articles]):
        run.add(_as_articles(chunk), progress, streamed)
    if run.bar is not None:
        run.bar.close()
    wanted = tuple(n for n, on in zip(_CORPUS_FRAMES, (timeline, travel, travel)) if on)
    return run.stored_result(wanted) if store is not None else run.result(wanted)


class _Run:
    """The state of one :func:`analyze` call: chunks go in, an :class:`Analysis` comes out.

    Rows leave the parse per batch as compact DataFrames (never one dict per row for the whole corpus).
    Without a store they are kept and concatenated once at the end; with a store each batch is committed
    in one transaction and dropped (the store-backed Analysis reads the frames back when asked).
    """

    def __init__(self, store: Store | None, *, errors: str, n_process: int, batch_size: int, max_chars, model):
        self.store, self.errors, self.max_chars, self.model = store, errors, max_chars, model
        self.n_process, self.batch_size = n_process, batch_size
        self.nlp: Any = None
        self.fp: str | None = None
        self.ids: list[str] = []
        self.err_rows: list[dict] = []
        self.parts: dict[str, list[pd.DataFrame]] = {"claims": [], "sources": [], "timexes": [], "articles": []}
        self.bar: Any = None
        self.fresh = False  # did this run write anything (a parse, an error row)? Else a stored timeline may stay

    def add(self, arts: pd.DataFrame, progress: bool, streamed: bool) -> None:
        """Screen, parse and keep (or commit) one chunk of articles."""
        store = self.store
        # A shallow copy with its own `error` column (the only column written to): texts are not copied.
        arts = arts.copy(deep=False)
        arts["error"] = arts["error"].copy()
        chunk_errors = _screen(arts, self.max_chars)
        if self.errors == "raise" and chunk_errors:
            raise InputError(f"article {chunk_errors[0]['article_id']!r}: {chunk_errors[0]['message']}")
        self.err_rows += chunk_errors
        if self.nlp is None:
            self.nlp = load_pipeline(self.model)
            self.fp = fingerprint(self.nlp)
        ids = arts["article_id"].astype(str).tolist()
        self.ids += ids
        ok = arts["error"].isna().to_numpy()
        todo = arts[ok]
        items = list(zip(todo["article_id"].astype(str), todo["text"].fillna("").astype(str), todo["published"]))
        del todo
        keys = {aid: text_key(text, pub) for aid, text, pub in items} if store is not None else {}
        done = store.analysed(keys, version=self.fp) if store is not None else set()
        if store is not None and not ok.all():
            store.write_batch(arts[~ok], {}, keys=None, version=self.fp)
            self.fresh = True
        self.fresh = self.fresh or len(done) < len(items)
        if self.bar is None:
            self.bar = _progress(None if streamed else len(items), progress)
        self.bar.update(len(done))
        position = pd.Series(np.arange(len(arts)), index=pd.Index(ids, dtype="object"))
        self._parse(arts, [it for it in items if it[0] not in done] if done else items, keys, position)
        if store is None:
            self.parts["articles"].append(arts)

    def _parse(self, arts: pd.DataFrame, todo_items: list, keys: dict, position: pd.Series) -> None:
        """Parse one chunk of articles; keep its frames (no store) or commit them batch by batch (store)."""
        batch: list[tuple[str, dict]] = []
        batch_ids: list[str] = []
        write_every = max(1, self.batch_size * 4)
        error_col = arts.columns.get_loc("error")
        rows_iter = _parse_safely(
            todo_items, self.nlp, self.n_process, self.batch_size, self.errors, use_cache=self.store is None
        )
        for aid, rows, exc in rows_iter:
            if exc is not None or rows is None:
                arts.iat[position[aid], error_col] = f"{type(exc).__name__}: {exc}"
                self.err_rows.append(_error_row(aid, "extract", exc or "no rows"))
            else:
                batch.append((aid, rows))
            batch_ids.append(aid)
            if len(batch_ids) >= write_every:
                self._flush(arts, batch, batch_ids, keys, position)
            self.bar.update(1)
        self._flush(arts, batch, batch_ids, keys, position)

    def _flush(self, arts, batch: list, batch_ids: list, keys: dict, position: pd.Series) -> None:
        if not batch_ids:
            return
        batch_arts = arts.iloc[position[batch_ids].to_numpy()]
        # titles are short: parsed in this process, after their articles
        rows = with_title_timexes(
            batch, batch_arts, errors=_title_errors(self.errors), nlp=self.nlp, use_cache=self.store is None
        )
        frames = _batch_frames(rows)
        if self.store is None:
            for name, df in frames.items():
                if len(df):
                    self.parts[name].append(df)
        else:
            self.store.write_batch(batch_arts, frames, keys=keys, version=self.fp)
        batch.clear()
        batch_ids.clear()

    def result(self, wanted: tuple[str, ...]) -> Analysis:
        """The in-memory Analysis: the kept frames concatenated once, in input order, and the corpus frames
        ``wanted`` (of :data:`_CORPUS_FRAMES`) built from them."""
        position = pd.Series(np.arange(len(self.ids)), index=pd.Index(self.ids, dtype="object"))
        arts_parts = self.parts.pop("articles")
        arts = (
            arts_parts[0]
            if len(arts_parts) == 1
            else (pd.concat(arts_parts, ignore_index=True) if arts_parts else _as_articles([]))
        )
        frames = {
            "articles": schema.frame(arts, schema.ARTICLES, extra=False),
            "claims": _concat(self.parts["claims"], schema.CLAIMS, position),
            "sources": _concat(self.parts["sources"], schema.SOURCES, position),
            "timexes": _concat(self.parts["timexes"], schema.TIMEXES, position),
        }
        frames.update(corpus_frames(frames.__getitem__, wanted))
        return Analysis(**frames, errors=schema.frame(self.err_rows, schema.ERRORS), extraction_version=self.fp)

    def stored_result(self, wanted: tuple[str, ...]) -> Analysis:
        """The store-backed Analysis; the run's corpus frames ``wanted`` (timeline, duplicates, claim groups)
        are built from the stored frames and written first (each kept when nothing changed and the store holds
        that frame for exactly these articles); the others are empty."""
        store = self.store
        assert store is not None
        result = Analysis.from_store(store, self.ids, schema.frame(self.err_rows, schema.ERRORS), self.fp)
        for name in _CORPUS_FRAMES:
            if name not in wanted:
                result._frames[name] = schema.frame([], _SCHEMAS[name])
        todo = tuple(n for n in wanted if self.fresh or not store.has_frame_for(n, self.ids, self.fp))
        if todo:
            frames = _StoreFrames(store, self.ids)
            loaded: dict[str, pd.DataFrame] = {}

            def load(name: str) -> pd.DataFrame:
                if name not in loaded:
                    loaded[name] = frames.load(name)
                return loaded[name]

            for name, df in corpus_frames(load, todo).items():
                store.write_frame(name, df, self.ids, self.fp)
        return result


def corpus_frames(load: Callable[[str], pd.DataFrame], names: tuple[str, ...]) -> dict[str, pd.DataFrame]:
    """The corpus-level frames ``names`` (of ``timeline``, ``duplicates``, ``claim_groups``), built from the
    per-article frames that ``load(name)`` returns (``articles``, ``claims``, ``timexes``, or a built
    ``duplicates``). Pure pandas: nothing is parsed."""
    out: dict[str, pd.DataFrame] = {}
    if "timeline" in names:
        out["timeline"] = build_timeline(load("articles"), load("claims"), load("timexes"))
    if "duplicates" in names or "claim_groups" in names:
        dups = out["duplicates"] = find_duplicates(load("articles"))
        if "claim_groups" in names:
            out["claim_groups"] = build_claim_groups(load("claims"), load("articles"), duplicates=dups)
        if "duplicates" not in names:
            del out["duplicates"]
    return out


def _is_stream(articles: Any) -> bool:
    """An iterator or generator (not a list, DataFrame, path or string): a stream of article chunks."""
    return hasattr(articles, "__next__") and not isinstance(articles, (str, bytes, Path, pd.DataFrame))


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


def _title_errors(errors: str) -> str:
    """How a title that fails to parse is reported: its article is analysed, so a warning, not an error row."""
    return "raise" if errors == "raise" else "warn"


def _batch_frames(batch: list[tuple[str, dict]]) -> dict[str, pd.DataFrame]:
    """Claims, sources and time expressions of one batch of articles (sources are per article)."""
    claims = claims_frame(batch)
    return {"claims": claims, "sources": extract_sources(claims), "timexes": timexes_frame(batch)}


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
    return tqdm(total=total, disable=not enabled or total == 0, desc="newskit", unit="article")

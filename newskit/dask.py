"""Dask entry point: the same analysis over a Dask DataFrame of articles, on any Dask cluster.

``newskit.dask.analyze(ddf)`` parses every partition with :func:`newskit.runtime.pipeline.parse_rows` on the worker
that holds it. The spaCy pipeline is loaded once per worker process (:func:`newskit.load_pipeline` is
cached per process) and only plain rows travel between tasks, never ``Doc`` objects. Each partition is
parsed once; compute the three frames together (``dask.compute(r.claims, r.sources, r.timexes)`` or
:meth:`DaskAnalysis.to_parquet`) so that the parse is shared.

Dask is optional: ``pip install "newskit[dask]"``.

Examples
--------
>>> import dask.dataframe as dd, newskit, newskit.dask
>>> ddf = dd.from_pandas(newskit.datasets.seed(), npartitions=1)
>>> r = newskit.dask.analyze(ddf)
>>> list(r.claims.columns[:2])
['article_id', 'claim_id']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from .errors import OptionalDependencyError
from .frames import schema
from .frames.sources import extract_sources
from .runtime.analysis import is_english
from .runtime.extract import claims_frame, timexes_frame, with_title_timexes
from .runtime.fingerprint import model_fingerprint
from .runtime.pipeline import load_pipeline, parse_rows

__all__ = ["analyze", "DaskAnalysis"]

_HINT = 'newskit.dask needs Dask: pip install "newskit[dask]" (installs dask[dataframe] and distributed)'


def _require_dask():
    try:
        import dask.dataframe as dd
    except ImportError as e:
        raise OptionalDependencyError(f"{_HINT} ({e})") from e
    return dd


@dataclass
class DaskAnalysis:
    """Lazy results of :func:`analyze`: Dask DataFrames with the columns of :mod:`newskit.frames.schema`."""

    claims: Any
    sources: Any
    timexes: Any
    #: fingerprint of the model named to :func:`analyze` (as installed here; workers need the same install)
    extraction_version: str | None = None

    def compute(self, **kwargs) -> dict[str, pd.DataFrame]:
        """Compute the three frames in one pass (one parse per partition)."""
        import dask

        claims, sources, timexes = dask.compute(self.claims, self.sources, self.timexes, **kwargs)
        return {"claims": claims, "sources": sources, "timexes": timexes}

    def to_parquet(self, directory: str | Path, **kwargs) -> Path:
        """Write ``directory/claims/``, ``sources/`` and ``timexes/`` Parquet directories in one pass, with
        the fingerprint in the files' metadata (key ``newskit.extraction_version``)."""
        import dask

        d = Path(directory)
        # `mentions` (sources) is an object column of lists: Dask cannot infer its Parquet type from meta
        schemas = {"sources": {"mentions": pa.list_(pa.string())}}
        tasks = [
            getattr(self, name).to_parquet(
                str(d / name),
                compute=False,
                write_index=False,
                custom_metadata={"newskit.extraction_version": self.extraction_version or ""},
                **{"schema": schemas.get(name, "infer"), **kwargs},
            )
            for name in ("claims", "sources", "timexes")
        ]
        dask.compute(*tasks)
        return d


def analyze(ddf, *, model: str | None = None, batch_size: int = 64) -> DaskAnalysis:
    """Claims, sources and time expressions of a Dask DataFrame of articles, as Dask DataFrames.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        Articles with the columns of :func:`newskit.read_articles` output (at least ``article_id`` and
        ``text``; ``published``, ``language`` and ``error`` are used when present). Articles with an
        ``error`` or a language other than English are skipped, as in :func:`newskit.analyze`.
    model : str, optional
        spaCy model name (see :func:`newskit.load_pipeline`), loaded once per worker process.
    batch_size : int
        Articles per ``nlp.pipe`` batch inside a partition.

    Returns
    -------
    DaskAnalysis
        ``claims``, ``sources``, ``timexes``: lazy Dask DataFrames with ``meta`` from :mod:`newskit.frames.schema`
        (declared columns only).

    Raises
    ------
    OptionalDependencyError
        When Dask is not installed.
    """
    _require_dask()
    if "article_id" not in ddf.columns or "text" not in ddf.columns:
        raise ValueError(
            "newskit.dask.analyze needs a Dask DataFrame with 'article_id' and 'text' columns "
            "(the output of newskit.read_articles, e.g. dd.from_pandas(read_articles(...)))"
        )
    rows_meta = pd.DataFrame({"article_id": pd.Series([], dtype="string"), "rows": pd.Series([], dtype="object")})
    rows = ddf.map_partitions(_parse_partition, model=model, batch_size=batch_size, meta=rows_meta)
    claims = rows.map_partitions(_claims_partition, meta=schema.frame([], schema.CLAIMS))
    sources = claims.map_partitions(_sources_partition, meta=schema.frame([], schema.SOURCES))
    timexes = rows.map_partitions(_timexes_partition, meta=schema.frame([], schema.TIMEXES))
    return DaskAnalysis(claims=claims, sources=sources, timexes=timexes, extraction_version=model_fingerprint(model))


def _parse_partition(part: pd.DataFrame, model: str | None = None, batch_size: int = 64) -> pd.DataFrame:
    """One row per analysed article: ``article_id`` and its plain ``rows`` dict (runs on a worker)."""
    ok = pd.Series(True, index=part.index)
    if "error" in part.columns:
        ok &= part["error"].isna()
    if "language" in part.columns:
        ok &= is_english(part["language"])
    part = part[ok]
    published = part["published"] if "published" in part.columns else [None] * len(part)
    items = zip(part["article_id"].astype(str), part["text"].fillna("").astype(str), published)
    nlp = load_pipeline(model)
    out = with_title_timexes(
        list(parse_rows(items, nlp=nlp, batch_size=batch_size)), part, nlp=nlp, batch_size=batch_size
    )
    return pd.DataFrame(
        {
            "article_id": pd.Series([a for a, _ in out], dtype="string"),
            "rows": pd.Series([r for _, r in out], dtype="object"),
        }
    )


def _pairs(part: pd.DataFrame) -> list[tuple[str, dict]]:
    return list(zip(part["article_id"].astype(str), part["rows"]))


def _claims_partition(part: pd.DataFrame) -> pd.DataFrame:
    return schema.frame(claims_frame(_pairs(part)), schema.CLAIMS, extra=False)


def _sources_partition(claims: pd.DataFrame) -> pd.DataFrame:
    return schema.frame(extract_sources(claims), schema.SOURCES, extra=False)


def _timexes_partition(part: pd.DataFrame) -> pd.DataFrame:
    return schema.frame(timexes_frame(_pairs(part)), schema.TIMEXES, extra=False)

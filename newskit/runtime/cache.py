"""Share one analysis between notebooks: analyse once, keep the frames as Parquet, read them back next time."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["load_or_analyze", "analysis_key"]


#: The code an analysis depends on (relative to the package); a change to any of it invalidates the cache.
_EXTRACTION_CODE = (
    "ingest",
    "attribution",
    "timex",
    "pipeline.py",
    "extract.py",
    "analysis.py",
    "timeline.py",
    "schema.py",
)

#: Analyses kept per extraction version (the oldest are removed beyond this).
KEEP = 6


def _code_digest() -> str:
    """Digest of newskit's extraction code, so a cache never outlives a change to the extractors."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    files = []
    for name in _EXTRACTION_CODE:
        p = root / name
        files.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p] if p.exists() else [])
    for p in files:
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def analysis_key(articles) -> str:
    """Cache key of a corpus: extraction version, extraction code and every article's text and date."""
    from .extract import _as_articles
    from .pipeline import EXTRACTION_VERSION, text_key

    arts = _as_articles(articles)
    h = hashlib.sha1(EXTRACTION_VERSION.encode())
    h.update(_code_digest().encode())
    for r in arts.itertuples():
        h.update(f"{r.article_id}\x00{text_key(r.text or '', r.published)}\x00".encode())
    return h.hexdigest()[:16]


def load_or_analyze(articles: Any, cache_dir: str | Path, **analyze_kwargs):
    """Return :func:`newskit.analyze` of ``articles``, reading it from ``cache_dir`` when it is there.

    The analysis is stored as Parquet (:meth:`newskit.Analysis.to_parquet`) under
    ``cache_dir/<EXTRACTION_VERSION>/<key>``, where the key covers the articles' text and dates and the
    extraction code; so notebooks run in one session (or one ``make test``) analyse a corpus once, and a
    changed corpus or a new newskit version is analysed afresh. Writing is atomic (a half-written cache is
    never read). Delete the folder to force a fresh analysis.

    Examples
    --------
    >>> import newskit, tempfile
    >>> from newskit.display import load_or_analyze
    >>> a = load_or_analyze(newskit.datasets.seed(), tempfile.mkdtemp(), progress=False)  # doctest: +SKIP
    """
    from .analysis import analyze, read_analysis
    from .pipeline import EXTRACTION_VERSION

    base = Path(cache_dir) / EXTRACTION_VERSION
    target = base / analysis_key(articles)
    if (target / "articles.parquet").exists():
        try:
            return read_analysis(target)
        except Exception:  # unreadable cache (interrupted by an older version, disk trouble): analyse again
            shutil.rmtree(target, ignore_errors=True)
    result = analyze(articles, **analyze_kwargs)
    base.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=base))
    try:
        result.to_parquet(tmp)
        os.replace(tmp, target)
    except OSError:  # another process wrote it first
        shutil.rmtree(tmp, ignore_errors=True)
    _prune(base)
    if (target / "articles.parquet").exists():  # same dtypes on the first run as on every cached run
        return read_analysis(target)
    return result


def _prune(base: Path) -> None:
    entries = sorted(
        (p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".tmp-")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in entries[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)

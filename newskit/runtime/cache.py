"""Share one analysis between notebooks: analyse once, keep the frames as Parquet, read them back next time.

The cache is keyed by the same fingerprint as the row cache and the store
(:mod:`newskit.runtime.fingerprint`: newskit version, extraction code and lexicons, model), so a cached
analysis never outlives a change to any of them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .analysis import FRAMES, Analysis, analyze, read_analysis
from .extract import _as_articles
from .fingerprint import model_fingerprint
from .pipeline import text_key

__all__ = ["load_or_analyze", "analysis_key"]

#: Analyses kept per fingerprint (the oldest are removed beyond this).
KEEP = 6


def analysis_key(articles: Any, version: str | None = None) -> str:
    """Cache key of a corpus: the fingerprint (default model's when None) and every article's text and date."""
    arts = _as_articles(articles)
    h = hashlib.sha1((version or model_fingerprint()).encode())
    for r in arts.itertuples():
        h.update(f"{r.article_id}\x00{text_key(r.text or '', r.published)}\x00".encode())
    return h.hexdigest()[:16]


def _folder_name(version: str) -> str:
    """A folder name for a fingerprint (it holds ``+`` and ``.``, never a path separator)."""
    return "".join(c if c.isalnum() or c in "+.-_" else "_" for c in version)


def load_or_analyze(articles: Any, cache_dir: str | Path, **analyze_kwargs) -> Analysis:
    """Return :func:`newskit.analyze` of ``articles``, reading it from ``cache_dir`` when it is there.

    The analysis is stored as Parquet (:meth:`newskit.Analysis.to_parquet`) under
    ``cache_dir/<fingerprint>/<key>``, where the fingerprint is that of the model named in ``analyze_kwargs``
    (read from the model's metadata, without loading it) and the key covers the articles' text and dates;
    so notebooks run in one session (or one ``make test``) analyse a corpus once, and a changed corpus,
    rule, lexicon, model or newskit version is analysed afresh. Writing is atomic (a half-written cache is
    never read). Delete the folder to force a fresh analysis.

    Examples
    --------
    >>> import newskit, tempfile
    >>> from newskit.display import load_or_analyze
    >>> a = load_or_analyze(newskit.datasets.seed(), tempfile.mkdtemp(), progress=False)  # doctest: +SKIP
    """
    version = model_fingerprint(analyze_kwargs.get("model"))
    base = Path(cache_dir) / _folder_name(version)
    target = base / analysis_key(articles, version)
    if all((target / f"{name}.parquet").exists() for name in FRAMES):  # a folder of an older newskit lacks some
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

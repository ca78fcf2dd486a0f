"""spaCy ``Doc`` extensions newskit registers (the textacy-style registry, in one place).

Every name starts with ``newskit_`` (no clash with another library's ``doc._.published``). They are registered
by :func:`register`, which the factories of ``newskit_attribution`` and ``newskit_timex`` call, so importing
newskit changes nothing in spaCy until a newskit component is added to a pipeline.

Values are kept in ``doc.user_data`` in msgpack-serialisable form (ISO strings for timestamps), so Docs made
by :func:`newskit.load_pipeline` round-trip through ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(n_process=...)``; the getters hand back ``pandas.Timestamp`` objects.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from spacy.tokens import Doc

__all__ = ["DOC_EXTENSIONS", "register"]

_TIME_KEYS = ("date_start", "date_end")


def _iso(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value


def _ts(value: Any) -> Any:
    return pd.Timestamp(value) if isinstance(value, str) else value


def _rows_property(key: str, time_keys: tuple[str, ...] = ()):
    def getter(doc):
        rows = doc.user_data.get(key)
        if rows is None or not time_keys:
            return rows
        return [{k: (_ts(v) if k in time_keys else v) for k, v in r.items()} for r in rows]

    def setter(doc, rows):
        doc.user_data[key] = (
            None if rows is None else [{k: (_iso(v) if k in time_keys else v) for k, v in r.items()} for r in rows]
        )

    return {"getter": getter, "setter": setter}


def _published_getter(doc):
    return _ts(doc.user_data.get("newskit:published"))


def _published_setter(doc, value):
    doc.user_data["newskit:published"] = None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()


#: name -> keyword arguments of ``Doc.set_extension``.
DOC_EXTENSIONS = {
    # pandas.Timestamp (UTC) of publication, or None; set before the pipeline runs
    "newskit_published": {"getter": _published_getter, "setter": _published_setter},
    # list of claim row dicts, set by the newskit_attribution component
    "newskit_claims": _rows_property("newskit:claims"),
    # list of time-expression row dicts, set by the newskit_timex component
    "newskit_timexes": _rows_property("newskit:timexes", _TIME_KEYS),
}


def register() -> None:
    """Register the ``Doc`` extensions (idempotent); called by the newskit component factories."""
    for name, kwargs in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)

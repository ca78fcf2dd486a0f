"""Helpers for the time-expression tests: run the real pipeline on short texts with a publication date."""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.fixture(scope="module")
def nlp():
    """newskit's spaCy pipeline (loaded once per process)."""
    from newskit.runtime.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def timex():
    """``timex(text, published="2025-02-16")`` -> list of (text, type, value) found in ``text``."""
    from newskit.runtime.pipeline import load_pipeline

    nlp = load_pipeline()

    def run(text: str, published: str | None = "2025-02-16", full: bool = False):
        doc = nlp.make_doc(text)
        doc._.newskit_published = pd.Timestamp(published, tz="UTC") if published else None
        doc = next(iter(nlp.pipe([doc])))
        rows = doc._.newskit_timexes
        return rows if full else [(r["text"], r["type"], r["value"]) for r in rows]

    return run


@pytest.fixture(scope="module")
def value_of(timex):
    """``value_of(text, expression)`` -> the value of the expression whose text contains ``expression``."""

    def run(text: str, expression: str, published: str | None = "2025-02-16"):
        hits = [v for t, _, v in timex(text, published) if expression in t or t in expression]
        assert hits, f"{expression!r} not found in {timex(text, published)}"
        return hits[0]

    return run

"""Shared fixtures: paths to real test files and the bundled corpora, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
FILES = TESTS / "ingest" / "files"


@pytest.fixture(scope="session")
def files() -> Path:
    return FILES


@pytest.fixture(scope="session")
def seed_articles():
    import newskit

    return newskit.datasets.seed()


@pytest.fixture(scope="session")
def wikinews_articles():
    import newskit

    return newskit.datasets.wikinews()


@pytest.fixture
def fail_extraction_on(monkeypatch):
    """Make extraction raise ``RuntimeError("...")`` for Docs whose text starts with a given prefix.

    Call it as ``fail_extraction_on(prefix, message="boom")``; other Docs are extracted as usual.
    """
    from newskit.runtime import pipeline

    real = pipeline._doc_rows

    def install(prefix: str, message: str = "boom") -> None:
        def flaky(doc):
            if doc.text.startswith(prefix):
                raise RuntimeError(message)
            return real(doc)

        monkeypatch.setattr(pipeline, "_doc_rows", flaky)

    return install

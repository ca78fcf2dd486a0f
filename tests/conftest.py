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

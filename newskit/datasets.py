"""Bundled corpora: Wikinews (295 dated articles, CC BY 2.5) and the seed article.

The files live in the repository's ``data/`` folder. A wheel ships them inside the package as
``newskit/_data`` (see ``pyproject.toml``); an editable or source checkout reads ``data/`` beside the package.
Either way the loaders work from any working directory.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .ingest import read_articles

__all__ = ["data_dir", "wikinews", "seed"]


def data_dir() -> Path:
    """Folder holding the bundled corpora (package data first, then the source checkout's ``data/``).

    Examples
    --------
    >>> (data_dir() / "wikinews" / "wikinews.csv").exists()
    True
    """
    here = Path(__file__).resolve().parent
    for cand in (here / "_data", here.parent / "data"):
        if (cand / "wikinews" / "wikinews.csv").exists():
            return cand
    raise FileNotFoundError("newskit's bundled data is missing; reinstall newskit (pip install newskit)")


def wikinews() -> pd.DataFrame:
    """295 dated English Wikinews articles (2019-01 to 2021-03), CC BY 2.5, as an articles DataFrame.

    Examples
    --------
    >>> len(wikinews())
    295
    """
    return read_articles(data_dir() / "wikinews" / "wikinews.csv")


def seed() -> pd.DataFrame:
    """The seed article (a scraped story on a U.S. questionnaire about Ukraine security guarantees).

    Examples
    --------
    >>> seed()["author"].iloc[0]
    'Violetta Baran'
    """
    return read_articles(data_dir() / "seed" / "ukraine-security-survey.txt")  # the folder also holds its README

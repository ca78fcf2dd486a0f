"""One fingerprint (newskit version + extraction code and lexicons + model) keys the row cache, the notebook
cache and the store, and travels with every stored row and Parquet file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pyarrow.parquet as pq
import pytest
import spacy

import newskit
import newskit.runtime.pipeline as pipeline_mod
from newskit.cli import main
from newskit.runtime.fingerprint import MODEL_CANDIDATES, fingerprint, model_fingerprint

PACKAGE = Path(newskit.__file__).resolve().parent

ARTICLES = [
    {
        "article_id": "bridge",
        "published": "2025-02-16",
        "text": "The mayor said on Monday that the bridge would reopen in March. "
        "Officials told reporters that repairs had cost $2 million.",
    },
    {
        "article_id": "vote",
        "published": "2025-02-16",
        "text": "Lawmakers will vote on Friday, the speaker said. "
        "Finnish President Alexander Stubb said Europe was ready. Greenpeace said the plan was a mistake.",
    },
]


def test_extraction_version_names_the_package_the_rules_and_the_model():
    nlp = newskit.load_pipeline()
    v = newskit.EXTRACTION_VERSION
    assert v.startswith(newskit.__version__ + "+rules.")
    assert f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}" in v
    assert fingerprint(nlp) == v == model_fingerprint(None)  # read without loading == from the loaded pipeline


def test_version_has_one_source():
    toml = (PACKAGE.parent / "pyproject.toml").read_text()
    assert 'dynamic = ["version"]' in toml and 'path = "newskit/_version.py"' in toml
    assert newskit.__version__ == "0.2.0"


@pytest.fixture
def other_model(tmp_path_factory):
    """The installed model saved without its entity recogniser: another pipeline, same meta name."""
    name = next(c for c in MODEL_CANDIDATES if spacy.util.is_package(c))
    path = tmp_path_factory.mktemp("model") / "no_ner"
    spacy.load(name, exclude=["ner"]).to_disk(path)
    return str(path)


def test_another_pipeline_never_gets_the_cached_rows_of_the_first(other_model):
    arts = newskit.read_articles(ARTICLES)
    first = newskit.analyze(arts, progress=False)
    other = newskit.analyze(arts, progress=False, model=other_model)  # the row cache holds the first model's rows
    assert other.extraction_version != first.extraction_version
    pipeline_mod._ROW_CACHE.clear()
    fresh = newskit.analyze(arts, progress=False, model=other_model)
    for name in ("claims", "timexes", "sources"):
        pdt.assert_frame_equal(getattr(other, name), getattr(fresh, name))
    # the test means something: without an entity recogniser the rows differ
    assert not first.claims[["source_name", "source_kind"]].equals(fresh.claims[["source_name", "source_kind"]])


def test_every_store_row_and_parquet_file_carries_the_fingerprint(tmp_path):
    arts = newskit.read_articles(ARTICLES)
    with newskit.Store(tmp_path / "s.duckdb") as store:
        result = newskit.analyze(arts, progress=False, store=store).load()
        for table in ("articles", "claims", "sources", "timexes", "timeline"):
            got = store.sql(f"SELECT DISTINCT extraction_version AS v FROM {table}")["v"].tolist()
            assert got == [newskit.EXTRACTION_VERSION], table
        assert store.stale().empty
    out = result.to_parquet(tmp_path / "out")
    for f in out.glob("*.parquet"):
        assert pq.read_schema(f).metadata[b"newskit.extraction_version"] == newskit.EXTRACTION_VERSION.encode()
    assert newskit.read_analysis(out).extraction_version == newskit.EXTRACTION_VERSION
    assert (
        main(["analyze", str(tmp_path / "out" / "articles.parquet"), "--out", str(tmp_path / "cli"), "--no-progress"])
        == 0
    )
    meta = pq.read_schema(tmp_path / "cli" / "claims.parquet").metadata
    assert meta[b"newskit.extraction_version"] == newskit.EXTRACTION_VERSION.encode()


def test_rows_of_another_fingerprint_are_reported_and_reanalysed(tmp_path, monkeypatch):
    arts = newskit.read_articles(ARTICLES)
    with newskit.Store(tmp_path / "s.duckdb") as store:
        newskit.analyze(arts.head(1), progress=False, store=store)
        # the first article as an older newskit stored it
        store.write_batch(arts.head(1), {}, version="0.1.0")
        assert store.stale()["article_id"].tolist() == ["bridge"]
        assert store.stale()["extraction_version"].tolist() == ["0.1.0"]
        pipeline_mod._ROW_CACHE.clear()
        newskit.analyze(arts, progress=False, store=store)
        assert store.stale().empty
        assert len(store.claims()[lambda c: c["article_id"] == "bridge"]) >= 1  # re-analysed, rows back


_RUN = textwrap.dedent(
    """
    import json, sys
    import newskit
    arts = newskit.read_articles(json.loads(sys.argv[2]))
    with newskit.Store(sys.argv[1]) as store:
        stale = store.stale()["article_id"].tolist() if hasattr(store, "stale") else None  # (newskit 0.1 had none)
        newskit.analyze(arts, progress=False, store=store)
        rows = store.con.execute("SELECT article_id, extraction_version, analysed_at FROM articles ORDER BY 1").fetchall()
        print(json.dumps({"version": newskit.EXTRACTION_VERSION, "stale_before": stale, "stored": rows}, default=str))
    """
)


@pytest.mark.slow
def test_a_store_written_before_a_lexicon_change_reanalyses_its_articles(tmp_path):
    """End to end, in a copy of the package: analyse into a store, change one lexicon file, run again."""
    import json

    pkg = tmp_path / "pkg"
    shutil.copytree(PACKAGE, pkg / "newskit", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(pkg)}
    db, script = str(tmp_path / "s.duckdb"), str(tmp_path / "run.py")
    Path(script).write_text(_RUN)

    def run() -> dict:
        r = subprocess.run([sys.executable, script, db, json.dumps(ARTICLES)], env=env, capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
        return json.loads(r.stdout.strip().splitlines()[-1])

    before = run()
    lexicon = pkg / "newskit" / "core" / "timex" / "lexicon.py"
    lexicon.write_text(lexicon.read_text() + "\n# one more line\n")
    after = run()
    assert all(a[2] != b[2] for a, b in zip(after["stored"], before["stored"]))  # analysed again
    assert after["version"] != before["version"]
    assert sorted(after["stale_before"]) == ["bridge", "vote"]  # reported, not served as current
    assert [r[1] for r in after["stored"]] == [after["version"]] * 2


def test_load_or_analyze_is_keyed_by_the_fingerprint(tmp_path, monkeypatch):
    from newskit.runtime import cache

    arts = newskit.read_articles(ARTICLES)
    cache.load_or_analyze(arts, tmp_path, progress=False)
    assert [p.name for p in tmp_path.iterdir()] == [newskit.EXTRACTION_VERSION]
    calls = []
    monkeypatch.setattr(cache, "analyze", lambda *a, **k: calls.append(1) or newskit.analyze(*a, **k))
    cache.load_or_analyze(arts, tmp_path, progress=False)
    assert calls == []  # same fingerprint: read back
    monkeypatch.setattr(cache, "model_fingerprint", lambda model=None: "0.2.0+rules.000000000000+other")
    cache.load_or_analyze(arts, tmp_path, progress=False)
    assert calls == [1]  # another fingerprint: analysed afresh
    assert pd.Series(sorted(p.name for p in tmp_path.iterdir())).str.contains("other").any()

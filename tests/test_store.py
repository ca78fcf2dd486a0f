"""The DuckDB store: round trip, skip on re-run, interrupted runs, Parquet round trip."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pdt
import pytest

import newskit
import newskit.runtime.analysis as analysis_mod
import newskit.runtime.pipeline as pipeline_mod
from newskit import Store

N_ARTICLES = 20
IDS = {
    "claims": "claim_id",
    "sources": "source_id",
    "timexes": "timex_id",
    "timeline": "event_id",
    "articles": "article_id",
    "errors": "article_id",
}


@pytest.fixture(scope="module")
def articles():
    return newskit.datasets.wikinews().head(N_ARTICLES).reset_index(drop=True)


@pytest.fixture(scope="module")
def baseline(articles):
    return newskit.analyze(articles, progress=False)


@pytest.fixture
def no_row_cache(monkeypatch):
    """Every article is really parsed (the per-process row cache would make repeats free)."""
    monkeypatch.setattr(pipeline_mod, "_ROW_CACHE", type(pipeline_mod._ROW_CACHE)())
    monkeypatch.setattr(pipeline_mod, "_ROW_CACHE_SIZE", 0)


def same(a: pd.DataFrame, b: pd.DataFrame, name: str) -> None:
    key = IDS[name]
    a = a.sort_values(key, kind="stable").reset_index(drop=True)
    b = b[list(a.columns)].sort_values(key, kind="stable").reset_index(drop=True)
    pdt.assert_frame_equal(a, b, check_dtype=True)


def count_parsed(monkeypatch) -> list:
    """Record the article ids that reach the parser."""
    seen: list[str] = []
    real = analysis_mod.parse_rows

    def spy(items, **kw):
        for aid, rows in real(items, **kw):
            seen.append(aid)
            yield aid, rows

    monkeypatch.setattr(analysis_mod, "parse_rows", spy)
    return seen


def test_store_round_trip(tmp_path, articles, baseline):
    with Store(tmp_path / "news.duckdb") as store:
        result = newskit.analyze(articles, progress=False, store=store)
        for name in ("claims", "sources", "timexes", "timeline"):
            same(getattr(result, name), getattr(baseline, name), name)
            same(store.table(name), getattr(result, name), name)
        stored = store.articles()
        assert set(stored["article_id"]) == set(articles["article_id"])
        same(stored, result.articles, "articles")
    # reopened from disk: same tables, lists in `mentions` come back as lists
    with Store(tmp_path / "news.duckdb", read_only=True) as store:
        same(store.claims(), result.claims, "claims")
        sources = store.sources()
        same(sources, result.sources, "sources")
        assert all(isinstance(m, list) for m in sources["mentions"].dropna())
        n = store.sql("SELECT count(*) AS n FROM claims WHERE article_id = ?", articles["article_id"][0])
        assert int(n["n"].iloc[0]) == int((result.claims["article_id"] == articles["article_id"][0]).sum())


def test_rerun_skips_analysed_articles(tmp_path, articles, monkeypatch):
    store = Store(tmp_path / "news.duckdb")
    first = newskit.analyze(articles, progress=False, store=store)
    seen = count_parsed(monkeypatch)
    again = newskit.analyze(articles, progress=False, store=store)
    assert seen == []  # nothing parsed: every article was already in the store
    for name in ("articles", "claims", "sources", "timexes", "timeline"):
        same(getattr(again, name), getattr(first, name), name)
    # an edited article (new text) is analysed again, and only that one
    edited = articles.copy()
    edited.loc[3, "text"] = edited.loc[3, "text"] + "\n\nThe mayor said the bridge would reopen."
    newskit.analyze(edited, progress=False, store=store)
    assert seen == [edited.loc[3, "article_id"]]
    # another extraction version analyses everything again
    keys = {a: pipeline_mod.text_key(t, p) for a, t, p in zip(articles.article_id, articles.text, articles.published)}
    assert store.analysed(keys, version="0.0.0-other") == set()
    assert len(store.analysed(keys)) == N_ARTICLES - 1  # the edited one is stored under its new text
    store.close()


@pytest.mark.slow
def test_interrupted_run_resumes_to_the_same_tables(tmp_path, articles, monkeypatch, no_row_cache):
    with Store(tmp_path / "full.duckdb") as store:
        full = newskit.analyze(articles, progress=False, store=store, batch_size=2).load()
        full_tables = {n: store.table(n) for n in ("articles", "claims", "sources", "timexes", "timeline")}

    real = analysis_mod.parse_rows
    stop_after = 13  # batch_size=2 commits every 8 articles: the interruption hits the middle of a batch

    def interrupted(items, **kw):
        for pair in real(items, **kw):
            if len(seen) >= stop_after:
                raise KeyboardInterrupt
            seen.append(pair[0])
            yield pair

    seen: list[str] = []
    monkeypatch.setattr(analysis_mod, "parse_rows", interrupted)
    path = tmp_path / "resumed.duckdb"
    with Store(path) as store:
        with pytest.raises(KeyboardInterrupt):
            newskit.analyze(articles, progress=False, store=store, batch_size=2)
    with Store(path) as store:
        # consistent: only whole batches, and no rows of articles that are not marked analysed
        stored = set(store.articles()["article_id"])
        assert len(stored) == 8
        for name in ("claims", "sources", "timexes"):
            assert set(store.table(name)["article_id"]) <= stored
        monkeypatch.setattr(analysis_mod, "parse_rows", real)
        seen2 = count_parsed(monkeypatch)
        resumed = newskit.analyze(articles, progress=False, store=store, batch_size=2).load()
        assert sorted(seen2) == sorted(set(articles["article_id"]) - stored)  # only the missing ones
        for name, table in full_tables.items():
            same(store.table(name), table, name)
    for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
        same(getattr(resumed, name), getattr(full, name), name)


def test_analysis_parquet_round_trip(tmp_path, baseline):
    out = baseline.to_parquet(tmp_path / "out")
    back = newskit.read_analysis(out)
    for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
        same(getattr(back, name), getattr(baseline, name), name)
    assert all(isinstance(m, list) for m in back.sources["mentions"].dropna())


def test_sql_over_the_tables(tmp_path, articles):
    with Store(tmp_path / "news.duckdb") as store:
        result = newskit.analyze(articles, progress=False, store=store)
        by_kind = store.sql("SELECT source_kind, count(*) AS n FROM claims GROUP BY 1 ORDER BY 1")
        expected = result.claims.groupby("source_kind").size()
        assert dict(zip(by_kind["source_kind"].dropna(), by_kind["n"].dropna())) == {k: v for k, v in expected.items()}
        assert "articles" in repr(store)


def test_store_backed_analysis_loads_frames_equal_to_the_in_memory_ones(tmp_path, articles, baseline, no_row_cache):
    arts = articles.copy()
    arts.loc[7, "language"] = "fr"  # screened: an error row, not analysed
    in_memory = newskit.analyze(arts, progress=False)
    assert len(in_memory.errors) == 1
    with Store(tmp_path / "news.duckdb") as store:
        lazy = newskit.analyze(arts, progress=False, store=store)
        assert lazy._source is not None
        assert set(lazy._frames) == {"errors"}  # nothing but the (small) error rows kept in memory
        for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
            got, exp = getattr(lazy, name), getattr(in_memory, name)
            # same rows in the same order (input-article order), same columns and dtypes
            pdt.assert_frame_equal(got.reset_index(drop=True), exp.reset_index(drop=True), check_dtype=True)
            assert getattr(lazy, name) is got  # loaded once, then kept
        same(store.timeline(), in_memory.timeline, "timeline")  # the timeline was written by analyze()
        assert lazy.summary() == in_memory.summary()
        assert repr(lazy) == repr(in_memory)
        assert lazy._repr_html_() == in_memory._repr_html_()
        back = newskit.read_analysis(lazy.to_parquet(tmp_path / "out"))
        same(back.claims, in_memory.claims, "claims")


def test_analyze_writes_the_timeline_and_the_store_never_calls_back(tmp_path, articles, baseline, monkeypatch):
    with Store(tmp_path / "news.duckdb") as store:
        lazy = newskit.analyze(articles, progress=False, store=store)
        assert "timeline" not in lazy._frames  # written to the store by analyze(), not kept in memory
        same(store.timeline(), baseline.timeline, "timeline")
        # reading never writes: sql() and repr() leave the store as it was (no timeline built on the side)
        writes: list[str] = []
        real_replace = Store._replace
        monkeypatch.setattr(Store, "_replace", lambda self, *a, **k: writes.append("w") or real_replace(self, *a, **k))
        assert int(store.sql("SELECT count(*) AS n FROM timeline")["n"].iloc[0]) == len(baseline.timeline)
        assert "timeline events" in repr(lazy)
        assert writes == []
        monkeypatch.undo()
        again = newskit.analyze(articles, progress=False, store=store).load()  # warm: nothing parsed
        unread = newskit.analyze(articles, progress=False, store=store)
        lazy.load()
    # the store is closed: analyses that were loaded keep their frames; an unread frame is a clear error
    for result in (lazy, again):
        for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
            pdt.assert_frame_equal(
                getattr(result, name).reset_index(drop=True),
                getattr(baseline, name).reset_index(drop=True),
                check_dtype=True,
            )
    with pytest.raises(newskit.NewskitError, match="closed"):
        _ = unread.claims
    with Store(tmp_path / "news.duckdb", read_only=True) as store:
        same(store.timeline(), baseline.timeline, "timeline")


def test_store_backed_analysis_with_extract_errors(tmp_path, articles, fail_extraction_on, no_row_cache):
    bad = articles["article_id"][4]
    fail_extraction_on(articles["text"][4][:200])
    in_memory = newskit.analyze(articles, progress=False, batch_size=4)
    with Store(tmp_path / "news.duckdb") as store:
        lazy = newskit.analyze(articles, progress=False, batch_size=4, store=store)
        assert lazy.errors["article_id"].tolist() == [bad]
        for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
            pdt.assert_frame_equal(
                getattr(lazy, name).reset_index(drop=True),
                getattr(in_memory, name).reset_index(drop=True),
                check_dtype=True,
            )
        assert bad not in store.analysed({bad: pipeline_mod.text_key(articles["text"][4], articles["published"][4])})


@pytest.mark.slow
def test_articles_streamed_in_chunks_give_the_same_analysis(tmp_path, articles, baseline):
    chunks = lambda: (articles.iloc[i : i + 7] for i in range(0, len(articles), 7))  # noqa: E731
    in_memory = newskit.analyze(chunks(), progress=False)
    with Store(tmp_path / "news.duckdb") as store:
        lazy = newskit.analyze(chunks(), progress=False, store=store)
        for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
            for got in (getattr(in_memory, name), getattr(lazy, name)):
                pdt.assert_frame_equal(
                    got.reset_index(drop=True), getattr(baseline, name).reset_index(drop=True), check_dtype=True
                )

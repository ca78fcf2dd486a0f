"""Scale behaviour of analyze(): multiprocessing, chunking of long articles, error isolation."""

from __future__ import annotations

import pytest
from test_store import no_row_cache, same  # noqa: F401,F811  (fixture and helper)

import newskit
import newskit.runtime.pipeline as pipeline_mod

pytestmark = pytest.mark.slow  # n_process=2 and chunked re-parses of 20 articles

N_ARTICLES = 20


@pytest.fixture(scope="module")
def articles():
    return newskit.datasets.wikinews().head(N_ARTICLES).reset_index(drop=True)


def test_n_process_2_equals_n_process_1(articles, no_row_cache):
    one = newskit.analyze(articles, progress=False, n_process=1, batch_size=4)
    two = newskit.analyze(articles, progress=False, n_process=2, batch_size=4)
    assert len(one.claims) > 0
    for name in ("articles", "claims", "sources", "timexes", "timeline", "errors"):
        same(getattr(two, name), getattr(one, name), name)


def test_long_articles_are_chunked_with_correct_offsets(articles, monkeypatch, no_row_cache):
    whole = newskit.analyze(articles.head(6), progress=False)
    monkeypatch.setattr(pipeline_mod, "DEFAULT_CHUNK_CHARS", 1500)  # several chunks per article
    chunked = newskit.analyze(articles.head(6), progress=False, max_chars=None)
    text = dict(zip(articles["article_id"], articles["text"]))
    for r in chunked.claims.itertuples():
        assert text[r.article_id][r.content_start : r.content_end] == r.content
    for r in chunked.timexes.itertuples():
        assert text[r.article_id][r.start : r.end] == r.text
    # most claims do not straddle a chunk boundary, so they are found either way
    key = ["article_id", "content_start", "content_end"]
    common = whole.claims[key].merge(chunked.claims[key])
    assert len(common) >= 0.8 * len(whole.claims)


def test_one_failing_article_costs_one_error_row_without_duplicates(articles, fail_extraction_on, no_row_cache):
    bad = articles["article_id"][5]
    fail_extraction_on(articles["text"][5][:200])
    result = newskit.analyze(articles, progress=False, batch_size=4)
    assert result.errors["article_id"].tolist() == [bad]
    assert result.errors["stage"].tolist() == ["extract"]
    assert result.articles.set_index("article_id").loc[bad, "error"].startswith("RuntimeError")
    assert bad not in set(result.claims["article_id"])
    assert result.claims["claim_id"].is_unique
    assert set(result.claims["article_id"]) <= set(articles["article_id"]) - {bad}
    with pytest.raises(RuntimeError):
        newskit.analyze(articles, progress=False, batch_size=4, errors="raise")

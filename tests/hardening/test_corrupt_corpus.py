"""A corpus of 1,000 article files of which 10% are corrupt completes: 900 analysed, 100 error rows."""

from __future__ import annotations

import pytest

import newskit


def paragraphs(wikinews, n):
    out = []
    for text in wikinews["text"]:
        for p in text.split("\n\n"):
            p = p.strip()
            if len(p) >= 80 and p not in out:
                out.append(p)
                if len(out) == n:
                    return out
    raise AssertionError("not enough paragraphs")


@pytest.mark.slow
def test_thousand_files_with_hundred_corrupt(tmp_path, wikinews_articles):
    good = paragraphs(wikinews_articles, 900)
    for i, p in enumerate(good):
        (tmp_path / f"good-{i:04d}.txt").write_text(p, encoding="utf-8")
    for i in range(25):
        (tmp_path / f"bad-empty-{i:02d}.txt").write_bytes(b"")
        (tmp_path / f"bad-binary-{i:02d}.txt").write_bytes(bytes(range(256)) * 4)
        (tmp_path / f"bad-nobody-{i:02d}.html").write_text("<html><head><title>x</title></head></html>")
        (tmp_path / f"bad-json-{i:02d}.json").write_text('{"text": "unterminated')
    arts = newskit.read_articles(tmp_path)
    assert len(arts) == 1000
    res = newskit.analyze(arts, progress=False)
    assert len(res.articles) == 1000
    ok = res.articles["error"].isna()
    assert ok.sum() == 900
    assert res.articles.loc[ok, "article_id"].str.startswith("good-").all()
    assert len(res.errors) == 100
    assert res.errors["article_id"].str.startswith("bad-").all()
    assert res.errors["message"].str.len().gt(0).all()
    assert res.claims["article_id"].isin(res.articles.loc[ok, "article_id"]).all()
    assert res.claims["article_id"].nunique() > 100

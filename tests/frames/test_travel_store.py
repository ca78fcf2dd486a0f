"""The travel frames work the same on a store-backed analysis as on an in-memory one (no re-parsing), and
``analyze`` writes them with the other frames: to Parquet, to the store, read back with their fingerprint."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

import newskit
from newskit import Store
from newskit.runtime.analysis import PARQUET_KEY

TEXT = (
    '"The bridge will reopen to traffic on Monday," Mayor Ann Lee said on Friday. The council approved '
    "the repairs in March after engineers found cracks in two of its supports.\n\nThe work cost 4 million "
    "dollars, officials said."
)


def corpus() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["Courier", "Herald", "Post"],
            "published": pd.to_datetime(["2024-05-03", "2024-05-04", "2024-05-04"], utc=True),
            "text": [
                TEXT,
                "By Staff Reporter\n\n" + TEXT,
                "The mayor, Ann Lee, said the bridge would reopen to traffic on Monday.",
            ],
        }
    )


@pytest.fixture(scope="module")
def memory():
    return newskit.analyze(corpus(), progress=False)


def test_store_backed_analysis_gives_the_same_travel_frames(tmp_path, memory):
    arts = corpus()
    with newskit.Store(tmp_path / "s.duckdb") as store:
        stored = newskit.analyze(arts, store=store, progress=False)
        got_dups = newskit.find_duplicates(stored)  # an Analysis is accepted
        got_groups = newskit.claim_groups(
            stored.claims, stored.articles.merge(arts[["article_id", "outlet"]]), duplicates=got_dups
        )
    dups = newskit.find_duplicates(memory.articles)
    groups = newskit.claim_groups(memory.claims, memory.articles.merge(arts[["article_id", "outlet"]]), duplicates=dups)
    pd.testing.assert_frame_equal(got_dups, dups)
    pd.testing.assert_frame_equal(got_groups, groups)
    assert dups.set_index("article_id").loc["b", "duplicate_of"] == "a"
    # the mayor's claim travels to the third article, written in other words
    bridge = groups[groups["content"].str.contains("bridge", na=False)].iloc[0]
    assert bridge.n_articles == 3 and bridge.n_copy_groups == 2 and bridge.first_article_id == "a"


def test_analyze_builds_the_duplicates_and_claim_groups_frames(memory):
    dups, groups = memory.duplicates, memory.claim_groups
    assert list(dups.columns) == list(newskit.frames.schema.DUPLICATES)
    assert list(groups.columns) == list(newskit.frames.schema.CLAIM_GROUPS)
    assert dups["article_id"].tolist() == ["a", "b", "c"]  # one row per article, input order
    assert dups.set_index("article_id").loc["b", "duplicate_of"] == "a"
    bridge = groups[groups["content"].str.contains("bridge", na=False)].iloc[0]
    assert bridge.n_articles == 3 and bridge.n_copy_groups == 2 and bridge.first_outlet == "Courier"
    off = newskit.analyze(corpus(), progress=False, travel=False)
    assert off.duplicates.empty and off.claim_groups.empty


def test_to_parquet_writes_and_reads_back_the_travel_frames(tmp_path, memory):
    out = memory.to_parquet(tmp_path / "out")
    for name in ("duplicates", "claim_groups"):
        meta = pq.read_schema(out / f"{name}.parquet").metadata
        assert meta[PARQUET_KEY].decode() == memory.extraction_version
    back = newskit.read_analysis(out)
    assert back.extraction_version == memory.extraction_version
    pd.testing.assert_frame_equal(back.duplicates, memory.duplicates)
    pd.testing.assert_frame_equal(back.claim_groups, memory.claim_groups)
    assert back.claim_groups["n_articles"].max() == 3


def test_the_store_holds_the_travel_frames_with_their_fingerprint(tmp_path, memory, monkeypatch):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        lazy = newskit.analyze(corpus(), store=store, progress=False)
        assert "duplicates" not in lazy._frames and "claim_groups" not in lazy._frames  # in the store, unread
        pd.testing.assert_frame_equal(store.duplicates(), memory.duplicates)
        pd.testing.assert_frame_equal(store.claim_groups(), memory.claim_groups)
        for name in ("duplicates", "claim_groups"):
            pd.testing.assert_frame_equal(getattr(lazy, name), getattr(memory, name))
            versions = store.sql(f"SELECT DISTINCT extraction_version FROM {name}")["extraction_version"]
            assert versions.tolist() == [memory.extraction_version]
        # a warm re-run parses nothing and rewrites nothing: the stored frames are those of exactly these articles
        writes: list[str] = []
        real = Store._replace
        monkeypatch.setattr(Store, "_replace", lambda self, *a, **k: writes.append(list(a[0])) or real(self, *a, **k))
        again = newskit.analyze(corpus(), store=store, progress=False)
        assert writes == []
        pd.testing.assert_frame_equal(again.claim_groups, memory.claim_groups)
        # fewer articles: the frames are rebuilt for those (the third article no longer carries the claim)
        two = newskit.analyze(corpus().head(2), store=store, progress=False)
        assert ["duplicates"] in writes and ["claim_groups"] in writes
        assert two.duplicates["article_id"].tolist() == ["a", "b"]
        assert two.claim_groups["n_articles"].max() == 2
    with Store(path, read_only=True) as store:  # reopened from disk
        back = newskit.Analysis.from_store(store, ["a", "b"]).load()
        pd.testing.assert_frame_equal(back.duplicates, two.duplicates)
        pd.testing.assert_frame_equal(back.claim_groups, two.claim_groups)

"""The travel frames work the same on a store-backed analysis as on an in-memory one (no re-parsing)."""

from __future__ import annotations

import pandas as pd

import newskit

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


def test_store_backed_analysis_gives_the_same_travel_frames(tmp_path):
    arts = corpus()
    memory = newskit.analyze(arts, progress=False)
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

"""The seed article (published Sunday 2025-02-16) through the public API."""

from __future__ import annotations

import pytest

SEED_ID = "seed-ukraine-security-survey"


@pytest.fixture(scope="module")
def seed_timexes(seed_articles):
    import newskit

    tx = newskit.extract_timexes(seed_articles)
    return tx[tx["article_id"] == SEED_ID].reset_index(drop=True)


@pytest.mark.parametrize(
    "text, value",
    [
        ("the current week", "2025-W07"),
        ("Saturday", "2025-02-15"),
        ("Monday", "2025-02-17"),
        ("Earlier", "PAST_REF"),
    ],
)
def test_seed_values(seed_timexes, text, value):
    hits = seed_timexes[seed_timexes["text"] == text]
    assert len(hits) >= 1, seed_timexes[["text", "value"]]
    assert hits["value"].iloc[0] == value


def test_seed_frame(seed_timexes, seed_articles):
    import newskit

    declared = list(newskit.frames.schema.TIMEXES)
    assert list(seed_timexes.columns[: len(declared)]) == declared
    arts = seed_articles if "n_chars" in seed_articles.columns else newskit.read_articles(seed_articles)
    art = arts.loc[arts["article_id"] == SEED_ID].iloc[0]
    for r in seed_timexes.itertuples():  # offsets into the title for headline rows, else into the text
        assert (art["title"] if r.in_title else art["text"])[r.start : r.end] == r.text
    week = seed_timexes[seed_timexes["value"] == "2025-W07"].iloc[0]
    assert str(week["date_start"].date()) == "2025-02-10" and str(week["date_end"].date()) == "2025-02-17"
    assert week["granularity"] == "week"

"""Property-based tests: random Unicode never raises, and every reported span is exactly the text it names."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit

# Random text biased towards what breaks extractors: quotes of every kind, newlines, odd spaces, cue words.
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "\n",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        " ",
        ". ",
        ", ",
        "said",
        " said ",
        "according to ",
        "told reporters",
        "Monday",
        " on Monday ",
        "last week",
        "1990s",
        "The minister",
        "Reuters",
        " citing ",
        "he",
        "she",
        "\t",
        "—",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(min_size=0, max_size=12)), max_size=40).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_read_articles_never_raises_and_accounts_for_the_row(text):
    arts = newskit.read_articles([{"text": text, "published": "2025-02-16"}])
    assert len(arts) == 1
    row = arts.iloc[0]
    assert row["n_chars"] == len(row["text"])
    assert pd.isna(row["error"]) == bool(row["text"].strip())


@SETTINGS
@given(TEXT)
def test_extract_claims_spans_are_exact(text):
    arts = newskit.read_articles([{"text": text, "published": "2025-02-16"}])
    body = arts["text"].iloc[0]
    for c in newskit.extract_claims(arts).itertuples():
        assert 0 <= c.content_start <= c.content_end <= len(body)
        assert body[c.content_start : c.content_end] == c.content
        if pd.notna(c.source_start):
            assert body[c.source_start : c.source_end] == c.source_mention
        if pd.notna(c.cue_start):
            assert body[c.cue_start : c.cue_end] == c.cue


@SETTINGS
@given(TEXT, st.sampled_from(["2025-02-16", None]))
def test_extract_timexes_spans_are_exact(text, published):
    arts = newskit.read_articles([{"text": text, "published": published}])
    body, title = arts["text"].iloc[0], arts["title"].iloc[0]
    for t in newskit.extract_timexes(arts).itertuples():
        where = title if t.in_title else body  # a headline row's offsets are into the title
        assert 0 <= t.start < t.end <= len(where)
        assert where[t.start : t.end] == t.text

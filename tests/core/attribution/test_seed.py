"""The seed article: the nine claims of issue 3, each with its source, and nothing else."""

from __future__ import annotations

import pandas as pd

# (start of content, source_name, kind, named, count, via) -- written by hand from the article.
EXPECTED = [
    ("The United States has reached out", "Alexander Stubb", "person", True, 1, "Reuters"),
    ("the document seeks information", "diplomat", "person", False, 1, None),
    ("the United States has sent a", "European sources", "person", False, 4, None),
    ("the questionnaire was sent", "European sources", "person", False, 2, None),  # "Two sources" of the four
    ("Washington has requested", "Financial Times", "media", True, 1, None),
    ("the survey is intended", "Alexander Stubb", "person", True, 1, "Reuters"),
    ("Washington", "U.S. State Department spokesperson", "person", False, 1, None),
    ("France is discussing", "French official", "person", False, 1, "Reuters"),
    ("the meeting is to take place", "European diplomats", "person", False, 4, None),
]


def test_seed_has_the_nine_claims(seed_claims):
    c = seed_claims.reset_index(drop=True)
    assert len(c) == 9, c[["content", "source_name"]].values.tolist()
    for (start, name, kind, named, count, via), r in zip(EXPECTED, c.itertuples()):
        assert r.content.startswith(start), (start, r.content)
        assert r.source_name == name, (start, r.source_name)
        assert r.source_kind == kind, (start, r.source_kind)
        assert bool(r.named) == named, (start, r.named)
        assert (None if pd.isna(r.source_count) else int(r.source_count)) == count, (start, r.source_count)
        assert (None if pd.isna(r.via) else r.via) == via, (start, r.via)


def test_seed_mixed_quote_and_merged_source(seed_claims):
    c = seed_claims.reset_index(drop=True)
    assert c.quote_type.iloc[6] == "mixed"
    assert c.source_id.iloc[0] == c.source_id.iloc[5]
    assert not c.content.str.contains("six questions").any()

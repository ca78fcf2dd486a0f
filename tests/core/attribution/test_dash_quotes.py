"""Direct quotes the newswire formats introduce without a "he said" next to them (issue 10): archive quotation
marks closing a paragraph, speaker labels ("NAME: ..."), colon leads, dash attribution lines and quotes with no
speaker near them. Hand-written sentences; expected values written by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit

TEXTS = {
    # the New York Times' feed prints '' for a closing quotation mark: such a paragraph is no headline
    "archive_colon": (
        "The senator spoke for an hour on Monday.\n\n"
        "Asked whether the vote had been hard, Mr. Daley said: ''Of course. He wanted to run.''\n\n"
        "The hall emptied after the speech."
    ),
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    return newskit.extract_claims(arts)


def rows(claims: pd.DataFrame, aid: str) -> list[tuple[str, str]]:
    r = claims[claims["article_id"] == aid]
    return list(zip(r["content"], r["source_name"]))


def test_offsets_are_exact(claims):
    for r in claims.itertuples():
        t = TEXTS[r.article_id]
        assert t[r.content_start : r.content_end] == r.content
        if pd.notna(r.source_start):
            assert t[r.source_start : r.source_end] == r.source_mention


def test_archive_quote_closing_a_paragraph(claims):
    assert ("Of course. He wanted to run.", "Daley") in rows(claims, "archive_colon")

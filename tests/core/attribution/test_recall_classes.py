"""Constructions PolNeAR annotates that newskit missed (issue 10): requests with "ask for".

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import rows, strict_claims

TEXTS = {
    # a request: "ask (someone) for X" is a demand, "ask about X" stays a question
    "ask_for_object": "The governor asked the Supreme Court for a quick ruling on the map.",
    "ask_for": "The landlord asked for proof of income from every tenant.",
    "ask_about": "A reporter asked about the new tariffs.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


def one(claims: pd.DataFrame, aid: str) -> pd.Series:
    r = rows(claims, aid)
    assert len(r) == 1, r[["content", "source_name", "claim_type"]].values.tolist()
    return r.iloc[0]


@pytest.mark.parametrize(
    ("aid", "ctype", "content", "source"),
    [
        ("ask_for_object", "intention", "a quick ruling on the map", "governor"),
        ("ask_for", "intention", "proof of income from every tenant", "landlord"),
        ("ask_about", "question", "the new tariffs", "reporter"),
    ],
)
def test_requests_and_questions(claims, aid, ctype, content, source):
    r = one(claims, aid)
    assert (r.claim_type, r.content, r.source_name) == (ctype, content, source)

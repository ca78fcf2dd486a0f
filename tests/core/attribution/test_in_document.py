"""A sentence opened by "In <document>," reports the document's finding (issue 10: PolNeAR annotates polls,
studies and filings as sources this way). Sentences written by hand; expected values written by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import rows, strict_claims

TEXTS = {
    "poll": "In the new poll, support for the tax has fallen to 41 percent.",
    "filing": "But in the filing, the company lists debts of $40 million.",
    # the clause's own cue owns the claim: no second claim from "In a statement"
    "statement_said": "In a statement, the ministry said the talks would resume.",
    # an event with a speaker of its own is no document
    "speech": "In his speech, the senator looked tired.",
    # a document in the middle of the sentence is a place, not a source
    "mid_sentence": "Support for the tax has fallen in the new poll to 41 percent.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


@pytest.mark.parametrize(
    ("aid", "content", "source"),
    [
        ("poll", "support for the tax has fallen to 41 percent", "the new poll"),
        ("filing", "the company lists debts of $40 million", "the filing"),
    ],
)
def test_in_document_opening_gives_the_documents_finding(claims, aid, content, source):
    r = rows(claims, aid)
    assert r.content.tolist() == [content]
    assert r.source_mention.tolist() == [source]
    assert r.source_kind.tolist() == ["document"]
    assert r.claim_type.tolist() == ["evidence"]


def test_cue_of_the_clause_keeps_its_claim(claims):
    r = rows(claims, "statement_said")
    assert r.cue.tolist() == ["said"]
    assert r.content.tolist() == ["the talks would resume"]


@pytest.mark.parametrize("aid", ["speech", "mid_sentence"])
def test_no_claim_from_events_or_documents_inside_the_sentence(claims, aid):
    assert rows(claims, aid).empty

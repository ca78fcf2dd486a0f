"""How far a content runs (issue 10): predicates that share the content's subject, purpose clauses of a
proposal, and the other clause-extent classes PolNeAR's train split showed.

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import rows, strict_claims

TEXTS = {
    # a second complement of the cue with no subject of its own continues the first one's clause
    "shared_subject": (
        "The auditor said the review had found no fraud, had begun after the merger and been closed in May."
    ),
    # ... but a second complement with a subject of its own is not glued on
    "own_subject": "The mayor said the road was closed, the bridge would stay open.",
    # the purpose of a proposal belongs to what was proposed
    "purpose": "The governor proposed $40 million in grants to help towns repair their bridges.",
    # who heard the praise is not what was praised
    "audience": "The chief praised the volunteers to reporters on Sunday.",
    # the channel a denial went through is not what was denied
    "channel": "The senator denied the accusations through a spokeswoman.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


def test_predicates_sharing_the_subject_stay_in_the_content(claims):
    r = rows(claims, "shared_subject")
    assert r.content.tolist() == ["the review had found no fraud, had begun after the merger and been closed in May"]


def test_complement_with_its_own_subject_is_not_glued_on(claims):
    r = rows(claims, "own_subject")
    assert "the road was closed, the bridge would stay open" not in r.content.tolist()


def test_purpose_clause_of_a_proposal_is_part_of_it(claims):
    r = rows(claims, "purpose")
    assert r.content.tolist() == ["$40 million in grants to help towns repair their bridges"]
    assert r.claim_type.tolist() == ["intention"]


@pytest.mark.parametrize(("aid", "content"), [("audience", "the volunteers"), ("channel", "the accusations")])
def test_audience_and_channel_are_not_part_of_a_nominal_content(claims, aid, content):
    assert rows(claims, aid).content.tolist() == [content]

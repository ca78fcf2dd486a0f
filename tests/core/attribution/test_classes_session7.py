"""Content boundaries (issue 10, session 7): fragments that are no claim, and where a content ends.

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import one, rows, strict_claims

TEXTS = {
    # a connective before an interrupting cue is no content, also when a quotation follows the cue
    "connective_quote": 'But, the senator said, "democracy is a series of choices."',
    "however_quote": 'However, the minister added, "we will not give up."',
    "connective_clause": "Otherwise, she said, countries may simply steal growth from each other.",
    # a quotation split by its cue stays two claims (the dev gold's convention)
    "split_quote": '"The plan," the minister said, "would cost billions."',
    # a verb outside the cue lists with a person or body as subject and a clause right after it: a stance
    "learned_that": "She learned that her father had never finished the paperwork.",
    "decided_that": "The committee decided that the vote would take place in May.",
    "hopes_clause": "The company hopes the merger will close in June.",
    "betting_that": "The senator is betting that voters will reward her independence.",
    # no stance: a causative or light verb, a subject that holds no view, a clause that is not the verb's
    "made_sure": "He made sure that the doors were locked.",
    "rain_meant": "The storm meant that the match was cancelled.",
    "began_and": "The convention began on Monday and will end with a vote on Thursday.",
    # a passive with its agent named: the subject is what was said or judged
    "confirmed_by": "Her death was confirmed by her family on Monday.",
    "criticized_by": "The decision was criticized by human rights groups.",
    # the passive subject is the person addressed or accused, not a content
    "told_by": "He was told by police to leave the building.",
    "accused_by": "The mayor was accused by prosecutors of fraud.",
    "it_confirmed": "It was confirmed by the ministry on Monday.",
    "call_seconded": "The call was quickly seconded by the German chancellor.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("connective_quote", "democracy is a series of choices."),
        ("however_quote", "we will not give up."),
        ("connective_clause", "countries may simply steal growth from each other."),
    ],
)
def test_connective_before_the_cue_is_no_claim(claims, aid, content):
    assert one(claims, aid).content == content


def test_split_quote_keeps_both_pieces(claims):
    assert list(rows(claims, "split_quote").content) == ["The plan,", "would cost billions."]


@pytest.mark.parametrize(
    ("aid", "source", "content"),
    [
        ("learned_that", "She", "her father had never finished the paperwork"),
        ("decided_that", "The committee", "the vote would take place in May"),
        ("hopes_clause", "The company", "the merger will close in June"),
        ("betting_that", "The senator", "voters will reward her independence"),
    ],
)
def test_verb_with_a_clause_reports_a_stance(claims, aid, source, content):
    r = one(claims, aid)
    assert (r.source_mention, r.content.rstrip("."), r.claim_type) == (source, content, "belief")


@pytest.mark.parametrize("aid", ["made_sure", "rain_meant", "began_and"])
def test_no_stance_without_a_viewer_or_with_a_light_verb(claims, aid):
    assert rows(claims, aid).empty


@pytest.mark.parametrize(
    ("aid", "source", "content", "ctype"),
    [
        ("confirmed_by", "her family", "Her death", "statement"),
        ("criticized_by", "human rights groups", "The decision", "evaluation"),
    ],
)
def test_passive_subject_with_a_named_agent_is_the_content(claims, aid, source, content, ctype):
    r = one(claims, aid)
    assert (r.source_mention, r.content, r.claim_type) == (source, content, ctype)


@pytest.mark.parametrize("aid", ["told_by", "accused_by", "it_confirmed", "call_seconded"])
def test_passive_subject_that_is_addressee_or_pronoun_is_no_content(claims, aid):
    assert all(not c.startswith(("He", "The mayor", "It", "The call")) for c in rows(claims, aid).content)

"""Constructions PolNeAR annotates that newskit missed (issue 10): requests with "ask for" and sourceless hedges.

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import one, rows, strict_claims

TEXTS = {
    # a request: "ask (someone) for X" is a demand, "ask about X" stays a question
    "ask_for_object": "The governor asked the Supreme Court for a quick ruling on the map.",
    "ask_for": "The landlord asked for proof of income from every tenant.",
    "ask_about": "A reporter asked about the new tariffs.",
    # raising verbs of appearance: the hedged clause, with no source named
    "seems_to": "The new tax seems to hurt small farms the most.",
    "appears_adj": "After the vote, the coalition appeared weak and divided.",
    "seems_like": "This seems like a sensible compromise for both sides.",
    "it_seems_that": "It seems that the talks have stalled again.",
    "hedge_then_clause": "The plan seemed to work, and the mayor left town on Friday.",
    # no hedge: a verb of appearance without a predicate, inside a reported clause, in a relative clause
    "appeared_on": "The senator appeared on television on Sunday morning.",
    "reported_hedge": "Police said the driver appeared to be drunk.",
    "relative_hedge": "A nurse who seemed exhausted after the night shift left the ward.",
    # an expectation held by unnamed people: the agentless passive of "expect"
    "is_expected_to": "The central bank is expected to raise its main rate in March.",
    "it_is_expected": "It is expected that the strike will end this week.",
    "than_expected": "Turnout was higher than expected in the northern districts.",
    # "refer to X": what a speaker mentioned; a quoted "as" phrase stays the quote's
    "referring_to": '"We will not back down," the mayor said, referring to the new parking rules.',
    "referred_to_as": 'The coach referred to the referees as "a total disgrace" after the match.',
    # a cue set off by commas inside the clause it reports: one claim over the whole clause
    "interrupted_subject": "The new bridge, the minister said, would cost twice as much as planned.",
    "interrupted_opening": "In the end, she added, the voters will decide who governs.",
    "interrupted_gerund": "Raising taxes now, the economist said, would hurt small firms.",
    "according_subject": "Turnout, according to the election board, has doubled since 2016.",
    "according_opening": "The next morning, according to the police, the suspect surrendered.",
    "according_connective": "However, according to the police, nobody was hurt.",
    # two predicates around the cue stay two claims (the dev gold's convention)
    "two_predicates": "The plane was not airworthy, investigators have said, and should never have flown.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


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


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("seems_to", "The new tax seems to hurt small farms the most"),
        ("appears_adj", "the coalition appeared weak and divided"),
        ("seems_like", "This seems like a sensible compromise for both sides"),
        ("it_seems_that", "the talks have stalled again"),
        ("hedge_then_clause", "The plan seemed to work"),
    ],
)
def test_hedge_is_a_sourceless_belief(claims, aid, content):
    r = one(claims, aid)
    assert (r.content, r.claim_type) == (content, "belief") and pd.isna(r.source_mention)
    assert r.source_name.startswith("unspecified")


def test_appearing_somewhere_is_no_hedge(claims):
    assert rows(claims, "appeared_on").empty


def test_hedge_inside_a_reported_clause_belongs_to_the_outer_claim(claims):
    r = one(claims, "reported_hedge")
    assert (r.source_name, r.content) == ("Police", "the driver appeared to be drunk")


def test_hedge_in_a_relative_clause_is_no_claim(claims):
    assert rows(claims, "relative_hedge").empty


@pytest.mark.parametrize(
    ("aid", "content"),
    [("is_expected_to", "to raise its main rate in March"), ("it_is_expected", "the strike will end this week")],
)
def test_agentless_expectation(claims, aid, content):
    r = one(claims, aid)
    assert (r.content, r.claim_type) == (content, "belief") and pd.isna(r.source_mention)


def test_than_expected_is_no_claim(claims):
    assert rows(claims, "than_expected").empty


def test_referring_to_is_what_the_speaker_mentioned(claims):
    r = rows(claims, "referring_to")
    assert [(x.content, x.source_name) for x in r.itertuples()] == [
        ("We will not back down,", "mayor"),
        ("the new parking rules", "mayor"),
    ]


def test_quoted_as_phrase_stays_the_quote(claims):
    r = one(claims, "referred_to_as")
    assert (r.content, r.source_name, r.quote_type) == ("a total disgrace", "coach", "direct")


@pytest.mark.parametrize(
    ("aid", "content", "source"),
    [
        ("interrupted_subject", "The new bridge, the minister said, would cost twice as much as planned.", "minister"),
        ("interrupted_opening", "In the end, she added, the voters will decide who governs.", "she"),
    ],
)
def test_interrupting_cue_gives_one_claim(claims, aid, content, source):
    r = one(claims, aid)
    assert (r.content, r.source_mention.split()[-1]) == (content, source)


def test_two_predicates_around_the_cue_stay_two_claims(claims):
    r = rows(claims, "two_predicates")
    assert list(r.content) == ["The plane was not airworthy", "should never have flown"]


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("interrupted_gerund", "Raising taxes now, the economist said, would hurt small firms."),
        ("according_subject", "Turnout, according to the election board, has doubled since 2016"),
        ("according_opening", "the suspect surrendered"),  # an opening phrase is no part of the claim
        ("according_connective", "nobody was hurt"),
    ],
)
def test_interrupted_clause_keeps_its_subject_not_its_opening(claims, aid, content):
    assert one(claims, aid).content == content

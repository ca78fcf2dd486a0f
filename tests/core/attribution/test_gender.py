"""Source gender on hand-written sentences: each kind of evidence, groups, organisations, an ambiguous name and
a pronoun inside a quote that is about someone else. Expected values are what a careful reader infers."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit
from newskit.core.attribution.gender import name_gender
from newskit.frames.sources import extract_sources

TEXTS = {
    # article: a pronoun the coreference links to the source (the first name alone says nothing)
    "pronoun": "Jordan Reyes arrived at the court on Monday. She said the verdict was unfair.",
    "pronoun_possessive": "Jordan Reyes said the verdict was unfair and that his lawyers would appeal.",
    # article: honorifics
    "mrs": "Mrs Robin Hale said the road would close in June.",
    "mr": "Mr Casey Quinn said the road would close in June.",
    "ms": "Ms Hale said the school would reopen after the storm.",
    "sir": "Sir Jordan Ellis said the committee had not met.",
    "dame": "Dame Casey Moore said the theatre would stay open.",
    # article: gendered role nouns
    "spokeswoman": "A spokeswoman for the ministry said the plan was ready.",
    "chairman": "Chairman Taylor Brooks said profits rose last year.",
    "actress": "The actress told reporters the film was finished.",
    "mother": "The boy's mother said the school had failed him.",
    # article: a named relation
    "daughter": "His daughter, Casey Novak, said the deal was fair.",
    # name: a one-sided first name
    "name_female": "Margaret Okafor said the bridge would reopen in May.",
    "name_male": "Thomas Brandt said the bridge would reopen in May.",
    # ambiguous first name, no article evidence
    "ambiguous": "Jordan Casey said the bridge would reopen in May.",
    # groups
    "diplomats": "Four diplomats said the talks had failed.",
    "couple": "John Smith and his wife Mary said they were happy with the result.",
    "women": "Three women said the clinic had closed without warning.",
    # not persons
    "organisation": "The World Health Organization said cases had risen.",
    "government": "The ministry said the figures were wrong.",
    # a pronoun inside the quote is about someone else
    "quoted_she": '"She has never been to the city," said Jordan Blake.',
    "quoted_she_named": '"She has never been to the city," said Thomas Brandt.',
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles([{"article_id": k, "text": v} for k, v in TEXTS.items()])
    return newskit.extract_claims(arts)


def _gender(claims: pd.DataFrame, aid: str) -> tuple:
    rows = claims[claims["article_id"] == aid]
    assert len(rows), f"no claim found in {aid!r}: {TEXTS[aid]}"
    r = rows.iloc[0]
    g = None if pd.isna(r["source_gender"]) else r["source_gender"]
    e = None if pd.isna(r["gender_evidence"]) else r["gender_evidence"]
    return g, e


@pytest.mark.parametrize(
    "aid, expected",
    [
        ("pronoun", ("female", "article")),
        ("pronoun_possessive", ("male", "article")),
        ("mrs", ("female", "article")),
        ("mr", ("male", "article")),
        ("ms", ("female", "article")),
        ("sir", ("male", "article")),
        ("dame", ("female", "article")),
        ("spokeswoman", ("female", "article")),
        ("chairman", ("male", "article")),
        ("actress", ("female", "article")),
        ("mother", ("female", "article")),
        ("daughter", ("female", "article")),
        ("name_female", ("female", "name")),
        ("name_male", ("male", "name")),
        ("ambiguous", ("unknown", None)),
        ("diplomats", ("unknown", None)),
        ("couple", ("mixed", "article")),
        ("women", ("female", "article")),
        ("organisation", (None, None)),
        ("government", (None, None)),
        ("quoted_she", ("unknown", None)),
        ("quoted_she_named", ("male", "name")),
    ],
)
def test_source_gender(claims, aid, expected):
    assert _gender(claims, aid) == expected, TEXTS[aid]


def test_columns_are_in_claims_and_sources(claims):
    assert {"source_gender", "gender_evidence"} <= set(claims.columns)
    sources = extract_sources(claims)
    row = sources[sources["article_id"] == "name_female"].iloc[0]
    assert (row["source_gender"], row["gender_evidence"]) == ("female", "name")
    assert set(claims["source_gender"].dropna()) <= {"female", "male", "mixed", "unknown"}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Angela Merkel", "female"),
        ("Łukasz Szumowski", "male"),  # folded to ASCII
        ("Jean-Claude Juncker", "male"),  # a hyphenated first name as a whole
        ("Jean Dupont", "unknown"),  # one-sided in the US, used by both sexes in Europe
        ("Andrea Rossi", "unknown"),
        ("Taylor Swift", "unknown"),  # balanced
        ("J. K. Rowling", "unknown"),  # an initial
        ("Merkel", "unknown"),  # a bare surname
        ("Broadcaster Piers Morgan", "male"),  # a leading word that is no first name
        ("President Stubb", "unknown"),  # a title and a surname
        ("Xqzv Smith", "unknown"),  # not in the table
    ],
)
def test_name_gender(name, expected):
    assert name_gender(name) == expected


def test_name_thresholds_are_applied():
    table = {"kim": (90, 10, None), "lee": (96, 4, None), "ria": (5, 0, None), "jean": (960, 40, 0.5)}
    assert name_gender("Kim Park", table) == "unknown"  # 90 % is not one-sided enough
    assert name_gender("Lee Park", table) == "female"  # 96 % of 100
    assert name_gender("Ria Park", table) == "unknown"  # too few bearers
    assert name_gender("Jean Park", table) == "unknown"  # international lists: both sexes

"""Shared fixtures: every hand-written sentence is parsed once per test session (one extract_claims call)."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import newskit

#: id -> text; expected values live in the tests, written by hand.
TEXTS = {
    "said_that": "The minister said that taxes would rise next year.",
    "after_cue": '"We will rebuild the bridge," Mayor Anna Kowalska said.',
    "before_cue": 'Anna Kowalska said: "The bridge will reopen in May."',
    "split": '"The plan is dead," the senator said, "and nobody will revive it."',
    "curly": "“Prices will fall,” said Tom Price, an economist at the bank.",
    "multi_para": (
        "Sheriff Bill Brown spoke to reporters on Monday.\n\n"
        '"This is the worst case we have seen. The search will go on.\n\n'
        '"We owe it to the families," Brown said.'
    ),
    "floating": (
        '"Our house is on fire," said Emmanuel Macron on Thursday. "It is an international crisis."\n\n'
        "The summit opens next week."
    ),
    "according": "According to the police, three people were injured in the fire.",
    "according_end": "The plant will close in June, according to a report from the Energy Agency.",
    "citing": ("Reuters, citing a French official, reported that France is planning a summit of European leaders."),
    "chain_bbc": "The BBC reported the minister said the army would withdraw by Friday.",
    "quoted_as": 'The agency quoted Jan Novak as saying "the talks have failed."',
    "has_said": "The company has said it will appeal the ruling.",
    "told_reporters": "Police Chief Greg Allen told reporters that the suspect acted alone.",
    "pronoun": (
        "Finnish President Alexander Stubb met the delegates in Munich. He said the survey was "
        "useful. President Stubb added that Europe must answer together."
    ),
    "counts": (
        "Four European diplomats confirmed that the meeting will take place in Paris. "
        "Officials believe the deal is close. A witness said the car was red."
    ),
    "org_alias": (
        "The World Health Organization (WHO) said the outbreak was a pandemic. WHO added that cases were rising."
    ),
    "document": "A study published in Nature found that the ice shelf is melting from below.",
    "mixed": 'The spokesperson stated that Washington "expects partners to take the lead" on security.',
    "reportedly": "The three victims were reportedly contract employees of the utility.",
    "data_show": "The WHO's data show that infections fell by half in March.",
    "statement_from": "A statement from the Interior Ministry said the border would reopen.",
    "quoted_passive": "Former coach John Miller was quoted as saying that the team had no chance.",
    "age": "John Miller, 45, arrived in court on Monday. The 45-year-old told the judge he was innocent.",
    "role": "Maria Lopez, the finance minister, spoke on Tuesday. The minister said inflation had peaked.",
    # negatives
    "visited": "He visited Paris in May and met the president.",
    "headline": "Minister says taxes will rise\n\nThe budget was published on Monday.",
    "hypothetical": "Critics could say that the plan is too expensive.",
    "unclosed": (
        'The mayor said "the road will be closed for a week.\n\n'
        "The council met on Tuesday. Officials said the bridge was safe."
    ),
    "empty": "",
}


def strict_claims(texts: dict[str, str]) -> pd.DataFrame:
    """The claims of ``texts`` (id -> text), failing the test if any article fails (a warning is an error)."""
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(texts), "text": list(texts.values())}))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no article may fail
        return newskit.extract_claims(arts)


def rows(claims: pd.DataFrame, aid: str) -> pd.DataFrame:
    """The claims of article ``aid``, in order."""
    return claims[claims["article_id"] == aid].reset_index(drop=True)


def one(claims: pd.DataFrame, aid: str) -> pd.Series:
    """The only claim of article ``aid`` (the test fails, listing them, when there is not exactly one)."""
    r = rows(claims, aid)
    assert len(r) == 1, r[["content", "source_name", "claim_type"]].values.tolist()
    return r.iloc[0]


@pytest.fixture(scope="session")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    return newskit.extract_claims(arts)


@pytest.fixture(scope="session")
def texts() -> dict:
    return TEXTS


def _seed_articles() -> pd.DataFrame:
    arts = newskit.datasets.seed()
    assert len(arts) == 1 and arts["text"].iloc[0].strip(), "the bundled seed article did not load"
    return arts


@pytest.fixture(scope="session")
def seed_claims() -> pd.DataFrame:
    return newskit.extract_claims(_seed_articles())

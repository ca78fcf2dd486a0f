"""Claim groups on hand-made pairs: the same statement reported differently is grouped, a different statement
of the same source is not. The pairs are written to look like two outlets' reports of one statement."""

from __future__ import annotations

import pandas as pd
import pytest

from newskit.frames import schema
from newskit.frames.claim_groups import THRESHOLD, claim_groups, claim_similarity, group_claims
from newskit.frames.spread import add_claim_groups, claim_spread

#: (first report, later report) of the same statement: other wording, other tense, reordered, trimmed
PARAPHRASES = [
    ("the bridge will reopen to traffic on Monday", "the bridge would reopen to traffic on Monday"),
    (
        "the company will cut 2,000 jobs by the end of the year",
        "the firm plans to cut 2,000 jobs by the end of this year",
    ),
    (
        "inflation had peaked and interest rates would come down next year",
        "interest rates will come down next year because inflation has peaked",
    ),
    (
        "the vaccine was safe and effective for children over five",
        "the vaccine is safe and effective in children older than 5",
    ),
    ("at least 39 people were killed in the explosion", "the explosion killed at least 39 people"),
    (
        "Russia had violated the ceasefire agreement several times this week",
        "the ceasefire agreement was violated by Russia several times this week",
    ),
    (
        "the government will not raise fuel taxes this year, despite pressure from the industry",
        "the government won't raise fuel taxes this year",
    ),
    (
        "the striking nurses would return to work on Thursday after the hospital accepted their demands",
        "striking nurses are returning to work Thursday after the hospital accepted their demands",
    ),
]

#: (a statement, a different statement of the same source on the same topic)
DIFFERENT = [
    ("the bridge will reopen to traffic on Monday", "repairs to the bridge cost far more than planned"),
    ("the company will cut 2,000 jobs by the end of the year", "the company will hire 500 engineers for its new plant"),
    ("the bridge will reopen to traffic on Monday", "the bridge will not reopen to traffic on Monday"),
    ("at least 39 people were killed in the explosion", "at least 40 people were killed in the explosion"),
    ("interest rates would come down next year", "interest rates would stay high next year"),
    ("the economy grew by 2 percent last year", "the economy will grow faster than expected next year"),
    (
        "the vaccine was safe and effective for children over five",
        "the vaccine would be offered to children over five from June",
    ),
    (
        "Russia had violated the ceasefire agreement several times this week",
        "Russia would sign a new ceasefire agreement this week",
    ),
]
CUES = ["said", "warned", "told reporters", "announced"]


def pair_claims(pairs, prefix: str, source=("Ann Lee", True)) -> pd.DataFrame:
    rows = []
    for i, (a, b) in enumerate(pairs):
        for j, text in enumerate((a, b)):
            aid = f"{prefix}{i}{'ab'[j]}"
            rows.append(
                {
                    "article_id": aid,
                    "claim_id": f"{aid}:c0",
                    "content": text,
                    "cue": CUES[(i + j) % 4],
                    "source_name": source[0],
                    "named": source[1],
                    "source_kind": "person",
                    "via": None,
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def grouped():
    """All pairs in one frame (the IDF is fitted on all of them, as in a corpus), grouped once."""
    c = pd.concat([pair_claims(PARAPHRASES, "p"), pair_claims(DIFFERENT, "n")], ignore_index=True)
    return c.assign(claim_group=group_claims(c)).set_index("claim_id")["claim_group"]


@pytest.mark.parametrize("i", range(len(PARAPHRASES)))
def test_same_statement_reported_differently_is_grouped(grouped, i):
    assert grouped[f"p{i}b:c0"] == grouped[f"p{i}a:c0"], PARAPHRASES[i]


@pytest.mark.parametrize("i", range(len(DIFFERENT)))
def test_different_statement_of_the_same_source_is_not_grouped(grouped, i):
    assert grouped[f"n{i}b:c0"] != grouped[f"n{i}a:c0"], DIFFERENT[i]


def test_threshold_separates_the_hand_made_pairs():
    """The documented threshold sits between the pairs (negated and number-changed pairs are vetoed instead)."""
    same = [claim_similarity(a, b) for a, b in PARAPHRASES]
    vetoed = {2, 3}
    other = [claim_similarity(a, b) for i, (a, b) in enumerate(DIFFERENT) if i not in vetoed]
    assert min(same) >= THRESHOLD > max(other)


def test_two_named_sources_are_never_one_group():
    text = "the bridge will reopen to traffic on Monday"
    c = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "claim_id": ["a:c0", "b:c0", "c:c0", "d:c0"],
            "content": [text, text, text, text.replace("will", "would")],
            "source_name": ["Ann Lee", "officials", "Bob Stone", "Lee"],
            "named": [True, False, True, True],
        }
    )
    g = group_claims(c).tolist()
    assert g[0] != g[2]  # Ann Lee and Bob Stone said the same words: two statements
    assert g[3] == g[0]  # "Lee" is Ann Lee
    assert g[1] in (g[0], g[2])  # the unnamed report joins one of them


def test_claims_within_the_same_article_only_are_not_a_travelling_group():
    c = pair_claims(PARAPHRASES[:1], "p").assign(article_id="same")
    assert claim_groups(c).empty


def test_claim_groups_summary_first_report_outlets_names_and_relays():
    text_a, text_b = PARAPHRASES[0]
    c = pd.DataFrame(
        {
            "article_id": ["x", "y", "z", "w"],
            "claim_id": ["x:c0", "y:c0", "z:c0", "w:c0"],
            "content": [text_a, text_b, text_a, "the council will vote on the budget in May"],
            "cue": ["said", "announced", "said", "said"],
            "source_name": ["city officials", "Ann Lee", "Ann Lee", "Ann Lee"],
            "named": [False, True, True, True],
            "via": [None, "AP", None, None],
        }
    )
    arts = pd.DataFrame(
        {
            "article_id": ["x", "y", "z", "w"],
            "outlet": ["Courier", "Herald", "Herald", "Courier"],
            "published": pd.to_datetime(
                ["2024-05-02T00:00", "2024-05-01T12:00", "2024-05-03T00:00", "2024-05-01T00:00"], utc=True
            ),
        }
    )
    g = claim_groups(c, arts)
    assert list(g.columns) == list(schema.CLAIM_GROUPS)
    assert len(g) == 1
    row = g.iloc[0]
    assert row.claim_group == "y:c0" and row.first_article_id == "y" and row.first_outlet == "Herald"
    assert (row.n_claims, row.n_articles, row.n_outlets) == (3, 3, 2)
    assert row.source_name == "Ann Lee" and row.first_named and row.name_dropped and not row.name_added
    assert row.relays == "AP" and row.cues == "announced; said"
    assert row.last_published == pd.Timestamp("2024-05-03", tz="UTC")
    spread = claim_spread(c.assign(claim_group=group_claims(c, arts)), arts)
    assert spread["article_id"].tolist() == ["y", "x", "z"]
    assert spread["first_in_outlet"].tolist() == [True, True, False]
    assert spread["named"].tolist() == [True, False, True]


def test_timeline_events_get_their_claim_group():
    c = pair_claims(PARAPHRASES[:1], "p")
    c["claim_group"] = group_claims(c)
    tl = pd.DataFrame({"event_id": ["e0", "e1", "e2"], "claim_id": ["p0a:c0", "p0b:c0", None]})
    assert add_claim_groups(tl, c)["claim_group"].tolist() == ["p0a:c0", "p0a:c0", pd.NA]


def test_empty_and_odd_claims():
    empty = pd.DataFrame(columns=list(schema.CLAIMS))
    assert group_claims(empty).empty
    assert list(claim_groups(empty).columns) == list(schema.CLAIM_GROUPS)
    odd = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "claim_id": ["a:c0", "b:c0", "c:c0"],
            "content": [None, "yes", "yes"],
            "source_name": [None, None, None],
            "named": [None, False, False],
        }
    )
    assert group_claims(odd).tolist() == ["a:c0", "b:c0", "c:c0"]  # short unnamed claims stay apart

"""extract_sources / distinct_sources read each source's claims in one pass; the answers are those of the
per-source pandas groups (the path kept for tied genders and unusual frames)."""

from __future__ import annotations

import pandas as pd

from newskit.frames.ranking import distinct_sources
from newskit.frames.sources import _genders, _source_gender, extract_sources


def claims(**cols):
    n = len(cols["source_gender"])
    base = {
        "article_id": ["a"] * n,
        "source_id": ["a:s0"] * n,
        "source_name": ["Ann Lee"] * n,
        "source_kind": ["person"] * n,
        "named": [True] * n,
        "source_mention": ["Ann Lee"] * n,
        "gender_evidence": [None] * n,
    }
    return pd.DataFrame({**base, **cols})


def by_groups(df):
    keyed = df.assign(_sid=df["source_id"].fillna("\0"))
    return {k: _source_gender(g) for k, g in keyed.groupby(["article_id", "_sid"], sort=False)}


def test_most_frequent_gender_and_the_evidence_of_its_first_claim():
    df = claims(source_gender=["female", "male", "female"], gender_evidence=["name", "article", "article"])
    row = extract_sources(df).iloc[0]
    assert (row.source_gender, row.gender_evidence) == ("female", "name")


def test_a_definite_gender_beats_unknown_on_a_tie():
    df = claims(source_gender=["unknown", "male"], gender_evidence=[None, "name"])
    assert extract_sources(df).iloc[0].source_gender == "male"


def test_ties_and_unusual_frames_answer_like_the_per_source_groups():
    tied = claims(source_gender=["male", "female", None], gender_evidence=["name", "article", None])
    assert _genders(tied) == by_groups(tied)
    two = pd.concat([tied, tied.assign(article_id="b", source_id="b:s0", source_gender="unknown")])
    assert not two.index.is_unique
    assert _genders(two) == by_groups(two)
    missing = two.reset_index(drop=True).astype({"article_id": "object"})
    missing.loc[0, "article_id"] = None
    assert _genders(missing) == by_groups(missing)


def test_mentions_are_distinct_and_relays_joined_in_the_input_dtype():
    df = claims(
        source_gender=["female"] * 4,
        source_mention=["Ann Lee", "she", "", "she"],
        via=pd.Series(["Reuters", None, "AP", "Reuters"], dtype="string"),
    )
    out = distinct_sources(df)
    assert out.loc[0, "mentions"] == ["Ann Lee", "she"]
    assert out.loc[0, "via"] == "AP; Reuters" and out["via"].dtype == "string"
    assert distinct_sources(df.astype({"via": "object"}))["via"].dtype == object

"""Claims of a title line written in headlinese (issue 10: PolNeAR's headlines hold about one attribution in
40, and the small parser reads "Clinton Says Russians Hacked DNC" as one name). Headlines written by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from newskit.core.attribution.headlines import headline_cue_lemma

from .conftest import rows, strict_claims

BODY = "\n\nThe council met on Monday. Nothing was decided."

TEXTS = {
    "title_case": "Mayor Jones Slams Council Over Budget Cuts" + BODY,
    "adverb": "Governor Finally Endorses Senator Lee" + BODY,
    "two_cues": "Rivera Praises Firefighters, Blames Council For Delays" + BODY,
    "inverted": "Schools Are ‘Out Of Money,’ Union Leader Maria Soto Warns" + BODY,
    "sentence_case": "Minister demands inquiry into hospital deaths" + BODY,
    # no cue in the title, and a title with a cue the parse already read
    "no_cue": "Storm Leaves Thousands Without Power" + BODY,
    "determiner": "The plans of the council" + BODY,
    # a single paragraph is no title line
    "one_paragraph": "Mayor Jones Slams Council Over Budget Cuts",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


@pytest.mark.parametrize(
    ("aid", "cue", "source", "content", "claim_type"),
    [
        ("title_case", "Slams", "Jones", "Council Over Budget Cuts", "evaluation"),
        ("adverb", "Endorses", "Governor", "Senator Lee", "evaluation"),
        ("inverted", "Warns", "Maria Soto", "Schools Are ‘Out Of Money", "statement"),
        ("sentence_case", "demands", "Minister", "inquiry into hospital deaths", "intention"),
    ],
)
def test_headline_claim(claims, aid, cue, source, content, claim_type):
    r = rows(claims, aid)
    assert r.cue.tolist() == [cue]
    assert r.source_name.str.endswith(source).tolist() == [True]
    assert r.content.tolist() == [content]
    assert r.claim_type.tolist() == [claim_type]


def test_second_cue_of_a_headline_is_a_second_claim(claims):
    r = rows(claims, "two_cues")
    assert r.cue.tolist() == ["Praises", "Blames"]
    assert r.content.tolist() == ["Firefighters", "Council For Delays"]
    assert r.source_name.tolist() == ["Rivera", "Rivera"]


@pytest.mark.parametrize("aid", ["no_cue", "determiner", "one_paragraph"])
def test_no_headline_claim_without_a_cue_or_a_title_line(claims, aid):
    assert rows(claims, aid).empty


@pytest.mark.parametrize(
    ("word", "lemma"), [("Says", "say"), ("Denies", "deny"), ("Pushes", "push"), ("Monday", None), ("Boss", None)]
)
def test_headline_cue_lemma(word, lemma):
    assert headline_cue_lemma(word) == lemma


SECTIONS = {
    # a "Name: topic" section heading whose paragraph names that person is no transcript turn
    "section": (
        "Ideas from the primaries.\n\n"
        "Ann Cole: Housing Two years ago, Senator Ann Cole of Ohio proposed that every renter get a tax credit.\n\n"
        "The idea went nowhere."
    ),
    "transcript": (
        "The interview, lightly edited.\n\nMORGAN: Do you think Senator Delgado will win the nomination in the end?\n\n"
        "DELGADO: I think we will win it, because voters want change."
    ),
}


@pytest.fixture(scope="module")
def section_claims() -> pd.DataFrame:
    return strict_claims(SECTIONS)


def test_label_naming_itself_in_its_paragraph_is_a_section_heading(section_claims):
    assert ":" not in rows(section_claims, "section").cue.tolist()


def test_transcript_labels_still_speak(section_claims):
    r = rows(section_claims, "transcript")
    assert r[r.cue == ":"].source_name.str.upper().tolist() == ["MORGAN", "DELGADO"]

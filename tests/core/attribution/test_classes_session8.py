"""Where a reported clause ends (issue 10, session 8): the writer's own clause after the content.

After "X said Y", a clause the writer adds after a comma is not part of what X said: ", and he railed against
...", ", while Democrats argued ...", ", despite suggestions by the media ...". A clause that continues the
content ("..., and that ...", "..., while Beijing ranked fourth") stays in it. (The small English model hangs most
", and <clause>" on the cue itself, outside the content, whoever its subject is.)

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import rows, strict_claims

TEXTS = {
    # the writer's clause: the source (a pronoun) does something next, or someone else speaks
    "and_he": "Cruz said the real extremist on abortion is Hillary Clinton, and he railed against the moderators.",
    "but_she": "Warren said the bill was a good start, but she voted against it on Friday.",
    "and_cue": "The mayor said the road would reopen in May, and residents said they doubted it.",
    "while_person": "The senator said taxes should be cut, while Democrats argued for more spending.",
    "while_cue": "One report says China has the most billionaires, while another says the United States leads.",
    "despite_noun": "Sanders said both rivals had been fair to him, despite recent suggestions in the media.",
    # the content goes on: a second "that" clause, a clause without a viewer, "despite" with a verb
    "and_that": "He said he had voted for Rubio, and that the endorsement was a big deal.",
    "while_place": "He said New York was the billionaire capital, while Beijing ranked fourth.",
    "despite_verb": "She said she enjoyed her work, despite having little flexibility.",
    # inside a quotation every clause is the speaker's
    "quoted_and": 'He said: "We lost the vote, and they will pay for it."',
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


def first_content(claims: pd.DataFrame, aid: str) -> str:
    return rows(claims, aid).content.iloc[0].rstrip(".")


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("and_he", "the real extremist on abortion is Hillary Clinton"),
        ("but_she", "the bill was a good start"),
        ("and_cue", "the road would reopen in May"),
        ("while_person", "taxes should be cut"),
        ("while_cue", "China has the most billionaires"),
        ("despite_noun", "both rivals had been fair to him"),
    ],
)
def test_the_writers_clause_after_a_comma_ends_the_content(claims, aid, content):
    assert first_content(claims, aid) == content


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("and_that", "he had voted for Rubio, and that the endorsement was a big deal"),
        ("while_place", "New York was the billionaire capital, while Beijing ranked fourth"),
        ("despite_verb", "she enjoyed her work, despite having little flexibility"),
    ],
)
def test_a_clause_that_continues_the_content_stays_in_it(claims, aid, content):
    assert first_content(claims, aid) == content


def test_the_other_speaker_keeps_a_claim_of_their_own(claims):
    assert "they doubted it" in [c.rstrip(".") for c in rows(claims, "and_cue").content]


def test_inside_a_quotation_every_clause_is_the_speakers(claims):
    assert first_content(claims, "quoted_and").startswith("We lost the vote, and they will pay for it")

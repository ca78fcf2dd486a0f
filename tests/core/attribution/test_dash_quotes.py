"""Direct quotes the newswire formats introduce without a "he said" next to them (issue 10): archive quotation
marks closing a paragraph, speaker labels ("NAME: ..."), colon leads, dash attribution lines and quotes with no
speaker near them. Hand-written sentences; expected values written by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit

TEXTS = {
    # the New York Times' feed prints '' for a closing quotation mark: such a paragraph is no headline
    "archive_colon": (
        "The senator spoke for an hour on Monday.\n\n"
        "Asked whether the vote had been hard, Mr. Daley said: ''Of course. He wanted to run.''\n\n"
        "The hall emptied after the speech."
    ),
    # a colon lead whose verb is no cue word: the colon introduces the quote
    "colon_verb": 'The crowd applauded.\n\nHannity interjected: "So you are saying there will be some flexibility?"',
    "colon_statement": (
        "Republican nominee Donald Trump issued the following statement:\n\n"
        '"Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue."'
    ),
    # speaker labels: a transcript's turns, a headline's speaker
    "transcript": (
        "The governor spoke to CNN on Sunday. A partial transcript follows.\n\n"
        "TAPPER: Do you think the senator has campaigned as a healer?\n\n"
        "FALLIN: I think he is trying. The whole nation needs to work together, and we all need unity.\n\n"
        "The interview lasted ten minutes."
    ),
    "label_headline": (
        "The former manager spoke on Tuesday.\n\nLewandowski: Director acted as judge and jury on Clinton\n\n"
        "He left the campaign in June."
    ),
    "newsroom_labels": (
        "The race went on.\n\nThe Latest: Kasich scores all the delegates after the Ohio win\n\n"
        "Iowa: Tim Albrecht, Brad Anderson and Rob Barron.\n\n"
        "Q: When did you decide to run for the seat?\n\n"
        "Editor's Note: An earlier version of this article misstated the date."
    ),
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    return newskit.extract_claims(arts)


def rows(claims: pd.DataFrame, aid: str) -> list[tuple[str, str]]:
    r = claims[claims["article_id"] == aid]
    return list(zip(r["content"], r["source_name"]))


def test_offsets_are_exact(claims):
    for r in claims.itertuples():
        t = TEXTS[r.article_id]
        assert t[r.content_start : r.content_end] == r.content
        if pd.notna(r.source_start):
            assert t[r.source_start : r.source_end] == r.source_mention


def test_archive_quote_closing_a_paragraph(claims):
    assert ("Of course. He wanted to run.", "Daley") in rows(claims, "archive_colon")


def test_transcript_turns_are_their_speakers_claims(claims):
    got = rows(claims, "transcript")
    assert ("Do you think the senator has campaigned as a healer?", "TAPPER") in got
    turn = "I think he is trying. The whole nation needs to work together, and we all need unity"
    assert (turn, "FALLIN") in got


def test_headline_label_is_the_speaker(claims):
    assert rows(claims, "label_headline") == [("Director acted as judge and jury on Clinton", "Lewandowski")]


def test_newsroom_labels_places_and_questions_name_no_speaker(claims):
    sources = {s for _, s in rows(claims, "newsroom_labels")}
    assert not sources & {"The Latest", "Latest", "Iowa", "Q", "Editor's Note", "Note"}, sources


def test_colon_lead_with_any_verb_introduces_the_quote(claims):
    assert rows(claims, "colon_verb") == [("So you are saying there will be some flexibility?", "Hannity")]
    content = "Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue."
    assert rows(claims, "colon_statement") == [(content, "Donald Trump")]

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
    # a title abbreviation's full stop ends no sentence: the cue after it still belongs to the quote
    "abbreviation": (
        "The vice president spoke in Scranton.\n\n"
        "''Because they're worried,'' Mr. Biden said in his first campaign appearance beside the nominee."
    ),
    # a colon lead whose verb is no cue word: the colon introduces the quote
    "colon_verb": 'The crowd applauded.\n\nHannity interjected: "So you are saying there will be some flexibility?"',
    "colon_statement": (
        "Republican nominee Donald Trump issued the following statement:\n\n"
        '"Our prayers are with all those affected by the horrible attacks in Munich. This cannot continue."'
    ),
    # a dash line after a quote paragraph names its speaker (fact-check and pull-quote format)
    "dash_attribution": (
        "The debate ran late.\n\n"
        '"Almost all new income and wealth is going to the top one percent."\n\n'
        "- Bernie Sanders.\n\n"
        "The senator is relying on an outdated statistic.\n\n"
        '"I will look into it. I do not know the status, but I will certainly look into it."\n\n'
        "-Hillary Clinton, at the debate.\n\n"
        "She has been looking into it for a long time."
    ),
    # paragraphs of speech opened by a quotation dash
    "dash_inline_cue": (
        "The mayor met the residents on Monday.\n\n"
        "― We will rebuild the bridge first, and I expect the work to take a year, ― said Mayor Anna Lopez.\n\n"
        "― Our schools will open again in May, ― she added."
    ),
    "dash_no_speaker": (
        "The meeting lasted two hours.\n\n― We cannot wait another winter for the repairs, and you know it.\n\n"
        "Officials promised an answer."
    ),
    "dash_list": (
        "This year's winners are:\n\n"
        "— Carol Lee of the Wall Street Journal, winner of the Beckman award for coverage.\n\n"
        "— Matt Viser of the Boston Globe, winner of the Smith award for deadline reporting.\n\n"
        "– Ready to quiz the candidate –.\n\n"
        "The dinner raised money for scholarships."
    ),
    # a quoted sentence with no speaker near it: its own unidentified source, not the nearest name
    "no_speaker_near": (
        "Mayor Anna Lopez opened the bridge in 2019.\n\nThe hall was quiet on Monday. The vote is on Friday.\n\n"
        '"We will never give up on this town, whatever the council decides."\n\n'
        '"Too little, too late."\n\nThe council meets at noon.'
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


def test_dash_line_names_the_speaker_of_the_quote_before(claims):
    got = rows(claims, "dash_attribution")
    assert ("Almost all new income and wealth is going to the top one percent.", "Bernie Sanders") in got
    said = "I will look into it. I do not know the status, but I will certainly look into it."
    r = claims[(claims["article_id"] == "dash_attribution") & (claims["content"] == said)]
    assert r["source_mention"].tolist() == ["Hillary Clinton"]  # each line names its own speaker


def test_dash_paragraph_with_its_cue(claims):
    got = rows(claims, "dash_inline_cue")
    assert ("We will rebuild the bridge first, and I expect the work to take a year", "Anna Lopez") in got
    assert ("Our schools will open again in May", "Anna Lopez") in got


def test_dash_paragraph_without_speaker_is_unidentified(claims):
    got = rows(claims, "dash_no_speaker")
    assert ("We cannot wait another winter for the repairs, and you know it", "unidentified speaker") in got
    assert all(
        s == "Officials" for c, s in got if c != "We cannot wait another winter for the repairs, and you know it"
    )


def test_dash_list_items_and_subheadings_are_no_quotes(claims):
    assert rows(claims, "dash_list") == []


def test_quote_with_no_speaker_near_is_unidentified(claims):
    got = rows(claims, "no_speaker_near")
    assert ("We will never give up on this town, whatever the council decides.", "unidentified speaker") in got
    assert not any(c.startswith("Too little") for c, _ in got)  # a slogan of four words is no claim
    assert "Anna Lopez" not in {s for _, s in got}


def test_cue_after_a_title_abbreviation(claims):
    assert ("Because they're worried,", "Biden") in rows(claims, "abbreviation")

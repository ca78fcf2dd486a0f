"""Cleaning of scraped text, checked on the seed article and on hand-written scraps."""

from __future__ import annotations

import pandas as pd

import newskit
from newskit.ingest.clean import clean_article_text, normalize_text, parse_dateline


def test_seed_article_body_metadata_and_boilerplate(seed_articles):
    assert len(seed_articles) == 1
    row = seed_articles.iloc[0]
    assert row["text"].startswith("The United States has reached out to European countries")
    assert row["author"] == "Violetta Baran"
    assert row["published"] == pd.Timestamp("2025-02-16", tz="UTC")
    assert row["published_from"] == "metadata"
    text = row["text"]
    assert "U.S. seeks European military backing" not in text  # repeated headline
    assert "The USA sent a survey to European countries" not in text  # repeated caption
    assert "Images source" not in text and "©" not in text  # image credit
    assert "Violetta Baran" not in text  # byline
    assert "\u00a0" not in text
    # paragraphs survive, the last sentence is intact
    assert text.count("\n\n") >= 5
    assert text.endswith("the meeting is to take place on Monday, in Paris.")


def test_seed_cleaning_without_metadata_finds_headline_and_byline():
    raw = (newskit.datasets.data_dir() / "seed" / "ukraine-security-survey.txt").read_text(encoding="utf-8")
    c = clean_article_text(raw)
    assert c.title == "U.S. seeks European military backing for Ukraine security"
    assert c.author == "Violetta Baran"
    assert c.text.startswith("The United States has reached out")


def test_wikinews_datelines_become_published_and_leave_the_text(wikinews_articles):
    w = wikinews_articles
    assert len(w) == 295
    assert w["published"].notna().all()
    assert not w["text"].str.match(r"^\s*(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d{1,2}, \d{4}").any()


def test_normalize_text_keeps_paragraphs():
    assert normalize_text("A\u00a0b\u200b c\r\n\r\n\r\nD\te") == "A b c\n\nD e"
    assert normalize_text("“Hi,” she said.", normalize_quotes=True) == '"Hi," she said.'
    assert normalize_text("“Hi,” she said.") == "“Hi,” she said."


def test_parse_dateline_forms():
    assert parse_dateline("Wednesday, January 16, 2019") == "2019-01-16"
    assert parse_dateline("16 January 2019") == "2019-01-16"
    assert parse_dateline("2019-01-16") == "2019-01-16"
    assert parse_dateline("February 30, 2019") is None
    assert parse_dateline("On January 16, 2019 it rained.") is None


def test_subheadings_stay_as_their_own_paragraph():
    c = clean_article_text("The storm hit at noon.\nAftermath\nOfficials said damage was light.")
    assert "Aftermath\n\nOfficials said" in c.text


def test_body_names_are_not_taken_for_bylines():
    text = (
        "Police arrested two men.\n\nThe suspects were charged on Monday.\n\nJohn Smith, a witness, said he saw them."
    )
    c = clean_article_text(text)
    assert c.author is None
    assert c.text == text


def test_a_text_of_only_repeats_keeps_one_copy():
    c = clean_article_text("The minister said it was fine.\n\nThe minister said it was fine.")
    assert c.text == "The minister said it was fine."


def test_a_wire_dateline_line_stays_in_the_text_and_is_no_headline():
    # a wire story's dateline on its own line opens the first paragraph: it is neither the headline nor a byline
    raw = "JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored Friday the blasts.\n\nIt called them senseless."
    c = clean_article_text(raw)
    assert c.title is None
    assert c.text.startswith("JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored Friday")
    c = clean_article_text("NAIROBI, Kenya (AP) _\nSuspected bombs exploded outside the embassy.\nIt was a bomb.")
    assert c.text.startswith("NAIROBI, Kenya (AP) _") and c.title is None

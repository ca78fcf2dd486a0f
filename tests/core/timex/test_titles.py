"""Time expressions of the headline: rows with ``in_title``, offsets into ``title``, in every entry point."""

from __future__ import annotations

import warnings

import pandas as pd

import newskit
from newskit.frames import schema

# published Thursday 2008-09-18: the Friday markets stay closed until is the next day; Wednesday the day before
ARTICLE = {
    "title": "Russian markets to remain closed until Friday",
    "text": "Trading stopped on Wednesday. It resumes next week.",
    "published": "2008-09-18",
}


def _rows(df: pd.DataFrame) -> list[tuple]:
    return [(r.text, r.value, bool(r.in_title)) for r in df.itertuples()]


def test_headline_expressions_are_rows_marked_in_title():
    tx = newskit.extract_timexes(newskit.read_articles([ARTICLE]))
    assert _rows(tx) == [
        ("Friday", "2008-09-19", True),
        ("Wednesday", "2008-09-17", False),
        ("next week", "2008-W39", False),
    ]
    head = tx[tx["in_title"]].iloc[0]
    assert ARTICLE["title"][head["start"] : head["end"]] == "Friday"  # offsets into the title
    assert pd.isna(head["sentence_index"])
    body = tx[~tx["in_title"]]
    assert [ARTICLE["text"][s:e] for s, e in zip(body["start"], body["end"])] == ["Wednesday", "next week"]
    assert [i.rsplit(":", 1)[1] for i in tx["timex_id"]] == ["t0", "t1", "t2"]  # the headline's first


def test_in_title_is_a_declared_column():
    assert schema.TIMEXES["in_title"] == "boolean"
    tx = newskit.extract_timexes(newskit.read_articles([ARTICLE]))
    assert str(tx["in_title"].dtype) == "boolean"


def test_analyze_gives_the_same_rows_and_a_headline_event():
    arts = newskit.read_articles([ARTICLE])
    result = newskit.analyze(arts, progress=False)
    assert _rows(result.timexes) == _rows(newskit.extract_timexes(arts))
    headline = result.timeline[result.timeline["value"] == "2008-09-19"]
    assert list(headline["text"]) == [ARTICLE["title"]]  # the event of a headline date is the headline


def test_a_title_the_text_begins_with_is_not_counted_twice():
    art = {
        "title": "Storm hits coast on Monday",
        "text": "Storm hits coast on Monday. Roads closed.",
        "published": "2025-02-18",
    }
    arts = pd.DataFrame([dict(art, article_id="a")])  # a frame as given: the title is still the first line of text
    arts = newskit.read_articles(arts)
    arts["text"] = art["text"]
    tx = newskit.extract_timexes(arts)
    assert [(r.text, bool(r.in_title)) for r in tx.itertuples()] == [("Monday", False)]


def test_articles_without_title_or_date():
    arts = newskit.read_articles(
        [
            {"text": "He left on Saturday.", "published": "2025-02-16"},
            {"title": "Talks to resume on Monday", "text": "No date here."},
        ]
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # neither article warns
        tx = newskit.extract_timexes(arts)
    assert _rows(tx) == [("Saturday", "2025-02-15", False), ("Monday", "XXXX-WXX-1", True)]

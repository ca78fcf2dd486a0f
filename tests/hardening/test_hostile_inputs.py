"""Bad, hostile and odd inputs: every article is accounted for, with the analysis or a clear reason."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import newskit

WIKI_SENTENCE = (
    "A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was "
    "visiting to celebrate a birthday in Koszalin, North Poland."
)
QUOTED = 'The mayor said that "the bridge will reopen in May," according to officials.'
GERMAN = (
    "Der Bürgermeister sagte am Montag, dass die Brücke im Mai wieder geöffnet werde. Die Stadtverwaltung "
    "bestätigte die Pläne und kündigte weitere Arbeiten an."
)


def hostile_rows() -> list[dict]:
    # about 20,000 characters of English with no sentence punctuation (undetectable text is not analysed)
    long_sentence = " ".join(["the minister said that the talks would continue and"] * 400)
    many_quotes = " ".join(['"x"' if i % 2 else 'he said "' for i in range(200)])  # 400 quotation marks
    return [
        {"article_id": "empty", "text": ""},
        {"article_id": "whitespace", "text": " \n\t \u00a0 \n"},
        {"article_id": "one-word", "text": "Hello"},
        {"article_id": "windows-newlines", "text": QUOTED.replace(" according", "\r\n\r\naccording") + "\r\n"},
        {"article_id": "unclosed-quote", "text": 'The minister said "we will never agree. ' + WIKI_SENTENCE},
        {"article_id": "many-quotes", "text": many_quotes},
        {"article_id": "long-sentence", "text": long_sentence},
        {"article_id": "german", "text": GERMAN},
        {"article_id": "far-past", "text": "The king said on Monday that the war was over.", "published": "1700-03-01"},
        {
            "article_id": "far-future",
            "text": "The colony said on Monday that the dome held.",
            "published": "2200-01-01",
        },
        {"article_id": "bad-date", "text": "Officials said on Monday that the dam held.", "published": "yesterday-ish"},
        {"article_id": "nan-everywhere", "text": np.nan, "title": np.nan, "published": np.nan, "author": None},
        {"article_id": "none-text", "text": None},
        {"article_id": "bytes-text", "text": b"\x89PNG\r\n\x1a\n\x00\x00"},
        {"article_id": "dup", "text": WIKI_SENTENCE},
        {"article_id": "dup", "text": QUOTED},
    ]


@pytest.fixture(scope="module")
def result():
    return newskit.analyze(pd.DataFrame(hostile_rows()), progress=False)


def row(result, aid):
    r = result.articles[result.articles["article_id"] == aid]
    assert len(r) == 1, aid
    return r.iloc[0]


def test_every_input_row_is_in_the_output(result):
    assert len(result.articles) == len(hostile_rows())
    assert result.articles["article_id"].is_unique
    assert set(result.errors["article_id"]) == set(result.articles.loc[result.articles["error"].notna(), "article_id"])


@pytest.mark.parametrize(
    "aid,message",
    [
        ("empty", "empty text"),
        ("whitespace", "empty text"),
        ("nan-everywhere", "empty text"),
        ("none-text", "empty text"),
        ("bytes-text", "text is bytes"),
        ("german", "language 'de'"),
    ],
)
def test_unusable_articles_get_a_clear_error(result, aid, message):
    assert message in row(result, aid)["error"]
    err = result.errors[result.errors["article_id"] == aid].iloc[0]
    assert err["stage"] in ("read", "language") and err["error_type"] and err["message"]


def test_german_article_is_detected_and_flagged(result):
    assert row(result, "german")["language"] == "de"
    assert (result.claims["article_id"] != "german").all()


@pytest.mark.parametrize(
    "aid",
    [
        "one-word",
        "windows-newlines",
        "unclosed-quote",
        "many-quotes",
        "long-sentence",
        "far-past",
        "far-future",
        "bad-date",
        "dup",
        "dup~2",
    ],
)
def test_odd_but_readable_articles_are_analysed(result, aid):
    assert pd.isna(row(result, aid)["error"])


def test_offsets_are_inside_the_text(result):
    texts = dict(zip(result.articles["article_id"], result.articles["text"]))
    for c in result.claims.itertuples():
        assert texts[c.article_id][c.content_start : c.content_end] == c.content
    for t in result.timexes.itertuples():
        assert texts[t.article_id][t.start : t.end] == t.text


def test_windows_newlines_and_unclosed_quote_still_give_claims(result):
    claims = result.claims
    assert "\r" not in row(result, "windows-newlines")["text"]
    assert (claims["article_id"] == "windows-newlines").any()
    assert (claims["article_id"] == "unclosed-quote").any()


def test_dates_far_away_and_malformed(result):
    assert row(result, "far-past")["published"] == pd.Timestamp("1700-03-01", tz="UTC")
    assert row(result, "far-future")["published"] == pd.Timestamp("2200-01-01", tz="UTC")
    bad = row(result, "bad-date")
    assert pd.isna(bad["published"]) and bad["published_from"] == "missing"
    # relative dates in an undated article are left unresolved, never resolved against today
    tx = result.timexes[result.timexes["article_id"] == "bad-date"]
    assert len(tx) == 1 and tx["text"].iloc[0] == "Monday"
    assert tx["date_start"].isna().all()
    assert not tx["value"].iloc[0].startswith(("19", "20"))
    # 1 March 1700 was itself a Monday; 1 January 2200 is a Wednesday, so "said on Monday" is 30 December 2199
    past = result.timexes[result.timexes["article_id"] == "far-past"]
    assert past["value"].tolist() == ["1700-03-01"]
    future = result.timexes[result.timexes["article_id"] == "far-future"]
    assert future["value"].tolist() == ["2199-12-30"]


def test_errors_raise_mode_fails_fast():
    with pytest.raises(newskit.NewskitError, match="empty text"):
        newskit.analyze(pd.DataFrame([{"text": "Fine."}, {"text": ""}]), progress=False, errors="raise")


def test_five_megabytes_of_text_gets_a_clear_reason():
    # distinct paragraphs (identical repeated lines would be removed as scraped boilerplate)
    paras, n = [], 0
    while n < 5_000_000:
        paras.append(f"Report {len(paras)}: " + (WIKI_SENTENCE + " ") * 10)
        n += len(paras[-1]) + 2
    text = "\n\n".join(paras)
    assert len(text) >= 5_000_000
    res = newskit.analyze(pd.DataFrame([{"article_id": "huge", "text": text}]), progress=False)
    assert len(res.articles) == 1
    art = res.articles.iloc[0]
    assert art["n_chars"] == len(art["text"]) > 4_900_000
    assert "too long" in art["error"] and "max_chars" in art["error"]
    assert res.errors["stage"].tolist() == ["read"]


def test_an_exception_inside_extraction_costs_one_row(fail_extraction_on):
    from newskit.runtime import pipeline

    fail_extraction_on("EXPLODE", "component failed")
    arts = pd.DataFrame(
        [
            {"article_id": "ok1", "text": QUOTED},
            {"article_id": "boom", "text": "EXPLODE now."},
            {"article_id": "ok2", "text": WIKI_SENTENCE + " Police said it was an accident."},
        ]
    )
    pipeline._ROW_CACHE.clear()
    res = newskit.analyze(arts, progress=False)
    assert res.articles["error"].isna().tolist() == [True, False, True]
    err = res.errors.iloc[0]
    assert (err["article_id"], err["stage"], err["error_type"]) == ("boom", "extract", "RuntimeError")
    assert set(res.claims["article_id"]) == {"ok1", "ok2"}
    pipeline._ROW_CACHE.clear()

"""Each input format, read from real files in tests/ingest/files (Wikinews articles, CC BY 2.5)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import newskit
from newskit.errors import InputError
from newskit.frames import schema


def by_id(df: pd.DataFrame, aid: str) -> pd.Series:
    row = df[df["article_id"] == aid]
    assert len(row) == 1, f"{aid} not found once in {df['article_id'].tolist()}"
    return row.iloc[0]


def test_schema_is_stable_for_every_format(files):
    for path in [
        "wikinews-011.txt",
        "wikinews-002.html",
        "articles.json",
        "articles.jsonl",
        "aliases-cp1252.csv",
        "articles.parquet",
    ]:
        df = newskit.read_articles(files / path)
        assert list(df.columns) == list(schema.ARTICLES), path
        assert str(df["published"].dtype) == "datetime64[ns, UTC]"
        assert df["article_id"].is_unique


def test_txt_with_sidecar_metadata_bom_and_windows_newlines(files):
    row = newskit.read_articles(files / "wikinews-011.txt").iloc[0]
    assert row["article_id"] == "wikinews-011"
    assert row["outlet"] == "Wikinews"
    assert row["title"] == "Arrest made as mayor of Gdańsk, Poland stabbed on stage"
    assert "\r" not in row["text"] and "\ufeff" not in row["text"]
    # the Wikinews dateline "Monday, January 14, 2019" gives the date and leaves the body
    assert row["published"] == pd.Timestamp("2019-01-14", tz="UTC")
    assert row["published_from"] == "dateline"
    assert not row["text"].startswith("Monday")
    assert row["n_chars"] == len(row["text"])


def test_saved_html_page_uses_trafilatura_metadata(files):
    row = newskit.read_articles(files / "wikinews-002.html").iloc[0]
    assert row["title"] == "Escape room fire kills five teen girls in Koszalin, Poland"
    assert row["outlet"] == "Wikinews"
    assert row["published"] == pd.Timestamp("2019-01-05", tz="UTC")
    assert row["published_from"] == "html"
    assert row["text"].startswith("A fire yesterday afternoon killed five girls")
    # navigation, footer, scripts and styles are not body text
    for junk in ("Main page", "Privacy policy", "window.tracking", "font-family", "last edited"):
        assert junk not in row["text"]


def test_json_list_and_jsonl_with_a_broken_line(files):
    js = newskit.read_articles(files / "articles.json")
    assert js["article_id"].tolist() == ["wikinews-056", "wikinews-081"]
    assert js["published_from"].tolist() == ["metadata", "metadata"]
    jl = newskit.read_articles(files / "articles.jsonl")
    assert len(jl) == 3  # two articles and the broken line, accounted for
    assert jl["error"].notna().tolist() == [False, False, True]
    assert "not valid JSON" in jl["error"].iloc[2]


def test_csv_in_another_encoding_with_aliased_columns(files):
    df = newskit.read_articles(files / "aliases-cp1252.csv")
    row = by_id(df, "wikinews-013")
    assert row["title"].startswith("Lion Air disaster")
    assert row["url"].startswith("https://en.wikinews.org")
    assert row["published"] == pd.Timestamp("2019-01-16", tz="UTC")


def test_parquet(files):
    df = newskit.read_articles(files / "articles.parquet")
    assert set(df["article_id"]) == {"wikinews-096", "wikinews-109"}
    assert df["published"].notna().all()


def test_folder_and_glob_read_every_file_once(files):
    folder = newskit.read_articles(files)
    # 1 txt (its .json is a sidecar, not an article) + 1 html + 2 json + 3 jsonl + 2 csv + 2 parquet + 5 bad
    assert len(folder) == 16
    globbed = newskit.read_articles(str(files / "articles.*"))
    assert len(globbed) == 2 + 3 + 2


def test_list_of_dicts_and_dataframe_inputs():
    recs = [{"ID": "x", "Headline": "Rain", "CONTENT": "It rained in Oslo on Monday.", "Pub Date": "2024-05-01"}]
    a = newskit.read_articles(recs, published="Pub Date")
    assert a[["article_id", "title", "text"]].iloc[0].tolist() == ["x", "Rain", "It rained in Oslo on Monday."]
    assert a["published"].iloc[0] == pd.Timestamp("2024-05-01", tz="UTC")
    b = newskit.read_articles(pd.DataFrame(recs))
    assert b["text"].iloc[0] == "It rained in Oslo on Monday."
    # the input is never altered in place
    df = pd.DataFrame({"text": ["  a\u00a0b  "]})
    newskit.read_articles(df)
    assert df["text"].iloc[0] == "  a\u00a0b  "


def test_explicit_column_names_win_over_aliases():
    df = pd.DataFrame({"text": ["short teaser"], "full": ["The long body of the story."]})
    assert newskit.read_articles(df, text="full")["text"].iloc[0] == "The long body of the story."
    with pytest.raises(InputError, match="not in the input"):
        newskit.read_articles(df, text="nope")


def test_ids_are_stable_and_readable_when_missing():
    a = newskit.read_articles([{"text": "The council said rents would rise."}])
    b = newskit.read_articles([{"text": "The council said rents would rise."}])
    assert a["article_id"].iloc[0] == b["article_id"].iloc[0] == "row-1"


def test_duplicate_ids_are_made_unique():
    a = newskit.read_articles([{"id": "x", "text": "One."}, {"id": "x", "text": "Two."}])
    assert a["article_id"].tolist() == ["x", "x~2"]


def test_sidecar_json_is_metadata_not_an_article(files, tmp_path):
    (tmp_path / "story.txt").write_text("The mayor said the bridge would reopen.", encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps({"published": "2024-02-01", "author": "A. Writer"}))
    df = newskit.read_articles(tmp_path)
    assert len(df) == 1
    assert df["author"].iloc[0] == "A. Writer"
    assert df["published_from"].iloc[0] == "metadata"


def test_date_from_filename(tmp_path):
    (tmp_path / "2024-03-05-storm.txt").write_text("A storm hit the coast.", encoding="utf-8")
    row = newskit.read_articles(tmp_path).iloc[0]
    assert row["published"] == pd.Timestamp("2024-03-05", tz="UTC")
    assert row["published_from"] == "filename"

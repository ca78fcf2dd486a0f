"""Real web pages in, nothing lost: reduced shapes of saved news pages (tests/ingest/pages/, hand-written
HTML), one test per failure class of issue 11, each of which failed before the fix."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import newskit
from newskit.ingest.clean import clean_article_text

PAGES = Path(__file__).parent / "pages"


def read(name: str, **kw) -> pd.Series:
    return newskit.read_articles(PAGES / name, **kw).iloc[0]


def warnings_of(row: pd.Series) -> dict[str, str]:
    """The ``warnings`` string as a dict: ``"repeated_lines:586; removed_share:62%"`` -> {kind: value}."""
    if pd.isna(row["warnings"]):
        return {}
    return dict((w.split(":", 1) + [""])[:2] for w in row["warnings"].split("; "))


# ----------------------------------------------------------------------------- repeated lines


def test_a_story_printed_three_times_keeps_one_copy_and_says_how_much_went():
    row = read("repeated-body.html")
    text = row["text"]
    assert text.startswith("Two new libraries and a repaired harbour bridge are in the plan.")
    for sentence in (
        "The city council approved a budget of 12 million dollars on Monday",
        "Council member Ana Ruiz said",
        '"We listened to every neighbourhood," the mayor said',
    ):
        assert text.count(sentence) == 1
    w = warnings_of(row)
    assert int(w["repeated_lines"]) == 2 * sum(len(s) for s in text.split("\n\n")[1:])  # two later copies
    assert int(w["removed_share"].rstrip("%")) > 50


def test_a_pull_quote_keeps_its_first_copy():
    text = read("pull-quote.html")["text"]
    quote = '"The ferry was the way this town talked to the rest of the world," said Tom Baker'
    assert text.count(quote) == 1
    assert text.index(quote) < text.index("Residents gathered on the pier")  # the body's copy, in place


def test_recurring_headings_and_lines_keep_their_first_copy():
    text = read("meal-plan.html")["text"]
    for line in ("Breakfast", "Dinner", "Oat porridge with apples and cinnamon.", "Lentil soup with bread."):
        assert text.count(line) == 1
    assert text.index("Monday") < text.index("Breakfast") < text.index("Tuesday")


def test_a_caption_printed_twice_in_a_row_loses_both_copies():
    c = clean_article_text(
        "Fans met in the hall on Sunday.\n\nCosplayers on stage\nCosplayers on stage\n\nThe show ended at noon."
    )
    assert c.text == "Fans met in the hall on Sunday.\n\nThe show ended at noon."
    assert c.removed_chars == {"caption": 2 * len("Cosplayers on stage")}


def test_seed_caption_and_headline_lose_every_copy(seed_articles):
    row = seed_articles.iloc[0]
    assert "The USA sent a survey to European countries" not in row["text"]
    w = warnings_of(row)
    assert {"headline", "caption", "credit", "byline"} <= set(w)
    assert "repeated_lines" not in w


def test_cleaning_that_empties_an_article_says_so():
    row = newskit.read_articles([{"title": "Breaking news", "text": "Breaking news\n\nBreaking news"}]).iloc[0]
    assert row["text"] == ""
    assert row["error"] == "no article text left after removing boilerplate"
    assert warnings_of(row)["removed_share"] == "100%"


def test_clean_false_keeps_the_extracted_text_and_reports_nothing_removed():
    kept = read("repeated-body.html", clean=False)
    assert kept["text"].count("The city council approved a budget") == 3
    assert "Council approves new budget" in kept["text"]  # the headline line stays too
    assert "repeated_lines" not in warnings_of(kept)


# ----------------------------------------------------------------------------- bylines


def test_german_subheadings_are_not_authors():
    row = read("subheadings-de.html")
    assert row["language"] == "de"
    assert pd.isna(row["author"])
    assert "Weitere Informationen" in row["text"] and "Im Detail" in row["text"]
    assert "byline" not in warnings_of(row)


def test_english_subheadings_after_the_first_paragraph_are_not_authors():
    row = read("release-notes.html")
    assert pd.isna(row["author"])
    assert "Security Improvements" in row["text"] and "Bug Fixes" in row["text"]


def test_a_byline_under_the_headline_is_taken_and_a_name_shaped_subheading_stays():
    row = read("byline-head.html")
    assert row["author"] == "Jane Roe"
    assert "By Jane Roe" not in row["text"]
    assert "Harbour Street" in row["text"]


def test_byline_evidence_rules_on_text():
    head = "Storm hits coast\n\n"
    body = "A storm hit the coast on Monday.\n\nSarah Connor\n\nIt rained for two days."
    assert clean_article_text(head + body).author is None  # a name inside the body
    assert clean_article_text(head + "By Sarah Connor\n\n" + body).author == "Sarah Connor"
    assert clean_article_text(head + "Peter Miller\n\n" + body).author == "Peter Miller"  # under the headline
    de = clean_article_text(head + "Weitere Informationen\n\n" + body, language="de")
    assert de.author is None and "Weitere Informationen" in de.text  # German capitalises nouns
    assert clean_article_text(head + "Von Anna Schmidt\n\n" + body, language="de").author == "Anna Schmidt"
    assert clean_article_text(head + "A Mysterious Woman\n\n" + body).author is None  # "A" is no name word


def test_a_line_that_only_ends_with_the_headline_is_not_the_headline():
    c = clean_article_text(
        "My Top 10 Women Talking Sports\n\n1. Jane Roe writes on football.", title="Top 10 Women Talking Sports"
    )
    assert c.text.startswith("My Top 10 Women Talking Sports")
    glued = clean_article_text(
        "NewsTop 10 Women Talking Sports\n\n1. Jane Roe writes on football.", title="Top 10 Women Talking Sports"
    )
    assert glued.text == "1. Jane Roe writes on football."  # a section label glued to the headline


# ----------------------------------------------------------------------------- what the HTML reader keeps


def test_tables_in_the_body_are_kept():
    text = read("results-table.html")["text"]
    assert "Green" in text and "12,400" in text and "Liberal" in text
    assert text.index("electoral commission") < text.index("12,400") < text.index("Turnout was 61 percent")


def test_a_story_inside_an_unclosed_sidebar_is_read_not_the_sites_tagline():
    # a template that never closes its sidebar <aside>: the default pass keeps only the header's tagline
    row = read("story-in-unclosed-aside.html")
    text = row["text"]
    assert text.startswith("The ferry between the harbour and the island will run again from Monday")
    assert "A return ticket will cost eight euros" in text and "The region bought two boats last year." in text
    assert "Your daily news from the harbour towns." not in text
    assert row["title"] == "Ferry service returns to the island after ten years"
    assert "recall_extraction" in warnings_of(row)


def test_a_short_page_read_well_by_the_default_pass_is_not_read_again(tmp_path):
    notice = "<p>The library on Mill Street is closed on Monday for repairs to its roof, the council said.</p>"
    (tmp_path / "notice.html").write_text(
        f"<html><head><title>Library closed</title></head><body><article>{notice}</article></body></html>",
        encoding="utf-8",
    )
    row = newskit.read_articles(tmp_path / "notice.html").iloc[0]
    assert row["text"] == "The library on Mill Street is closed on Monday for repairs to its roof, the council said."
    assert "recall_extraction" not in warnings_of(row)
    for name in ("pull-quote.html", "results-table.html", "byline-head.html"):
        assert "recall_extraction" not in warnings_of(read(name))


def test_a_utf8_page_with_one_stray_byte_stays_utf8(tmp_path):
    page = (PAGES / "subheadings-de.html").read_bytes()
    (tmp_path / "p.html").write_bytes(page.replace(b"</article>", b"\x96</article>"))  # a lone cp1252 dash
    text = newskit.read_articles(tmp_path / "p.html")["text"].iloc[0]
    assert "Die Kosten von rund vier Millionen Euro trägt zur Hälfte das Land" in text
    assert "zwölf Kilometer" in text and "Fußgänger" in text


# ----------------------------------------------------------------------------- one row per file


def test_every_file_in_a_folder_gives_one_row(tmp_path):
    shutil.copy(PAGES / "pull-quote.html", tmp_path / "changelog.blog.ferry.html")
    shutil.copy(PAGES / "byline-head.html", tmp_path / "license-plate-readers.html")
    (tmp_path / "README.md").write_text("# Pages saved for the project\n", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    df = newskit.read_articles(tmp_path)
    assert len(df) == 4
    errors = dict(zip(df["article_id"], df["error"]))
    assert pd.isna(errors["changelog.blog.ferry"]) and pd.isna(errors["license-plate-readers"])
    assert "README.md: not read" in errors["README"] and "not an article" in errors["README"]
    assert "photo.jpg" in errors["photo"]
    # a saved page without the .html suffix is read as the HTML it is
    shutil.copy(PAGES / "pull-quote.html", tmp_path / "ferry-story")
    shutil.copy(PAGES / "byline-head.html", tmp_path / "storm.php")
    df = newskit.read_articles(tmp_path)
    assert len(df) == 6
    rows = df.set_index("article_id")
    assert rows.loc["ferry-story", "text"].startswith("For ninety years a ferry has crossed the bay")
    assert rows.loc["storm", "author"] == "Jane Roe" and pd.isna(rows.loc["storm", "error"])
    # named by its own path, a README is read like any text file
    assert pd.isna(newskit.read_articles(tmp_path / "README.md")["error"].iloc[0])


# ----------------------------------------------------------------------------- HTML readers failing


def test_html_reader_that_does_not_import_gives_error_rows_naming_the_fix(tmp_path):
    shutil.copy(PAGES / "pull-quote.html", tmp_path / "a.html")
    shutil.copy(PAGES / "byline-head.html", tmp_path / "b.html")
    (tmp_path / "c.txt").write_text("The mayor said the bridge would reopen in May.", encoding="utf-8")
    # lxml >= 5.2 without lxml_html_clean: trafilatura's import of justext -> lxml.html.clean fails
    code = (
        "import sys, json; sys.modules['lxml_html_clean'] = None; sys.modules['lxml.html.clean'] = None\n"
        "import newskit\n"
        f"df = newskit.read_articles({str(tmp_path)!r})\n"
        "print(json.dumps(df[['article_id', 'error']].astype(str).values.tolist()))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(newskit.__file__).parent.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    assert rows["c"] == "<NA>"
    for aid in ("a", "b"):
        assert "trafilatura does not import" in rows[aid] and "pip install" in rows[aid]
        assert "lxml_html_clean" in rows[aid]


def test_html_reader_failing_on_one_page_gives_its_error_row(tmp_path, monkeypatch):
    import trafilatura

    def broken(*args, **kwargs):
        raise RuntimeError("parser state corrupted")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    shutil.copy(PAGES / "pull-quote.html", tmp_path / "a.html")
    row = newskit.read_articles(tmp_path).iloc[0]
    assert "trafilatura failed on this page (RuntimeError: parser state corrupted)" in row["error"]


# ----------------------------------------------------------------------------- language and short rows


def test_undetected_language_is_flagged_and_not_analysed_as_english():
    row = read("multilingual-notice.html")
    assert row["language"] == "und"
    assert "language_undetected" in warnings_of(row)
    arts = newskit.read_articles(PAGES / "multilingual-notice.html")
    a = newskit.analyze(arts, progress=False)
    assert a.errors["stage"].tolist() == ["language"]
    assert len(a.claims) == 0


def test_very_short_rows_are_flagged():
    rows = newskit.read_articles(
        [
            {"text": "Home | News | Sport | Weather | Contact us | Privacy policy"},
            {"text": "The minister said that taxes would rise next year. " * 8},
        ]
    )
    assert warnings_of(rows.iloc[0])["short_text"] == str(rows["n_chars"].iloc[0])
    assert "short_text" not in warnings_of(rows.iloc[1])


# ----------------------------------------------------------------------------- HTML metadata


def test_html_metadata_and_a_disagreeing_dateline(tmp_path):
    page = (PAGES / "repeated-body.html").read_text(encoding="utf-8")
    row = read("repeated-body.html")
    assert (row["author"], row["outlet"], row["published_from"]) == ("Maria Lopez", "Riverside Gazette", "html")
    assert row["published"] == pd.Timestamp("2024-03-12", tz="UTC")
    assert "date_mismatch" not in warnings_of(row)
    (tmp_path / "p.html").write_text(
        page.replace('<div class="story">', '<p>Tuesday, March 5, 2024</p><div class="story">', 1), encoding="utf-8"
    )
    row = newskit.read_articles(tmp_path / "p.html").iloc[0]
    assert row["published"] == pd.Timestamp("2024-03-12", tz="UTC")
    assert warnings_of(row)["date_mismatch"] == "html=2024-03-12,dateline=2024-03-05"


def test_warnings_survive_parquet_and_duckdb(tmp_path):
    import duckdb

    df = newskit.read_articles(PAGES)
    df.to_parquet(tmp_path / "a.parquet")
    back = pd.read_parquet(tmp_path / "a.parquet")
    assert back["warnings"].fillna("").tolist() == df["warnings"].fillna("").tolist()
    n = duckdb.sql(
        f"select count(*) from '{tmp_path / 'a.parquet'}' where warnings like '%repeated_lines:%'"
    ).fetchall()[0][0]
    assert n == int(df["warnings"].str.contains("repeated_lines:", na=False).sum()) >= 2

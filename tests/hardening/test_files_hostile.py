"""Hostile files on disk: HTML with scripts or no body, encodings, BOMs."""

from __future__ import annotations

import pandas as pd

import newskit

PAGE = """<!DOCTYPE html><html><head><title>Council approves budget</title>
<style>p { color: red } .x::after { content: "The minister said nothing." }</style>
<script>document.write("The minister said the script ran.");</script></head>
<body><nav>Home | News</nav><article><h1>Council approves budget</h1>
<p>The city council approved the budget on Tuesday after a long debate about housing and transport spending.</p>
<p>"This budget protects families," the mayor said, adding that taxes would not rise this year.</p>
<script>alert("xss")</script></article></body></html>"""


def test_html_with_script_and_style_keeps_only_the_body(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    row = newskit.read_articles(tmp_path / "page.html").iloc[0]
    assert pd.isna(row["error"])
    assert row["text"].startswith("The city council approved the budget")
    for junk in ("alert", "document.write", "color: red", "script ran", "Home | News"):
        assert junk not in row["text"]


def test_html_with_no_body_is_an_error_row(tmp_path):
    (tmp_path / "nobody.html").write_text("<html><head><title>Empty</title></head></html>", encoding="utf-8")
    (tmp_path / "ok.html").write_text(PAGE, encoding="utf-8")
    df = newskit.read_articles(tmp_path)
    assert df["article_id"].tolist() == ["nobody", "ok"]
    assert "no article body" in df["error"].iloc[0]
    assert pd.isna(df["error"].iloc[1])


def test_encodings_bom_and_utf16(tmp_path):
    text = "Le maire a déclaré que le pont rouvrira en mai. The mayor said the bridge would reopen in May."
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    df = newskit.read_articles(tmp_path)
    assert df["error"].isna().all()
    assert (df["text"] == text).all()


def test_csv_in_latin1_with_windows_newlines(tmp_path):
    csv = 'id,headline,body\r\nm1,Café reopens,"The owner said the café would reopen on Monday."\r\n'
    (tmp_path / "latin1.csv").write_bytes(csv.encode("latin-1"))
    df = newskit.read_articles(tmp_path / "latin1.csv")
    assert df["title"].iloc[0] == "Café reopens"
    assert df["text"].iloc[0] == "The owner said the café would reopen on Monday."

"""Bad input gives clear errors or error rows, never a traceback from deep inside a library."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit
from newskit.errors import InputError, NewskitError


def errors_by_id(files):
    df = newskit.read_articles(files / "bad")
    return dict(zip(df["article_id"], df["error"]))


def test_each_bad_file_gives_one_error_row(files):
    errs = errors_by_id(files)
    assert errs["empty"] == "empty.txt: empty file"
    assert "binary content" in errs["binary"]
    assert "no text column" in errs["x1"]


def test_invalid_utf8_is_decoded_by_detection(files):
    df = newskit.read_articles(files / "bad" / "invalid-utf8.txt")
    assert pd.isna(df["error"].iloc[0])
    assert "café" in df["text"].iloc[0]


def test_utf16_with_bom_is_read(files):
    row = newskit.read_articles(files / "bad" / "utf16.txt").iloc[0]
    assert row["text"] == "The mayor said the bridge would reopen in May."


def test_missing_text_column_in_a_table_is_a_clear_error():
    with pytest.raises(InputError, match="no text column"):
        newskit.read_articles(pd.DataFrame({"headline": ["x"]}))


def test_missing_path_and_wrong_type():
    with pytest.raises(InputError, match="no such file"):
        newskit.read_articles("/nonexistent/folder/articles.csv")
    with pytest.raises(InputError, match="cannot read articles from a int"):
        newskit.read_articles(42)
    assert issubclass(InputError, NewskitError)


def test_empty_and_missing_text_rows_are_kept_with_errors():
    df = newskit.read_articles([{"text": ""}, {"text": None}, {"text": "   \n  "}, {"text": "Fine text."}, 7])
    assert len(df) == 5
    assert df["error"].isna().tolist() == [False, False, False, True, False]
    assert df["error"].iloc[0] == "empty text"
    assert "not a dict" in df["error"].iloc[4]


def test_bad_dates_are_unknown_not_errors():
    df = newskit.read_articles(
        [{"text": "Hello there.", "date": "not a date"}, {"text": "Hello again.", "date": "9999-01-01"}]
    )
    assert df["published"].isna().all()
    assert df["published_from"].tolist() == ["missing", "missing"]
    assert df["error"].isna().all()


def test_article_text_given_where_a_path_is_expected_is_a_clear_error():
    # a long text used to reach os.stat and crash with "OSError: File name too long"
    text = '"There should be a lot of systems," the businessman replied. ' * 80
    with pytest.raises(InputError, match="looks like article text"):
        newskit.read_articles(text)
    with pytest.raises(InputError, match="looks like article text"):
        newskit.extract_claims("The minister said taxes would rise.\n\nShe left.")

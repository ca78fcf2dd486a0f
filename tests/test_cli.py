"""The command line writes Parquet outputs and documents its options."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd

from newskit.cli import build_parser, main


def test_help_documents_every_option():
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices["analyze"]
    text = sub.format_help()
    for action in sub._actions:
        for opt in action.option_strings:
            assert opt in text
        if action.option_strings and action.dest != "help":
            assert action.help, f"{action.dest} has no help text"


def test_analyze_writes_parquet_and_summary(tmp_path, files, capsys):
    code = main(
        [
            "analyze",
            str(files / "wikinews-011.txt"),
            str(files / "bad" / "empty.txt"),
            "--out",
            str(tmp_path),
            "--no-progress",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "articles read: 2 (analysed 1, errors 1)" in out
    arts = pd.read_parquet(tmp_path / "articles.parquet")
    assert arts["article_id"].tolist() == ["wikinews-011", "empty"]
    for name in ("claims", "sources", "timexes", "timeline", "errors"):
        assert (tmp_path / f"{name}.parquet").exists()
    errs = pd.read_parquet(tmp_path / "errors.parquet")
    assert errs["article_id"].tolist() == ["empty"]


def test_bad_path_is_a_clear_error_not_a_traceback(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "newskit", "analyze", str(tmp_path / "missing"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1
    assert "newskit: error: no such file or folder" in r.stderr
    assert "Traceback" not in r.stderr

"""No network during analysis, no unsafe deserialisation, outputs stay inside the chosen folder."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pandas as pd
import pytest

import newskit
from newskit.cli import main

PACKAGE = Path(newskit.__file__).resolve().parent


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_whole_pipeline_runs_with_sockets_blocked(no_network, files, tmp_path):
    arts = newskit.read_articles([files / "wikinews-002.html", files / "wikinews-011.txt"])
    seed = newskit.datasets.seed()
    res = newskit.analyze(pd.concat([arts, seed], ignore_index=True), progress=False)
    assert res.articles["error"].isna().all()
    assert len(res.claims) > 0 and len(res.timexes) > 0
    res.to_parquet(tmp_path / "out")
    assert main(["analyze", str(files / "wikinews-011.txt"), "--out", str(tmp_path / "cli"), "--no-progress"]) == 0


def test_no_pickle_eval_or_exec_in_the_package():
    pattern = re.compile(r"\b(pickle|marshal|shelve|dill|cloudpickle)\b|\beval\(|\bexec\(|yaml\.load\(")
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                offenders.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []


def test_cli_outputs_stay_in_the_output_folder(tmp_path):
    hostile = tmp_path / "in.jsonl"
    hostile.write_text(
        '{"id": "../../escape", "text": "The mayor said the bridge would reopen."}\n'
        '{"id": "/etc/passwd", "text": "Police said the road was closed."}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    before = {p for p in tmp_path.rglob("*")}
    assert main(["analyze", str(hostile), "--out", str(out), "--no-progress"]) == 0
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents for p in created)
    ids = pd.read_parquet(out / "articles.parquet")["article_id"].tolist()
    assert ids == ["../../escape", "/etc/passwd"]  # kept as data, never used as paths

"""The frames of an Analysis and the tables of a Store are declared attributes: visible to help() and editors,
read-only, and each reads its own frame."""

from __future__ import annotations

import inspect

import pytest

import newskit
from newskit.runtime.analysis import FRAMES, Analysis
from newskit.runtime.frame_attrs import Frame, StoredTable
from newskit.runtime.store import TABLES, Store


def test_every_frame_is_a_declared_attribute_with_its_schema_in_the_docstring():
    for name in FRAMES:
        attr = inspect.getattr_static(Analysis, name)
        assert isinstance(attr, Frame) and f"schema.{name.upper()}" in attr.__doc__


def test_every_stored_table_has_a_reader():
    for name in TABLES:
        assert isinstance(inspect.getattr_static(Store, name), StoredTable), name


def test_frames_are_read_only_and_read_their_own_frame(tmp_path):
    result = newskit.analyze(
        [{"text": "“We will win,” Maria Lopez said on Monday.", "published": "2025-02-16"}], progress=False
    )
    assert result.claims["source_name"].tolist() == ["Maria Lopez"]
    assert result.timexes["text"].tolist() == ["Monday"]
    with pytest.raises(AttributeError):
        result.claims = result.timexes
    with Store(tmp_path / "s.duckdb") as store:
        newskit.analyze(
            [{"text": "“We will win,” Maria Lopez said.", "published": "2025-02-16"}], store=store, progress=False
        )
        assert store.claims()["source_name"].tolist() == ["Maria Lopez"] and store.claims.__name__ == "claims"

"""The component's contract: the factory's config, exceptions that are never swallowed, honest offsets."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit.core.timex import component, normalize
from newskit.core.timex.finder import find_candidates

#: constructions from the corpora (TimeBank, AQUAINT, MEANTIME, Wikinews) to build sentences from
PIECES = [
    "on Friday",
    "last week",
    "a year ago",
    "the third quarter",
    "in nineteen ninety-six",
    "at 9 a.m. Tuesday",
    "the year-ago period",
    "two and a half years",
    "since '82",
    "by that time",
    "the same day",
    "noon",
    "(1639 UTC)",
    "March 3, 2019",
    "in recent years",
    "Election Day",
    "the 1990s",
    "every Monday",
    "now",
    "the latest quarter",
    "four-year-old",
    "2019 people",
    "May",
    "the Russell 2000",
    "in the morning",
]
WORDS = ["The", "minister", "said", "will", "was", "planned", "to", "meet", "prices", "rose", ",", ".", "’s", "'"]


def test_factory_declares_its_config_and_what_it_assigns(nlp):
    meta = nlp.get_pipe_meta("newskit_timex")
    assert meta.default_config == {"entity_fallback": True}
    assert "doc._.newskit_timexes" in meta.assigns


def test_an_exception_in_a_handler_is_not_swallowed(nlp, monkeypatch):
    def broken(g, ctx):
        raise RuntimeError("bug in a rule")

    monkeypatch.setitem(normalize.HANDLERS, "weekday", broken)
    doc = nlp.make_doc("He arrived on Saturday.")
    doc._.newskit_published = pd.Timestamp("2025-02-16", tz="UTC")
    with pytest.raises(RuntimeError, match="bug in a rule"):
        component.annotate(nlp(doc))


def test_an_exception_in_a_handler_becomes_the_articles_error_row(monkeypatch):
    import newskit

    def broken(g, ctx):
        raise RuntimeError("bug in a rule")

    monkeypatch.setitem(normalize.HANDLERS, "weekday", broken)
    text = "The envoy arrived on Saturday, a test of error rows said."  # not in the row cache
    result = newskit.analyze([{"text": text, "published": "2025-02-16"}], progress=False)
    assert result.errors["message"].str.contains("bug in a rule").any()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_finding_never_raises_and_spans_are_inside_the_text(text):
    for c in find_candidates(text):
        assert 0 <= c.start < c.end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES + WORDS), min_size=1, max_size=14), st.sampled_from([None, "2025-02-16"]))
def test_rows_never_raise_and_offsets_are_honest(nlp, parts, published):
    doc = nlp.make_doc(" ".join(parts))
    doc._.newskit_published = pd.Timestamp(published, tz="UTC") if published else None
    doc = nlp(doc)
    for r in doc._.newskit_timexes:
        assert r["text"] == doc.text[r["start"] : r["end"]]
        assert r["value"]

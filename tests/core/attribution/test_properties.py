"""Property tests: sentences built from the constructions of news attribution (speakers, cues in every tense and
voice, quotes of every mark, dashes, colons, apostrophes of both kinds, paragraph breaks) never make the
component raise, and every offset it reports is honest."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import newskit  # noqa: E402

SPEAKERS = ["The minister", "Anna Kowalska", "Police", "Farmers", "He", "They", "A spokesperson for Acme Inc", "It"]
CUES = ["said", "says", "told reporters", "has said", "was quoted as saying", "called for", "criticized", "asked"]
CONTENTS = ["taxes will rise", "the bridge is safe", "a new inquiry", "whether the road would reopen", "Let\u2019s go"]
QUOTES = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("", "")]
JOINS = [" ", "\n\n", " \u2014 ", ": ", " \u2015 ", ". "]


@st.composite
def article(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 5))):
        spk, cue, content = (
            draw(st.sampled_from(SPEAKERS)),
            draw(st.sampled_from(CUES)),
            draw(st.sampled_from(CONTENTS)),
        )
        op, cl = draw(st.sampled_from(QUOTES))
        form = draw(st.integers(0, 3))
        if form == 0:
            parts.append(f"{spk} {cue} {op}{content}{cl}.")
        elif form == 1:
            parts.append(f"{op}{content},{cl} {spk.lower() if spk in ('He', 'They', 'It') else spk} {cue}.")
        elif form == 2:
            parts.append(f"{spk}: {op}{content}{cl}")
        else:
            parts.append(f"{op}{content.capitalize()}.{cl}")
        parts.append(draw(st.sampled_from(JOINS)))
    return "".join(parts).strip()


@pytest.fixture(scope="module")
def nlp():
    return newskit.load_pipeline()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=article())
def test_no_exception_and_honest_offsets(nlp, text):
    doc = nlp(text)
    for c in doc._.newskit_claims:
        assert text[c["content_start"] : c["content_end"]] == c["content"]
        assert c["content"].strip()
        if c["cue_start"] is not None:
            assert text[c["cue_start"] : c["cue_end"]] == c["cue"]
        if c["source_start"] is not None:
            assert text[c["source_start"] : c["source_end"]] == c["source_mention"]
        assert c["claim_type"] in newskit.core.vocab.CLAIM_TYPES

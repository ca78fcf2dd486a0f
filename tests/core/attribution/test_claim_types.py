"""Claim types, the cue classes PolNeAR annotates beyond statements, and the fixes of issues 10 and 12 (item 7).

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

import newskit
from newskit.core.vocab import CLAIM_TYPES

from .conftest import one, rows, strict_claims

TEXTS = {
    # one per claim type
    "statement": "The minister said that taxes would rise next year.",
    "belief": "Officials believe the deal is close.",
    "intention_call_for": "The senator called for an independent inquiry into the crash.",
    "intention_wants": "The union wants to renegotiate the contract before June.",
    "evaluation": "The mayor criticized the government's handling of the floods.",
    "question": "A reporter asked whether the border would reopen.",
    "evidence": "A poll released on Monday shows that most voters oppose the tax.",
    "refusal": "The company refused to comment on the lawsuit.",
    "endorsement": "Governor Chris Miller endorsed Jane Porter on Friday.",
    # colon attributions (headlines, captions) and labels that are no speakers
    "colon_headline": "Graham: Trump's Rhetoric Is Destroying the Party's Chances.\n\nThe senator spoke on Monday.",
    "editor_note": "Editor's Note: The following is part 3 of 3 excerpts from the book.",
    # nested intention inside a reported claim: part of the outer claim only
    "nested": "Reuters reported that France is planning a summit of European leaders.",
    # item 7 of issue 12
    "clause_end": (
        "A diplomat mentioned that the document seeks information on the number of soldiers Europe is prepared "
        "to deploy on Ukrainian territory."
    ),
    "farmers": "Farmers told reporters that prices had fallen by half.",
    "relay_rest": "The website reported its anonymous source claimed a fourth offender escaped and remains wanted.",
    # crashes of issue 10
    "lets_hope": "Andrew came. Let\u2019s hope we see more.",
    "interviewer_speaks": "Wikinews spoke to the biologist Jane Doe about the study.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


@pytest.mark.parametrize(
    ("aid", "ctype", "content", "source"),
    [
        ("statement", "statement", "taxes would rise next year", "minister"),
        ("belief", "belief", "the deal is close", "Officials"),
        ("intention_call_for", "intention", "an independent inquiry into the crash", "senator"),
        ("intention_wants", "intention", "to renegotiate the contract before June", "union"),
        ("evaluation", "evaluation", "the government's handling of the floods", "mayor"),
        ("question", "question", "whether the border would reopen", "reporter"),
        ("evidence", "evidence", "most voters oppose the tax", "poll released on Monday"),
        ("refusal", "intention", "to comment on the lawsuit", "company"),
        ("endorsement", "evaluation", "Jane Porter", "Chris Miller"),
    ],
)
def test_claim_type_per_class(claims, aid, ctype, content, source):
    r = one(claims, aid)
    assert (r.claim_type, r.content) == (ctype, content)
    assert r.source_name == source


def test_every_claim_has_a_known_type(claims):
    assert claims["claim_type"].notna().all()
    assert set(claims["claim_type"]) <= set(CLAIM_TYPES)


def test_colon_headline_is_attributed_to_the_name(claims):
    r = one(claims, "colon_headline")
    assert r.source_name == "Graham" and r.cue == ":"
    assert r.content.startswith("Trump's Rhetoric")


def test_newsroom_label_is_no_speaker(claims):
    assert rows(claims, "editor_note").empty


def test_nested_intention_is_not_a_claim_of_its_own(claims):
    r = one(claims, "nested")
    assert r.source_name == "Reuters" and r.content.startswith("France is planning")


def test_content_runs_to_the_clause_end(claims):
    r = one(claims, "clause_end")
    assert r.content.endswith("is prepared to deploy on Ukrainian territory")


def test_bare_plural_is_an_unnamed_group(claims):
    r = one(claims, "farmers")
    assert (r.source_name, bool(r.named), r.source_kind) == ("Farmers", False, "person")


def test_relayed_claim_keeps_the_whole_coordination(claims):
    r = one(claims, "relay_rest")
    assert r.content == "a fourth offender escaped and remains wanted"


def test_curly_apostrophe_exhortation_is_no_claim(claims):
    assert rows(claims, "lets_hope").empty


def test_interviewer_speaking_to_someone_is_no_claim(claims):
    assert rows(claims, "interviewer_speaks").empty


def test_extract_claims_filters_by_type(claims):
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    only = newskit.extract_claims(arts, types=["intention", "question"])
    assert set(only["claim_type"]) == {"intention", "question"}
    assert len(only) == int(claims["claim_type"].isin(["intention", "question"]).sum())
    with pytest.raises(ValueError, match="unknown claim type"):
        newskit.extract_claims(arts, types="opinion")


def test_accessor_filters_by_type(claims):
    ev = claims.newskit.types("evaluation")
    assert len(ev) >= 2 and set(ev["claim_type"]) == {"evaluation"}
    assert len(claims.newskit.types("belief", ["evidence"])) == 2
    with pytest.raises(ValueError):
        claims.newskit.types("gossip")


def test_one_failing_article_does_not_sink_the_others(monkeypatch):
    from newskit.core.attribution import component

    real = component.extract_claims_from_doc

    def flaky(doc, *args):
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return real(doc, *args)

    monkeypatch.setattr(component, "extract_claims_from_doc", flaky)
    arts = newskit.read_articles(
        pd.DataFrame(
            {
                "article_id": ["a", "bad", "c"],
                "text": ["The mayor said the road is shut.", "This one will explode.", "Police said two men fled."],
            }
        )
    )
    with pytest.warns(RuntimeWarning, match="'bad' not extracted: RuntimeError: boom"):
        out = newskit.extract_claims(arts, use_cache=False)
    assert sorted(set(out["article_id"])) == ["a", "c"]
    with pytest.raises(RuntimeError, match="boom"):
        newskit.extract_claims(arts, errors="raise", use_cache=False)


def test_signed_embedded_post_is_a_direct_claim_of_its_author():
    text = (
        "The speaker posted a reply.\n\n"
        "While I respect the investigators, this decision defies explanation. \u2014 Jane Porter (@janeporter) "
        "July 5, 2016\n\nShe left."
    )
    r = newskit.extract_claims(newskit.read_articles([{"text": text}]))
    r = r[r["cue"] == "\u2014"].reset_index(drop=True)
    assert len(r) == 1
    assert r.content.iloc[0] == "While I respect the investigators, this decision defies explanation."
    assert (r.source_name.iloc[0], r.quote_type.iloc[0]) == ("Jane Porter", "direct")


def test_nominal_cue_in_a_participle_or_own_clause_takes_its_object():
    import newskit as nk

    claims = nk.extract_claims(
        [
            {"text": "Biden hit the campaign trail on Monday, accusing Trump of endangering the lives of troops."},
            {"text": "After the candidates unanimously opposed an increase to the minimum wage, the debate ended."},
        ]
    )
    by_cue = dict(zip(claims.cue, claims.content))
    assert by_cue["accusing"].startswith("Trump of endangering")
    assert by_cue["opposed"] == "an increase to the minimum wage"


NOMINAL_BOUNDARIES = {
    # the object runs on through the cue's complements ...
    "Trump called for a special prosecutor to oversee an investigation into the foundation.": (
        "called",
        "a special prosecutor to oversee an investigation into the foundation",
    ),
    "The attorney charged Zimmerman with second-degree murder in the shooting.": (
        "charged",
        "Zimmerman with second-degree murder in the shooting",
    ),
    # ... but not into an aside on its noun, nor into when it was said
    "Swanson praised evangelist Franklin Graham, who has vowed not to buy cookies this year.": (
        "praised",
        "evangelist Franklin Graham",
    ),
    "Clinton has vowed to repeal the Hyde Amendment, a federal provision that bars the funding.": (
        "vowed",
        "to repeal the Hyde Amendment",
    ),
    "The utility requested power line shutdowns during the emergency.": ("requested", "power line shutdowns"),
    # a name in apposition says who the object is
    "Bloomberg endorsed his former rival, Joe Biden.": ("endorsed", "his former rival, Joe Biden"),
}


def test_nominal_content_boundaries():
    import newskit as nk

    texts = list(NOMINAL_BOUNDARIES)
    claims = nk.extract_claims([{"article_id": str(i), "text": t} for i, t in enumerate(texts)])
    for i, text in enumerate(texts):
        cue, content = NOMINAL_BOUNDARIES[text]
        rows = claims[(claims.article_id == str(i)) & (claims.cue == cue)]
        assert list(rows.content) == [content], text


def test_a_cue_ending_its_paragraph_with_a_colon_introduces_the_next_paragraph():
    import newskit as nk

    texts = [
        "Dr. Ward stated:\n\nThe department is not about justice anymore. It is about his vision.\n\nThe case goes on.",
        "The senator told the crowd:\n\n“You look at the questions. Are you a villain?”\n\nThe debate went on.",
    ]
    claims = nk.extract_claims([{"article_id": str(i), "text": t} for i, t in enumerate(texts)])
    assert list(claims.content) == [
        "The department is not about justice anymore. It is about his vision.",
        "You look at the questions. Are you a villain?",
    ]
    assert list(claims.source_mention) == ["Dr. Ward", "The senator"]

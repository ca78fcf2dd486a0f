"""Source kinds from context and relays (issue 10, "Source kinds from context" and "Relays"; issue 12 item 7).

Every sentence is written by hand with names no word list holds ("Blorp", "Zentrix", "Norland"), so the kind
can only come from the parse, the entity label and the name's form. Expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

import newskit
from newskit.core.attribution.sources import Resolver, cue_relay, is_domain

TEXTS = {
    # persons are never organisations
    "particle_surname": "O’Malley said that he would not run for office again.",
    "particle_straight": "Ms D'Arcy-Blume said that she would not run for office again.",
    # organisations are never persons
    "legal_form": "Zentrix Inc said that its profits would fall this year.",
    "body_of": "The Geological Survey of Norland said that the quake was shallow.",
    "acronym_person_tag": (
        "The Norland Institute of Volcanology (Norvolc) reported that the volcano erupted. Norvolc said that "
        "ash would fall on the town."
    ),
    "capitol_police": "The Capitol Police said that the building was safe.",
    # a title in capitals after a place is a person's title, not a body ("United States Senator")
    "title_after_place": "United States Senator Jane Marlow said that taxes should rise.",
    "candidate_org_tag": (
        "Those who took part were: Independent presidential candidate Brock Pierce, Green Party nominee Howie "
        "Hawkins, and others. Pierce said that the race was open."
    ),
    "possessive_place": "The United Kingdom's Queen Elizabeth II said that the nation would recover.",
    "party_appos": "The Progressive Party of Working People, the main opposition force, said that the vote was rigged.",
    # outlets from their apposition, their address, their place in the sentence
    "appos_after": "Blorp, a local newspaper, reported that the mayor had resigned.",
    "appos_before": "The newspaper Blorp reported that the mayor had resigned.",
    "domain": "Examplenews.com reported that the talks had failed.",
    "reported_that": "Telewizja Plus reported that the ferry sank in the storm.",
    "business_appos": "Kessler, a supermarket chain, said that prices would rise.",
    "business_before": "The retailer Kessler said that prices would rise.",
    "news_agency": "Blorp, a news agency, reported that the ferry sank in the storm.",
    # a describing noun's own compounds do not make a person a body: a press officer is a person
    "press_officer": "Police press officer Monika Zielinska stated that the fire had started early.",
    # issue 12 item 7: "the website" after a named site relays the site, not a document called "website"
    "website_back": (
        "One news site, Blorp.ru, claims that the mayor resigned. The website further reported its anonymous "
        "source claimed a fourth offender escaped and remains wanted."
    ),
    # a modified "paper" is a document, not the outlet named before
    "research_paper": "Blorp, a local newspaper, interviewed the authors. The research paper said the ice was melting.",
    # an unnamed group at the start of a sentence is no named organisation
    "farmers_group": "Farmers in the valley told reporters that the harvest had failed.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    return newskit.extract_claims(arts)


def one(claims: pd.DataFrame, key: str, content: str | None = None):
    rows = claims[claims.article_id == key]
    if content is not None:
        rows = rows[rows.content.str.contains(content, regex=False)]
    assert len(rows) == 1, (key, rows[["content", "source_name"]].to_dict("records"))
    return rows.iloc[0]


@pytest.mark.parametrize(
    "key, name, kind",
    [
        ("particle_surname", "O’Malley", "person"),
        ("particle_straight", "D'Arcy-Blume", "person"),
        ("legal_form", "Zentrix Inc", "organization"),
        ("body_of", "Geological Survey of Norland", "government"),
        ("capitol_police", "Capitol Police", "government"),
        ("title_after_place", "Jane Marlow", "person"),
        ("candidate_org_tag", "Brock Pierce", "person"),
        ("possessive_place", "United Kingdom Queen Elizabeth II", "person"),
        ("party_appos", "Progressive Party", "organization"),
        ("appos_after", "Blorp", "media"),
        ("appos_before", "Blorp", "media"),
        ("domain", "Examplenews.com", "media"),
        ("reported_that", "Telewizja Plus", "media"),
        ("business_appos", "Kessler", "organization"),
        ("business_before", "Kessler", "organization"),
        ("news_agency", "Blorp", "media"),
        ("press_officer", "Monika Zielinska", "person"),
    ],
)
def test_kind_from_context(claims, key, name, kind):
    r = one(claims, key)
    assert (r.source_name, r.source_kind, bool(r.named)) == (name, kind, True)


def test_definite_outlet_description_is_the_named_site(claims):
    r = one(claims, "website_back", "fourth offender")
    assert r.source_name == "its anonymous source" and r.via == "Blorp.ru"


def test_acronym_tagged_person_is_the_body(claims):
    r = one(claims, "acronym_person_tag", "ash")
    assert (r.source_name, r.source_kind) == ("Norland Institute of Volcanology", "organization")


def test_research_paper_is_a_document(claims):
    r = one(claims, "research_paper", "ice")
    assert (r.source_kind, bool(r.named)) == ("document", False)


def test_plural_group_with_modifier_is_unnamed(claims):
    r = one(claims, "farmers_group")
    assert (bool(r.named), r.source_kind) == (False, "person")


def test_is_domain():
    assert is_domain("Znak.com") and is_domain("news.example.co.uk")
    assert not is_domain("U.S.") and not is_domain("Jan Novak") and not is_domain("St.")


# ---------------------------------------------------------------- relays (cue_relay and the resolver's kind)
RELAYS = [
    ("Jan Novak told Reuters that the plan was dead.", "told", "Reuters"),
    ("Jan Novak said in a statement to Reuters that the plan was dead.", "said", "Reuters"),
    ("Jan Novak said in an interview with Blorp that the plan was dead.", "said", "Blorp"),
    ("Jan Novak, speaking to the Guardian, said that the plan was dead.", "said", "Guardian"),
    ("Jan Novak told the newspaper that the plan was dead.", "told", "newspaper"),
    # not relays: an audience, a platform, the source of "according to"
    ("Jan Novak told reporters that the plan was dead.", "told", None),
    ("Jan Novak said on Twitter that the plan was dead.", "said", None),
    ("Jan Novak told him that the plan was dead.", "told", None),
    ("According to Reuters, the plan was dead.", "According", None),
]


@pytest.fixture(scope="module")
def nlp():
    return newskit.load_pipeline()


@pytest.mark.parametrize("text, cue, relay", RELAYS)
def test_cue_relay(nlp, text, cue, relay):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    got = cue_relay(tok)
    assert (got.text if got is not None else None) == relay


def test_outlet_told_is_media(nlp):
    doc = nlp("Jan Novak told Blorp that the plan was dead.")
    blorp = next(t for t in doc if t.text == "Blorp")
    src = Resolver(doc).resolve(blorp, [])
    assert src is not None and (src.name, src.kind) == ("Blorp", "media")

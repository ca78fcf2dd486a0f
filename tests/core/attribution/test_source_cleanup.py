"""Source names, kinds and vias that went wrong across the bundled Wikinews corpus: platforms, generic vias,
pronouns without antecedent, interview transcripts. Sentences and expected values written by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit
from newskit.core.attribution.component import useful_via
from newskit.core.attribution.sources import Source, is_platform

TEXTS = {
    # 1. platforms
    "platform_medium": "Foreign Minister Tom Reed posted a message on Twitter blaming Iran for the attacks.",
    "platform_wrote_on": "The singer Ana Ruiz wrote on Instagram that she would return to the stage in May.",
    "platform_speaker": "Facebook said that it had removed the accounts of the group.",
    "platform_speaker_2": "YouTube claimed that the videos broke its rules on harassment.",
    "platform_account": "The actor died at home, according to a statement posted to his official Twitter account.",
    # 2. vias
    "via_generic": "Reports, citing a police source, said the suspect had been arrested.",
    "via_named": "Reuters, citing a police source, said the suspect had been arrested.",
    "via_definite": "The newspaper quoted Jan Novak as saying that the talks had failed.",
    # 3. pronouns
    "they_no_antecedent": "They said the bridge would reopen next week.",
    "it_no_antecedent": "It said the bridge would reopen next week.",
    "they_plural_subject": (
        "The unions filed the lawsuit on Monday. The hearing is set for May. They said the law was unconstitutional."
    ),
    "it_organisation": "The Red Cross sent two trucks to the town. It said more aid would follow.",
    "she_gender": ("John Davies met Mrs Clarke on Monday. He said the talks went well. She said the deal was fair."),
    "he_role_noun": "The fire chief closed the beach on Sunday. He said the storm would pass by Tuesday.",
    "he_no_antecedent": "He said the storm would pass by Tuesday.",
    # interviews: speaker labels, second person
    "interview": (
        "Wikinews spoke to the biologist Jane Doe about the study.\n\n"
        "((WN)) Do you think the colony will recover?\n\n"
        "((Jane Doe)) I think the colony is declining fast. We estimate that half the birds are gone.\n\n"
        "I believe fishing is the main threat."
    ),
    "interview_initials": (
        "Wikinews interviewed Natasha Gownaris about penguins.\n\n"
        "WN: What did you find?\n\n"
        "NG: We found that females die younger than males."
    ),
    "you_know": "You know the rules have changed, the coach told the players.",
    # kinds of unnamed sources, non-sources
    "local_media": "Local media reported that the dam had burst.",
    "agent_noun": "Gardeners said that the drought had killed most of the roses.",
    "thing_noun": "The engine indicated that the oil pressure was low.",
    "they_not_a_thing": (
        "Scientists flew over the ice shelves. The ice shelves melted quickly. "
        "They concluded that warm water was reaching the coast."
    ),
    "your_friend": "Your friend says that the club will close, the reporter asked.",
    "one_of": "One of the children said that the water had risen very fast.",
    "label_not_a_source": (
        "((WN)) How did the company react?\n\n((Jane Doe)) The company was surprised. It said the results were wrong."
    ),
    "acronym_who": (
        "The World Health Organization (WHO) said the outbreak was a pandemic. WHO noted that cases were rising."
    ),
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    arts = newskit.read_articles(pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}))
    return newskit.extract_claims(arts)


def rows(claims, aid):
    return claims[claims["article_id"] == aid].reset_index(drop=True)


def one(claims, aid):
    r = rows(claims, aid)
    assert len(r) == 1, r[["content", "source_name"]].values.tolist()
    return r.iloc[0]


# ---------------------------------------------------------------- 1. platforms


def test_is_platform():
    assert is_platform("Twitter") and is_platform("the Facebook") and is_platform("Instagram's")
    assert not is_platform("Reuters") and not is_platform("Reed")


def test_platform_where_something_was_said_is_not_the_source(claims):
    r = one(claims, "platform_medium")
    assert r.source_name == "Tom Reed" and r.source_kind == "person"


def test_wrote_on_instagram(claims):
    r = one(claims, "platform_wrote_on")
    assert r.content == "she would return to the stage in May"
    assert r.source_name == "Ana Ruiz" and r.source_kind == "person"
    assert "Instagram" not in set(claims["source_name"])


@pytest.mark.parametrize("aid,name", [("platform_speaker", "Facebook"), ("platform_speaker_2", "YouTube")])
def test_platform_as_speaker_is_an_organisation(claims, aid, name):
    r = one(claims, aid)
    assert (r.source_name, r.source_kind, bool(r.named)) == (name, "organization", True)


def test_statement_posted_to_a_platform_account(claims):
    r = one(claims, "platform_account")
    assert r.source_kind == "document" and "Twitter" != r.source_name


def test_no_platform_is_ever_a_person(claims):
    people = claims[claims["source_kind"] == "person"]["source_name"]
    assert not any(is_platform(n) for n in people)


# ---------------------------------------------------------------- 2. vias


def test_generic_noun_is_no_via(claims):
    r = one(claims, "via_generic")
    assert r.source_name == "police source" and pd.isna(r.via)


def test_named_via_kept(claims):
    r = one(claims, "via_named")
    assert r.source_name == "police source" and r.via == "Reuters"


def test_definite_description_via_kept(claims):
    r = one(claims, "via_definite")
    assert r.source_name == "Jan Novak" and r.via == "newspaper"


def test_useful_via_rules():
    assert useful_via(Source("reports", 0, 7, "reports", "document", False, None)) is None
    assert useful_via(Source("media", 0, 5, "media", "media", False, None)) is None
    assert useful_via(Source("They", 0, 4, "They", "person", False, None)) is None
    assert useful_via(Source("Twitter", 0, 7, "Twitter", "organization", True, 1)) is None
    assert useful_via(Source("a UN report", 0, 11, "UN report", "document", True, 1)) == "UN report"
    assert useful_via(Source("local media", 0, 11, "local media", "media", False, None)) == "local media"


# ---------------------------------------------------------------- 3. pronouns


@pytest.mark.parametrize("aid", ["they_no_antecedent", "it_no_antecedent"])
def test_unresolvable_pronoun_is_an_unidentified_speaker(claims, aid):
    r = one(claims, aid)
    assert (r.source_name, r.source_kind, bool(r.named)) == ("unidentified speaker", "unknown", False)
    assert pd.isna(r.source_count)


def test_they_resolves_to_a_plural_subject_two_sentences_back(claims):
    r = one(claims, "they_plural_subject")
    assert r.source_name == "unions" and r.source_mention == "They"


def test_it_resolves_to_an_organisation(claims):
    r = one(claims, "it_organisation")
    assert r.source_name == "Red Cross" and bool(r.named)


def test_she_skips_a_man_known_from_an_earlier_he(claims):
    r = rows(claims, "she_gender")
    assert r.source_name.tolist() == ["John Davies", "Clarke"]


def test_he_resolves_to_a_role_noun(claims):
    r = one(claims, "he_role_noun")
    assert r.source_name == "fire chief" and r.source_kind == "person"


def test_he_without_antecedent(claims):
    r = one(claims, "he_no_antecedent")
    assert (r.source_name, r.source_kind, bool(r.named), r.source_count) == ("unidentified person", "person", False, 1)


def test_pronouns_never_become_source_names(claims):
    names = {n.lower() for n in claims["source_name"]}
    assert not names & {"he", "she", "they", "it", "i", "we", "you", "them", "who"}


# ---------------------------------------------------------------- interviews


def test_interview_speaker_label(claims):
    r = rows(claims, "interview")
    assert len(r) == 3
    assert set(r.source_name) == {"Jane Doe"} and r.named.all()
    assert r.content.iloc[2] == "fishing is the main threat"  # unlabelled paragraph continues the speaker


def test_interview_initials_label(claims):
    r = one(claims, "interview_initials")
    assert r.source_name == "Natasha Gownaris"


def test_second_person_is_no_source(claims):
    assert not any(rows(claims, "interview").source_mention.fillna("").str.lower().eq("you"))
    assert "you" not in {n.lower() for n in rows(claims, "you_know").source_name}


def test_all_caps_acronym_is_not_the_pronoun_who(claims):
    r = rows(claims, "acronym_who")
    assert set(r.source_name) == {"World Health Organization"} and len(r) == 2


# ---------------------------------------------------------------- kinds of unnamed sources


def test_media_lemma_is_media(claims):
    r = one(claims, "local_media")
    assert (r.source_name, r.source_kind) == ("Local media", "media")


def test_agent_noun_is_a_person(claims):
    assert one(claims, "agent_noun").source_kind == "person"


def test_a_thing_is_not_a_person(claims):
    assert one(claims, "thing_noun").source_kind == "unknown"


def test_they_skips_non_speaker_subjects(claims):
    r = one(claims, "they_not_a_thing")
    assert r.source_name == "Scientists" and r.source_kind == "person"


def test_your_friend_is_the_interviewer_paraphrase(claims):
    assert rows(claims, "your_friend").empty


def test_one_of_keeps_its_head(claims):
    r = one(claims, "one_of")
    assert (r.source_name, r.source_count) == ("One of the children", 1)


def test_interviewer_label_is_no_antecedent(claims):
    r = rows(claims, "label_not_a_source")
    assert "WN" not in set(r.source_name)


def _resolve_word(text, word, history):
    from newskit.core.attribution.sources import Resolver

    nlp = newskit.load_pipeline()
    with nlp.select_pipes(disable=["newskit_attribution", "newskit_timex"]):
        doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return Resolver(doc).resolve(tok, history)


def test_reflexive_pronoun_resolves_like_its_base():
    ford = Source("Ford", 0, 4, "Ford", "organization", True, 1, key="o:ford")
    r = _resolve_word("In the filing itself the company repeated the point.", "itself", [ford])
    assert (r.name, r.kind, r.named) == ("Ford", "organization", True)


def test_he_after_a_single_name_read_as_a_body():
    body = Source("Kovacs", 0, 6, "Kovacs", "government", True, 1, key="o:kovacs")
    r = _resolve_word("He said the sale would close in March.", "He", [body])
    assert (r.name, r.kind, r.named) == ("Kovacs", "person", True)

"""Claims that survive the small parser's mistakes (issue 10): non-projective trees, coordinated predicates,
subjects hung on the source or on an opening phrase, conditional cues and quotes after a colon.

Every sentence is written by hand for one construction; expected values are written by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from .conftest import rows, strict_claims

TEXTS = {
    # the apposition after the subject sits past the verb: a non-projective tree whose subtree is out of order
    "non_projective": (
        "As of late Monday, 12 people had been rescued, six children and six adults, according to the coast guard."
    ),
    # a conjunct of the content verb with an infinitive is part of the content, not a second cue
    "conj_continue": "Police reported the driver left the scene and continued to drive north.",
    # a colon and a quotation after the content of "according to" start a claim of their own
    "according_colon": (
        "According to Attorney Jones, the letter if written by the suspect could strengthen the case: "
        '"The key point is that it shows intent."'
    ),
    # a cue in a conditional clause reports nothing
    "conditional": "If he said the deal was dead, the markets would fall.",
    # a quote that closes the previous sentence does not make the next cue an inverted one
    "after_quote": (
        'The bishop said, "I am sorry for every wound." Calling it "too little, too late", Maria Kowalska, '
        "a lawyer for the victims, told reporters the apology came years too late."
    ),
    # a clause before a semicolon is not the complement of the cue after it
    "semicolon": 'The nurse said the patient needed oxygen, and was in a "critical" state; the radio reported he recovered.',
    # a parenthetical cue between a clause and a predicate that continues it: two pieces, no cue inside
    "continued_predicate": "The old ferry was not seaworthy, inspectors have said, and should never have sailed.",
    # the NYT archive's doubled apostrophes: a short paragraph ending in '' is speech, not a headline, and a
    # sentence-initial '' quote after the cue continues the speaker
    "nyt_quotes": "Mr. Lee paused. ''I really mean this,'' he said. ''This is not a joke at all.''",
    # what follows the content after a comma: an aside of the writer or the speaker's next act
    "aside_relcl": "Ms. Ortiz wrote that she drafted the speech given by Paul Novak, whose daughter died in 2014.",
    "aside_appos": "The aide said the sticking point was his plan to cut taxes, a proposal the governor made in May.",
    "aside_noting": "Mr. Reyes said the campaign's tone has been condescending, noting her remarks to young voters.",
    "aside_in_quote": 'The pilot said the flight had "a lot of noise, a lot of confusion."',
    # no space between a comma and a curly quotation mark: the tokenizer splits them all the same
    "comma_curly": "Mr. Diaz said,“Look, the plan has no place in this city. Voters know that.”",
    # an evidence verb whose object is the finding, when a record or poll is the subject
    "records_show": "But public records show no payments from the company to the charity.",
    "person_shows": "The mayor showed the reporters the new bridge.",
    # a question verb before a quotation owns it
    "asked_quote": "Ms. Park then asked, “With what money?”",
    # "described X as <participle>": "as" parsed as the mark of a participle clause
    "described_as": "The governor described the state as crippled by debt.",
}


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return strict_claims(TEXTS)


def test_non_projective_subtree_keeps_the_whole_clause(claims):
    r = rows(claims, "non_projective")
    assert r.content.tolist() == ["As of late Monday, 12 people had been rescued, six children and six adults"]
    assert r.source_name.tolist() == ["coast guard"]


def test_coordinated_predicate_stays_in_the_content(claims):
    r = rows(claims, "conj_continue")
    assert r.content.tolist() == ["the driver left the scene and continued to drive north"]


def test_quote_after_a_colon_is_its_own_claim(claims):
    r = rows(claims, "according_colon")
    assert r.content.tolist() == [
        "the letter if written by the suspect could strengthen the case",
        "The key point is that it shows intent.",
    ]
    assert r.source_name.tolist() == ["Jones", "Jones"]
    assert r.quote_type.tolist() == ["indirect", "direct"]


def test_conditional_cue_gives_no_claim(claims):
    assert rows(claims, "conditional").empty


def test_quote_ending_the_previous_sentence_is_no_inverted_subject(claims):
    r = rows(claims, "after_quote")
    assert "it" not in r.source_mention.tolist()
    told = r[r.cue == "told"]
    assert told.source_name.tolist() == ["Maria Kowalska"]
    assert told.content.tolist() == ["the apology came years too late"]


def test_clause_before_a_semicolon_is_not_the_content_of_the_next_cue(claims):
    r = rows(claims, "semicolon")
    reported = r[r.cue == "reported"]
    assert reported.content.tolist() == ["he recovered"]
    assert reported.source_name.tolist() == ["radio"]


def test_parenthetical_cue_content_never_holds_the_cue(claims):
    r = rows(claims, "continued_predicate")
    assert r.content.tolist() == ["The old ferry was not seaworthy", "should never have sailed"]
    assert r.source_name.tolist() == ["inspectors", "inspectors"]


def test_doubled_apostrophe_paragraph_is_speech_not_a_headline(claims):
    r = rows(claims, "nyt_quotes")
    assert r.content.tolist() == ["I really mean this,", "This is not a joke at all."]
    assert r.source_name.tolist() == ["Lee", "Lee"]


@pytest.mark.parametrize(
    ("aid", "content"),
    [
        ("aside_relcl", "she drafted the speech given by Paul Novak"),
        ("aside_appos", "the sticking point was his plan to cut taxes"),
        ("aside_noting", "the campaign's tone has been condescending"),
        ("aside_in_quote", 'the flight had "a lot of noise, a lot of confusion'),
    ],
)
def test_content_ends_before_a_trailing_aside(claims, aid, content):
    r = rows(claims, aid)
    assert r.content.tolist()[:1] == [content]


def test_comma_glued_to_a_curly_quote_still_gives_the_quote(claims):
    r = rows(claims, "comma_curly")
    assert r.content.tolist() == ["Look, the plan has no place in this city. Voters know that."]
    assert r.source_name.tolist() == ["Diaz"]


def test_records_show_an_object_finding(claims):
    r = rows(claims, "records_show")
    assert (r.content.tolist(), r.claim_type.tolist()) == (
        ["no payments from the company to the charity"],
        ["evidence"],
    )
    assert rows(claims, "person_shows").empty  # a person showing something is no finding


def test_question_verb_owns_the_quote_after_it(claims):
    r = rows(claims, "asked_quote")
    assert (r.content.tolist(), r.source_name.tolist(), r.claim_type.tolist()) == (
        ["With what money?"],
        ["Park"],
        ["question"],
    )


def test_described_as_participle(claims):
    r = rows(claims, "described_as")
    assert r.content.tolist() == ["the state as crippled by debt"]

"""A paragraph break ends a sentence, so a cue never takes the quote of the paragraph before."""

from __future__ import annotations

import pandas as pd

import newskit

TWO_QUOTES = (
    "“There should be a lot of systems, beyond databases,” the businessman replied. "
    "“We should have a lot of systems, and today you can do it.”\n\n"
    "“I would certainly implement that, absolutely,” he added.\n\n"
    "Trump argued that a database would keep people out."
)


def test_paragraph_break_is_a_sentence_boundary():
    doc = newskit.load_pipeline()(TWO_QUOTES)
    starts = [s.start_char for s in doc.sents]
    assert TWO_QUOTES.index("“I would") in starts
    assert TWO_QUOTES.index("Trump argued") in starts


def test_single_line_break_only_after_sentence_final_punctuation():
    doc = newskit.load_pipeline()("The council met on Monday.\nIt voted to close the\nlibrary in June.")
    assert [s.text.strip() for s in doc.sents] == [
        "The council met on Monday.",
        "It voted to close the\nlibrary in June.",
    ]


def test_each_quote_keeps_the_cue_of_its_own_paragraph():
    claims = newskit.extract_claims(pd.DataFrame({"article_id": ["a"], "text": [TWO_QUOTES]}))
    rows = claims.set_index("content")
    assert rows.loc["I would certainly implement that, absolutely,", "cue"] == "added"
    # the second quote of the first paragraph continues the businessman, not the next paragraph's "he added"
    second = rows.loc["We should have a lot of systems, and today you can do it."]
    assert pd.isna(second["cue"]) and second["source_name"] == "businessman"

"""find_quotes visits only the quotation marks: what happens between them (paragraph breaks with a quote still
open, the text's end) must be the same as a character-by-character scan."""

from __future__ import annotations

from newskit.core.attribution.quotes import find_quotes


def spans(text):
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text)]


def test_a_quote_left_open_ends_with_its_paragraph_even_when_no_mark_follows():
    text = "“We will rebuild the bridge\n\nThe council met on Monday and voted."
    assert spans(text) == [("We will rebuild the bridge", False)]


def test_a_quote_reopened_in_the_next_paragraph_continues():
    text = "“The first part of it.\n\n“The second part,” the mayor said."
    assert spans(text) == [("The first part of it.\n\n“The second part,", True)]


def test_two_apostrophes_open_and_close_a_quote():
    text = "He said, ''We are ready,'' and left.\n\nNo more quotes here."
    assert spans(text) == [("We are ready,", True)]


def test_a_quote_open_at_the_end_of_the_text():
    assert spans("She said: “It is over.  ") == [("It is over.", False)]
    assert spans("") == []

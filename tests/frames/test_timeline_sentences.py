"""An event's sentence is found from the breaks of one whole-text scan per article (timeline._last_sentence_end):
the same sentence start as scanning the text up to the expression, at every position of tricky text."""

from __future__ import annotations

import pytest

import newskit
from newskit.frames import timeline

TRICKY = [
    'He left. She stayed.\n \nThen it rained!  "Why?" (Nobody knew.)\n\n\nThe end',
    "A.\n \nB",
    "x\n\n\ny. ) z",
    'Quoted: "Yes."  \n\n  No!\n',
    "No break at all in this line",
    "",
]


def _scan_to(text: str, start: int) -> int:
    """The reference: the last break of a scan of ``text`` up to ``start``."""
    s = 0
    for m in timeline._SENT_END.finditer(text, 0, start):
        s = m.end()
    return s


@pytest.mark.parametrize("text", TRICKY)
def test_sentence_start_equals_a_scan_up_to_the_expression_at_every_position(text):
    for start in range(len(text) + 1):
        assert timeline._last_sentence_end(text, start) == _scan_to(text, start), (text, start)


def test_sentence_start_equals_a_scan_up_to_the_expression_in_a_wikinews_article():
    text = newskit.datasets.wikinews()["text"].iloc[0]
    for start in range(0, len(text) + 1, 3):
        assert timeline._last_sentence_end(text, start) == _scan_to(text, start)

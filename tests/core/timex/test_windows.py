"""The finder scans each family only near the literals it needs (finder._Windows): its candidates are those
of scanning every family over the whole text, also for matches at the edges of the windows."""

from __future__ import annotations

import pytest

import newskit
from newskit.core.timex import finder
from newskit.core.timex.finder import FAMILIES, FAMILY_ORDER, _candidate, find_candidates

M = finder._MARGIN
FILL = "The council met and talked at length about roads. " * (3 * M // 50)


def _whole_text(text: str) -> list[tuple]:
    """The reference: every family over the whole text, overlaps resolved as the finder does."""
    found = [c for name, pat in FAMILIES for m in pat.finditer(text) if (c := _candidate(text, name, pat, m))]
    found.sort(key=lambda c: (-c.length, FAMILY_ORDER[c.family], c.start))
    taken, occupied = [], bytearray(len(text) + 1)
    for c in found:
        if not any(occupied[c.start : c.end]):
            occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
            taken.append(c)
    return sorted((c.start, c.end, c.family, sorted(c.groups.items())) for c in taken)


def _found(text: str) -> list[tuple]:
    return sorted((c.start, c.end, c.family, sorted(c.groups.items())) for c in find_candidates(text))


EDGE_TEXTS = [
    # a match right at the start and right at the end of a long text, nothing dated between
    "Two weeks ago " + FILL + "the vote was held on March 3, 2009",
    # matches whose literal sits exactly a margin away from another's, so windows touch but do not merge
    "Three days ago " + "x" * (M - 1) + " on Monday " + "y" * (M + 1) + " the fiscal year 2008",
    # paragraph separators at the window edges and a number that only a cue before the window makes a year
    FILL[: M - 5] + "\n\nIn 1999 the plant closed.\n\n" + FILL + "\n\nby the end of the year " + FILL[:M],
    # a match that ends where the text ends, and a look-behind context before the window start
    FILL + "(since last week) she said, 10 years later",
    "the 1990s and the 1980s." + FILL + "at 9 a.m. EST on Tuesday, 5 June",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_windowed_finder_equals_whole_text_scan_at_window_edges(text):
    assert len(text) > 2 * M
    assert _found(text) == _whole_text(text)


def test_windowed_finder_equals_whole_text_scan_on_the_longest_wikinews_articles():
    wk = newskit.datasets.wikinews()
    longest = wk.loc[wk["text"].str.len().sort_values(ascending=False).index[:5], "text"]
    for text in longest:
        assert _found(text) == _whole_text(text)

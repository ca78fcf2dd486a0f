"""The family prefilter skips a pattern only when it cannot match: the finder's candidates stay those of
running every pattern."""

from __future__ import annotations

import re

import pytest

import newskit
from newskit.core.timex.finder import FAMILIES
from newskit.core.timex.prefilter import fold, may_match, required_literals

TRICKY = [
    "He arrived two days AGO, at 9 A.M. EST Tuesday.",
    "İstanbul's mayor said on Thursday that the fiscal year ends in June.",
    "The ſeason of 1990 ended; the 2000s were \u212aind to it.",  # long s, Kelvin sign
    "“We'll meet in the '80s style,” she said, ‘last week’.",
    "",
    "Nothing dated here at all.",
]


def test_ascii_equivalents_of_case_insensitive_matching_are_all_folded():
    letter = re.compile("[a-z]", re.I)
    for cp in range(128, 0x110000):
        c = chr(cp)
        if letter.fullmatch(c):
            assert fold(c) == c.lower() if c.isascii() else re.fullmatch(fold(c), c, re.I), hex(cp)
            assert len(fold(c)) == 1 and fold(c).isascii(), hex(cp)


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\d+ days ago", {" days ago"}),
        (r"(?:days|weeks) ago", {" ago"}),
        (r"(?:days|\d+) ago", {" ago"}),
        (r"(?:days|\d+)", None),  # one branch needs no literal
        (r"(?:fiscal)? year", {" year"}),
        (r"(?:fiscal)?", None),  # optional
        (r"(?:x){0,3}", None),
        (r"(?=Monday)\w+", {"monday"}),  # a lookahead's text is in the text
        (r"(?!Monday)\w+", None),
        (r"(?P<m>May) (?P=m)", {"may"}),
        (r"caf\u00e9 noir", {" noir"}),  # non-ASCII literals are no requirement
    ],
)
def test_required_literals(pattern, expected):
    got = required_literals(re.compile(pattern, re.I))
    assert (None if got is None else set(got)) == expected


def test_fold_makes_case_insensitive_matches_visible():
    for text in TRICKY:
        for word in ("ago", "istanbul", "season", "kind", "a.m."):
            if re.search(re.escape(word), text, re.I):
                assert word in fold(text)


@pytest.fixture(scope="module")
def texts():
    """Real text (the seed article, Wikinews articles and titles) and the tricky lines, each with its fold."""
    wk = newskit.datasets.wikinews()
    all_texts = [*TRICKY, *newskit.datasets.seed()["text"], *wk["text"].head(40), *wk["title"].head(40)]
    return [(t, fold(t)) for t in all_texts]


def test_a_skipped_family_never_matches(texts):
    skips = 0
    for name, pat in FAMILIES:
        need = required_literals(pat)
        for text, folded in texts:
            if not may_match(need, folded):
                skips += 1
                assert pat.search(text) is None, (name, sorted(need or ()), text[:80])
    assert skips > len(FAMILIES) * 10  # the prefilter does skip families on real text

"""The pattern table is data (``newskit/core/timex/patterns.toml``): every family it names has a normaliser
handler, every ``{NAME}`` it uses is a known fragment, and a file with an unknown fragment fails loudly."""

from __future__ import annotations

import re

import pytest

from newskit.core.timex.finder import FAMILIES, FRAGMENTS, PATTERNS_PATH, load_families
from newskit.core.timex.normalize import HANDLERS


def test_every_family_has_a_handler():
    assert {name for name, _ in FAMILIES} <= set(HANDLERS)


def test_no_fragment_placeholder_is_left_in_a_compiled_pattern():
    for name, pattern in FAMILIES:
        assert not re.search(r"\{[A-Z][A-Z0-9_]*\}", pattern.pattern), name


def test_exact_case_is_kept_for_month_names():
    # "case = exact" patterns need the capital: "may" the verb is no month
    exact = [p for name, p in FAMILIES if name == "date_mdy" and not p.flags & re.I]
    assert exact and exact[0].search("on May 3") and not any(p.search("they may 3") for p in exact)


def test_unknown_fragment_raises(tmp_path):
    bad = tmp_path / "patterns.toml"
    bad.write_text("[[family]]\nname = 'time'\nregex = '''{NO_SUCH_FRAGMENT}'''\n", encoding="utf-8")
    with pytest.raises(KeyError, match="NO_SUCH_FRAGMENT"):
        load_families(bad)


def test_the_package_file_is_the_table():
    assert PATTERNS_PATH.name == "patterns.toml" and len(load_families(PATTERNS_PATH)) == len(FAMILIES)
    assert {"WEEKDAY_RE", "MONTH_RE", "HOLIDAYS"} <= set(FRAGMENTS)

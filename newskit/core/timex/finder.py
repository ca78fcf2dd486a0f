"""Finding time expressions: compiled pattern families over the text, filtered with the parse.

Each family is a compiled regex with named groups, read from the data file ``patterns.toml``
(:func:`load_families`); the normaliser (:mod:`newskit.core.timex.normalize`) has one handler per family. Overlapping candidates are resolved longest first (ties: family order). The parse is used
only to reject look-alikes: ages ("the 78-year-old", "aged 95"), counts that look like years ("2019 people"),
"May"/"March" as verbs or nouns, "earlier"/"later" as comparatives, numbers inside names ("the Russell 2000
Index"). spaCy's own DATE/TIME entities that no pattern overlaps are added by the component
(:func:`newskit.core.timex.component._with_entity_fallback`) when the rules can normalise them, and dropped otherwise.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .lexicon import (
    AFTER_WEEKDAY_HOLIDAYS,
    AGO_MODIFIERS_RE,
    CARDINALS,
    DECADE_WORDS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    FUTURE_REF_RE,
    MONTH_FULL_RE,
    MONTH_RE,
    MONTHS,
    NON_YEAR_FOLLOWERS,
    NON_YEAR_PRECEDERS,
    NTH_WEEKDAY_HOLIDAYS,
    ONES,
    PAST_REF_RE,
    PRESENT_REF_RE,
    SPOKEN_CENTURIES,
    TENS,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_CUES,
    YEAR_FIGURE_NOUNS,
)
from .prefilter import fold, may_match, required_literals

__all__ = ["Candidate", "find_candidates", "load_families", "FAMILIES", "FRAGMENTS"]

#: The pattern families, one ``[[family]]`` table per regex (see the file's header for its fields).
PATTERNS_PATH = Path(__file__).with_name("patterns.toml")

_ONES = "|".join(ONES)
_NUMW = "|".join(CARDINALS)
_TENS = "|".join(TENS)
_SPOKEN_C = "|".join(SPOKEN_CENTURIES)
_QORD = "first|second|third|fourth|1st|2nd|3rd|4th"
_DECW = "|".join(DECADE_WORDS)
#: a number: digits, words, "a"/"an", vague quantities; optionally "and a half"
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})[- ](?:{_ONES})|(?:{_NUMW})|a dozen|(?:a )?couple of|a couple|half an?|an?|"
    rf"a single|several|a few|few|some|many|a number of|numerous|multiple)(?: and a half)?"
)
#: a number inside a hyphenated adjective ("30-year", "fifty-year", "single-day")
NUMH = rf"(?:\d+(?:\.\d+)?|(?:{_TENS})[- ](?:{_ONES})|(?:{_NUMW})|single|multi|several)"
_MOD = r"(?:early|late|mid|mid-|the end of|the beginning of|the start of|the middle of|the first half of|the second half of)"
_TZ = r"(?:UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|IST|JST|AEST|AEDT|local time|\(?GMT\s*[+-]\s*\d+\)?)"
_REL = r"(?:today|tonight|yesterday|tomorrow)"
_AP = r"(?:[ap]\.\s?m\.|[ap]m\b|[AP]M\b)"


def _c(p: str, flags: int = re.I) -> re.Pattern:
    # every expression starts at a word boundary or a quote (decades like '80s): failing fast elsewhere
    # keeps the per-document cost low
    return re.compile(r"(?:(?<=\W)|^)(?=[\w'’])(?:" + p + ")", flags)


def _holiday_re() -> str:
    names = sorted(
        [*FIXED_HOLIDAYS, *NTH_WEEKDAY_HOLIDAYS, *AFTER_WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS], key=len, reverse=True
    )
    alts = "|".join(re.escape(n).replace("'", "['’]?").replace(r"\ ", r"\s+") for n in names)
    return rf"(?=[A-Z])(?i:(?P<name>{alts}))\b(?:\s+(?P<hu>week|weekend)\b|,?\s+(?P<y>\d{{4}}))?"


#: The fragments a pattern in ``patterns.toml`` names as ``{NAME}``: alternations built from the word lists.
FRAGMENTS: dict[str, str] = {
    "ONES": _ONES,
    "NUMW": _NUMW,
    "TENS": _TENS,
    "SPOKEN_C": _SPOKEN_C,
    "QORD": _QORD,
    "DECW": _DECW,
    "NUM": NUM,
    "NUMH": NUMH,
    "MOD": _MOD,
    "TZ": _TZ,
    "REL": _REL,
    "AP": _AP,
    "HOLIDAYS": _holiday_re(),
    "AGO_MODIFIERS_RE": AGO_MODIFIERS_RE,
    "FUTURE_REF_RE": FUTURE_REF_RE,
    "PAST_REF_RE": PAST_REF_RE,
    "PRESENT_REF_RE": PRESENT_REF_RE,
    "MONTH_FULL_RE": MONTH_FULL_RE,
    "MONTH_RE": MONTH_RE,
    "UNIT_RE": UNIT_RE,
    "WEEKDAY_RE": WEEKDAY_RE,
}

_FRAGMENT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def _fill(regex: str | list[str]) -> str:
    """The pattern's text with every ``{NAME}`` replaced by its fragment (a list of strings is joined first)."""
    text = regex if isinstance(regex, str) else "".join(regex)
    return _FRAGMENT.sub(lambda m: FRAGMENTS[m.group(1)], text)


def load_families(path: Path = PATTERNS_PATH) -> list[tuple[str, re.Pattern]]:
    """The pattern families of a patterns file, compiled, in file order.

    Examples
    --------
    >>> families = load_families()
    >>> families[0][0], bool(families[0][1].search("at 9 a.m. EST Tuesday"))
    ('time', True)
    """
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    return [(f["name"], _c(_fill(f["regex"]), 0 if f.get("case") == "exact" else re.I)) for f in table["family"]]


#: (family name, compiled regex), in the order of ``patterns.toml``.
FAMILIES: list[tuple[str, re.Pattern]] = load_families()

FAMILY_ORDER = {name: i for i, (name, _) in enumerate(FAMILIES)}


@dataclass
class Candidate:
    start: int
    end: int
    family: str
    groups: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


#: No timex match is this long (the longest in the Wikinews, MEANTIME, TimeBank/AQUAINT and PolNeAR texts is
#: well under 100 characters): a match lies within this distance of a literal it needs.
_MARGIN = 400


class _Windows:
    """The parts of a text where a family can match: within :data:`_MARGIN` characters of one of its required
    literals (:func:`~newskit.core.timex.prefilter.required_literals`), merged where they overlap.

    A window is scanned with ``finditer(text, lo, hi + _MARGIN)``: from ``lo`` the pattern still sees the text
    before it (look-behinds, ``\\b``; ``^`` only matches at 0 as before), and the text up to ``_MARGIN`` beyond
    ``hi`` stays visible to every match that starts before ``hi``, so each window yields exactly the matches a
    whole-text scan finds starting in it, and a whole-text scan finds none outside the windows. Literals common
    enough to spread windows over the whole text make it one window: the text is scanned once, as before.
    """

    def __init__(self, folded: str):
        self.folded = folded
        self.cache: dict[frozenset[str], list[tuple[int, int]]] = {}

    def spans(self, required: frozenset[str]) -> list[tuple[int, int]]:
        if required not in self.cache:
            self.cache[required] = self._spans(required)
        return self.cache[required]

    def _spans(self, required: frozenset[str]) -> list[tuple[int, int]]:
        folded, n = self.folded, len(self.folded)
        if sum(folded.count(lit) for lit in required) * 2 * _MARGIN >= n:
            return [(0, n)]
        hits: list[tuple[int, int]] = []
        for lit in required:
            i = folded.find(lit)
            while i >= 0:
                hits.append((max(0, i - _MARGIN), min(n, i + len(lit) + _MARGIN)))
                i = folded.find(lit, i + 1)
        hits.sort()
        merged: list[tuple[int, int]] = []
        for lo, hi in hits:
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged


def _candidate(text: str, name: str, pat: re.Pattern, m: re.Match) -> Candidate | None:
    """The candidate of one match: its ``only`` group if the family has one, stripped of spaces and commas."""
    s, e = m.span("only") if "only" in pat.groupindex else m.span()
    if e <= s:
        return None
    frag = text[s:e]
    lead = len(frag) - len(frag.lstrip(" ,"))
    trail = len(frag) - len(frag.rstrip(" ,"))
    s, e = s + lead, e - trail
    if e <= s:
        return None
    return Candidate(s, e, name, {k: v for k, v in m.groupdict().items() if v is not None})


def find_candidates(text: str) -> list[Candidate]:
    """All pattern matches, overlaps resolved longest-first, in text order."""
    found: list[Candidate] = []
    folded = fold(text)
    windows = _Windows(folded) if len(folded) == len(text) else None
    for name, pat in FAMILIES:
        required = required_literals(pat)
        if not may_match(required, folded):
            continue  # a word every match needs is not in the text (prefilter): the pattern finds nothing
        spans = [(0, len(text))] if windows is None or required is None else windows.spans(required)
        for lo, hi in spans:
            for m in pat.finditer(text, lo, min(len(text), hi + _MARGIN)):
                if m.start() >= hi:
                    break
                cand = _candidate(text, name, pat, m)
                if cand is not None:
                    found.append(cand)
    found.sort(key=lambda c: (-c.length, FAMILY_ORDER[c.family], c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text) + 1)
    for c in found:
        if any(occupied[c.start : c.end]):
            continue
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


_CAP_BEFORE = re.compile(r"(?:^|(?<=[^\W\d_]|[\s,]))([A-Z][\w.&'’-]*)[ \t]+$")
_CAP_AFTER = re.compile(r"^[ \t]+[A-Z][a-z]")
_SENT_END = re.compile(r"(?:^|[.!?:;\"“(\n]\s*)$")


def _inside_name(text: str, cand: Candidate) -> bool:
    """A number between two capitalised words on one line, mid-sentence, is part of a name ("the Russell 2000
    Index", "Windows 2000 Server"), not a year; "In 2005 Apple ..." is caught earlier by the year cue."""
    before = text[max(0, cand.start - 40) : cand.start]
    m = _CAP_BEFORE.search(before)
    if not m or not _CAP_AFTER.match(text[cand.end : cand.end + 4]):
        return False
    word = m.group(1).rstrip(".").lower()
    if word in MONTHS or word in WEEKDAYS:
        return False
    return not _SENT_END.search(before[: m.start(1)])


def is_year_like_count(doc, cand: Candidate, text: str) -> bool:
    """True when a 4-digit number found as a year is a count or a measure ("2019 people", "$2000")."""
    tail = text[cand.end : cand.end + 30].lower().split()
    if tail and tail[0].strip(".,;:") in NON_YEAR_FOLLOWERS:
        return True
    head = text[max(0, cand.start - 25) : cand.start].lower().split()
    prev = head[-1] if head else ""
    if prev in NON_YEAR_PRECEDERS:
        return True
    if "mod" in cand.groups or prev in YEAR_CUES:
        return False
    if _inside_name(text, cand):
        return True
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand") if doc is not None else None
    if span is not None and len(span):
        tok = span[-1]
        nxt = tok.nbor(1) if tok.i + 1 < len(doc) else None
        if tok.dep_ == "nummod" and tok.head.lower_ in YEAR_FIGURE_NOUNS:
            return False  # "1990 earnings", "its 1989 operating results"
        if nxt is not None and nxt.tag_ == "NNS" and tok.dep_ == "nummod":
            return True
        if tok.dep_ in ("nummod",) and tok.head.tag_ == "NNS" and tok.head.i > tok.i:
            return True
    return False

"""Finding time expressions: compiled pattern families over the text, filtered with the parse.

Each family is a compiled regex with named groups; the normaliser (:mod:`newskit.core.timex.normalize`) has one
handler per family. Overlapping candidates are resolved longest first (ties: family order). The parse is used
only to reject look-alikes: ages ("the 78-year-old", "aged 95"), counts that look like years ("2019 people"),
"May"/"March" as verbs or nouns, "earlier"/"later" as comparatives, numbers inside names ("the Russell 2000
Index"). spaCy's own DATE/TIME entities that no pattern overlaps are added by the component
(:func:`newskit.core.timex.component._with_entity_fallback`) when the rules can normalise them, and dropped otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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

__all__ = ["Candidate", "find_candidates", "FAMILIES"]

_ONES = "|".join(ONES)
_NUMW = "|".join(CARDINALS)
_TENS = "|".join(TENS)
_SPOKEN_C = "|".join(SPOKEN_CENTURIES)
_QORD = "first|second|third|fourth|1st|2nd|3rd|4th"
_DECW = "|".join(DECADE_WORDS)
#: a number: digits, words, "a"/"an", vague quantities; optionally "and a half"
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})[- ](?:{_ONES})|(?:{_NUMW})|a dozen|a couple of|a couple|half an?|an?|"
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


# (name, regex). Case-insensitive unless the pattern needs capitals (month and weekday names).
FAMILIES: list[tuple[str, re.Pattern]] = [
    # a clock time with an optional weekday right after it ("9 a.m. EST Tuesday", "10 p.m. Wednesday")
    (
        "time",
        _c(
            rf"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>{_AP})(?:\s*(?P<tz>{_TZ}))?"
            rf"(?:\s+(?P<wd>{WEEKDAY_RE})\b)?",
            0,
        ),
    ),
    (
        "time",
        _c(
            r"\b(?P<h>[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"\s+in\s+the\s+(?P<pod>morning|afternoon|evening)\b"
        ),
    ),
    (
        "time",
        _c(
            rf"(?<![:\d])\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?!\d|:\d|\.\d)(?:\s*(?P<tz>{_TZ}))?"
            r"(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?",
            0,
        ),
    ),
    ("time", _c(r"\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hours\s+)?(?P<tz>UTC|GMT|local time|hrs|hours)", 0)),
    (
        "time",
        _c(
            r"\b(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o'clock"
            r"(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?"
        ),
    ),
    ("time_word", _c(rf"\b(?:at\s+)?(?P<w>noon|midday|midnight)\b(?:\s+(?P<wd>{WEEKDAY_RE})\b)?")),
    (
        "date_mdy",
        _c(
            rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:(?i:the)\s+)?(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?!:\d)(?:,?\s+(?P<y>1\d{{3}}|20\d{{2}})\b)?",
            0,
        ),
    ),
    (
        "date_dmy",
        _c(
            rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:(?i:the)\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?i:of))?\s+"
            rf"(?P<m>{MONTH_RE})(?:,?\s+(?P<y>1\d{{3}}|20\d{{2}})\b)?",
            0,
        ),
    ),
    # the second day of a range ("April 24 and 25", "May 3-5"): only the second number, with the first's month
    (
        "date_mdy",
        _c(
            rf"(?P<m>{MONTH_RE})\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:and|or|to|through|-|–)\s*"
            rf"(?P<only>(?P<d>[0-3]?\d))(?:st|nd|rd|th)?\b(?!:\d|\s*(?:%|percent|[ap]\.?m\b))"
            rf"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?i:in|at|on|of|when|with|for|and|from|as|after|before)\b)",
            0,
        ),
    ),
    # a day and month whose year is given relative to publication ("last year August 8", "March 3 next year")
    (
        "date_rel",
        _c(rf"(?i:(?P<rel>last|next|this)\s+year),?\s+(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:\d)", 0),
    ),
    (
        "date_rel",
        _c(rf"(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?i:(?P<rel>last|next|this)\s+year)\b", 0),
    ),
    # "the week of March 6": the week that holds the date
    (
        "week_of",
        _c(
            rf"\bthe\s+(?P<u>week|weekend)\s+of\s+(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!:\d)"
            rf"(?:,?\s+(?P<y>1\d{{3}}|20\d{{2}})\b)?",
            0,
        ),
    ),
    ("date_num", _c(r"\b(?P<y>1\d{3}|20\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b")),
    ("date_num", _c(r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])")),
    (
        "month_year",
        _c(rf"(?:(?i:(?P<mod>{_MOD}))\s*)?(?P<m>{MONTH_RE})(?:\s+(?i:of))?,?\s+(?P<y>1\d{{3}}|20\d{{2}})\b", 0),
    ),
    # "October of next year": the month alone (its year from the relative phrase); "next year" is found on its own
    # by ``relunit``, so the two TIMEX3s keep their own values (2010-10 and 2010)
    (
        "month_rel",
        _c(
            rf"(?:(?i:(?P<mod>{_MOD}))\s*)?(?P<m>{MONTH_RE})(?=\s+(?i:of\s+(?P<rel>this|last|next|the same|the following|the previous)\s+year))",
            0,
        ),
    ),
    # "February this year", "in early October this year", "April next year": one expression, the month of that year
    (
        "month_rel",
        _c(
            rf"(?:(?i:(?P<mod>{_MOD}))\s*)?(?P<m>{MONTH_RE}),?\s+(?i:(?P<rel>this|last|next)\s+year)\b(?!['’])",
            0,
        ),
    ),
    (
        "month",
        _c(
            rf"(?:(?i:(?P<rel>last|next|this|this past|this coming|(?:earlier|later|early|late) this|{_MOD}))\s*)?"
            rf"\b(?P<m>{MONTH_FULL_RE})\b",
            0,
        ),
    ),
    (
        "season",
        _c(
            rf"(?:(?P<rel>last|next|this|this past|this coming|early|late|mid|mid-|the|{_MOD})\s*)?"
            r"\b(?P<s>spring|summer|autumn|winter|fall)\b(?:\s+(?:of\s+)?(?P<y>1\d{3}|20\d{2})\b)?"
        ),
    ),
    (
        "quarter",
        _c(
            r"(?:\bthe\s+)?\b(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?:fiscal\s+)?quarter"
            r"(?:\s+(?:of\s+)?(?:(?P<y>1\d{3}|20\d{2})\b|(?P<rel>this|last|next|the)\s+(?:fiscal\s+)?year))?"
        ),
    ),
    ("quarter", _c(r"\b(?P<qq>Q[1-4])(?:\s+|-|/)?(?P<y>\d{4})?\b", 0)),
    (
        "half",
        _c(
            r"(?:\bthe\s+)?\b(?P<h>first|second)\s+half\s+of\s+(?:(?P<y>1\d{3}|20\d{2})\b|(?P<rel>this|last|next|the)\s+year)"
        ),
    ),
    ("decade", _c(r"(?:\bthe\s+)?(?:(?P<mod>early|late|mid)[- ])?\b(?P<dec>1\d{2}0|20\d0)['’]?s\b")),
    ("decade", _c(r"(?:\bthe\s+)?(?:(?P<mod>early|late|mid)[- ])?(?:['’]|\b)(?P<dd>[2-9]0)['’]?s\b")),
    ("decade", _c(rf"\bthe\s+(?:(?P<mod>early|late|mid)[- ])?(?P<dw>{_DECW})\b")),
    ("century", _c(r"(?:\bthe\s+)?\b(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century")),
    ("century", _c(r"(?:\bthe\s+)?\b(?P<cw>nineteenth|twentieth|twenty-first|eighteenth)\s+century")),
    (
        "year",
        _c(
            rf"(?:(?P<mod>{_MOD})\s*(?=\d)|(?<=\bpre-)|(?<=\bpost-)|(?<![\d$€£#.,\-/]))\b(?P<y>1\d{{3}}|20\d{{2}})\b(?![.,]\d|%|-year|-old|\s*(?:%|percent))"
        ),
    ),
    ("year_short", _c(r"(?<![\w'’])['’](?P<yy>\d{2})\b(?!['’]?s\b)")),
    (
        "weekday",
        _c(
            rf"(?:(?i:(?P<rel>last|next|this|this past|this coming|coming|past|early|late|early on|late on|later|earlier))\s+)?"
            rf"\b(?P<wd>{WEEKDAY_RE})(?P<pl>s)?\b(?:\s+(?P<pod>morning|afternoon|evening|night))?",
            0,
        ),
    ),
    # "the previous Friday", "the following Monday": the weekday before (after) the date the text is at
    ("weekday_anchor", _c(rf"\b(?i:the\s+(?P<rel>previous|prior|following|next))\s+(?P<wd>{WEEKDAY_RE})\b", 0)),
    # "the day before last Tuesday", "the day after Friday('s vote)": the day next to that weekday
    (
        "day_next_to",
        _c(
            rf"\b(?i:the\s+day\s+(?P<side>before|after))\s+(?:(?i:(?P<rel>last|next|this|this past|this coming))\s+)?"
            rf"(?P<wd>{WEEKDAY_RE})\b(?!s\b)",
            0,
        ),
    ),
    # a part of the day before "yesterday"/"today" ("mid-afternoon yesterday", "late morning today")
    (
        "relday",
        _c(r"\b(?:mid-?\s?|early\s+|late\s+)?(?P<pod>morning|afternoon|evening)\s+(?P<w>today|yesterday|tomorrow)\b"),
    ),
    (
        "relday",
        _c(
            r"(?:\b(?P<mod>early|late|earlier|later)\s+)?\b(?P<w>today|tonight|yesterday|tomorrow)\b"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
        ),
    ),
    ("relday", _c(r"\bthe\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b")),
    ("pod", _c(r"\b(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|evening|night)\b")),
    (
        "pod",
        _c(
            r"\b(?:the\s+middle\s+of\s+the|(?:in|during)\s+the|that)\s+(?P<pod>morning|afternoon|evening|night)\b"
            r"|\b(?P<ov>overnight)\b|\bat\s+(?P<generic>night)\b|\bmid-?\s?(?P<mid>morning|afternoon|evening)\b"
        ),
    ),
    (
        "relunit",
        _c(
            r"\b(?P<rel>(?:earlier|later|early|late)\s+(?:this|last|next)|(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+"
            r"(?:the|this|last|next)|this|last|next|the current|the previous|the following|the coming|the last|"
            r"this past|this coming|over the|the same|the past|the latest|that|the)\s+(?:fiscal\s+)?"
            r"(?P<u>weekend|week|month|quarter|year|decade|century)\b(?!-)"
        ),
    ),
    # "the year previous", "the week before" at the end of a clause: one unit before (after) the last date
    (
        "unit_post",
        _c(
            r"\bthe\s+(?P<u>week|month|year)\s+(?P<post>before|previous|prior|earlier|after|later)\b"
            r"(?=\s*[,.;:)!?\"”]|\s*$)"
        ),
    ),
    # "by that time", "at that time": the last calendar value mentioned before
    ("that_time", _c(r"\bthat\s+time\b(?!\s+(?:of|when|that)\b)")),
    # the first number of a range takes the unit of the second: "between 60 and 90 days" -> "60" is P60D
    (
        "range_first",
        _c(
            rf"(?<![\d.,$€£])\b(?P<n>\d+(?:\.\d+)?|{_NUMW})(?=\s*(?:and|to|or|-|–)\s*(?:\d+(?:\.\d+)?|{_NUMW})\s+"
            rf"(?P<u>{UNIT_RE})\b(?!\s+(?:ago|old|of\s+age|earlier|later|from\s+now)\b|[-\s]+olds?\b))"
        ),
    ),
    (
        "ago",
        _c(
            rf"(?:\b{AGO_MODIFIERS_RE}\s+)?\b(?P<n>{NUM})\s+(?P<u>{UNIT_RE})(?:\s+or\s+so)?\s+"
            r"(?P<dir>ago|earlier|later|from now|hence)\b(?!\s+(?:than|that))"
        ),
    ),
    ("in_n", _c(rf"\b(?P<p>in|within)\s+(?P<n>{NUM})\s+(?P<u>{UNIT_RE})(?:['’]s?\s+time)?\b")),
    (
        "duration",
        _c(
            rf"(?:\b(?P<pre>the\s+(?:past|last|next|first|coming|previous|following|final|same)|(?:over|for|in)\s+the\s+(?:past|last|next)"
            rf"|almost|nearly|about|around|more than|less than|over|under|just|at least|up to|roughly|approximately)\s+)?"
            rf"\b(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive|full|long|more|additional|further|trading)\s+)?"
            rf"(?P<u>{UNIT_RE})\b(?P<half>\s+and\s+a\s+half\b)?(?![-\s]+old\b|\s+of\s+age)"
        ),
    ),
    (
        "duration_adj",
        _c(
            rf"\b(?P<n>{NUMH})[- ](?P<u>year|month|week|day|hour|minute|second|decade|century|quarter)(?:[- ]long)?\b"
            r"(?!-olds?\b|\s+olds?\b|[- ]old\b)"
        ),
    ),
    ("duration_adj", _c(r"\b(?P<vague>years|decades|months|weeks|days|hours|centuries)-long\b")),
    ("duration_adj", _c(r"\b(?P<one>hour|day|week|month|year|decade|century)[- ]long\b")),
    (
        "duration_bare",
        _c(
            r"\b(?P<pre>for|in|within|after|over the|the next|the past|the last|just|than|take|took|lasted|spent"
            r"|(?:in\s+)?recent|(?:in\s+)?(?:the\s+)?coming)\s+(?P<u>years|decades|months|weeks|days|hours|minutes|centuries|quarters)\b"
            # "days before/after", "minutes apart": the distance between two events, not a time of its own
            r"(?!\s+(?:of|ago|old|before|after|later|earlier|apart))"
        ),
    ),
    ("set", _c(r"\b(?P<w>annually|annual|yearly|biannual|biennial|quarterly|monthly|weekly|daily|nightly|hourly)\b")),
    (
        "set",
        _c(
            rf"\b(?:every|each|per|a)\s+(?:(?P<n>{NUM})\s+)?(?P<u>second|minute|hour|day|night|week|month|quarter|year|decade)s?\b"
        ),
    ),
    ("set", _c(rf"\b(?i:every|each)\s+(?P<wd>{WEEKDAY_RE})\b|\b(?i:on)\s+(?P<wd2>{WEEKDAY_RE})s\b", 0)),
    ("holiday", _c(_holiday_re(), 0)),
    (
        "day_anchor",
        _c(
            r"\b(?P<rel>the same|that|the following|the next|the previous|the prior|later that|earlier that|"
            r"the)\s+(?P<u>day|week|morning|evening|night)\b"
            r"(?P<after>\s+(?:before|after)(?=\s*[,.;)]|\s*$))?"
        ),
    ),
    ("day_anchor", _c(r"\b(?P<lat>late|later|early|earlier)\s+in\s+(?P<rel>the)\s+(?P<u>day|week)\b")),
    # "for a second consecutive day", "the eighth day of the strike", "(for) fourth week in a row": the day (week)
    # the sentence is at (not "first day": "his first day in office" is a day still to come)
    (
        "nth_day",
        _c(
            r"\b(?:(?:the|a)\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|\d{1,2}(?:nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?P<u>day|week)\b(?![-’'])"
        ),
    ),
    (
        "same_period",
        _c(
            r"\bthe\s+same\s+(?P<u>period|month|week|quarter|day|time|season)\s+(?:of\s+)?"
            r"(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|last|prior)\s+year|"
            r"the\s+year\s+before|(?P<prev>the\s+previous\s+(?:month|quarter|week)))\b"
        ),
    ),
    ("same_period", _c(r"\bthe\s+(?P<whole>entire|whole|full)\s+year\b")),
    # financial reports: the reporting period, and the same period a year back ("the year-ago quarter")
    (
        "fiscal",
        _c(
            r"(?:\bthe\s+)?(?:(?:comparable|corresponding|same)\s+)?\b(?P<adj>year-ago|year-earlier|latest|most\s+recent)"
            rf"(?:\s+(?P<q>{_QORD}))?(?:\s+(?:fiscal\s+)?(?P<u>quarter|period))?\b(?!-)"
        ),
    ),
    (
        "fiscal",
        _c(
            r"\b(?:the\s+)?(?:(?P<y>1\d{3}|20\d{2})|(?P<rel>this|last|next)\s+year['’]s)\s+"
            rf"(?:(?P<q>{_QORD})[- ])?(?:fiscal\s+)?(?P<u>quarter|period)\b"
        ),
    ),
    ("fiscal", _c(r"\bfiscal\s+(?:year\s+)?(?P<fy>1\d{3}|20\d{2})\b")),
    # spoken years (broadcast transcripts): "nineteen ninety-six", "January nineteen ninety-seven"
    (
        "spoken_year",
        _c(
            rf"(?:(?P<m>{MONTH_FULL_RE})\s+)?\b(?i:(?P<c>{_SPOKEN_C})[- ](?P<t>{_TENS})(?:[- ](?P<o>{_ONES}))?)\b",
            0,
        ),
    ),
    ("spoken_year", _c(rf"\bthe\s+year\s+two\s+thousand(?:\s+and\s+(?P<o>{_ONES}))?\b")),
    ("ref", _c(rf"\b(?P<present>{PRESENT_REF_RE})\b|\b(?P<past>{PAST_REF_RE})\b|\b(?P<future>{FUTURE_REF_RE})\b")),
    ("ref_adv", _c(r"\b(?P<w>earlier|recent|current)\b")),
]

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


def find_candidates(text: str) -> list[Candidate]:
    """All pattern matches, overlaps resolved longest-first, in text order."""
    found: list[Candidate] = []
    folded = fold(text)
    for name, pat in FAMILIES:
        if not may_match(required_literals(pat), folded):
            continue  # a word every match needs is not in the text (prefilter): the pattern finds nothing
        for m in pat.finditer(text):
            s, e = m.span("only") if "only" in pat.groupindex else m.span()
            if e <= s:
                continue
            frag = text[s:e]
            lead = len(frag) - len(frag.lstrip(" ,"))
            trail = len(frag) - len(frag.rstrip(" ,"))
            s, e = s + lead, e - trail
            if e <= s:
                continue
            found.append(Candidate(s, e, name, {k: v for k, v in m.groupdict().items() if v is not None}))
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

"""Word lists for time expressions, as module constants.

Sources: the English calendar (months, weekdays, ISO 8601 / TIMEX3 codes), the TimeML 1.2.1 and TIMEX3
annotation guidelines (TempEval-3) for the reference values (PRESENT_REF, PAST_REF, FUTURE_REF), the part-of-day
codes (MO, AF, EV, NI), season codes (SP, SU, FA, WI) and duration units; US/UK public holidays with fixed or
rule-based dates. Number words are plain English cardinals and ordinals.
"""

from __future__ import annotations

#: month name or abbreviation -> month number
MONTHS: dict[str, int] = {}
for _i, _m in enumerate(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    start=1,
):
    MONTHS[_m] = _i
    MONTHS[_m[:3]] = _i
MONTHS["sept"] = 9

#: month alternation for regexes (full names first, then abbreviations with optional dot)
MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)

#: weekday name -> ISO weekday (Monday = 1)
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], start=1)
}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

#: season -> TIMEX3 code
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

#: part of day -> TIMEX3 code
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
    "midnight": "NI",
    "dawn": "MO",
    "dusk": "EV",
}

#: cardinal number words
NUMBER_WORDS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "single": 1,
    "a single": 1,
    "half a": 0.5,
    "a half": 0.5,
    "half": 0.5,
    "a couple of": 2,
    "couple of": 2,
    "a couple": 2,
    "a dozen": 12,
    "dozen": 12,
}

#: vague quantities: the number becomes X in the TIMEX3 value
VAGUE_NUMBERS = ("several", "a few", "few", "some", "many", "a number of", "numerous", "multiple", "a couple of", "the")

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "final": 4,
    "last": -1,
}

#: duration unit -> (TIMEX3 code, is a clock unit (PT...)), granularity name
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"),
    "minute": ("M", True, "minute"),
    "hour": ("H", True, "hour"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "week"),
    "weekend": ("WE", False, "week"),
    "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"),
    "trading day": ("D", False, "day"),
    "business day": ("D", False, "day"),
    "working day": ("D", False, "day"),
    "semester": ("M", False, "month"),
}
UNIT_RE = (
    r"(?:(?:trading|business|working)\s+days?|seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?"
    r"|months?|quarters?|years?|decades?|centur(?:y|ies))"
)

#: words that denote the present, the past or the future (TimeML reference values)
PRESENT_REF_RE = r"(?:now|currently|presently|nowadays|at present|right now|at the moment|these days|the time being)"
PAST_REF_RE = (
    r"(?:recently|more recently|previously|in the past|the past|recent years|in recent years"
    r"|years ago|long ago|a number of years ago|many years ago|some years ago|some time ago)"
)
FUTURE_REF_RE = (
    r"(?:soon|shortly|very soon|in the future|the future|the near future|the distant future"
    r"|the near term|the long term|the short term|the days ahead|the years ahead|the months ahead)"
)

#: fixed-date holidays -> (month, day)
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year": (1, 1),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17),
    "bastille day": (7, 14),
    "canada day": (7, 1),
    "anzac day": (4, 25),
    "guy fawkes night": (11, 5),
}

#: rule-based holidays -> (month, ISO weekday, n-th occurrence; -1 = last)
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "labor day": (9, 1, 1),
    "labour day": (9, 1, 1),
    "thanksgiving": (11, 4, 4),
    "thanksgiving day": (11, 4, 4),
    "memorial day": (5, 1, -1),
    "martin luther king day": (1, 1, 3),
    "martin luther king jr. day": (1, 1, 3),
    "presidents day": (2, 1, 3),
    "presidents' day": (2, 1, 3),
    "columbus day": (10, 1, 2),
    "mother's day": (5, 7, 2),
    "father's day": (6, 7, 3),
}
EASTER_HOLIDAYS: dict[str, int] = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}

#: words after a number that make it an age, a count or a measure rather than a year
NON_YEAR_FOLLOWERS = frozenset(
    """
people persons men women children soldiers troops deaths cases votes seats points km kilometres kilometers
miles metres meters feet ft kg tonnes tons dollars euros pounds yen units copies jobs employees workers homes
houses residents students members percent per cent % mph kph hectares acres barrels shares vehicles cars
""".split()
)

#: prepositions and determiners that make a bare number a year when before it
YEAR_CUES = frozenset(
    "in since by of from until till to between and during before after around circa c. early late "
    "mid the summer spring autumn fall winter year".split()
)

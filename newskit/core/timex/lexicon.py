"""Word lists for time expressions, as module constants.

Sources: the English calendar (months, weekdays, ISO 8601 / TIMEX3 codes), the TimeML 1.2.1 and TIMEX3
annotation guidelines (TempEval-3) for the reference values (PRESENT_REF, PAST_REF, FUTURE_REF), the part-of-day
codes (MO, AF, EV, NI), season codes (SP, SU, FA, WI) and duration units; US/UK public holidays with fixed or
rule-based dates. Number words are plain English cardinals and ordinals.
"""

from __future__ import annotations

#: English month names, in calendar order (the English calendar)
MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: month name or abbreviation (three letters, and "sept") -> month number
MONTHS: dict[str, int] = {}
for _i, _m in enumerate(MONTH_NAMES, start=1):
    MONTHS[_m.lower()] = _i
    MONTHS[_m[:3].lower()] = _i
MONTHS["sept"] = 9

#: full month names for regexes (capitalised: "may" and "march" in lower case are not months)
MONTH_FULL_RE = "(?:" + "|".join(MONTH_NAMES) + ")"
#: month alternation for regexes (full names first, then abbreviations with optional dot; "Sept." before "Sep.")
MONTH_RE = (
    "(?:"
    + "|".join(MONTH_NAMES)
    + "|"
    + "|".join(rf"{m[:3]}\.?" if m != "September" else r"Sept\.?|Sep\.?" for m in MONTH_NAMES if m != "May")
    + ")"
)
#: months whose names are also common words (the modal "may", "march", names such as "April" or "June"): a
#: bare one is a month only after a calendar preposition (newskit's own list, from the English calendar words)
AMBIGUOUS_MONTHS = frozenset({"May", "March", "August", "June", "April"})
#: of these, the ones that are also given names ("June Carter"): not a month before a capitalised name
NAME_MONTHS = frozenset({"May", "August", "June", "April"})
#: determiners before an ambiguous month used as a modifier of a common noun ("a June agreement", "the March
#: accession"); "May" is left out: "the May government" is Theresa May's (English determiners)
MONTH_MODIFIER_DETERMINERS = frozenset("a an the its his her their our this that".split())
#: words before a bare ambiguous month that make it a month ("in May", "since March", "last April")
MONTH_CUES = frozenset(
    "in since until till by of during from through to between and before after early late mid last next this on".split()
)

#: English weekday names, Monday first (ISO 8601 weekday numbers)
WEEKDAY_NAMES: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: weekday name -> ISO weekday (Monday = 1)
WEEKDAYS: dict[str, int] = {d.lower(): i for i, d in enumerate(WEEKDAY_NAMES, start=1)}
WEEKDAY_RE = "(?:" + "|".join(WEEKDAY_NAMES) + ")"

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

#: English cardinal number words (plain English cardinals, units and tens up to a hundred)
CARDINALS: dict[str, int] = {
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
}
#: the units (1-9) and the tens (20-90), which combine as "twenty-five"
ONES: dict[str, int] = {w: n for w, n in CARDINALS.items() if 1 <= n <= 9}
TENS: dict[str, int] = {w: n for w, n in CARDINALS.items() if n >= 20 and n % 10 == 0 and n < 100}

#: quantity words that stand for a number before a unit ("a week", "half an hour", "a couple of days")
QUANTITY_WORDS: dict[str, float] = {
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
#: every number word: cardinals and quantity words
NUMBER_WORDS: dict[str, float] = {**CARDINALS, **QUANTITY_WORDS}

#: vague quantities: the number becomes X in the TIMEX3 value (TimeML: "several days" = PXD)
VAGUE_NUMBERS = frozenset(("several", "a few", "few", "some", "many", "a number of", "numerous", "multiple", "the"))

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

#: words that denote the present, the past or the future (TimeML reference values). "previously" is left out:
#: TimeBank, AQUAINT, MEANTIME and the dev gold annotate it in 3 of its 24 occurrences; "recent years" is a
#: vague duration (PXY, TimeBank and MEANTIME), found by the ``duration_bare`` family
PRESENT_REF_RE = (
    r"(?:now|currently|presently|nowadays|at present|right now|at the moment|at this time|these days|the time being)"
)
PAST_REF_RE = (
    r"(?:recently|more recently|in the past|the past"
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
#: holidays a day after a rule-based day -> (month, ISO weekday, n-th occurrence, days after): US Election Day is
#: the Tuesday after the first Monday of November
AFTER_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {"election day": (11, 1, 1, 1)}
EASTER_HOLIDAYS: dict[str, int] = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}

#: words after a number that make it an age, a count or a measure rather than a year
NON_YEAR_FOLLOWERS = frozenset(
    """
people persons men women children soldiers troops deaths cases votes seats points km kilometres kilometers
miles metres meters feet ft kg tonnes tons dollars euros pounds yen units copies jobs employees workers homes
houses residents students members percent per cent % mph kph hectares acres barrels shares vehicles cars
""".split()
)

#: plural nouns of figures reported per year: a 4-digit number modifying one is the year ("1990 earnings", "the
#: company's 1989 operating results"), not a count (newskit's own list of business-reporting nouns)
YEAR_FIGURE_NOUNS = frozenset(
    """
earnings results sales profits revenues figures budgets forecasts estimates targets elections returns losses
dividends payments levels totals
""".split()
)
#: decades written as words ("the nineties", "the early eighties") -> tens digit (the English number words)
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
#: the last word of an expression that is a calendar unit or part of the day: written with a capital inside a
#: two-word expression ("This Week", "Next Year"), it is a title or a name, never running prose
UNIT_NOUNS = frozenset(
    "second minute hour week weekend month year day night morning afternoon evening decade century quarter".split()
)
#: prepositions and determiners that make a bare number a year when before it
YEAR_CUES = frozenset(
    "in since by of from until till to between and during before after around circa c. early late "
    "mid the summer spring autumn fall winter year".split()
)

# ----------------------------------------------------------------------------- context words used by the rules
# Function words and a few content words of English that decide whether a pattern match is a time expression
# or what it refers to. Each set is newskit's own list of English words (determiners, prepositions, adverbs),
# written for the construction named in its comment, never for one article.

#: words before a 4-digit number that make it a count or an amount ("about 2000", "flight 1549", "$2000")
NON_YEAR_PRECEDERS = frozenset(
    "no. number flight route # us$ $ about nearly some over than approximately around roughly least almost just "
    "only".split()
)
#: prepositions after which a number below 1900 is still a year ("in 1848", "since 1776")
OLD_YEAR_CUES = frozenset("in since of from until by before after circa".split())
#: words before a two-digit year with an apostrophe ("since '82", "the class of '99")
SHORT_YEAR_CUES = frozenset("since in of from until to by the class and - –".split())
#: possessives before "80s" that make it an age ("in his 80s"), and words that make it a decade ("the 80s")
DECADE_AGE_CUES = frozenset("his her their its my your our mid".split())
DECADE_CUES = frozenset("the and of in early late mid since from to".split())
#: words before a number that make it an age ("aged 30 to 40 years")
AGE_CUES = frozenset("aged age ages".split())
#: words before "a day"/"a week" that make it a frequency ("twice a day", "3% a year")
FREQUENCY_CUES = frozenset("once twice thrice times per %".split())
#: prepositions before an expression that make its direction the nearest occurrence ("until Friday")
DEADLINE_PREPS = frozenset("until till til through by".split())
#: prepositions before "that time" when it points back at a date ("by that time", "at that time")
THAT_TIME_PREPS = frozenset("by at until till since before after from around".split())
#: verbs and prepositions before "the day" that make it the day of the event ("for the day", "ended the day")
DAY_END_CUES = frozenset(
    "end ended ending ends finish finished finishing close closed closing start started starting for of during "
    "throughout".split()
)
#: words after a TIMEX3 reference adverb that make it something else ("earlier than", "now that")
NOT_REF_FOLLOWERS = frozenset({"than", "that", "this", "-"})
#: TimeML clock-time zone names that mean UTC (value suffix Z)
UTC_ZONES = frozenset({"utc", "gmt", "z"})
#: "today" and its relatives -> day offset from the publication date, and their TIMEX3 value without one
REL_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
REL_DAY_REFS: dict[str, str] = {
    "today": "PRESENT_REF",
    "tonight": "PRESENT_REF",
    "yesterday": "PAST_REF",
    "tomorrow": "FUTURE_REF",
}
#: clock words -> TIMEX3 time of day
CLOCK_WORDS: dict[str, str] = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}
#: ordinal words of centuries written out
CENTURY_WORDS: dict[str, int] = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
#: ordinals written with digits
DIGIT_ORDINALS: dict[str, int] = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: frequency adjectives and adverbs -> TIMEX3 SET value (TimeML 1.2.1)
FREQUENCY_WORDS: dict[str, str] = {
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "biannual": "P6M",
    "biennial": "P2Y",
    "quarterly": "P3M",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "nightly": "P1D",
    "hourly": "PT1H",
}
#: relative words before a unit -> offset in units from the publication date ("last week" = -1)
REL_OFFSETS: dict[str, int] = {
    "this": 0,
    "the current": 0,
    "last": -1,
    "the previous": -1,
    "the last": -1,
    "this past": -1,
    "next": 1,
    "the following": 1,
    "the coming": 1,
    "this coming": 1,
}
#: relative words that point at a date mentioned earlier in the text ("that week", "the following month")
ANCHORED_RELS: dict[str, int] = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}
#: the words before "weekend" that make it a weekend near publication
WEEKEND_RELS = frozenset(
    "the|this|over the|last|next|this past|this coming|the coming|the following|the last|the previous".split("|")
)
#: "the day"/"the morning" anchored to a date mentioned before: word -> day offset ("the next day" = +1)
DAY_ANCHOR_OFFSETS: dict[str, int] = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}
#: "last/next/this" before a month, season or weekday
PAST_RELS = frozenset({"last", "past", "this past"})
NEXT_RELS = frozenset({"next", "coming", "this coming"})
#: relative words before "<month> of ... year" -> year offset
YEAR_RELS: dict[str, int] = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}
#: the first month of each season code (northern-hemisphere meteorological seasons)
SEASON_START: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: families whose expressions point at a date mentioned before (the component resolves them in a second pass)
ANCHORED_FAMILIES = frozenset(
    {"time", "time_word", "day_anchor", "same_period", "unit_post", "that_time", "weekday_anchor", "nth_day"}
)
#: "N units earlier/later" counts from a date in the text; "ago", "from now" from publication
ANCHORED_DIRECTIONS = frozenset({"earlier", "later", "before", "after"})
#: words of the families that also occur inside names and titles (Now, Today, Spring, Daily, Morning, High Noon)
NAME_PRONE_FAMILIES = frozenset({"ref", "relday", "season", "set", "pod", "holiday", "ref_adv", "time_word"})

# ----------------------------------------------------------------------------- tense words
# English auxiliaries and verbs (lemmas) that decide whether a clause is about a past, present or future event;
# newskit's own lists of English grammar words (modal auxiliaries; verbs of planning, scheduling, expecting).

#: modal auxiliaries of the future (and the conditional future of reported speech: "said it would meet")
FUTURE_AUX = frozenset({"will", "'ll", "ll", "shall", "wo", "would", "'d"})
#: heads whose infinitive complement is scheduled or expected ("is set to begin", "plans to open")
FUTURE_HEADS = frozenset(
    "be set schedule expect due plan intend aim go likely slate poise prepare hope want seek propose promise vow "
    "threaten pledge agree decide announce forecast predict".split()
)
#: adjectives and participles before "to" that make the infinitive future ("due to arrive", "expected to")
FUTURE_ADJECTIVES = frozenset({"scheduled", "expected", "due", "set", "slated", "planned", "upcoming", "next"})
#: verbs (lemmas) of planning: in the past tense their time is still open ("was planned for March", "postponed
#: until Tuesday"), so the nearest occurrence is read, not the past one
PLANNED_VERBS = frozenset("plan schedule slate expect intend postpone delay defer reschedule".split())
#: verbs (lemmas) of putting off: a date after "until"/"till"/"to" is where the event was moved, ahead of the
#: decision ("postponed until Tuesday", "delayed the vote to next week")
DEFER_VERBS = frozenset("postpone delay defer reschedule adjourn extend push put".split())
#: prepositions that name where a deferred event was moved
DEFER_PREPS = frozenset({"until", "till", "til", "to"})
#: participles that schedule the noun they modify ("a summit set for April"): the nearest occurrence is read
SCHEDULE_PARTICIPLES = frozenset({"set", "timed", "penciled", "pencilled", "earmarked", "tipped"})
#: adjectives that put the event of the noun they modify ahead of the clause ("the slated visit ... in September",
#: "the upcoming elections in March"): planning words read the nearest occurrence, words of coming the future
#: (English planning and imminence adjectives, as in the tense words above)
EVENT_PLAN_ADJECTIVES: dict[str, str] = {
    **dict.fromkeys(("slated", "planned", "scheduled", "proposed", "expected", "intended", "projected"), "nearest"),
    **dict.fromkeys(("upcoming", "forthcoming", "impending"), "future"),
}
#: adjectives whose date is when something takes effect or falls due ("payable Dec. 15", "effective Feb. 1"):
#: the nearest occurrence, whatever the tense of the clause that announces it
TAKES_EFFECT_WORDS = frozenset({"payable", "effective", "due", "valid", "redeemable"})
#: reporting verbs: in the present ("says", "announces") they still report a past event
REPORTING_VERBS = frozenset(
    "say announce report tell claim state confirm reveal add note explain write insist deny admit warn".split()
)

#: modifiers of an amount before "ago" ("nearly four years ago", "some two weeks ago")
AGO_MODIFIERS_RE = r"(?:almost|nearly|about|around|some|more than|less than|over|just|roughly|approximately|only)"
#: spoken years (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
SPOKEN_CENTURIES: dict[str, int] = {"eighteen": 18, "nineteen": 19}
#: determiners before "current" that make it the present ("the current system", "his current wife")
CURRENT_DETERMINERS = frozenset("the his her its their our my your".split())
#: modal auxiliaries that make a sentence about the future wherever they stand
SURE_FUTURE_AUX = frozenset({"will", "'ll", "shall"})
#: words around "soon" that make it a conjunction or comparison ("as soon as", "soon after"), not FUTURE_REF
SOON_NOT_REF_FOLLOWERS = frozenset({"after", "before", "as"})
#: words before "recent" that make it a superlative or comparative ("the most recent"), not PAST_REF
RECENT_NOT_REF_PRECEDERS = frozenset({"most", "more"})
#: prepositions and determiners before "the fall" that make it the season ("in the fall", "by the fall")
SEASON_PREPS = frozenset("in during by until this next last".split())

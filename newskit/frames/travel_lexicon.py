"""Word lists for following claims across articles: wire services, and the words claim matching ignores.

Sources
-------
WIRE_SERVICES: the international and national news agencies listed in Wikipedia's "News agency" article
(the big three, AP, Reuters and AFP, the members of the European Alliance of News Agencies that sell English
copy, and the largest Asian and Pacific agencies), each with the names their credit lines use in republished
copy: the dateline credit ``WASHINGTON (AP) --``, the byline ``By Jane Doe, Associated Press``, the closing
``(Reporting by ...) Reuters``, ``Copyright 2024 The Associated Press`` (AP Stylebook and the agencies'
own republication terms show these forms).

STOP_WORDS (built in :mod:`newskit.frames.claim_groups` from the lists here): scikit-learn's
``ENGLISH_STOP_WORDS`` (the Glasgow Information Retrieval Group list) minus the negations and the quantity
words that change what a statement says ("not", "no", "never", "all", "none", "few", "many", "more", "less"
...): two claims that differ only in those are different statements; minus
the nouns and verbs of that list that carry news content ("fire", "bill", "interest"); plus the commonest
reporting verbs, which belong to the cue, not the content.

NUMBER_WORDS: English cardinals, so that "five" and "5" are the same number in two reports.
"""

from __future__ import annotations

#: canonical agency name -> names and abbreviations its credit lines use (abbreviations match case-sensitively)
WIRE_SERVICES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "PA": ("PA", "PA Media", "Press Association"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE",),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "AAP": ("AAP", "Australian Associated Press"),
    "Canadian Press": ("The Canadian Press", "Canadian Press"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "UPI": ("UPI", "United Press International"),
    "Anadolu": ("Anadolu Agency", "Anadolu"),
    "TASS": ("TASS",),
    "Interfax": ("Interfax",),
    "Bloomberg": ("Bloomberg News",),
}

#: words after an agency name that make a credit line ("Associated Press writer Jane Doe contributed")
CREDIT_NOUNS = ("writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "staff")

#: negations and quantity words kept as content: they change what a statement says
MEANINGFUL = frozenset(
    [
        "not",
        "no",
        "nor",
        "never",
        "none",
        "nothing",
        "nobody",
        "cannot",
        "all",
        "few",
        "many",
        "more",
        "most",
        "less",
        "least",
        "several",
        "only",
        "without",
        "against",
    ]
)

#: words of that list that carry the content of a news claim ("fire", "bill", "interest" rates, "system")
NEWS_CONTENT = frozenset(
    [
        "bill",
        "call",
        "fire",
        "interest",
        "mill",
        "move",
        "part",
        "show",
        "side",
        "system",
        "top",
        "front",
        "full",
        "empty",
        "find",
        "give",
        "put",
        "detail",
    ]
)

#: reporting words: they belong to the cue, not to the content
REPORTING = frozenset({"said", "says", "say", "told", "according"})

#: negation words: a claim with one and a claim without one do not report the same statement
NEGATIONS = frozenset({"not", "no", "nor", "never", "none", "nothing", "nobody", "cannot", "without", "n't"})

#: English cardinals up to ninety as digits ("hundred", "million" stay words: "five million" is 5 million)
NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER_WORDS.update(
    {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
)

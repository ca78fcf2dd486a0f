"""Words of proper names that fix a source's kind: known outlets and platforms, name words, company suffixes.

The names of well-known news outlets and online platforms, the words newspaper, broadcaster and public-body
names are made of ("Herald", "Radio", "Department of"), and the legal-form suffixes of company names ("Inc",
"GmbH"). All lower-case; every list is a module constant written by hand for newskit from news usage and
company law; no list was copied from a third-party package.

Examples
--------
>>> "reuters" in MEDIA_NAMES and "twitter" in PLATFORM_NAMES and "gmbh" in CORPORATE_SUFFIXES
True
"""

from __future__ import annotations

__all__ = ["MEDIA_NAMES", "MEDIA_NAME_WORDS", "GOVERNMENT_NAME_WORDS", "PLATFORM_NAMES", "CORPORATE_SUFFIXES"]

#: Well-known news outlets (names or distinctive parts of them): the international wire services, national
#: news agencies (AP, AFP, DPA, ANSA, EFE, PAP, Kyodo, Yonhap, Xinhua, TASS, Interfax, IRNA, Anadolu), public
#: broadcasters and the major English-language papers, magazines and sites, written by hand; plus Wikinews,
#: the outlet of newskit's bundled corpus. Outlets not listed get their kind from context (the apposition "the
#: newspaper X", a web address, "told X", "X reported that"; see :func:`.named.name_kind` and
#: :func:`.kinds.context_kind`).
MEDIA_NAMES = frozenset(
    {
        "reuters",
        "associated press",
        "ap",
        "afp",
        "agence france-presse",
        "bbc",
        "cnn",
        "npr",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "msnbc",
        "pbs",
        "itv",
        "sky",
        "bloomberg",
        "politico",
        "axios",
        "al jazeera",
        "xinhua",
        "tass",
        "ria novosti",
        "interfax",
        "pap",
        "dpa",
        "ansa",
        "efe",
        "kyodo",
        "yonhap",
        "usa today",
        "the guardian",
        "guardian",
        "financial times",
        "new york times",
        "washington post",
        "wall street journal",
        "the times",
        "times",
        "telegraph",
        "daily telegraph",
        "independent",
        "economist",
        "der spiegel",
        "le monde",
        "rolling stone",
        "vice",
        "buzzfeed",
        "huffpost",
        "the hill",
        "time",
        "newsweek",
        "sputnik",
        "rt",
        "cnbc",
        "euronews",
        "dw",
        "deutsche welle",
        "nhk",
        "yle",
        "rte",
        "cbc",
        "abc news",
        "nbc news",
        "cbs news",
        "fox news",
        "sky news",
        "bbc news",
        "the sun",
        "daily mail",
        "mirror",
        "los angeles times",
        "chicago tribune",
        "the atlantic",
        "the new yorker",
        "wired",
        "vox",
        "slate",
        "propublica",
        "the intercept",
        "south china morning post",
        "scmp",
        "haaretz",
        "kommersant",
        "izvestia",
        "irna",
        "anadolu",
        "wikinews",
    }
)

#: Words that mark a proper name as a media outlet: the English words newspaper and broadcaster names are made
#: of ("Times", "Herald", "Gazette", "Radio"), written by hand.
MEDIA_NAME_WORDS = frozenset(
    {
        "times",
        "news",
        "post",
        "journal",
        "herald",
        "tribune",
        "telegraph",
        "guardian",
        "gazette",
        "daily",
        "press",
        "tv",
        "radio",
        "broadcasting",
        "chronicle",
        "observer",
        "mail",
        "express",
        "courier",
        "reporter",
        "bulletin",
        "magazine",
        "today",
        "television",
        "channel",
        "network",
        "wire",
        "sun",
    }
)

#: Words that mark an organisation's proper name as governmental: the English head nouns of public bodies'
#: names ("Department of", "Geological Survey", "Fire Service") and the US federal agencies news names by
#: acronym alone (FBI, CIA, NASA, FAA, NTSB, FEMA, CDC, FDA, EPA, DHS, USGS, NOAA, HHS), written by hand.
GOVERNMENT_NAME_WORDS = frozenset(
    {
        "department",
        "ministry",
        "police",
        "government",
        "agency",
        "administration",
        "embassy",
        "consulate",
        "army",
        "navy",
        "court",
        "parliament",
        "senate",
        "congress",
        "commission",
        "committee",
        "board",
        "bureau",
        "service",
        "services",
        "council",
        "office",
        "authority",
        "guard",
        "kremlin",
        "pentagon",
        "house",
        "directorate",
        "secretariat",
        "survey",
        "fbi",
        "cia",
        "nasa",
        "faa",
        "ntsb",
        "fema",
        "cdc",
        "fda",
        "epa",
        "dhs",
        "usgs",
        "noaa",
        "hhs",
    }
)

#: Social platforms and large online services. Named as where something was said ("said on Twitter") they are
#: the medium, not a source; as a speaker ("Twitter said", "Facebook claimed") they are organisations, never
#: persons (the small model often tags them PERSON). The large social networks, messaging services and online
#: platforms, written by hand.
PLATFORM_NAMES = frozenset(
    {
        "twitter",
        "x",
        "facebook",
        "meta",
        "youtube",
        "instagram",
        "tiktok",
        "reddit",
        "telegram",
        "weibo",
        "wechat",
        "whatsapp",
        "linkedin",
        "snapchat",
        "mastodon",
        "truth social",
        "bluesky",
        "tumblr",
        "vk",
        "vkontakte",
        "discord",
        "twitch",
        "pinterest",
        "flickr",
        "google",
        "apple",
        "microsoft",
        "amazon",
        "netflix",
        "spotify",
        "github",
        "gitlab",
        "wikipedia",
        "parler",
        "gab",
        "substack",
        "periscope",
        "skype",
        "zoom",
        "clubhouse",
        "douyin",
        "kakaotalk",
        "viber",
        "odnoklassniki",
    }
)

#: Legal-form suffixes and closing words of company names ("Zentrix Inc", "Harlow Ltd", "Acme Group"): a name
#: ending in one is a company, never a person. The legal forms of English-language company law (Inc, Ltd, LLC,
#: PLC, Corp, Co) and the common continental ones that appear in English news (GmbH, AG, SA, NV, BV), written
#: by hand.
CORPORATE_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "holdings",
        "gmbh",
        "ag",
        "sa",
        "nv",
        "bv",
        "pty",
        "enterprises",
        "industries",
    }
)

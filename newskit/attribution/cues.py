"""Lexicons for attribution: cue verbs, according-to phrases, source nouns and kinds.

Every list here is a module constant written by hand for newskit. The cue verbs are organised along the
English verb classes of communication and cognition in Levin (1993, *English Verb Classes and Alternations*:
29.4-29.5 "declare"/"conjecture", 37.1-37.8 "transfer of a message", "tell", "manner of speaking", "say",
"complain") plus the reporting verbs common in wire copy ("tweet", "post", "brief"), and the cognition verbs
news writing uses to attribute stance ("officials believe"). Directive verbs (order, demand, request,
instruct) are left out on purpose: they carry no proposition. Every cue needs a clausal content anyway.
No list was copied from a third-party package.

Examples
--------
>>> "say" in CUE_VERBS and "tweet" in CUE_VERBS
True
>>> len(CUE_VERBS) >= 150
True
"""
from __future__ import annotations

__all__ = [
    "CUE_VERBS", "CHAIN_VERBS", "COGNITION_VERBS", "OBJECT_CUES", "QUOTED_AS", "CITING_VERBS", "MODAL_BLOCKERS",
    "PERSON_NOUNS", "GOVERNMENT_NOUNS", "GOVERNMENT_NAME_WORDS", "MEDIA_NOUNS", "MEDIA_NAMES",
    "MEDIA_NAME_WORDS", "DOCUMENT_NOUNS", "ORGANIZATION_NOUNS", "NUMBER_WORDS", "COLLECTIVE_NOUNS",
    "PRONOUNS", "TITLE_WORDS", "REPORT_ADVERBS", "STATEMENT_NOUNS", "PLATFORM_NAMES", "GENERIC_VIA_NOUNS",
    "MALE_TITLES", "FEMALE_TITLES",
]

#: Verbs of saying (lemmas). Levin 37.7 "say", 37.1-37.4, 37.8 "complain", 29.4 "declare", plus reporting verbs.
_SAY = {
    "say", "tell", "state", "add", "note", "announce", "confirm", "deny", "warn", "claim", "report",
    "indicate", "mention", "insist", "estimate", "explain", "declare", "assert", "argue", "acknowledge",
    "admit", "allege", "answer", "reply", "respond", "remark", "comment", "observe", "point", "reveal",
    "disclose", "write", "tweet", "post", "blog", "testify", "swear", "vow", "promise", "pledge", "predict",
    "forecast", "caution", "stress", "emphasize", "emphasise", "underline", "highlight", "reiterate",
    "repeat", "recall", "recount", "describe", "characterize", "characterise", "concede", "conclude",
    "contend", "maintain", "suggest", "propose", "recommend", "urge", "advise", "complain", "lament",
    "protest", "object", "boast", "brag", "joke", "quip", "cry", "shout", "scream", "yell", "whisper",
    "murmur", "mutter", "exclaim", "proclaim", "affirm", "aver", "avow", "attest", "certify", "verify",
    "clarify", "specify", "elaborate", "continue", "inform", "notify", "assure", "reassure", "remind",
    "brief", "signal", "hint", "imply", "intimate", "concur", "agree", "disagree", "dispute", "contest",
    "challenge", "speculate", "theorize", "hypothesize",
    "surmise", "guess", "figure", "reckon", "calculate", "project", "anticipate", "expect", "forewarn",
    "threaten", "rule", "find", "determine",
    "establish", "show", "demonstrate", "prove", "conclude", "accuse", "charge", "blame", "criticize",
    "criticise", "condemn", "praise", "thank", "apologize", "apologise", "counter", "rebut", "retort",
    "fire", "snap", "shoot", "tout", "trumpet", "publish", "broadcast", "relay", "convey", "communicate",
    "share", "reaffirm", "restate", "second", "echo", "predict", "identify", "name", "call", "label",
    "dub", "term", "refer", "summarize", "summarise", "tell", "email", "text", "message", "cable",
    "telegraph", "telephone", "phone", "radio", "wire", "cite", "quote", "read", "suppose", "oppose",
    "attribute", "place", "put", "offer", "advocate", "announce", "alert", "stipulate", "outline",
    "detail", "document", "record", "register", "log", "say", "pronounce", "opine", "editorialize",
}

#: Cognition verbs (Levin 29.5 "conjecture", 30-31 perception / psych) used for attributed stance.
COGNITION_VERBS = {
    "believe", "think", "suspect", "fear", "hope", "know", "understand", "assume", "presume",
    "consider", "doubt", "worry", "realize", "realise", "recognize", "recognise", "imagine", "trust",
    "conclude", "estimate", "reckon", "infer", "deduce", "maintain", "suppose", "observe", "expect",
}

#: All cue lemmas.
CUE_VERBS = frozenset(_SAY | COGNITION_VERBS)

#: Cues that, heading another cue's content, make the outer source a relay ("the BBC reported the minister
#: said ..."): plain verbs of saying and believing.
CHAIN_VERBS = frozenset({"say", "tell", "state", "add", "claim", "report", "announce", "confirm", "believe",
                         "think", "suspect", "estimate", "insist", "warn", "note", "deny", "write", "tweet",
                         "reveal", "indicate", "mention", "explain", "argue", "suggest", "cite", "quote"})

#: Cue lemmas that take a nominal content (object plus predicate): "called it an act of barbarity",
#: "identified the suspect as X", "blame him for Y", "attribute this to Z".
OBJECT_CUES = frozenset({"call", "identify", "name", "describe", "characterize", "characterise", "label",
                         "dub", "term", "blame", "attribute", "refer", "place", "estimate", "suppose"})

#: "is quoted as saying", "was cited as saying".
QUOTED_AS = frozenset({"quote", "cite"})

#: "citing X": a participle that introduces the original source of a relayed report.
CITING_VERBS = frozenset({"cite", "quote"})

#: Modal auxiliaries that make a cue hypothetical ("could say", "would argue").
MODAL_BLOCKERS = frozenset({"could", "would", "might", "may", "should", "can", "must", "shall", "'d"})

#: Adverbs that attribute a statement to unspecified reports.
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

#: Nouns naming a statement: "a statement from X said", "X's announcement".
STATEMENT_NOUNS = frozenset({"statement", "announcement", "communique", "communiqué", "release", "letter",
                             "message", "tweet", "post", "memo", "note", "notice", "declaration"})

#: Head nouns of person sources (roles, occupations, generic people); singular forms.
PERSON_NOUNS = frozenset({
    "official", "spokesperson", "spokesman", "spokeswoman", "spokesmen", "representative", "diplomat",
    "source", "witness", "eyewitness", "minister", "president", "premier", "chancellor", "mayor", "governor",
    "senator", "lawmaker", "legislator", "congressman", "congresswoman", "mp", "ambassador", "envoy",
    "secretary", "director", "chief", "head", "leader", "chairman", "chairwoman", "chair", "ceo", "founder",
    "manager", "executive", "expert", "analyst", "economist", "scientist", "researcher", "investigator",
    "professor", "doctor", "dr", "physician", "surgeon", "nurse", "lawyer", "attorney", "prosecutor",
    "judge", "officer", "commander", "general", "colonel", "captain", "sergeant", "soldier", "resident",
    "citizen", "neighbor", "neighbour", "student", "teacher", "protester", "protestor", "activist",
    "victim", "survivor", "relative", "friend", "father", "mother", "son", "daughter", "wife", "husband",
    "brother", "sister", "family", "people", "person", "man", "woman", "boy", "girl", "child", "writer",
    "author", "journalist", "reporter", "correspondent", "editor", "critic", "supporter", "opponent",
    "member", "employee", "worker", "staff", "insider", "aide", "adviser", "advisor", "consultant",
    "commissioner", "inspector", "detective", "sheriff", "firefighter", "paramedic", "coroner", "pilot",
    "dispatcher", "attacker", "suspect", "gunman", "assailant", "owner", "organizer", "organiser",
    "candidate", "politician", "player", "coach", "fan", "observer", "monitor", "negotiator", "selectman",
    "pope", "king", "queen", "prince", "princess", "emperor", "monarch", "bishop", "priest", "imam",
    "rabbi", "cleric", "deputy", "vice", "partner", "colleague", "counterpart", "ally", "allies",
})

#: Head nouns of government sources.
GOVERNMENT_NOUNS = frozenset({
    "police", "authority", "authorities", "government", "ministry", "department", "agency", "administration",
    "embassy", "consulate", "service", "army", "military", "navy", "force", "forces", "court", "prosecutor's",
    "parliament", "senate", "congress", "council", "cabinet", "kremlin", "pentagon", "commission",
    "committee", "board", "office", "regulator", "state", "city", "county", "province", "municipality",
    "prosecution", "coastguard", "guard", "bureau", "directorate", "inspectorate", "ministries",
    "white house", "legislature", "junta", "regime", "officials",
})

#: Words that mark an organisation's proper name as governmental.
GOVERNMENT_NAME_WORDS = frozenset({
    "department", "ministry", "police", "government", "agency", "administration", "embassy", "consulate",
    "army", "navy", "court", "parliament", "senate", "congress", "commission", "committee", "board",
    "bureau", "service", "services", "council", "office", "authority", "guard", "institute", "kremlin",
    "pentagon", "house", "directorate", "secretariat", "calfire", "fbi", "cia", "nasa", "faa", "ntsb",
    "fema", "cdc", "fda", "epa", "dhs", "usgs", "noaa", "hhs",
})

#: Head nouns of media sources.
MEDIA_NOUNS = frozenset({
    "newspaper", "paper", "daily", "tabloid", "broadcaster", "media", "outlet", "magazine", "channel",
    "network", "newswire", "wire", "station", "radio", "television", "tv", "website", "press",
    "agency", "news", "publication", "journal", "weekly", "reporters",
})

#: Well-known news outlets and agencies (names or distinctive parts of them).
MEDIA_NAMES = frozenset({
    "reuters", "associated press", "ap", "afp", "agence france-presse", "bbc", "cnn", "npr", "nbc", "cbs",
    "abc", "fox", "msnbc", "pbs", "itv", "sky", "bloomberg", "politico", "axios", "al jazeera", "xinhua",
    "tass", "ria novosti", "interfax", "pap", "tvn24", "dpa", "ansa", "efe", "kyodo", "yonhap", "usa today",
    "the guardian", "guardian", "financial times", "new york times", "washington post", "wall street journal",
    "the times", "times", "telegraph", "daily telegraph", "independent", "economist", "der spiegel",
    "le monde", "rolling stone", "vice", "buzzfeed", "huffpost", "the hill", "time", "newsweek", "uol",
    "sputnik", "rt", "cnbc", "euronews", "dw", "deutsche welle", "nhk", "yle", "rte", "cbc", "abc news",
    "nbc news", "cbs news", "fox news", "sky news", "bbc news", "the sun", "daily mail", "mirror",
    "los angeles times", "chicago tribune", "the atlantic", "the new yorker", "wired", "vox", "slate",
    "propublica", "the intercept", "south china morning post", "scmp", "haaretz", "kommersant", "izvestia",
    "gazeta wyborcza", "rzeczpospolita", "onet", "wp", "polsat", "irna", "anadolu", "wikinews",
})

#: Words that mark a proper name as a media outlet.
MEDIA_NAME_WORDS = frozenset({
    "times", "news", "post", "journal", "herald", "tribune", "telegraph", "guardian", "gazette", "daily",
    "press", "tv", "radio", "broadcasting", "chronicle", "observer", "mail", "express", "courier",
    "reporter", "bulletin", "magazine", "today", "television", "channel", "network", "wire", "sun",
})

#: Head nouns of document sources.
DOCUMENT_NOUNS = frozenset({
    "report", "study", "data", "record", "statement", "survey", "document", "projection", "video",
    "post", "tweet", "account", "website", "proclamation", "investigation", "poll", "analysis", "filing",
    "letter", "memo", "paper", "figure", "statistic", "estimate", "census", "release", "communique",
    "communiqué", "transcript", "footage", "photo", "image", "email", "e-mail", "message", "note",
    "research", "review", "assessment", "audit", "finding", "result", "evidence", "documents", "map",
    "chart", "table", "index", "ranking", "forecast", "model", "book", "article", "story", "blog",
    "notice", "order", "ruling", "verdict", "judgment", "decree", "law", "bill", "proposal", "plan",
    "declaration", "announcement", "page", "feed", "manifesto", "questionnaire", "warning", "reports",
})

#: Head nouns of non-governmental organisations.
ORGANIZATION_NOUNS = frozenset({
    "company", "firm", "corporation", "group", "organization", "organisation", "charity", "hospital",
    "university", "school", "college", "union", "association", "federation", "club", "team", "party",
    "foundation", "institute", "archive", "ngo", "bank", "airline", "operator", "manufacturer", "church",
    "campaign", "coalition", "alliance", "network", "society", "center", "centre", "league", "business",
})

#: Number words for source counts.
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12, "hundred": 100, "another": 1,
}

#: Singular-looking nouns that denote an unknown number of people or bodies (count unknown).
COLLECTIVE_NOUNS = frozenset({"police", "authorities", "media", "staff", "people", "family", "public",
                              "military", "press", "personnel", "crew", "government", "data", "reports"})

#: Personal pronouns that may head a source mention.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which",
                      "that"})

#: Honorifics and titles stripped from names ("President Stubb" -> "Stubb").
TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
    "prime", "minister", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "mayor",
    "governor", "senator", "sen", "rep", "representative", "secretary", "general", "gen", "colonel", "col",
    "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "officer", "chief", "judge", "justice",
    "attorney", "prosecutor", "commissioner", "sheriff", "director", "ambassador", "bishop", "father",
    "rev", "reverend", "saint", "st", "interior", "foreign", "health", "defence", "defense", "finance",
    "deputy", "vice", "ex", "former", "student", "protester", "police", "spokesman", "spokeswoman",
    "inspector", "detective", "chairman", "chairwoman", "ceo", "coach", "u.s.", "us",
})

#: Social platforms and large online services. Named as where something was said ("said on Twitter") they are
#: the medium, not a source; as a speaker ("Twitter said", "Facebook claimed") they are organisations, never
#: persons (the small model often tags them PERSON).
PLATFORM_NAMES = frozenset({
    "twitter", "x", "facebook", "meta", "youtube", "instagram", "tiktok", "reddit", "telegram", "weibo",
    "wechat", "whatsapp", "linkedin", "snapchat", "mastodon", "truth social", "bluesky", "tumblr",
    "vk", "vkontakte", "discord", "twitch", "pinterest", "flickr", "google", "apple", "microsoft", "amazon",
    "netflix", "spotify", "github", "gitlab", "wikipedia", "parler", "gab", "substack",
    "periscope", "skype", "zoom", "clubhouse", "douyin", "kakaotalk", "viber", "odnoklassniki",
})

#: Bare generic nouns that say nothing about who relayed a claim ("reports, citing X"): not useful as a via
#: unless a modifier or a name makes them specific ("a UN report", "local media").
GENERIC_VIA_NOUNS = frozenset({
    "report", "reports", "media", "news", "press", "source", "sources", "outlet", "outlets", "website",
    "websites", "magazine", "newspaper", "newspapers", "paper", "papers", "account", "accounts", "article",
    "articles", "story", "stories", "guideline", "guidelines", "expert", "experts", "investigator",
    "investigators", "official", "officials", "people", "person", "document", "documents", "post", "posts",
    "agency", "agencies", "outlet", "publication", "publications", "channel", "channels", "footage", "video",
    "videos", "statement", "statements", "data", "rumour", "rumours", "rumor", "rumors",
})

#: Honorifics that fix a person's grammatical gender (for he/she resolution).
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "emperor", "duke", "father", "brother",
                         "monsieur", "herr", "señor", "senor", "signor", "sheikh", "pope"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
                           "empress", "duchess", "sister", "mother", "frau", "señora", "senora", "signora",
                           "mme", "mlle"})

"""Word lists behind ``source_gender``'s article evidence.

The words are English's gender-marked forms as a reader meets them in news copy: the honorifics (Mr, Mrs, Ms,
Sir, Dame, ...), the third-person pronouns, and the nouns whose meaning includes the sex of the person (kinship
terms, -man/-woman compounds, -ess forms, nobility), as listed in English grammars (e.g. Quirk et al., *A
Comprehensive Grammar of the English Language*, 5.104-5.108 "gender" of nouns). Nouns that newsrooms use for
anyone (actor, host, heir, priest, waiter, chair) are deliberately left out.
"""

from __future__ import annotations

__all__ = [
    "FEMALE_HONORIFICS",
    "MALE_HONORIFICS",
    "FEMALE_PRONOUNS",
    "MALE_PRONOUNS",
    "FEMALE_NOUNS",
    "MALE_NOUNS",
    "MIXED_GROUP_NOUNS",
    "NAME_PARTICLES",
    "TITLE_WORDS",
]

#: Honorifics before a name (lower case, no final period).
MALE_HONORIFICS = frozenset({"mr", "messrs", "sir", "lord", "monsieur", "herr", "señor", "senor", "signor", "sheikh"})
FEMALE_HONORIFICS = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "madam", "madame", "mme", "mlle", "frau", "señora", "senora", "signora"}
)

#: Third-person singular pronouns, all cases.
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})

_FEMALE_ROOTS = """
woman women girl girls lady ladies mother mothers mum mom daughter daughters sister sisters wife wives widow widows
grandmother granddaughter grandma aunt niece bride girlfriend fiancee fiancée stepmother stepdaughter
mother-in-law daughter-in-law sister-in-law housewife matriarch nun nuns abbess
actress actresses waitress hostess stewardess heiress seamstress songstress headmistress mistress
princess queen duchess countess baroness empress marchioness
spokeswoman spokeswomen chairwoman chairwomen congresswoman congresswomen businesswoman businesswomen
policewoman policewomen councilwoman councilwomen assemblywoman anchorwoman sportswoman sportswomen
camerawoman craftswoman frontwoman forewoman alderwoman servicewoman servicewomen stateswoman horsewoman
countrywoman noblewoman madam dame schoolgirl ballerina comedienne
"""
_MALE_ROOTS = """
man men boy boys gentleman gentlemen father fathers dad son sons brother brothers husband husbands widower
grandfather grandson grandpa uncle nephew groom bridegroom boyfriend fiance fiancé stepfather stepson
father-in-law son-in-law brother-in-law patriarch monk monks
prince king duke baron emperor marquess
spokesman spokesmen chairman chairmen congressman congressmen businessman businessmen policeman policemen
councilman councilmen assemblyman anchorman sportsman sportsmen cameraman craftsman frontman foreman alderman
serviceman servicemen statesman horseman countryman nobleman clergyman fireman firemen fisherman fishermen
salesman gunman gunmen schoolboy headmaster
"""

#: Nouns that say a person (or, in the plural, a group) is female / male.
FEMALE_NOUNS = frozenset(_FEMALE_ROOTS.split())
MALE_NOUNS = frozenset(_MALE_ROOTS.split())

#: Group nouns a reader takes for women and men together ("the family said", "her parents said").
MIXED_GROUP_NOUNS = frozenset({"family", "families", "parents", "grandparents"})

#: Lower-case particles that start a surname, not a first name ("de Gaulle", "van Gogh").
NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "van", "von", "der", "le", "la", "al", "el", "bin", "ibn"}
)

#: Titles and ranks that stand before a name and are no first name ("President Stubb", "Captain Rochester").
TITLE_WORDS = frozenset(
    """dr prof professor president vice minister premier chancellor governor gov senator sen rep representative
    mayor judge justice ambassador secretary chief commissioner superintendent inspector detective constable
    officer sergeant sgt captain capt lieutenant lt colonel col general gen major admiral commander cmdr
    corporal private bishop archbishop cardinal rabbi imam rev reverend pastor saint st coach chairman
    chairwoman ceo director spokesman spokeswoman spokesperson""".split()
)

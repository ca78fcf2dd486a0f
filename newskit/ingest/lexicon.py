"""Word lists used by ingestion and cleaning, with where they come from.

Kept apart from the rules so that the rules describe page shapes and the words can be reviewed on their own.
"""

from __future__ import annotations

#: Words that open a byline ("By Jane Roe"), per language: English "by", German "von", French "par",
#: Spanish/Portuguese "por", Dutch "door", Swedish/Norwegian/Danish "av"/"af", Polish "autor"
#: (the byline words of the major European news languages, as printed before an author's name).
BYLINE_WORDS = ("by", "von", "par", "por", "door", "av", "af", "autor", "autorin")

#: Lower-case particles inside personal names ("Ursula von der Leyen", "Vincent van Gogh", "Ibn Battuta").
NAME_PARTICLES = frozenset("van von de da di del della der den du le la bin ibn al dos das ter ten y".split())

#: English words that make a short capitalised line a heading or a label rather than a person's name: section
#: names and page furniture of news sites, and the usual subheadings of news and blog posts ("Related",
#: "Background", "Bug Fixes", "Release Notes").
NOT_NAME_WORDS = frozenset(
    """
and of the in for on to with news update updates live analysis opinion comment comments world politics business
sport sports video advertisement related sources references share more read see also external links background
reaction reactions investigation aftermath fixes fix bug bugs features feature changes release notes contents
summary overview introduction conclusion details detail information contact about home menu search login
subscribe newsletter editor editors staff team press office department ministry police government council
""".split()
)

#: Languages whose orthography capitalises every noun (German, Luxembourgish): there two capitalised words on a
#: line are no evidence of a name, so a bare name line needs a byline word or agreeing metadata.
CAPITALISES_NOUNS = frozenset({"de", "lb"})

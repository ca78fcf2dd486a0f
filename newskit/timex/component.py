"""The ``newskit_timex`` spaCy component (placeholder until the normaliser lands)."""
from __future__ import annotations

from spacy.language import Language

from .. import _extensions  # noqa: F401  (registers Doc extensions)


@Language.factory("newskit_timex")
def make_timex(nlp, name):
    return TimexComponent()


class TimexComponent:
    def __call__(self, doc):
        doc._.newskit_timexes = []
        return doc

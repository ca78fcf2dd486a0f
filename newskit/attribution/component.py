"""The ``newskit_attribution`` spaCy component (placeholder until the extractor lands)."""
from __future__ import annotations

from spacy.language import Language

from .. import _extensions  # noqa: F401  (registers Doc extensions)


@Language.factory("newskit_attribution")
def make_attribution(nlp, name):
    return AttributionComponent()


class AttributionComponent:
    def __call__(self, doc):
        doc._.newskit_claims = []
        return doc

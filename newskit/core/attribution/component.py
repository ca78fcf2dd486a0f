"""The ``newskit_attribution`` spaCy component: claims (quotes, reported speech, according-to) and sources.

It runs after the parser and NER, reads the parse once, and stores

- ``doc._.newskit_claims``: a list of plain dicts (the claim rows, offsets into ``doc.text``);
- ``doc.spans["claims"]``: one span per claim content, labelled with the source kind, so that
  ``displacy.render(doc, style="span", options={"spans_key": "claims"})`` shows them.

Examples
--------
>>> import newskit
>>> nlp = newskit.load_pipeline()
>>> doc = nlp("The minister said that taxes would rise.")
>>> [(c["content"], c["source_name"]) for c in doc._.newskit_claims]
[('taxes would rise', 'minister')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions
from ..vocab import SourceKind
from .assign import ClaimAssigner
from .gender import assign_gender
from .rows import dedupe, join_split_quote_rows, number_sources, useful_via
from .sources import doc_text

__all__ = ["make_attribution", "AttributionComponent", "extract_claims_from_doc", "useful_via"]

SPANS_KEY = "claims"


@Language.factory(
    "newskit_attribution",
    assigns=["doc._.newskit_claims", "doc.spans"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={"join_split_quotes": False},
)
def make_attribution(nlp: Language, name: str, join_split_quotes: bool) -> AttributionComponent:
    """Factory of the ``newskit_attribution`` component (also a ``spacy_factories`` entry point).

    It assigns ``doc._.newskit_claims`` and ``doc.spans["claims"]`` and needs the parser, the lemmatizer and
    NER before it. The lexicons it reads are in :mod:`newskit.core.attribution.cues` and
    :mod:`newskit.core.attribution.lexicon`.

    Parameters
    ----------
    join_split_quotes : bool
        Whether a quote its cue interrupts ('"A," she said. "B."') is one claim (PolNeAR's convention) instead
        of one claim per piece (newskit's default, the dev gold's convention).
    """
    extensions.register()
    return AttributionComponent(join_split_quotes)


class AttributionComponent:
    """Sets ``doc._.newskit_claims`` and ``doc.spans["claims"]``."""

    def __init__(self, join_split_quotes: bool = False):
        self.join_split_quotes = join_split_quotes

    def __call__(self, doc: Doc) -> Doc:
        try:
            claims = assign_gender(doc, extract_claims_from_doc(doc, self.join_split_quotes))
        finally:  # per-Doc caches must not travel with the Doc (user_data is serialised by nlp.pipe)
            for k in ("_newskit_text", "_newskit_sents", "_newskit_ents"):
                doc.user_data.pop(k, None)
        doc._.newskit_claims = claims
        spans = []
        for c in claims:
            sp = doc.char_span(
                c["content_start"],
                c["content_end"],
                label=c["source_kind"] or SourceKind.UNKNOWN.value,
                alignment_mode="expand",
            )
            if sp is not None:
                spans.append(sp)
        doc.spans[SPANS_KEY] = spans
        return doc


def extract_claims_from_doc(doc: Doc, join_split_quotes: bool = False) -> list[dict]:
    """Find the claims of a parsed ``doc`` and return them as row dicts (sorted by position).

    The passes: find the frames (:func:`.finding.find_all_frames`), chain relays (:func:`.finding.relay_chains`),
    resolve each frame's source and assign quotes to frames (:class:`.assign.ClaimAssigner`), dedupe
    (:func:`.rows.dedupe`) and number the sources.

    Parameters
    ----------
    doc : Doc
        A Doc parsed by an English pipeline with parser and NER.
    join_split_quotes : bool
        One claim for a quote its cue interrupts, instead of one per piece (see :func:`make_attribution`).

    Returns
    -------
    list of dict
        The claim rows (see :mod:`newskit.core.attribution`).
    """
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    text = doc_text(doc)
    if not text.strip():
        return []
    claims = ClaimAssigner(doc, text).run()
    claims.sort(key=lambda x: x[0])
    rows = dedupe([c for _, c in claims])
    return number_sources(join_split_quote_rows(rows, text) if join_split_quotes else rows)

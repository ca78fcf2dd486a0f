"""Attribution: claims (direct quotes, reported speech, according-to) and their sources.

Sub-modules, one capability each:

- :mod:`.cues` the cue lexicon (verbs and nouns of saying); the words of source mentions in
  :mod:`.person_words` (people), :mod:`.body_words` (bodies, documents) and :mod:`.name_words` (proper names);
- :mod:`.quotes` the direct-quote finder;
- :mod:`.reported` reported-speech, according-to, citing and "reportedly" rules over the parse;
- :mod:`.sources` source resolution (:class:`~.sources.Resolver`: a mention's tokens and the order of the
  rules), its rules in :mod:`.names` (a mention's name), :mod:`.kinds` (source kinds), :mod:`.aliases` (the
  names an article introduces and their aliases), :mod:`.named` (named persons and organisations),
  :mod:`.descriptions` (documents, descriptions, counts), :mod:`.pronouns` (antecedents) and :mod:`.relays`
  (the outlet a source spoke to), over the records of :mod:`.records` and the per-Doc caches of
  :mod:`.doc_index`;
- :mod:`.component` the ``newskit_attribution`` spaCy component, its passes in :mod:`.finding` (the frames and
  their relays), :mod:`.assign` (sources resolved, quotes assigned; a quote's own speaker in :mod:`.quote_cues`)
  and :mod:`.rows` (the claim rows, deduped), over the offsets of :mod:`.text_index`.

The claims and sources DataFrames are built in :mod:`newskit.frames`.

Each claim row has the keys ``content, content_start, content_end, quote_type, cue, cue_start, cue_end,
source_id, source_mention, source_start, source_end, source_name, source_kind, named, source_count,
descriptor, via, sentence_index, paragraph_index``.
"""

from __future__ import annotations

__all__ = ["claims_from_doc"]


def claims_from_doc(doc) -> list[dict]:
    """Claim rows stored on ``doc`` by the ``newskit_attribution`` component (offsets into ``doc.text``).

    Examples
    --------
    >>> import newskit
    >>> doc = newskit.load_pipeline()("Police said the road was closed.")
    >>> claims_from_doc(doc)[0]["content"]
    'the road was closed'
    """
    return [dict(c) for c in (doc._.newskit_claims or [])]

"""The ``newskit_paragraphs`` spaCy component: a paragraph break always ends a sentence.

spaCy's parser decides sentence boundaries from the parse, and on news text it often glues a quote paragraph to
the next one (``"... do it."\\n\\n"I would ...," he added.`` parsed as one sentence whose root is "added"), so
the cue of one paragraph takes the quote of the paragraph before. This component runs before the parser and
marks the first token after a blank line (or after a line ending in sentence-final punctuation) as a sentence
start; the parser keeps boundaries that are already set.

Examples
--------
>>> import newskit
>>> nlp = newskit.load_pipeline()
>>> doc = nlp('"We should do it."\\n\\n"I would do that," he added.')
>>> [s.text.strip() for s in doc.sents]
['"We should do it."', '"I would do that," he added.']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["ParagraphBoundaries", "make_paragraphs", "mark_paragraph_starts"]

#: Characters that end a line as a sentence: a single line break after them is a boundary too.
LINE_FINAL = frozenset('.!?:"”’)')


@Language.factory(
    "newskit_paragraphs",
    default_config={"min_newlines": 2},
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> ParagraphBoundaries:
    """Factory of the ``newskit_paragraphs`` component (also a ``spacy_factories`` entry point).

    Parameters
    ----------
    min_newlines : int
        Line breaks in a row that always end a sentence (a single break ends one only after a line ending in
        sentence-final punctuation).
    """
    return ParagraphBoundaries(min_newlines)


class ParagraphBoundaries:
    """Sets ``is_sent_start`` on the first token of every paragraph (see the module docstring)."""

    def __init__(self, min_newlines: int = 2):
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        mark_paragraph_starts(doc, self.min_newlines)
        return doc


def mark_paragraph_starts(doc: Doc, min_newlines: int = 2) -> int:
    """Mark the first token after each paragraph break of ``doc`` as a sentence start; return how many.

    A break is ``min_newlines`` line breaks in the whitespace between two tokens, or one line break after a
    token ending in sentence-final punctuation. Tokens never become sentence starts for any other reason.
    """
    marked = 0
    prev_word = None
    gap = ""
    for tok in doc:
        if tok.is_space:
            gap += tok.text + tok.whitespace_
            continue
        newlines = gap.count("\n")
        if newlines and prev_word is not None and (newlines >= min_newlines or prev_word.text[-1] in LINE_FINAL):
            tok.is_sent_start = True
            marked += 1
        prev_word, gap = tok, tok.whitespace_
    return marked

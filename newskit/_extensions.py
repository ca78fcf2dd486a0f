"""spaCy ``Doc`` extensions newskit registers (the textacy-style registry, in one place)."""
from __future__ import annotations

from spacy.tokens import Doc

#: name -> default; each is set with ``Doc.set_extension(name, default=...)`` once per process.
DOC_EXTENSIONS = {
    "published": None,         # pandas.Timestamp (UTC) of publication, or None; set before the pipeline runs
    "newskit_claims": None,    # list of claim row dicts, set by the newskit_attribution component
    "newskit_timexes": None,   # list of time-expression row dicts, set by the newskit_timex component
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()

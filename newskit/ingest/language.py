"""Language identification for articles (py3langid: offline, deterministic, BSD licensed)."""
from __future__ import annotations

__all__ = ["detect_language"]

_MIN_CHARS = 20


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell.

    Examples
    --------
    >>> detect_language("The minister said that taxes would rise next year.")
    'en'
    >>> detect_language("Der Minister sagte, dass die Steuern im nächsten Jahr steigen würden.")
    'de'
    """
    sample = (text or "").strip()[:3000]
    if len(sample) < _MIN_CHARS:
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return code

"""Language identification for articles: py3langid (offline, deterministic, BSD) checked against English
function words.

News in English often quotes other scripts (Russian names, a Hindi or Persian quotation); a character n-gram
classifier alone then calls an English paragraph Russian or Persian. So a text whose words are at least 8%
English function words counts as English, and another language is only reported when the classifier is
confident (normalised probability >= 0.9); otherwise the language is left unknown (None).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["detect_language", "english_function_word_share"]

_MIN_CHARS = 20
_MIN_PROB = 0.9
_MIN_ENGLISH_SHARE = 0.08
#: Frequent English function words that are not also frequent words of other major European languages
#: (no "a", "in", "on", "die", "de", "en"), from the top of English frequency lists.
_ENGLISH = frozenset(
    """the of and to is was were are that with for from by has have had this which said would
will their they he she it its not been be at as who his her but or an we you our there been after also when
than more about into over could should these those what up out after years year said says""".split()
)
_WORD = re.compile(r"\w+", re.UNICODE)


def english_function_word_share(text: str) -> float:
    """Share of the words in ``text`` that are English function words.

    Examples
    --------
    >>> round(english_function_word_share("The cat was on the mat"), 2)
    0.5
    """
    words = _WORD.findall(text.lower())
    return sum(w in _ENGLISH for w in words) / len(words) if words else 0.0


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short or too unclear to tell.

    Examples
    --------
    >>> detect_language("The minister said that taxes would rise next year.")
    'en'
    >>> detect_language("Der Minister sagte, dass die Steuern im nächsten Jahr steigen würden.")
    'de'
    >>> detect_language("word " * 40) is None
    True
    """
    sample = (text or "").strip()[:3000]
    if len(sample) < _MIN_CHARS:
        return None
    if english_function_word_share(sample) >= _MIN_ENGLISH_SHARE:
        return "en"
    code, prob = _identifier().classify(sample)
    if code == "en":
        return "en"
    return code if prob >= _MIN_PROB else None

"""Direct quotes: the day a quoted speaker spoke, which the quote's "today" and "yesterday" count from.

'Wednesday, Bloomberg endorsed Biden. "Today, I am leaving the race," he said' -- the quote's "today" is the
Wednesday of its attribution, not the publication day. The speech date is the last day date of the quote's
paragraph before the quote opens, outside any quote; without one the publication date stays the reference.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["quote_start", "speech_date", "QUOTE_RELATIVE_FAMILIES"]

#: finder families resolved against the speaker's day inside a direct quote (today, this morning, ago, this week)
QUOTE_RELATIVE_FAMILIES = frozenset({"relday", "pod", "ago", "relunit"})

_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'


def quote_start(text: str, pos: int) -> int | None:
    """Offset of the quotation mark opening the direct quote that holds ``pos`` (within its paragraph), or None.

    Curly quotes open and close; a straight quote toggles.

    Examples
    --------
    >>> quote_start('He said: "Today we go." Then he left.', 12)
    9
    >>> quote_start('He said: "Today we go." Then he left.', 26) is None
    True
    """
    para = text.rfind("\n", 0, pos) + 1
    start = None
    for i in range(para, pos):
        ch = text[i]
        if ch == _OPEN or (ch == _STRAIGHT and start is None):
            start = i
        elif ch == _CLOSE or ch == _STRAIGHT:
            start = None
    return start


def speech_date(text: str, pos: int, day_dates: list[tuple[int, int, dt.date]], pub: dt.date | None) -> dt.date | None:
    """The day the speaker of the direct quote holding ``pos`` spoke: the last day date (``(start, sentence,
    date)`` of ``day_dates``) in the quote's paragraph before the quote opens and outside quotes, when it is
    before publication; None when ``pos`` is not quoted or no such date is given."""
    opened = quote_start(text, pos)
    if opened is None:
        return None
    para = text.rfind("\n", 0, opened) + 1
    before = [d for s, _, d in day_dates if para <= s < opened and quote_start(text, s) is None]
    if not before or (pub is not None and before[-1] >= pub):
        return None
    return before[-1]

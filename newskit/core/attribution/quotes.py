"""Direct-quote finder: pairs quotation marks at character level, linear in the length of the text.

Straight (``"``) and curly (``“ ”``, ``„``, ``« »``) double quotation marks are paired within a paragraph, and
so is the doubled apostrophe (``''``) that news archives (LexisNexis, the New York Times' feed) print for them.
A quote left open at the end of a paragraph continues into the next paragraph when that paragraph opens
with a quotation mark (the news convention for multi-paragraph quotes); otherwise it is closed at the end
of its paragraph, so an unclosed mark never swallows the rest of the article.

Examples
--------
>>> [(q.start, q.end) for q in find_quotes('He said: "Yes." Then "no')]
[(10, 14), (22, 24)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import NEWSROOM_LABELS, TITLE_ABBREVIATIONS  # the word lists; NEWSROOM_LABELS re-exported

__all__ = [
    "NEWSROOM_LABELS",
    "Quote",
    "Label",
    "DashQuote",
    "find_quotes",
    "paragraph_starts",
    "speaker_labels",
    "dash_quotes",
    "dash_attribution",
    "sentence_ends",
    "TITLE_ABBREVIATIONS",
]

OPENERS = {"“": "”", "„": "”", "«": "»", '"': '"'}
#: Two apostrophes standing for a double quotation mark (archive and wire-feed texts).
TWO_APOSTROPHES = "''"
CLOSERS = {"”", "»", '"'}
#: Every character :func:`find_quotes` acts on: the marks above and the apostrophe of TWO_APOSTROPHES.
_MARKS = re.compile("[" + re.escape("".join(sorted({*OPENERS, *CLOSERS, TWO_APOSTROPHES[0]}))) + "]")
_PARA = re.compile(r"\n[ \t\u00a0]*\n")
#: A line opening with a capitalised label and a colon: a transcript turn ("TAPPER: Do you think ..."), a
#: headline or caption ("Poll: Sanders leads"), a newsroom label ("Editor's Note: ..."). Up to six words, each
#: capitalised or a short function word ("Secretary of State Kerry:").
_LABEL = re.compile(
    r"(?m)^[ \t\u00a0]*(?P<label>[A-Z][\w.'’&-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'’&-]*|of|the|on|and|de|van|von)){0,5}"
    r"(?:[ \t\u00a0]+\([^()\n]{1,30}\))?)[ \t\u00a0]*:[ \t\u00a0]+(?=\S)"
)

_SENT_END = re.compile(r"[.!?][\"”’)']*\s")


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets just after the sentence-final punctuation (and closing marks and space) in ``text[start:end]``; the
    full stop of a title abbreviation ("Mr.", "Gov.") or of an initial ("Joseph R. Biden") ends no sentence.

    Examples
    --------
    >>> t = "Yes, Mr. Biden said. Then Joseph R. Smith left. Done"
    >>> [t[:i] for i in sentence_ends(t, 0, len(t))]
    ['Yes, Mr. Biden said. ', 'Yes, Mr. Biden said. Then Joseph R. Smith left. ']
    """
    out = []
    for m in _SENT_END.finditer(text, start, end):
        if text[m.start()] == ".":
            word = re.search(r"[\w]+$", text[max(start, m.start() - 12) : m.start()])
            if word is not None and (
                word.group().lower() in TITLE_ABBREVIATIONS or (len(word.group()) == 1 and word.group().isupper())
            ):
                continue
        out.append(m.end())
    return out


@dataclass
class Quote:
    """A quoted stretch of text; ``start``/``end`` exclude the marks, ``open``/``close`` include them."""

    start: int
    end: int
    open: int
    close: int
    closed: bool = True
    used: bool = False
    index: int = -1

    def n_words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


@dataclass
class Label:
    """A speaker label opening a line: ``label`` is the text before the colon, ``content`` runs to the end of the
    paragraph or to the next line with a label of its own (the next turn of a transcript)."""

    start: int
    end: int
    colon: int
    content_start: int
    content_end: int


def speaker_labels(text: str) -> list[Label]:
    """The capitalised labels with a colon that open a line of ``text``, with the text they introduce.

    Which labels name a speaker is for the caller to decide (the parse knows names from newsroom labels).

    Examples
    --------
    >>> t = "TAPPER: Do you think so?\\nFALLIN: I think he is trying.\\n\\nThe interview ended."
    >>> [(t[x.start : x.end], t[x.content_start : x.content_end]) for x in speaker_labels(t)]
    [('TAPPER', 'Do you think so?'), ('FALLIN', 'I think he is trying.')]
    """
    found = list(_LABEL.finditer(text))
    para_ends = [m.start() for m in _PARA.finditer(text)] + [len(text)]
    out = []
    for k, m in enumerate(found):
        end = next(e for e in para_ends if e >= m.end())
        if k + 1 < len(found):
            end = min(end, found[k + 1].start())
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        colon = text.index(":", m.end("label"))
        out.append(Label(m.start("label"), m.end("label"), colon, m.end(), end))
    return out


#: A paragraph opened by a quotation dash (the dialogue and interview-answer convention of many outlets and of
#: translated speech: "― We will win, I promise."); a hyphen is a list bullet, not a dash.
_DASH_OPEN = re.compile(r"[ \t\u00a0]*(?P<dash>[―—–])[ \t\u00a0]*(?=[^\W\d_\s\"“‘'(])")
#: Speech, not a list item or a subheading: a first- or second-person word outside quotation marks.
_SPEECH_WORD = re.compile(r"\b(?:I|I['’](?:m|ve|ll|d)|me|my|we|We|us|our|Our|you|You|your|Your)\b")
#: A paragraph that only names who said the quote before it: "- Bernie Sanders." / "— President Obama, tweeting".
_ATTRIBUTION_LINE = re.compile(r"[ \t\u00a0]*[-―—–][ \t\u00a0]*(?P<name>[A-Z][^\n]{1,100}?)[ \t.]*$")


@dataclass
class DashQuote:
    """A paragraph of quoted speech opened by a dash: ``open`` is the dash, ``[start, end)`` the speech."""

    start: int
    end: int
    open: int


def dash_quotes(text: str, quotes: list[Quote]) -> list[DashQuote]:
    """The paragraphs of ``text`` that open with a quotation dash and are speech (a first- or second-person word
    outside the ``quotes`` in them); list items ("— Carol Lee of the Journal, winner ...") and subheadings
    ("– Old hands –") are not.

    Examples
    --------
    >>> t = "He took questions.\\n\\n― We will win, and I promise it.\\n\\n— Carol Lee of the Journal, winner."
    >>> [t[d.start : d.end] for d in dash_quotes(t, [])]
    ['We will win, and I promise it.']
    """
    starts = paragraph_starts(text)
    bounds = starts + [len(text)]
    out = []
    for i, ps in enumerate(starts):
        m = _DASH_OPEN.match(text, ps)
        if m is None:
            continue
        end = bounds[i + 1]
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        body = text[m.end() : end]
        if body.rstrip(" .").endswith(("―", "—", "–")) or len(body.split()) < 4:
            continue  # a subheading between dashes, or a fragment
        inner = [(q.open - m.end(), q.close - m.end()) for q in quotes if m.end() <= q.open < end]
        for a, b in reversed(inner):
            body = body[:a] + " " * (b - a) + body[b:]
        words = re.findall(r"[^\W\d_][\w'’-]*", body)
        if _SPEECH_WORD.search(body) and sum(w[0].isupper() for w in words) <= 0.6 * len(words):  # not link titles
            out.append(DashQuote(m.end(), end, m.start("dash")))
    return out


def dash_attribution(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name span of a paragraph ``[start, end)`` that only says who said the quote before it
    ("- Bernie Sanders.", "— President Obama, tweeting after the speech"), or None.

    Examples
    --------
    >>> t = '"We will win."\\n\\n- Bernie Sanders.'
    >>> s, e = dash_attribution(t, 16, len(t))
    >>> t[s:e]
    'Bernie Sanders'
    """
    m = _ATTRIBUTION_LINE.match(text[start:end].rstrip())
    if m is None or len(m.group("name").split()) > 12 or "\n" in m.group("name"):
        return None
    return start + m.start("name"), start + m.end("name")


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs (blocks separated by blank lines).

    Examples
    --------
    >>> paragraph_starts("a\\n\\nb")
    [0, 3]
    """
    return [0] + [m.end() for m in _PARA.finditer(text)]


def _is_open_position(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace():
        return False
    return prev.isspace() or prev in "([{—–-:;,/\u00a0" or i == 0


def _unclosed(text: str, open_at: int, end: int, pair: bool = False) -> Quote:
    """A quote opened at ``open_at`` (the last character of its opening mark; ``pair``: a mark of two
    apostrophes) and never closed before ``end`` (a paragraph's or the text's end), without the trailing
    spaces."""
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    return Quote(open_at + 1, end, open_at - 1 if pair else open_at, end, closed=False)


def _continuation(text: str, para_start: int) -> int:
    """The offset of the opening mark that starts the paragraph at ``para_start`` (a quote running on into
    the next paragraph reopens there), or -1."""
    j = para_start
    while j < len(text) and text[j] in " \t":
        j += 1
    if text.startswith(TWO_APOSTROPHES, j):
        return j
    return j if j < len(text) and text[j] in OPENERS else -1


def find_quotes(text: str) -> list[Quote]:
    """Return the quotes of ``text`` in order.

    Parameters
    ----------
    text : str
        The article text.

    Returns
    -------
    list of Quote
        Non-overlapping quotes; multi-paragraph quotes are one ``Quote``.

    Examples
    --------
    >>> t = '“A,” he said, “B.”'
    >>> [t[q.start:q.end] for q in find_quotes(t)]
    ['A,', 'B.']
    """
    quotes: list[Quote] = []
    n = len(text)
    para_bounds = paragraph_starts(text) + [n + 1]
    pi = 0
    open_at: int | None = None
    closer: str | None = None
    skip_at = -1
    last_pair = -2

    def enter_paragraphs(i: int) -> None:
        nonlocal pi, open_at, skip_at
        while pi + 1 < len(para_bounds) and i >= para_bounds[pi + 1]:
            # entering a new paragraph with a quote still open
            if open_at is not None:
                j = _continuation(text, para_bounds[pi + 1])
                if j >= 0:
                    skip_at = j  # continuation: keep open_at, skip the new opener
                else:
                    quotes.append(_unclosed(text, open_at, para_bounds[pi + 1], closer == TWO_APOSTROPHES))
                    open_at = None
            pi += 1

    # only quotation marks change the state: visit those (and the paragraph starts before each), not every character
    for mark in _MARKS.finditer(text):
        i = mark.start()
        enter_paragraphs(i)
        ch = text[i]
        if i - 1 == last_pair:
            continue  # the second apostrophe of a pair
        pair = text.startswith(TWO_APOSTROPHES, i)
        if pair:
            last_pair = i
        if i == skip_at:
            continue  # the opener of a continuation
        if open_at is None:
            if pair and _is_open_position(text, i) and not text[i + 2 : i + 3].isspace():
                open_at, closer = i + 1, TWO_APOSTROPHES
            elif ch in OPENERS and (ch != '"' or _is_open_position(text, i)):
                open_at, closer = i, OPENERS[ch]
        elif closer == TWO_APOSTROPHES:
            if pair or ch in '”"':  # the quote opens at the first of its two apostrophes
                quotes.append(Quote(open_at + 1, i, open_at - 1, i + (2 if pair else 1)))
                open_at = None
        elif ch in CLOSERS and (ch == closer or ch in '”"'):
            quotes.append(Quote(open_at + 1, i, open_at, i + 1))
            open_at = None
    if n:
        enter_paragraphs(n - 1)
    if open_at is not None:
        quotes.append(_unclosed(text, open_at, n, closer == TWO_APOSTROPHES))
    return [q for q in quotes if q.end > q.start]

"""Cleaning of scraped article text: whitespace, datelines, repeated headlines and captions, credits, bylines.

Scraped news rarely arrives as clean prose. The seed article shows the usual debris: a section label glued to
the headline (``NewsU.S. seeks ...``), the headline and an image caption repeated, an image-credit line, a
byline standing between paragraphs. :func:`clean_article_text` removes these line-level artefacts, keeps the
body's sentences and paragraphs (blank lines), and reports what it found (author, dateline date, title).
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field

from .lexicon import BYLINE_WORDS, CAPITALISES_NOUNS, NAME_PARTICLES, NOT_NAME_WORDS

__all__ = ["normalize_text", "clean_article_text", "CleanedText", "parse_dateline", "REMOVAL_KINDS"]

# Characters that are spaces to a reader but not to a parser (NBSP, thin/em spaces, tabs ...).
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters that only break tokens: BOM, zero-width space, soft hyphen, word joiner.
_INVISIBLE = re.compile(r"[\ufeff\u200b\u00ad\u2060\u180e]")
# C0/C1 control characters other than newline (binary debris).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CURLY = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
    }
)

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun"
# A line that is only a date: "Wednesday, January 16, 2019", "16 January 2019", "2019-01-16".
_DATELINE = re.compile(
    rf"^\s*(?:(?:{_WEEKDAYS})\.?,?\s+)?(?:"
    rf"(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))\s*$",
    re.IGNORECASE,
)
# Image credits and captions' credit lines: "Images source: © EPA, PAP | ...", "Photo: Reuters".
_CREDIT = re.compile(
    r"^\s*(?:(?:images?|photos?|pictures?|photograph|graphic|video|foto|illustration)s?\s*(?:source|credit|by)?s?"
    r"\s*:|(?:source|credit)s?\s*:\s*(?:©|\(c\))|©|\(c\)\s)|"
    r"(?:©|\bGetty Images\b|\bShutterstock\b|/\s*(?:AFP|AP|Reuters|EPA|POOL)\b)",
    re.IGNORECASE,
)
# A wire-service dateline on its own line: "NAIROBI, Kenya (AP) _", "JOHANNESBURG, August 7 (Xinhua) --",
# "WASHINGTON (Reuters) -" (the AP/Reuters/Xinhua convention: place in capitals, agency in brackets, a dash).
# It opens the story's first paragraph, so it stays in the text (its date is the story's); it is never a headline.
_AGENCY_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][\w.'’ -]*)*\s*\([A-Z][\w&.'’ -]{0,30}\)\s*(?:--|[-_—–:])?\s*$"
)
_BYLINE = re.compile(rf"^\s*(?P<by>(?:{'|'.join(BYLINE_WORDS)})\s*:?\s+)?(?P<name>\S.*?)\s*$", re.IGNORECASE)
# a word of 2+ letters ("Roe", "O'Brien", "Jean-Luc") or an initial ("J.")
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]+|['’][^\W\d_]+)(?:[-'’][^\W\d_]+)*|[^\W\d_]\.")
_NAME_SEP = re.compile(r"\s*,\s*|\s+(?:and|und|et|y|e|&)\s+")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
#: What cleaning removes, in the order the rules run (the keys of ``CleanedText.removed_chars``).
REMOVAL_KINDS = ("dateline", "headline", "credit", "caption", "repeated_lines", "byline")
_HEAD_BLOCK = {"dateline", "headline", "credit", "caption"}
_HEAD_LINES = 8  # a byline is looked for among the first 8 lines of the page
_CAPTION_CHARS = 300  # a caption is a short line
_CREDIT_CHARS = 200


@dataclass
class CleanedText:
    """The cleaned body and what cleaning learnt on the way."""

    text: str
    title: str | None = None
    author: str | None = None
    dateline: str | None = None  # ISO date found in a leading dateline, if any
    removed: list[str] = field(default_factory=list)
    #: characters removed per kind of :data:`REMOVAL_KINDS` (only the kinds that removed something)
    removed_chars: dict[str, int] = field(default_factory=dict)
    n_input: int = 0  # characters in the lines of the normalised input (line breaks not counted)


def normalize_text(text: str, *, normalize_quotes: bool = False) -> str:
    """Normalise whitespace and invisible characters, keeping paragraph boundaries (blank lines).

    Non-breaking and other odd spaces become plain spaces, runs of spaces collapse, Windows and old Mac line
    ends become ``\\n``, three or more line breaks become one blank line, control characters go. With
    ``normalize_quotes`` curly quotes become straight ones (off by default, so quoted text matches the source).

    Examples
    --------
    >>> normalize_text("a\\u00a0 b\\r\\n\\r\\n\\r\\nc  ")
    'a b\\n\\nc'
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _ODD_SPACES.sub(" ", text)
    if normalize_quotes:
        text = text.translate(_CURLY)
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def parse_dateline(line: str) -> str | None:
    """ISO date of a line that is only a date, else None.

    Examples
    --------
    >>> parse_dateline("Wednesday, January 16, 2019")
    '2019-01-16'
    >>> parse_dateline("The meeting was on January 16, 2019.") is None
    True
    """
    m = _DATELINE.match(line)
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso")
    month, day, year = (
        (m.group("m1"), m.group("d1"), m.group("y1"))
        if m.group("m1")
        else (m.group("m2"), m.group("d2"), m.group("y2"))
    )
    month = month.lower()[:3]
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    try:
        return _dt.date(int(year), months.index(month) + 1, int(day)).isoformat()
    except ValueError:
        return None


def _key(line: str) -> str:
    return re.sub(r"\W+", " ", line.lower()).strip()


def _looks_like_headline(line: str) -> bool:
    return 0 < len(line.split()) <= 25 and not _SENTENCE_END.search(line) and not _AGENCY_DATELINE.match(line)


def _name_shape(name: str) -> bool:
    """Does ``name`` look like one person's name: 2-4 capitalised words (initials and particles allowed)?"""
    words = name.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in NAME_PARTICLES or words[-1].lower() in NAME_PARTICLES:
        return False
    for w in words:
        if w.lower() in NAME_PARTICLES:
            continue
        if w.lower().strip(".") in NOT_NAME_WORDS or not _NAME_WORD.fullmatch(w) or not w[0].isupper():
            return False
        if len(w) > 2 and not any(c.islower() for c in w):
            return False  # "NEWS", "UPDATE": a label in capitals
    return True


def _byline_name(line: str, author: str | None, bare_ok: bool) -> str | None:
    """The author a line names when it is a byline: metadata agreeing, "By ..." + names, or a bare name."""
    if author and _key(line) in {_key(author)} | {_key(f"{w} {author}") for w in BYLINE_WORDS}:
        return author
    m = _BYLINE.match(line)
    if not m or len(line) > 120:
        return None
    name = m.group("name").strip()
    if m.group("by"):
        parts = [p for p in _NAME_SEP.split(name) if p]
        return name if parts and all(_name_shape(p) for p in parts) else None
    return name if bare_ok and _name_shape(name) else None


class _Lines:
    """The lines of a text, its non-blank lines in order, and which lines cleaning removes and why."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.content = [i for i, ln in enumerate(self.lines) if ln.strip()]
        self.drop: dict[int, str] = {}

    def key(self, i: int) -> str:
        return _key(self.lines[i])

    def remove(self, i: int, kind: str) -> None:
        self.drop.setdefault(i, kind)

    def kept(self) -> list[int]:
        return [i for i in self.content if i not in self.drop]

    def neighbours(self, i: int) -> list[int]:
        pos = self.content.index(i)
        return [self.content[j] for j in (pos - 1, pos + 1) if 0 <= j < len(self.content)]


def clean_article_text(
    raw: str,
    *,
    title: str | None = None,
    author: str | None = None,
    normalize_quotes: bool = False,
    remove_boilerplate: bool = True,
    language: str | None = None,
) -> CleanedText:
    """Clean a scraped article body.

    Parameters
    ----------
    raw : the text as scraped
    title, author : known metadata; the headline and byline lines matching them are removed
    normalize_quotes : turn curly quotes into straight ones
    remove_boilerplate : set False to only normalise whitespace
    language : ISO code of the text, if known; in languages that capitalise nouns (German) a bare
        two-word capitalised line is not taken for a byline

    Returns
    -------
    CleanedText
        ``text`` plus the ``title`` (given, or the detected headline), ``author`` (given, or a byline found
        next to the headline/date/caption block), ``dateline`` (ISO date of a leading date-only line), the
        ``removed`` lines and ``removed_chars`` (characters removed per kind of :data:`REMOVAL_KINDS`).

    Notes
    -----
    A repeated line keeps its first copy; only a repeated headline (kept in ``title``) and a repeated caption
    (a short line repeated next to an image credit, or twice in a row and no sentence) lose every copy.

    Examples
    --------
    >>> raw = ("NewsBig storm hits coast\\n\\nBig storm hits coast\\nBy Jane Roe\\n\\n"
    ...        "A storm hit the coast.\\n\\nIt rained.")
    >>> c = clean_article_text(raw, title="Big storm hits coast")
    >>> c.text, c.author, c.removed_chars
    ('A storm hit the coast.\\n\\nIt rained.', 'Jane Roe', {'headline': 44, 'byline': 11})
    """
    text = normalize_text(raw, normalize_quotes=normalize_quotes)
    out = CleanedText(text=text, title=title, author=author, n_input=len(text) - text.count("\n"))
    if not remove_boilerplate or not text:
        return out
    page = _Lines(text)
    _drop_dateline(page, out)
    _drop_headline(page, out)
    for i in page.content:
        if len(page.lines[i]) < _CREDIT_CHARS and _CREDIT.search(page.lines[i]):
            page.remove(i, "credit")
    _drop_repeats(page)
    _drop_byline(page, out, bare_ok=language not in CAPITALISES_NOUNS)

    out.removed = [page.lines[i] for i in sorted(page.drop)]
    for kind in REMOVAL_KINDS:
        n = sum(len(page.lines[i]) for i, k in page.drop.items() if k == kind)
        if n:
            out.removed_chars[kind] = n
    body = "\n".join(ln for i, ln in enumerate(page.lines) if i not in page.drop)
    out.text = normalize_text(_separate_headings(body))
    return out


def _drop_dateline(page: _Lines, out: CleanedText) -> None:
    """A leading date-only line (Wikinews datelines), possibly after the headline."""
    for i in page.content[:3]:
        if iso := parse_dateline(page.lines[i]):
            out.dateline = iso
            page.remove(i, "dateline")
            return


def _drop_headline(page: _Lines, out: CleanedText) -> None:
    """The headline near the top: the given title, or a short unpunctuated first line, also glued to a label."""
    content = [i for i in page.content if i not in page.drop]
    head = out.title
    if not head and len(content) > 2 and _looks_like_headline(page.lines[content[0]]):
        head = page.lines[content[0]].strip()
        nxt = page.lines[content[1]].strip()
        if _key(nxt) and _key(head).endswith(_key(nxt)) and _looks_like_headline(nxt):
            head = nxt  # "NewsU.S. seeks ..." then "U.S. seeks ...": the label was glued to the headline
        out.title = head
    hk = _key(head or "")
    if not hk:
        return
    for i in content[:_HEAD_LINES]:
        if page.key(i) == hk or _glued(page.lines[i].strip(), head.strip()):
            page.remove(i, "headline")


def _glued(line: str, head: str) -> bool:
    """Is ``line`` the headline with a short label glued to its front ("NewsU.S. seeks ...")?"""
    prefix = line[: len(line) - len(head)]
    return line.endswith(head) and 0 < len(prefix) <= 25 and prefix[-1].isalnum() and _looks_like_headline(line)


def _drop_repeats(page: _Lines) -> None:
    """Later copies of a repeated line; every copy of a repeated headline or caption."""
    copies: dict[str, list[int]] = {}
    for i in page.content:
        if page.key(i):
            copies.setdefault(page.key(i), []).append(i)
    for idx in copies.values():
        if len(idx) < 2:
            continue
        kinds = {page.drop.get(i) for i in idx}
        if "headline" in kinds:
            kind, keep = "headline", None
        elif _is_caption(page, idx):
            kind, keep = "caption", None
        else:
            kind, keep = "repeated_lines", idx[0]
        for i in idx:
            if i != keep:
                page.remove(i, kind)


def _is_caption(page: _Lines, idx: list[int]) -> bool:
    """Is a repeated short line an image caption: a copy next to an image credit, or two copies in a row
    that are no sentence ("501st Legion display" twice: the image's alt text, then its caption)?"""
    line = page.lines[idx[0]]
    if len(line) > _CAPTION_CHARS:
        return False
    if any(page.drop.get(j) == "credit" for i in idx for j in page.neighbours(i)):
        return True
    in_a_row = any(page.content.index(b) == page.content.index(a) + 1 for a, b in zip(idx, idx[1:]))
    return in_a_row and len(idx) == 2 and len(line.split()) <= 12 and not _SENTENCE_END.search(line)


def _drop_byline(page: _Lines, out: CleanedText, *, bare_ok: bool) -> None:
    """One byline among the first lines: it agrees with the metadata, says "By ...", or is a bare name standing
    next to the headline/date/caption/credit block; never a line inside the body."""
    for i in page.kept():
        if page.content.index(i) >= _HEAD_LINES:
            return
        pos = page.content.index(i)
        near_head = pos == 0 or any(page.drop.get(j) in _HEAD_BLOCK for j in page.neighbours(i))
        if not near_head and not (out.author and _byline_name(page.lines[i], out.author, False) == out.author):
            continue
        name = _byline_name(page.lines[i], out.author, bare_ok)
        if name:
            page.remove(i, "byline")
            out.author = out.author or name
            return


def _separate_headings(text: str) -> str:
    """Give a short unpunctuated line (a subheading) its own paragraph so it is not read into a sentence."""
    lines = text.split("\n")
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ln.strip() and nxt.strip() and len(ln.split()) <= 10 and not _SENTENCE_END.search(ln):
            out.append("")
    return "\n".join(out)

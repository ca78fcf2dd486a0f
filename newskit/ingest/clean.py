"""Cleaning of scraped article text: whitespace, datelines, repeated headlines and captions, credits, bylines.

Scraped news rarely arrives as clean prose. The seed article shows the usual debris: a section label glued to
the headline (``NewsU.S. seeks ...``), the headline and an image caption repeated, an image-credit line, a
byline standing between paragraphs. :func:`clean_article_text` removes these line-level artefacts, keeps the
body's sentences and paragraphs (blank lines), and reports what it found (author, dateline date, title).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["normalize_text", "clean_article_text", "CleanedText", "parse_dateline"]

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
_BYLINE = re.compile(
    r"^\s*(?:by\s+)?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|van|von|de|da|di|del|der|bin|al-\w+)){1,3})\s*$"
)
_NOT_NAME_WORDS = {
    "and",
    "of",
    "the",
    "in",
    "for",
    "on",
    "to",
    "with",
    "news",
    "update",
    "live",
    "analysis",
    "opinion",
    "comment",
    "world",
    "politics",
    "business",
    "sport",
    "sports",
    "video",
    "advertisement",
    "related",
    "sources",
    "references",
    "share",
    "more",
    "read",
    "see",
    "also",
    "external",
    "links",
    "background",
    "reaction",
    "reactions",
    "investigation",
    "aftermath",
}
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")


@dataclass
class CleanedText:
    """The cleaned body and what cleaning learnt on the way."""

    text: str
    title: str | None = None
    author: str | None = None
    dateline: str | None = None  # ISO date found in a leading dateline, if any
    removed: list[str] = field(default_factory=list)


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
    import datetime as _dt

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
    return 0 < len(line.split()) <= 25 and not _SENTENCE_END.search(line)


def _is_name_line(line: str, author: str | None) -> str | None:
    if author and _key(line) in (_key(author), _key("by " + author)):
        return author
    m = _BYLINE.match(line)
    if not m:
        return None
    words = m.group("name").split()
    if any(w.lower().strip(".") in _NOT_NAME_WORDS for w in words) or any(w.isupper() and len(w) > 3 for w in words):
        return None
    return m.group("name")


def clean_article_text(
    raw: str,
    *,
    title: str | None = None,
    author: str | None = None,
    normalize_quotes: bool = False,
    remove_boilerplate: bool = True,
) -> CleanedText:
    """Clean a scraped article body.

    Parameters
    ----------
    raw : the text as scraped
    title, author : known metadata; the headline and byline lines matching them are removed
    normalize_quotes : turn curly quotes into straight ones
    remove_boilerplate : set False to only normalise whitespace

    Returns
    -------
    CleanedText
        ``text`` plus the ``title`` (given, or the detected headline), ``author`` (given, or a detected byline
        line), ``dateline`` (ISO date of a leading date-only line) and the ``removed`` lines.

    Examples
    --------
    >>> raw = "NewsBig storm hits coast\\n\\nBig storm hits coast\\n\\nA storm hit the coast.\\nJane Roe\\n\\nIt rained."
    >>> c = clean_article_text(raw, title="Big storm hits coast")
    >>> c.text, c.author
    ('A storm hit the coast.\\n\\nIt rained.', 'Jane Roe')
    """
    text = normalize_text(raw, normalize_quotes=normalize_quotes)
    out = CleanedText(text=text, title=title, author=author)
    if not remove_boilerplate or not text:
        return out
    lines = text.split("\n")
    content_idx = [i for i, ln in enumerate(lines) if ln.strip()]
    drop: set[int] = set()

    # 1. a leading date-only line (Wikinews datelines), possibly after the headline
    for i in content_idx[:3]:
        if iso := parse_dateline(lines[i]):
            out.dateline = iso
            drop.add(i)
            content_idx = [j for j in content_idx if j != i]
            break

    # 2. the headline (before or after the dateline): given title, or a short unpunctuated first line; also when glued to a section label
    head = title
    if not head and len(content_idx) > 2 and _looks_like_headline(lines[content_idx[0]]):
        head = lines[content_idx[0]].strip()
        nxt = lines[content_idx[1]].strip()
        if _key(nxt) and _key(head).endswith(_key(nxt)) and _looks_like_headline(nxt):
            head = nxt  # "NewsU.S. seeks ..." then "U.S. seeks ...": the label was glued to the headline
        out.title = head
    if head and _key(head):
        hk = _key(head)
        for i in content_idx[:8]:
            k = _key(lines[i])
            if k == hk or (k.endswith(hk) and len(k) - len(hk) <= 25 and _looks_like_headline(lines[i])):
                drop.add(i)

    # 3. lines repeated verbatim (captions, repeated headlines, share widgets): short ones go entirely
    counts: dict[str, int] = {}
    for i in content_idx:
        counts[_key(lines[i])] = counts.get(_key(lines[i]), 0) + 1
    seen: set[str] = set()
    firsts: set[int] = set()
    for i in content_idx:
        k = _key(lines[i])
        if counts[k] > 1 and k:
            if len(lines[i]) < 400 or k in seen:
                drop.add(i)
            if k not in seen:
                firsts.add(i)
            seen.add(k)
    if all(i in drop for i in content_idx):
        drop -= firsts  # nothing but repeats: they are the text, keep one copy of each

    # 4. image credits
    for i in content_idx:
        if len(lines[i]) < 200 and _CREDIT.search(lines[i]):
            drop.add(i)

    # 5. a byline standing alone near the top
    kept = [i for i in content_idx if i not in drop]
    for i in kept[:8]:
        name = _is_name_line(lines[i], author)
        if name:
            drop.add(i)
            out.author = out.author or name
            break

    out.removed = [lines[i] for i in sorted(drop) if lines[i].strip()]
    body = "\n".join(ln for i, ln in enumerate(lines) if i not in drop)
    out.text = normalize_text(_separate_headings(body))
    return out


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

"""``read_articles``: any supported input -> one DataFrame of articles with a stable schema."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..frames import schema
from .clean import CleanedText, clean_article_text, normalize_text
from .columns import match_columns
from .formats import read_source
from .language import detect_language

__all__ = ["read_articles"]

#: ``warnings`` says ``removed_share`` when cleaning removed more than this share of the extracted text.
REMOVED_SHARE_WARNING = 0.25
#: ``warnings`` says ``short_text`` below this many characters (a few lines: often navigation, not a story).
SHORT_TEXT_CHARS = 300
#: From this many characters on, a text whose language cannot be told is flagged and not taken for English.
MIN_LANGUAGE_CHARS = 200
#: ``language`` of a text too unclear to tell (ISO 639-2 "undetermined"): not analysed as English.
UNDETERMINED = "und"

_TS_MIN = pd.Timestamp("1678-01-01", tz="UTC")
_TS_MAX = pd.Timestamp("2261-12-31", tz="UTC")

_FILENAME_DATE = __import__("re").compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def read_articles(
    source: Any,
    *,
    text: str | None = None,
    title: str | None = None,
    published: str | None = None,
    article_id: str | None = None,
    author: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    language: str | None = None,
    encoding: str | None = None,
    clean: bool = True,
    normalize_quotes: bool = False,
    detect_lang: bool = True,
) -> pd.DataFrame:
    """Read articles into a DataFrame with one row per input article.

    Parameters
    ----------
    source : DataFrame, list of dicts, dict, path, folder or glob
        Files may be ``.txt`` (with an optional sidecar ``.json`` of metadata), ``.html``, ``.json``,
        ``.jsonl``, ``.csv``, ``.tsv`` or ``.parquet``. A list of paths is read in order. In a folder every
        file except hidden ones gives a row: one that is not an article (another file type, or the folder's
        README, LICENSE, NOTICE or CHANGELOG) gets an error row saying why.
    text, title, published, article_id, author, outlet, url, language : str, optional
        Name the input column that holds each field when the built-in aliases (case-insensitive:
        body/content/text, date/published/publication_date, headline/title, ...) do not find it.
    encoding : str, optional
        Force a text encoding for files (default: BOM, then UTF-8, then detection).
    clean : bool
        Remove scraped boilerplate (headline, later copies of repeated lines, captions, credits, byline,
        dateline). ``False`` keeps the extracted text as it is (only whitespace is normalised).
    normalize_quotes : bool
        Replace curly quotation marks by straight ones in ``text``.
    detect_lang : bool
        Detect ``language`` when the input does not give it.

    Returns
    -------
    pandas.DataFrame
        Columns of :data:`newskit.frames.schema.ARTICLES`: ``article_id`` (unique string), ``title``, ``author``,
        ``outlet``, ``url``, ``published`` (UTC, NaT when unknown), ``published_from`` (metadata, html,
        dateline, filename or missing), ``language``, ``text`` (cleaned body; all offsets refer to it),
        ``n_chars``, ``error`` (null when the article was read, else why not) and ``warnings``. Every input
        row or file gives exactly one output row.

        ``warnings`` is a string of ``kind:value`` entries joined by ``"; "`` (null when there is nothing
        to say), so it survives Parquet, DuckDB and CSV as it is: what cleaning removed, in characters
        (``dateline``, ``headline``, ``credit``, ``caption``, ``repeated_lines``, ``byline``),
        ``removed_share:N%`` when that is more than a quarter of the extracted text, ``short_text:N`` for a
        text under 300 characters, ``language_undetected`` (``language`` is then ``und``, which
        :func:`newskit.analyze` does not take for English) and ``date_mismatch:html=...,dateline=...`` when
        the date from the metadata or page disagrees with the dateline in the text by more than a day;
        ``recall_extraction`` when an HTML page's body came from trafilatura's ``favor_recall`` pass because
        the default pass found only a tagline or teaser (under 300 characters).

    Raises
    ------
    InputError
        When the input as a whole is unusable: an unknown type, a path that does not exist, or a table with
        no text column.

    Examples
    --------
    >>> arts = read_articles([{"headline": "Rain", "body": "It rained.", "date": "2024-05-01"}])
    >>> arts[["title", "text", "published_from", "warnings"]].iloc[0].tolist()
    ['Rain', 'It rained.', 'metadata', 'short_text:10']
    """
    explicit = {"text": text, "title": title, "published": published, "article_id": article_id}
    explicit.update({"author": author, "outlet": outlet, "url": url, "language": language})
    records, table_input = _records(source, encoding)
    if table_input:
        _check_text_column(records, explicit)
    rows = [
        _article_row(r, explicit, clean=clean, normalize_quotes=normalize_quotes, detect_lang=detect_lang)
        for r in records
    ]
    _make_ids_unique(rows)
    return schema.frame(rows, schema.ARTICLES, extra=False)


# ----------------------------------------------------------------------------- inputs -> raw records


def _check_text_column(records: list[dict], explicit: Mapping[str, str | None]) -> None:
    """Raise :class:`InputError` when table rows have no column that holds the text."""
    cols = list(dict.fromkeys(k for r in records for k in r if not str(k).startswith("_")))
    if records and "text" not in match_columns(cols, explicit):
        raise InputError(
            f"no text column found (columns: {cols}); name it with read_articles(..., text='column')"
            " or use one of: text, body, content, article, full_text"
        )


def _records(source: Any, encoding: str | None) -> tuple[list[dict], bool]:
    if isinstance(source, pd.DataFrame):
        return [dict(r, _row=i) for i, r in enumerate(source.to_dict("records"))], True
    if isinstance(source, Mapping):
        return [dict(source, _row=0)], True
    if isinstance(source, (str, os.PathLike)):
        return list(read_source(source, encoding=encoding)), False
    if isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray)):
        items = list(source)
        if all(isinstance(x, (str, os.PathLike)) for x in items) and items:
            return [rec for x in items for rec in read_source(x, encoding=encoding)], False
        recs = []
        for i, x in enumerate(items):
            recs.append(
                dict(x, _row=i)
                if isinstance(x, Mapping)
                else {"_row": i, "_error": f"item {i} is a {type(x).__name__}, not a dict of article fields"}
            )
        return recs, True
    raise InputError(
        f"cannot read articles from a {type(source).__name__}; give a DataFrame, a list of dicts, "
        "or a path, folder or glob of .txt/.html/.json/.jsonl/.csv/.parquet files"
    )


# ----------------------------------------------------------------------------- one record -> one row


def _missing(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and v != v:
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, tuple, dict, str)) else False
    except (TypeError, ValueError):
        return False


def _str(v: Any) -> str | None:
    if _missing(v):
        return None
    if isinstance(v, (list, tuple)):
        v = ", ".join(str(x) for x in v if not _missing(x))
    s = str(v).strip()
    return s or None


def _timestamp(v: Any) -> pd.Timestamp | None:
    if _missing(v) or (isinstance(v, str) and not v.strip()):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                ts = pd.Timestamp(v, unit="s" if v < 1e11 else "ms", tz="UTC")
            else:
                ts = pd.Timestamp(v)
                ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    except (ValueError, TypeError, OverflowError, pd.errors.OutOfBoundsDatetime):
        return None
    if pd.isna(ts) or not (_TS_MIN <= ts <= _TS_MAX):
        return None  # outside what datetime64[ns] holds (years 1677-2262): unknown rather than wrong
    return ts.as_unit("ns")


def _article_row(rec: dict, explicit: dict, *, clean: bool, normalize_quotes: bool, detect_lang: bool) -> dict:
    cols = match_columns([k for k in rec if not str(k).startswith("_")], explicit)
    get = {field: rec.get(col) for field, col in cols.items()}
    error = _record_error(rec, cols, get.get("text"))
    text_in = "" if error or _missing(get.get("text")) else str(get.get("text"))
    lang = _str(get.get("language"))
    if lang is None and detect_lang and text_in.strip():
        lang = detect_language(normalize_text(text_in))
    cleaned = clean_article_text(
        text_in,
        title=_str(get.get("title")),
        author=_str(get.get("author")),
        normalize_quotes=normalize_quotes,
        remove_boilerplate=clean,
        language=lang,
    )
    body = cleaned.text
    published, published_from = _published(get, rec, cleaned.dateline)
    if not error and not body.strip():
        error = "empty text" if not text_in.strip() else "no article text left after removing boilerplate"
    notes = _warnings(cleaned, published, published_from, lang, detect_lang and not error)
    if rec.get("_recall"):  # the HTML reader's precision pass found only a teaser (see formats.RECALL_RETRY_CHARS)
        notes.insert(0, "recall_extraction")
    if lang is None and "language_undetected" in notes:
        lang = UNDETERMINED  # not None: None would be analysed as English

    aid = _str(get.get("article_id"))
    if aid is None:
        aid = rec.get("_stem") if rec.get("_row") is None and rec.get("_stem") else None
    if aid is None:
        aid = _readable_id(cleaned.title, rec)
    if aid is None:
        basis = body or f"{rec.get('_path', '')}#{rec.get('_row', '')}#{error}"
        aid = "a" + hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return {
        "article_id": aid,
        "title": cleaned.title,
        "author": cleaned.author,
        "outlet": _str(get.get("outlet")),
        "url": _str(get.get("url")),
        "published": published,
        "published_from": published_from,
        "language": lang,
        "text": body,
        "n_chars": len(body),
        "error": error,
        "warnings": "; ".join(notes) or None,
    }


def _record_error(rec: dict, cols: dict, raw_text: Any) -> str | None:
    """Why a record gives no text (a reader's error, no text column, bytes), or None."""
    if rec.get("_error"):
        return rec["_error"]
    if "text" not in cols:
        return (
            f"no text column found (columns: {[k for k in rec if not str(k).startswith('_')]}); name it with "
            "read_articles(..., text='column')"
        )
    if isinstance(raw_text, bytes):
        return "text is bytes, not str; decode it first or read the file with read_articles(path)"
    return None


def _published(get: dict, rec: dict, dateline: str | None) -> tuple[pd.Timestamp | None, str]:
    """Publication date and where it came from: metadata, html, dateline, filename (first found) or missing.

    An unreadable date is not an error; it is simply unknown.
    """
    candidates = [("metadata", get.get("published")), ("html", rec.get("_published_html")), ("dateline", dateline)]
    for source, value in candidates:
        ts = _timestamp(value)
        if ts is not None:
            return ts, source
    if rec.get("_path"):
        m = _FILENAME_DATE.search(Path(rec["_path"]).name)
        ts = _timestamp("-".join(m.groups())) if m else None
        if ts is not None:
            return ts, "filename"
    return None, "missing"


def _warnings(
    cleaned: CleanedText, published: pd.Timestamp | None, published_from: str, lang: str | None, check_lang: bool
) -> list[str]:
    """The ``warnings`` entries of a row (see :func:`read_articles`)."""
    notes = [f"{kind}:{n}" for kind, n in cleaned.removed_chars.items()]
    removed = sum(cleaned.removed_chars.values())
    if cleaned.n_input and removed / cleaned.n_input > REMOVED_SHARE_WARNING:
        notes.append(f"removed_share:{round(100 * removed / cleaned.n_input)}%")
    n = len(cleaned.text)
    if 0 < n < SHORT_TEXT_CHARS:
        notes.append(f"short_text:{n}")
    if check_lang and lang is None and n >= MIN_LANGUAGE_CHARS:
        notes.append("language_undetected")
    dateline = _timestamp(cleaned.dateline)
    if (
        published is not None
        and dateline is not None
        and published_from != "dateline"
        and abs(published - dateline) > pd.Timedelta(days=1)
    ):
        notes.append(f"date_mismatch:{published_from}={published.date()},dateline={dateline.date()}")
    return notes


def _readable_id(title: str | None, rec: dict) -> str | None:
    """An id a reader recognises for a table row without an id column: the title's slug (at most eight words),
    else the file's stem and row number ("corpus-3"), else ``row-N`` (numbered from 1); None for a lone text."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode().lower())
    if words:
        return "-".join(words[:8])[:60].strip("-")
    if rec.get("_row") is None:
        return None
    return rec.get("_stem") or f"row-{int(rec['_row']) + 1}"


def _make_ids_unique(rows: list[dict]) -> None:
    seen: dict[str, int] = {}
    for r in rows:
        aid = r["article_id"]
        if aid in seen:
            seen[aid] += 1
            new = f"{aid}~{seen[aid]}"
            while new in seen:
                seen[aid] += 1
                new = f"{aid}~{seen[aid]}"
            r["article_id"] = new
            seen[new] = 1
        else:
            seen[aid] = 1

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
from .clean import clean_article_text
from .columns import match_columns
from .formats import expand_paths, html_record, read_path
from .language import detect_language

__all__ = ["read_articles"]

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
        ``.jsonl``, ``.csv``, ``.tsv`` or ``.parquet``. A list of paths is read in order.
    text, title, published, article_id, author, outlet, url, language : str, optional
        Name the input column that holds each field when the built-in aliases (case-insensitive:
        body/content/text, date/published/publication_date, headline/title, ...) do not find it.
    encoding : str, optional
        Force a text encoding for files (default: BOM, then UTF-8, then detection).
    clean : bool
        Remove scraped boilerplate (repeated headline and captions, credits, byline, dateline).
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
        ``n_chars`` and ``error`` (null when the article was read, else why not). Every input row or file
        gives exactly one output row.

    Raises
    ------
    InputError
        When the input as a whole is unusable: an unknown type, a path that does not exist, or a table with
        no text column.

    Examples
    --------
    >>> arts = read_articles([{"headline": "Rain", "body": "It rained.", "date": "2024-05-01"}])
    >>> arts[["title", "text", "published_from"]].iloc[0].tolist()
    ['Rain', 'It rained.', 'metadata']
    """
    explicit = {
        "text": text,
        "title": title,
        "published": published,
        "article_id": article_id,
        "author": author,
        "outlet": outlet,
        "url": url,
        "language": language,
    }
    records, table_input = _records(source, encoding)
    if table_input:
        cols = list(dict.fromkeys(k for r in records for k in r if not str(k).startswith("_")))
        if records and "text" not in match_columns(cols, explicit):
            raise InputError(
                f"no text column found (columns: {cols}); name it with read_articles(..., text='column')"
                " or use one of: text, body, content, article, full_text"
            )
    rows = [
        _article_row(r, explicit, clean=clean, normalize_quotes=normalize_quotes, detect_lang=detect_lang)
        for r in records
    ]
    _make_ids_unique(rows)
    return schema.frame(rows, schema.ARTICLES, extra=False)


# ----------------------------------------------------------------------------- inputs -> raw records


def _records(source: Any, encoding: str | None) -> tuple[list[dict], bool]:
    if isinstance(source, pd.DataFrame):
        return [dict(r, _row=i) for i, r in enumerate(source.to_dict("records"))], True
    if isinstance(source, Mapping):
        return [dict(source, _row=0)], True
    if isinstance(source, (str, os.PathLike)):
        return [rec for p in expand_paths(source) for rec in read_path(p, encoding=encoding)], False
    if isinstance(source, Iterable) and not isinstance(source, (bytes, bytearray)):
        items = list(source)
        if all(isinstance(x, (str, os.PathLike)) for x in items) and items:
            return [rec for x in items for p in expand_paths(x) for rec in read_path(p, encoding=encoding)], False
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
    error = rec.get("_error")
    if rec.get("_html") is not None and not error:
        try:
            rec = {**html_record(rec["_html"]), **rec}
        except InputError as e:
            error = str(e)
    raw_text = get.get("text")
    if not error and "text" not in cols:
        error = (
            f"no text column found (columns: {[k for k in rec if not str(k).startswith('_')]}); name it with "
            "read_articles(..., text='column')"
        )
    if not error and isinstance(raw_text, bytes):
        error = "text is bytes, not str; decode it first or read the file with read_articles(path)"
    text_in = "" if error or _missing(raw_text) else str(raw_text)
    meta_title, meta_author = _str(get.get("title")), _str(get.get("author"))
    cleaned = clean_article_text(
        text_in, title=meta_title, author=meta_author, normalize_quotes=normalize_quotes, remove_boilerplate=clean
    )
    body = cleaned.text

    published, published_from = _timestamp(get.get("published")), "metadata"
    if published is None and not _missing(get.get("published")):
        error = error  # an unreadable date is not an error; it is simply unknown
    if published is None:
        published, published_from = _timestamp(rec.get("_published_html")), "html"
    if published is None:
        published, published_from = _timestamp(cleaned.dateline), "dateline"
    if published is None and rec.get("_path"):
        m = _FILENAME_DATE.search(Path(rec["_path"]).name)
        published, published_from = (_timestamp("-".join(m.groups())) if m else None), "filename"
    if published is None:
        published_from = "missing"

    if not error and not body.strip():
        error = "empty text" if not text_in.strip() else "no article text left after removing boilerplate"
    lang = _str(get.get("language"))
    if lang is None and detect_lang and body.strip():
        lang = detect_language(body)

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
    }


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

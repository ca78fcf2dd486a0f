"""Readers per input format. Each turns one path into raw records (dicts), never raising for bad content:
a file that cannot be read becomes one record with an ``_error`` message, so no input is silently dropped.

Record keys are input column names plus private keys: ``_path`` (the file), ``_stem`` (an id hint),
``_html`` (raw HTML for trafilatura), ``_error``.
"""

from __future__ import annotations

import glob as _glob
import io
import json
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError

__all__ = [
    "ARTICLE_SUFFIXES",
    "expand_paths",
    "read_source",
    "read_path",
    "decode_bytes",
    "html_record",
    "is_folder_doc",
    "looks_like_html",
]

#: File suffixes read as articles. A ``.json`` beside a ``.txt``/``.html`` of the same stem is its metadata.
ARTICLE_SUFFIXES = (
    ".txt",
    ".text",
    ".md",
    ".html",
    ".htm",
    ".json",
    ".jsonl",
    ".ndjson",
    ".csv",
    ".tsv",
    ".parquet",
    ".pq",
)
_BINARY_SNIFF = 8192
_CHARSET_SNIFF = 4096  # HTML declares its charset in the first 1024 bytes (WHATWG); some pages are later
_HTML_START = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.IGNORECASE | re.DOTALL
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MIN_DETECT_BYTES = 256
#: Names of the files that document a folder rather than being articles: README.md, LICENSE, NOTICE.txt ...
#: (the whole stem, any case; ``license-plate-readers.html`` or ``changelog.blog.story.html`` are articles).
#: In a folder they give an error row saying so; named by their own path they are read.
_FOLDER_DOCS = frozenset({"readme", "license", "licence", "notice", "changelog", "copying", "authors"})
_DOC_SUFFIXES = ("", ".md", ".txt", ".rst", ".text")
#: How to repair the HTML readers when they do not import.
_HTML_FIX = (
    "reinstall the HTML readers: pip install -U trafilatura htmldate lxml_html_clean "
    "(lxml_html_clean is a separate package since lxml 5.2; pip older than 23.3 does not install it)"
)
#: A body this short from trafilatura's default (precision-first) pass is most often a tagline or a teaser it
#: kept when the page's template put the story where it does not look (a sidebar ``<aside>`` left unclosed
#: around the article): the page is extracted again with ``favor_recall`` (newskit's short-text threshold).
RECALL_RETRY_CHARS = 300


#: Longer strings are never paths (Linux PATH_MAX is 4096).
_MAX_PATH_CHARS = 4096


def _is_dir(p: Path) -> bool:
    """``p.is_dir()``, False for a name the system cannot look up (too long, invalid)."""
    return _checked(p.is_dir)


def _is_file(p: Path) -> bool:
    return _checked(p.is_file)


def _checked(check) -> bool:
    try:
        return check()
    except (OSError, ValueError):
        return False


def expand_paths(source: str | os.PathLike) -> list[Path]:
    """Files named by a path, folder (recursively) or glob, sorted; sidecar JSON files left out.

    In a folder every file counts except hidden ones (names starting with ``.``, and whatever is inside
    hidden folders): a file that is not an article (an image, a README) is still returned, so that reading it
    gives an error row saying why it was not read.
    """
    s = str(source)
    if "\n" in s or len(s) > _MAX_PATH_CHARS:
        raise InputError(
            f"{s[:60]!r}... looks like article text, not a path: pass it as "
            "[{'text': ...}] (a list of dicts) or a DataFrame with a text column"
        )
    if any(ch in s for ch in "*?["):
        paths = [Path(p) for p in sorted(_glob.glob(s, recursive=True)) if Path(p).is_file()]
        if not paths:
            raise InputError(f"no files match {s!r}")
    else:
        p = Path(s).expanduser()
        if _is_dir(p):
            paths = sorted(
                q
                for q in p.rglob("*")
                if q.is_file() and not any(part.startswith(".") for part in q.relative_to(p).parts)
            )
        elif _is_file(p):
            return [p]
        else:
            raise InputError(f"no such file or folder: {s!r}")
    stems = {(q.parent, q.stem) for q in paths if q.suffix.lower() in (".txt", ".text", ".md", ".html", ".htm")}
    return [q for q in paths if not (q.suffix.lower() == ".json" and (q.parent, q.stem) in stems)]


def is_folder_doc(path: Path) -> bool:
    """Is this a folder's README/LICENSE/NOTICE/CHANGELOG file (by its whole name, any case)?

    Examples
    --------
    >>> is_folder_doc(Path("README.md")), is_folder_doc(Path("license-plate-readers.html"))
    (True, False)
    """
    return path.stem.lower() in _FOLDER_DOCS and path.suffix.lower() in _DOC_SUFFIXES


def looks_like_html(text: str) -> bool:
    """Does the text start like an HTML document (after a BOM, blanks and comments)?

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body>Hi</body></html>"), looks_like_html("Dear editor, <b>")
    (True, False)
    """
    return bool(_HTML_START.match(text[:_CHARSET_SNIFF]))


def read_source(source: str | os.PathLike, *, encoding: str | None = None) -> Iterator[dict]:
    """Raw records of a path, folder or glob (see :func:`read_path`); at least one per file.

    A folder's own documentation (README, LICENSE, ... see :func:`is_folder_doc`) found while reading a
    folder is not read as an article: it gives one record with an ``_error`` saying so.
    """
    paths = expand_paths(source)
    folder = _is_dir(Path(str(source)).expanduser())
    for p in paths:
        if folder and is_folder_doc(p):
            yield {
                "_path": str(p),
                "_stem": p.stem,
                "_error": f"{p.name}: not read: the folder's {p.stem.upper()} "
                "file documents the folder and is not an article (read it by its own path to include it)",
            }
        else:
            yield from read_path(p, encoding=encoding)


def decode_bytes(data: bytes, encoding: str | None = None, declared: str | None = None) -> str:
    """Decode file bytes to text: a BOM wins, then UTF-8, then the ``declared`` charset, then detection.

    ``declared`` is what the file says of itself (an HTML page's ``<meta charset>``). It is used only when the
    bytes are not valid UTF-8, with undecodable bytes replaced: a UTF-8 page with one stray byte stays UTF-8
    instead of being guessed as another code page and garbled throughout.

    Raises
    ------
    InputError
        When the bytes are binary (not text in any encoding) or the given encoding fails.

    Examples
    --------
    >>> decode_bytes("café".encode("cp1252"))
    'café'
    >>> decode_bytes(("Здравствуйте, как дела сегодня в Москве? " * 10).encode("cp1251"))[:12]
    'Здравствуйте'
    >>> decode_bytes(b"\\xef\\xbb\\xbfhello")
    'hello'
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"cannot decode as {encoding}: {e}") from None
    for bom, enc in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"invalid {enc} text: {e}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared, errors="replace")
        except LookupError:
            pass  # an unknown charset name: detect instead
    from charset_normalizer import from_bytes

    if _looks_binary(data):
        raise InputError("binary content, not text (no text encoding fits these bytes)")
    # Detection needs material: on a short text it guesses wildly, so short texts and any text whose best guess
    # is another Latin-script code page are read as cp1252, the commonest legacy encoding of Western news.
    # Without NUL bytes the text cannot be UTF-16/32.
    if len(data) < _MIN_DETECT_BYTES:
        return data.decode("cp1252", errors="replace")
    wide = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be"]
    matches = from_bytes(data[:200_000], cp_exclusion=wide)
    best = matches.best()
    if best is None:
        return data.decode("cp1252", errors="replace")
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + 0.01:
        best = western  # as plausible as the best guess: take the commoner code page
    return data.decode(best.encoding, errors="replace")


def _looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return b"\x00" in head or ctrl / len(head) > 0.05


def _read_text(path: Path, encoding: str | None) -> str:
    data = path.read_bytes()
    if _looks_binary(data) and not data[:4].startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        raise InputError("binary content, not text")
    declared = None
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(data[:_CHARSET_SNIFF].decode("latin-1")):
        m = _META_CHARSET.search(data[:_CHARSET_SNIFF])
        declared = m.group(1).decode("ascii") if m else None
    return decode_bytes(data, encoding, declared)


def _trafilatura():
    """trafilatura, imported on first use: a broken install of it (such as the ``lxml_html_clean`` that lxml
    no longer bundles) must turn HTML files into error rows naming the fix, not break ``import newskit``."""
    try:
        import trafilatura
    except ImportError as e:  # ImportError from inside trafilatura's own imports (justext -> lxml.html.clean)
        what = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(
            f"cannot read HTML: trafilatura does not import ({type(e).__name__}: {what}); {_HTML_FIX}"
        ) from None
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its "discarding data" warnings say nothing to users
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    return trafilatura


def html_record(html: str) -> dict:
    """Body text and metadata of an HTML page via trafilatura (title, author, date via htmldate, site name, url).

    Tables are kept (trafilatura writes their rows as ``| cell | cell |`` lines); reader comments are left out.

    Raises
    ------
    InputError
        When the HTML readers do not import (the message names the fix), fail on the page, or find no body.
    """
    trafilatura = _trafilatura()
    d = _extract(trafilatura, html, favor_recall=False)
    recall = len((d.get("text") or "").strip()) < RECALL_RETRY_CHARS
    if recall:  # a tagline or teaser: keep the recall pass when it finds a body at least twice as long
        r = _extract(trafilatura, html, favor_recall=True)
        recall = len((r.get("text") or "").strip()) >= max(2 * len((d.get("text") or "").strip()), 1)
        d = r if recall else d
    text = (d.get("text") or "").replace("\n", "\n\n")
    if not text.strip():
        raise InputError("no article body found in the HTML page")
    rec = {
        "text": text,
        "title": d.get("title"),
        "author": d.get("author"),
        "outlet": d.get("sitename"),
        "url": d.get("url"),
        "language": d.get("language"),
        "_published_html": d.get("date"),
        "_recall": recall or None,
    }
    return {k: v for k, v in rec.items() if v not in (None, "")}


def _extract(trafilatura, html: str, *, favor_recall: bool) -> dict:
    """trafilatura's ``bare_extraction`` of a page as a dict (empty when it finds no body); reader comments
    are left out, tables kept. Failures are :class:`InputError` (the message names the fix when a module
    trafilatura needs does not import)."""
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=favor_recall
        )
    except ImportError as e:
        raise InputError(f"cannot read HTML: a module trafilatura needs does not import ({e}); {_HTML_FIX}") from None
    except Exception as e:  # a third-party parser on arbitrary pages: any failure is this page's error row
        raise InputError(f"trafilatura failed on this page ({type(e).__name__}: {e})") from None
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _sidecar(path: Path) -> dict:
    side = path.with_suffix(".json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(decode_bytes(side.read_bytes()))
    except (ValueError, InputError) as e:
        raise InputError(f"metadata file {side.name} is not valid JSON: {e}") from None
    return meta if isinstance(meta, dict) else {}


def _records_from_json(obj) -> list[dict]:
    if isinstance(obj, dict):
        for key in ("articles", "items", "data", "documents", "results"):
            if isinstance(obj.get(key), list):
                obj = obj[key]
                break
        else:
            return [obj]
    if not isinstance(obj, list):
        raise InputError("JSON must hold an object, a list of objects, or {'articles': [...]}")
    return [r if isinstance(r, dict) else {"_error": f"item {i} is not a JSON object"} for i, r in enumerate(obj)]


def read_path(path: Path, *, encoding: str | None = None) -> Iterator[dict]:
    """Raw records of one file (one per article); a bad file yields one record with ``_error``."""
    suffix = path.suffix.lower()
    base = {"_path": str(path), "_stem": path.stem}
    try:
        if suffix in (".parquet", ".pq"):
            df = pd.read_parquet(path)
            recs = df.to_dict("records")
            yield from _tabular(recs, base)
            return
        if not path.stat().st_size:
            raise InputError("empty file")
        text = _read_text(path, encoding)
        if suffix not in ARTICLE_SUFFIXES and looks_like_html(text):
            suffix = ".html"  # a saved page named "story", "index.php", "article.aspx": read as the HTML it is
        if suffix in (".txt", ".text", ".md"):
            meta = _sidecar(path)
            meta.pop("file", None)
            yield {**base, **meta, "text": text}
        elif suffix in (".html", ".htm"):
            meta = _sidecar(path)
            meta.pop("file", None)
            yield {**base, **html_record(text), **meta}
        elif suffix == ".json":
            yield from _tabular(_records_from_json(json.loads(text)), base)
        elif suffix in (".jsonl", ".ndjson"):
            recs = []
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        recs.extend(_records_from_json(json.loads(line)))
                    except ValueError as e:
                        recs.append({"_error": f"line {n} is not valid JSON: {e}"})
            yield from _tabular(recs, base)
        elif suffix in (".csv", ".tsv"):
            sep = "\t" if suffix == ".tsv" else None
            df = pd.read_csv(
                io.StringIO(text), sep=sep, engine="python", dtype=str, keep_default_na=False, na_values=[""]
            )
            yield from _tabular(df.to_dict("records"), base)
        else:
            raise InputError(f"unsupported file type {suffix or '(none)'}; newskit reads {', '.join(ARTICLE_SUFFIXES)}")
    except InputError as e:
        yield {**base, "_error": f"{path.name}: {e}"}
    except (ValueError, OSError, pd.errors.ParserError) as e:
        yield {**base, "_error": f"{path.name}: cannot read ({type(e).__name__}: {e})"}


def _tabular(recs: list[dict], base: dict) -> Iterator[dict]:
    if not recs:
        yield {**base, "_error": f"{Path(base['_path']).name}: no rows"}
    for i, r in enumerate(recs):
        yield {**base, "_stem": f"{base['_stem']}-{i}", "_row": i, **r}

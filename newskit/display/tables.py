"""Tables an analyst reads at a glance: :func:`show` styles any newskit frame for a notebook or an HTML report.

The frame itself is never changed (dtypes stay as :mod:`newskit.frames.schema` declares them); only what is
displayed is formatted: dates as ``YYYY-MM-DD`` (with the time only when the row's ``granularity`` has one),
shares as percentages, booleans as yes/no, lists joined, missing values blank, text left-aligned and wrapping,
and a narrow default set of columns for the frames newskit makes.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

__all__ = ["DEFAULT_COLUMNS", "show", "default_columns", "format_date"]

#: frame -> the columns that identify it (space-separated): a frame holding all of them is shown as that frame
_IDENTIFYING: dict[str, str] = {
    "timeline": "event_id story_id date_start",
    "claims": "claim_id content cue",
    "source_counts": "n_claims n_sources unnamed_claim_share",
    "sources": "source_id n_claims mentions",
    "articles": "article_id n_chars published_from",
}
#: frame -> the columns shown by default, in this order (space-separated)
_SHOWN: dict[str, str] = {
    "timeline": "date_start granularity is_future published source_name text article_id",
    "claims": "article_id source_name source_kind named cue content",
    "source_counts": "n_claims n_sources n_named_sources n_unnamed_sources unnamed_claim_share n_relayed_claims",
    "sources": "article_id source_name source_kind named n_claims mentions",
    "articles": "article_id published title outlet n_chars error",
}
#: frame -> (columns that identify it, the columns shown by default)
DEFAULT_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    frame: (tuple(identifying.split()), tuple(_SHOWN[frame].split())) for frame, identifying in _IDENTIFYING.items()
}

#: granularities whose intervals carry a time of day
_TIMED = frozenset({"time", "part_of_day"})
#: columns shown as percentages (fractions of 1)
_SHARE_SUFFIXES = ("_share", "share", "_pct")
#: columns of prose, shown left-aligned and wrapping
_TEXT_COLUMNS = frozenset({"text", "content", "title", "sentence", "claim", "message", "error"})


def default_columns(df: pd.DataFrame) -> list[str]:
    """The narrow default column set for a newskit frame (its grouping columns first); all columns otherwise."""
    for signature, shown in DEFAULT_COLUMNS.values():
        if set(signature) <= set(df.columns):
            keys = [c for c in df.columns if c not in shown and not c.startswith(("n_", "sources_"))]
            keys = keys if signature[0] == "n_claims" else []  # source_counts: the group columns come first
            return keys + [c for c in shown if c in df.columns]
    return list(df.columns)


def format_date(value, timed: bool = False) -> str:
    """``YYYY-MM-DD`` (``YYYY-MM-DD HH:MM`` when ``timed``); "" for a missing value.

    Examples
    --------
    >>> format_date(pd.Timestamp("2020-10-29", tz="UTC")), format_date(pd.Timestamp("2020-10-29 18:30"), True)
    ('2020-10-29', '2020-10-29 18:30')
    """
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)):
        return ""
    ts = pd.Timestamp(value)
    return ts.strftime("%Y-%m-%d %H:%M" if timed else "%Y-%m-%d")


def _cell(value) -> str:
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if value is None or (not hasattr(value, "__len__") and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy with every cell as display text (the caller's frame is untouched)."""
    out = pd.DataFrame(index=df.index)
    timed = df["granularity"].isin(_TIMED) if "granularity" in df else pd.Series(False, index=df.index)
    for col in df.columns:
        s = df[col]
        if pd.api.types.is_datetime64_any_dtype(s):
            has_time = (s.dropna() != s.dropna().dt.normalize()).any()
            row_timed = timed if col.startswith("date_") else pd.Series(bool(has_time), index=df.index)
            out[col] = [format_date(v, bool(t)) for v, t in zip(s, row_timed)]
        elif col.endswith(_SHARE_SUFFIXES) and pd.api.types.is_numeric_dtype(s):
            out[col] = [f"{v:.0%}" if pd.notna(v) else "" for v in s]
        else:
            out[col] = [_cell(v) for v in s.astype("object")]
    return out


def show(df: pd.DataFrame, columns: Sequence[str] | None = None, max_rows: int | None = 50, all_columns: bool = False):
    """A pandas ``Styler`` of ``df`` with analyst-friendly display defaults (``df`` and its dtypes unchanged).

    Parameters
    ----------
    df : DataFrame
        Any frame; newskit's frames (claims, timeline, source counts, sources, articles) get a narrow default
        column set (:data:`DEFAULT_COLUMNS`).
    columns : list of str, optional
        The columns to show, in order (overrides the default set).
    max_rows : int or None
        Show the first ``max_rows`` rows (None: all).
    all_columns : bool
        Show every column.

    Examples
    --------
    >>> df = pd.DataFrame({"date_start": pd.to_datetime(["2020-10-29"], utc=True), "unnamed_claim_share": [0.2885],
    ...                    "text": ["A claim."], "named": pd.array([pd.NA], dtype="boolean")})
    >>> html = show(df).to_html()
    >>> "2020-10-29" in html and "00:00:00" not in html and "29%" in html and "&lt;NA&gt;" not in html
    True
    """
    cols = list(df.columns) if all_columns else list(columns) if columns is not None else default_columns(df)
    missing = [c for c in cols if c not in df.columns]
    if missing:
        raise KeyError(f"show: column(s) {missing} are not in the frame; it has {list(df.columns)}")
    view = _display_frame(df[cols].head(max_rows) if max_rows is not None else df[cols])
    text = [c for c in cols if c in _TEXT_COLUMNS or c.endswith("_text")]
    names = [c for c in cols if c.endswith(("_name", "mentions", "via")) and c not in text]
    styler = view.style.hide(axis="index")
    styler = styler.set_table_styles(
        [
            {"selector": "th", "props": "text-align: left; white-space: nowrap; padding: 2px 8px;"},
            {"selector": "td", "props": "text-align: left; vertical-align: top; padding: 2px 8px;"},
        ]
    )
    styler = styler.set_properties(**{"white-space": "nowrap"})
    if text:
        styler = styler.set_properties(
            subset=text, **{"white-space": "normal", "min-width": "18em", "max-width": "42em"}
        )
    if names:
        styler = styler.set_properties(subset=names, **{"white-space": "normal", "max-width": "16em"})
    if max_rows is not None and len(df) > max_rows:
        styler = styler.set_caption(f"first {max_rows} of {len(df)} rows")
    return styler

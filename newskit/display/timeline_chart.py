"""Interactive story timeline (Altair / Vega-Lite): the stories of :func:`newskit.display.plot_timeline`, with
a tooltip per report (its claim or sentence, source, article and dates), zoomable along time.

JupyterLab renders Vega-Lite itself (no network needed); ``chart.save("timeline.png")`` exports a static
image with vl-convert. Needs ``altair`` (BSD-3), a newskit dependency.
"""

from __future__ import annotations

import pandas as pd

from .palette import FUTURE_COLOR, SOURCE_KIND_COLORS
from .tables import format_date
from .timeline_plot import ARTICLE_COLOR, story_label, story_rows

__all__ = ["timeline_chart", "chart_frame"]

_OWN_VOICE = "article sentence (no claim)"


def chart_frame(timeline: pd.DataFrame, max_stories: int = 25, label_width: int = 70) -> pd.DataFrame:
    """The rows the interactive chart draws: one per report of a shown story, with its story label and panel."""
    shown, events, _ = story_rows(timeline, max_stories)
    if shown.empty:
        return pd.DataFrame(columns=["story", "row", "when", "start", "end", "published", "kind", "text"])
    labels = {r["story_id"]: story_label(r, label_width) for _, r in shown.iterrows()}
    rows = dict(zip(shown["story_id"], shown["row"]))
    future = dict(zip(shown["story_id"], shown["is_future"]))
    ev = events.copy()
    naive = {c: ev[c].dt.tz_convert("UTC").dt.tz_localize(None) for c in ("date_start", "date_end", "published")}
    kind = ev["source_kind"].astype("object") if "source_kind" in ev else pd.Series(None, index=ev.index)
    return pd.DataFrame(
        {
            "story": ev["story_id"].map(labels),
            "row": ev["story_id"].map(rows).astype(int),
            "when": ev["story_id"].map(future).map({True: "scheduled when reported", False: "past or current"}),
            "start": naive["date_start"],
            "end": naive["date_end"],
            "published": naive["published"],
            "event_date": [format_date(v) for v in ev["date_start"]],
            "reported": [format_date(v) for v in ev["published"]],
            "kind": kind.where(kind.notna(), _OWN_VOICE),
            "source": ev["source_name"].astype("object").fillna("(the article)"),
            "article": ev["article_id"].astype(str),
            "text": ev["text"].astype(str).str.slice(0, 300),
        }
    )


def timeline_chart(timeline: pd.DataFrame, max_stories: int = 25, label_width: int = 70, width: int = 720):
    """An Altair chart of the story timeline: hover a mark for the claim, its source and article; drag or
    scroll along the time axis to zoom.

    Parameters
    ----------
    timeline : DataFrame
        Rows of :func:`newskit.build_timeline`.
    max_stories : int
        The most reported stories shown (as in :func:`newskit.display.plot_timeline`).

    Returns
    -------
    altair.LayerChart

    Examples
    --------
    >>> import newskit
    >>> arts = newskit.read_articles([{"text": "The vote is on Monday.", "published": "2025-02-16"}])
    >>> chart = timeline_chart(newskit.analyze(arts, progress=False).timeline)
    >>> chart.to_dict()["description"].startswith("Story timeline")
    True
    """
    import altair as alt

    df = chart_frame(timeline, max_stories, label_width)
    kinds = [k for k in SOURCE_KIND_COLORS if k in set(df["kind"])] + (
        [_OWN_VOICE] if _OWN_VOICE in set(df["kind"]) else []
    )
    colors = [SOURCE_KIND_COLORS.get(k, ARTICLE_COLOR) for k in kinds]
    order = df.sort_values("row")["story"].drop_duplicates().tolist()
    zoom = alt.selection_interval(bind="scales", encodings=["x"])
    base = alt.Chart(df).encode(
        y=alt.Y("story:N", sort=order, title=None, axis=alt.Axis(labelLimit=900, labelFontSize=12)),
        color=alt.Color("kind:N", scale=alt.Scale(domain=kinds, range=colors), title="source kind"),
        tooltip=[
            alt.Tooltip("text:N", title="claim or sentence"),
            alt.Tooltip("source:N", title="source"),
            alt.Tooltip("article:N", title="article"),
            alt.Tooltip("event_date:N", title="event date"),
            alt.Tooltip("reported:N", title="reported"),
            alt.Tooltip("when:N", title="when reported"),
        ],
    )
    bars = base.mark_bar(opacity=0.55, height=12).encode(
        x=alt.X(
            "start:T",
            title="Event date (UTC)",
            scale=alt.Scale(padding=12),
            axis=alt.Axis(labelFontSize=12, titleFontSize=12),
        ),
        x2="end:T",
        stroke=alt.condition(alt.datum.when == "past or current", alt.value(None), alt.value(FUTURE_COLOR)),
    )
    points = base.mark_point(filled=True, size=70).encode(
        x="start:T",
        shape=alt.Shape(
            "when:N",
            scale=alt.Scale(domain=["past or current", "scheduled when reported"], range=["circle", "diamond"]),
            title="when reported",
        ),
    )
    n_stories = df["story"].nunique()
    return (
        (bars + points)
        .add_params(zoom)
        .properties(
            width=width,
            height=max(60, 24 * n_stories),
            title=f"Timeline: {len(df)} events in {n_stories} stories (hover for the claim; drag to pan, scroll to zoom)",
            description=f"Story timeline of {n_stories} stories and {len(df)} events, the most reported first.",
        )
    )

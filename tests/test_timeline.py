"""Timelines: events from time expressions and claims, stories across articles, the plot.

The corpus test uses the Wikinews 2020 articles that mention COVID-19 (parsed once per module).
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newskit  # noqa: E402
from newskit.display.timeline_plot import plot_timeline  # noqa: E402
from newskit.frames.timeline import build_timeline  # noqa: E402


@pytest.fixture(scope="module")
def covid_articles(wikinews_articles):
    a = wikinews_articles
    m = (a["published"].dt.year == 2020) & a["text"].str.contains("COVID|coronavirus", case=False, regex=True)
    return a[m].reset_index(drop=True)


@pytest.fixture(scope="module")
def covid_timeline(covid_articles):
    return newskit.analyze(covid_articles, progress=False).timeline


@pytest.fixture(scope="module")
def two_reports():
    return newskit.read_articles(
        [
            {
                "article_id": "a",
                "published": "2025-02-16",
                "text": "Ukrainian President Volodymyr Zelensky met US Vice President JD Vance in Munich on Saturday. "
                "The summit is to continue on Monday.",
            },
            {
                "article_id": "b",
                "published": "2025-02-17",
                "text": "Volodymyr Zelensky and JD Vance met in Munich on Saturday, officials said. "
                "Separately, floods hit Valencia on Saturday.",
            },
        ]
    )


def test_schema_and_events(two_reports):
    tl = build_timeline(two_reports, pd.DataFrame(), newskit.extract_timexes(two_reports))
    assert list(tl.columns[: len(newskit.frames.schema.TIMELINE)]) == list(newskit.frames.schema.TIMELINE)
    sat = tl[tl["value"] == "2025-02-15"]
    # both articles' "Saturday" is 2025-02-15 although they were published on different days
    assert set(sat["article_id"]) == {"a", "b"}
    assert (sat["date_end"] - sat["date_start"] == pd.Timedelta(days=1)).all()
    mon = tl[tl["value"] == "2025-02-17"].iloc[0]
    assert bool(mon["is_future"]) and mon["text"] == "The summit is to continue on Monday."
    assert not sat["is_future"].any()
    assert (tl["published"] <= tl["date_start"]).any() and tl["published"].notna().all()


def test_same_date_same_story_grouped_other_story_apart(two_reports):
    tl = build_timeline(two_reports, pd.DataFrame(), newskit.extract_timexes(two_reports))
    sat = tl[tl["value"] == "2025-02-15"].set_index("article_id", drop=False)
    munich = sat[sat["text"].str.contains("Munich")]
    floods = sat[sat["text"].str.contains("floods")]
    assert munich["story_id"].nunique() == 1 and munich["story_n_articles"].iloc[0] == 2
    assert floods["story_id"].iloc[0] not in set(munich["story_id"])
    assert floods["story_n_articles"].iloc[0] == 1


def test_claim_events_carry_their_source():
    arts = newskit.read_articles(
        [
            {
                "article_id": "c",
                "published": "2025-02-16",
                "text": "The minister said that the talks would resume on Monday.",
            }
        ]
    )
    claims = pd.DataFrame(
        [
            {
                "article_id": "c",
                "claim_id": "c:c0",
                "content": "the talks would resume on Monday",
                "content_start": 23,
                "content_end": 55,
                "source_name": "minister",
                "source_kind": "government",
                "named": False,
                "sentence_index": 0,
            }
        ]
    )
    tl = build_timeline(arts, claims, newskit.extract_timexes(arts))
    row = tl.iloc[0]
    assert row["claim_id"] == "c:c0" and row["source_kind"] == "government" and row["value"] == "2025-02-17"
    assert row["text"] == "the talks would resume on Monday" and bool(row["is_future"])


def test_empty_timeline_has_schema():
    arts = newskit.read_articles([{"article_id": "x", "text": "Nothing dated here.", "published": "2025-02-16"}])
    tl = build_timeline(arts, pd.DataFrame(), newskit.extract_timexes(arts))
    assert tl.empty and list(tl.columns) == list(newskit.frames.schema.TIMELINE)


@pytest.mark.slow
def test_covid_timeline_builds_and_groups(covid_articles, covid_timeline):
    tl = covid_timeline
    assert len(covid_articles) >= 20 and len(tl) >= 100
    assert tl["article_id"].nunique() >= 0.8 * len(covid_articles)
    assert tl["date_start"].notna().all() and (tl["date_end"] > tl["date_start"]).all()
    assert tl["event_id"].is_unique
    # repeated reports of the same dated event across articles are grouped into stories
    multi = tl[tl["story_n_articles"] >= 2]
    assert multi["story_id"].nunique() >= 3
    for _, grp in multi.groupby("story_id"):
        assert grp["value"].nunique() == 1 and grp["article_id"].nunique() == grp["story_n_articles"].iloc[0]
    # story_n_sources counts the distinct reporters of a story: the claim's source, else the outlet, else the article
    who = tl["source_name"].fillna(tl["outlet"]).fillna(tl["article_id"]).astype(str).str.lower()
    expected = who.groupby(tl["story_id"]).nunique()
    assert tl["story_n_sources"].astype(int).tolist() == tl["story_id"].map(expected).tolist()
    assert (tl["story_n_sources"] > 1).any()  # some story is reported by more than one source
    # WHO declared COVID-19 a pandemic on Wednesday 2020-03-11
    assert (tl["value"] == "2020-03-11").any()
    assert tl["is_future"].any() and (~tl["is_future"].astype(bool)).any()


@pytest.mark.slow
def test_covid_timeline_plot_renders_png(covid_timeline):
    import matplotlib.pyplot as plt

    ax = plot_timeline(covid_timeline)
    assert ax.get_xlabel() == "Event date (UTC)" and ax.get_ylabel().startswith("Stories")
    assert len(ax.texts) <= 30  # labels are thinned, never one per event
    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=60)
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n" and len(buf.getvalue()) > 10_000
    plt.close(ax.figure)


def test_plot_spans_have_true_granularity(two_reports):
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    tl = build_timeline(two_reports, pd.DataFrame(), newskit.extract_timexes(two_reports))
    ax = plot_timeline(tl, start="2025-02-10", end="2025-02-24")
    widths = {
        round(coll.get_paths()[0].get_extents().width, 3)
        for coll in ax.collections
        if type(coll).__name__ == "PolyCollection" and coll.get_paths()
    }
    assert 1.0 in widths  # a day is drawn one day wide
    assert mdates.num2date(ax.get_xlim()[0]).year == 2025
    plt.close(ax.figure)


# --- plot polish: unreadable glyphs, legend, label thinning -------------------------------------------------------


def _events(texts_kinds, published="2020-10-18"):
    """A hand-made timeline: one day-event per (text, source_kind), on consecutive days from 2020-02-18."""
    day = pd.Timestamp("2020-02-18", tz="UTC")
    return pd.DataFrame(
        [
            {
                "article_id": f"a{i}",
                "event_id": f"e{i}",
                "story_id": f"s{i}",
                "story_n_articles": 1,
                "text": text,
                "date_start": day + pd.Timedelta(days=i),
                "date_end": day + pd.Timedelta(days=i + 1),
                "granularity": "day",
                "value": (day + pd.Timedelta(days=i)).date().isoformat(),
                "published": pd.Timestamp(published, tz="UTC"),
                "is_future": False,
                "source_kind": kind,
            }
            for i, (text, kind) in enumerate(texts_kinds)
        ]
    )


HINDI = "((hi))Hindi language: \u200dFebruary 18 के बाद से। मोदी का जो भाषण था"


def test_label_drops_characters_the_font_cannot_draw():
    from newskit.display.timeline_plot import _label

    lab = _label(HINDI, 60)
    assert "February 18" in lab and "…" in lab
    assert not any("\u0900" <= ch <= "\u097f" for ch in lab) and "\u200d" not in lab
    assert _label("मोदी का जो भाषण", 60) == ""  # nothing readable left: no label
    assert _label("Zürich café — “quoted”", 60) == "Zürich café — “quoted”"  # Latin accents and typography stay


def test_plot_with_devanagari_text_has_no_missing_glyphs():
    import warnings

    import matplotlib.pyplot as plt

    tl = _events([(HINDI, None), ("Officials met in Delhi.", "government")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ax = plot_timeline(tl)
        ax.figure.savefig(io.BytesIO(), format="png", dpi=50)
    assert not [w for w in caught if "Glyph" in str(w.message)]
    labels = [t.get_text() for t in ax.texts]
    assert any(lab.startswith("((hi))Hindi language: February 18") for lab in labels)
    assert not any("\u0900" <= ch <= "\u097f" for lab in labels for ch in lab)
    plt.close(ax.figure)


def test_legend_lists_article_sentences_only_when_drawn():
    import matplotlib.pyplot as plt

    only_claims = plot_timeline(_events([("A said so.", "person"), ("B said so.", "government")]))
    legend = [t.get_text() for t in only_claims.get_legend().get_texts()]
    assert "article sentence (no claim)" not in legend and "person" in legend
    mixed = plot_timeline(_events([("A said so.", "person"), ("Floods hit Valencia.", None)]))
    assert "article sentence (no claim)" in [t.get_text() for t in mixed.get_legend().get_texts()]
    plt.close("all")


def test_labels_spread_over_rows_without_overlap_at_70_rows(covid_timeline):
    import matplotlib.pyplot as plt

    ax = plot_timeline(covid_timeline, max_rows=70)
    ax.figure.canvas.draw()
    rows = sorted(t.xy[1] for t in ax.texts)
    assert len(rows) >= 10
    # labels sit at least one 7-point text line apart on the page, not piled up in the first rows
    ys = sorted(ax.transData.transform([(0, r) for r in rows])[:, 1])
    min_gap_pt = min(b - a for a, b in zip(ys, ys[1:])) * 72 / ax.figure.dpi
    assert min_gap_pt >= 7
    n_rows = int(ax.get_ylabel().split("(")[1].split()[0])
    assert rows[0] < n_rows / 4 and rows[-1] > 3 * n_rows / 4
    plt.close(ax.figure)

"""Timelines: events from time expressions and claims, stories across articles, the plot.

The corpus test uses the Wikinews 2020 articles that mention COVID-19. Their frames come from the analysis of
the whole Wikinews corpus that the notebooks share (``load_or_analyze`` under ``out/cache``: in CI the browser
test has written it already), and their timeline is built from those frames alone, as ``analyze`` of just
these articles builds it (each article is parsed on its own; only the timeline spans articles).
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newskit  # noqa: E402
from newskit.display.timeline_plot import plot_timeline  # noqa: E402
from newskit.frames.timeline import build_timeline  # noqa: E402
from newskit.runtime.cache import load_or_analyze  # noqa: E402


@pytest.fixture(scope="module")
def covid_articles(wikinews_articles):
    a = wikinews_articles
    m = (a["published"].dt.year == 2020) & a["text"].str.contains("COVID|coronavirus", case=False, regex=True)
    return a[m].reset_index(drop=True)


#: the analysis cache the notebooks and the browser test share
CACHE = Path(__file__).resolve().parents[1] / "out" / "cache"


@pytest.fixture(scope="module")
def covid_timeline(wikinews_articles, covid_articles):
    corpus = load_or_analyze(wikinews_articles, CACHE, progress=False)
    ids = set(covid_articles["article_id"])
    articles, claims, timexes = (f[f["article_id"].isin(ids)] for f in (corpus.articles, corpus.claims, corpus.timexes))
    return build_timeline(articles, claims, timexes)


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
    assert ax.get_xlabel() == "Event date (UTC)" and len(ax.get_yticklabels()) == 25
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
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(lab.startswith("2020-02-18 · ((hi))Hindi language: February 18") for lab in labels)
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


# --- is_future in one place, one event per claim-or-sentence and date, stories of identical reports ---------------


def _one(text, published="2020-10-29", aid="x"):
    return newskit.read_articles([{"article_id": aid, "text": text, "published": published}])


def test_current_year_and_today_are_not_future_a_later_day_is():
    arts = _one(
        "The company will open a factory this year. Today the minister will announce the plan. "
        "The vote is to take place on Monday."
    )
    tl = build_timeline(arts, pd.DataFrame(), newskit.extract_timexes(arts)).set_index("timex_text")
    assert not bool(tl.loc["this year", "is_future"])  # a year containing the publication date is current
    assert not bool(tl.loc["Today", "is_future"])  # same day is not future, whatever the tense
    assert bool(tl.loc["Monday", "is_future"])  # 2020-11-02, after the publication day


def test_future_mask_uses_the_clause_tense_for_times_of_the_publication_day():
    from newskit.frames.timeline import future_mask

    pub = pd.Timestamp("2020-10-29", tz="UTC")
    ev = pd.DataFrame(
        {
            "date_start": [pub + pd.Timedelta(hours=18)] * 2 + [pub - pd.Timedelta(days=300)] + [pub] * 2,
            "date_end": [pub + pd.Timedelta(hours=24)] * 2 + [pub + pd.Timedelta(days=66)] + [pub] * 2,
            "granularity": ["part_of_day", "part_of_day", "year", "day", "day"],
            "tense": ["future", "past", "future", "future", "past"],
            "published": [pub, pub, pub, None, None],
        }
    )
    # tonight ahead (future tense) / tonight reported after the fact / this year / no publication date: tense
    assert future_mask(ev).tolist() == [True, False, False, True, False]
    # the timex rows' own future_tense flag, when present, counts as the future tense
    flagged = ev.assign(tense=None, future_tense=[True, False, True, True, None])
    assert future_mask(flagged).tolist() == [True, False, False, True, False]


def test_one_event_per_sentence_and_date():
    # the lead repeated further down, and a sentence naming its date twice
    text = (
        "Officials said the bridge will reopen on Monday. Officials said the bridge will reopen on Monday. "
        "The count ended on Friday, October 23, after a week."
    )
    arts = _one(text)
    tl = build_timeline(arts, pd.DataFrame(), newskit.extract_timexes(arts))
    assert (tl["text"] == "Officials said the bridge will reopen on Monday.").sum() == 1
    assert len(tl[tl["text"].str.startswith("The count ended")].drop_duplicates(["date_start"])) == len(
        tl[tl["text"].str.startswith("The count ended")]
    )


def test_identical_reports_are_one_story_even_without_names():
    arts = pd.concat([_one("The meeting will take place tomorrow.", aid=a) for a in ("a", "b")], ignore_index=True)
    tl = build_timeline(arts, pd.DataFrame(), newskit.extract_timexes(arts))
    assert len(tl) == 2 and tl["story_id"].nunique() == 1 and int(tl["story_n_articles"].iloc[0]) == 2


def test_covid_timeline_has_no_false_future_and_no_duplicate_stories(covid_timeline):
    tl = covid_timeline
    day0 = tl["published"].dt.floor("D")
    fut = tl[tl["is_future"].astype(bool)]
    # no future event whose interval contains or precedes its publication day; later on that day is allowed
    # only for times of the day ("tonight") in a future-tense clause
    assert len(fut) and (fut["date_start"] > day0[fut.index]).all()
    same_day = fut[fut["date_start"] < day0[fut.index] + pd.Timedelta(days=1)]
    assert same_day["granularity"].isin(["time", "part_of_day"]).all()
    key = tl["text"].str.lower().str.findall(r"[a-z][a-z'’-]+").str.join(" ")
    stories = tl.assign(_k=key).groupby(["_k", "date_start", "date_end"])["story_id"].nunique()
    assert (stories == 1).all()


# --- the story timeline at corpus scale --------------------------------------------------------------------------


def test_story_timeline_is_readable_at_corpus_scale(covid_timeline):
    import re

    import matplotlib.pyplot as plt

    from newskit.frames.timeline import story_table

    ax = plot_timeline(covid_timeline, max_stories=20)
    ax.figure.canvas.draw()
    labels = ax.get_yticklabels()
    assert len(labels) == 20
    axis_size = ax.xaxis.get_ticklabels()[0].get_fontsize()
    assert all(lab.get_fontsize() >= axis_size for lab in labels)
    assert all(re.match(r"\d{4}-\d\d-\d\d · \S", lab.get_text()) for lab in labels)
    # labels are not cut by the figure: they lie inside the canvas
    renderer = ax.figure.canvas.get_renderer()
    assert min(lab.get_window_extent(renderer).x0 for lab in labels) >= 0
    # the most reported stories are the ones drawn, scheduled ones first, with a line between past and scheduled
    top = story_table(covid_timeline, 20)
    drawn = {lab.get_text().split(" · ")[0] for lab in labels}
    assert {d.strftime("%Y-%m-%d") for d in top["date_start"]} <= drawn
    # scheduled stories first under their header, past or current ones below theirs
    headers = {t.get_text(): t.get_position()[1] for t in ax.texts}
    future_dates = {d.strftime("%Y-%m-%d") for d in top.loc[top["is_future"], "date_start"]}
    ys = {lab.get_text(): lab.get_position()[1] for lab in labels}
    fut_y = [y for t, y in ys.items() if t.split(" · ")[0] in future_dates]
    past_y = [y for t, y in ys.items() if t.split(" · ")[0] not in future_dates]
    assert fut_y and past_y and max(fut_y) < headers["PAST OR CURRENT WHEN REPORTED"] < min(past_y)
    assert headers["SCHEDULED WHEN REPORTED"] < min(fut_y)
    n_events = int(covid_timeline["story_id"].isin(top["story_id"]).sum())
    assert ax.get_title().startswith(f"Timeline: {n_events} events in 20 stories")
    plt.close(ax.figure)


def test_interactive_timeline_hovers_claim_source_article(covid_timeline):
    from newskit.display import timeline_chart

    spec = timeline_chart(covid_timeline, max_stories=15).to_dict()
    layer = spec["layer"][0]
    fields = {t["field"] for t in layer["encoding"]["tooltip"]}
    assert {"text", "source", "article", "event_date"} <= fields
    assert any(p.get("bind") == "scales" for p in spec["params"])  # zoom and pan along time
    rows = spec["datasets"][next(iter(spec["datasets"]))]
    assert len({r["story"] for r in rows}) == 15 and spec["description"]

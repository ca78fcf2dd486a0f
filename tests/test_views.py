"""Views an analyst reads at a glance: table display defaults, readable ids, figures with alt text, one
definition of "most cited" without placeholders and with aliases merged, distinct sources defined once."""

from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newskit  # noqa: E402
from newskit.display import alt_text, plots, show, show_figure  # noqa: E402
from newskit.display.render import article_sources  # noqa: E402
from newskit.frames import ranking, schema  # noqa: E402
from newskit.frames.sources import extract_sources  # noqa: E402

# Three short articles: the same person named in full and by surname, a pronoun without antecedent, a lone title.
TEXTS = [
    (
        "Donald Trump said on Tuesday that the wall would be finished by the end of the year. "
        "He added that Mexico would pay for it."
    ),
    "Trump said the election was rigged. Chess Federation President Arkady Dvorkovich said the match will go on.",
    'He said the figures were wrong. "We will appeal," he said.',
]


@pytest.fixture(scope="module")
def analysis():
    arts = [{"article_id": f"n{i}", "text": t, "published": "2020-10-29"} for i, t in enumerate(TEXTS)]
    return newskit.analyze(arts, progress=False)


# ----------------------------------------------------------------------------- most cited, placeholders, aliases


def test_summary_ranks_one_source_per_person_without_placeholders(analysis):
    s = analysis.summary()
    names = [name for name, _, _ in s["top_sources"]]
    assert names[0] == "Donald Trump" and s["top_sources"][0][1] == 2  # two articles: "Trump" is Donald Trump
    assert not any(n.lower().startswith(("unidentified", "unspecified")) for n in names)
    assert s["unattributed_claims"] >= 1 and s["placeholders"][0][0].startswith("unidentified ")
    assert s["ranked_by"] == ranking.RANKED_BY
    assert s["sources"] == int((~ranking.is_placeholder(analysis.sources["source_name"])).sum()) < len(analysis.sources)
    card = analysis._repr_html_()
    assert "ranked by articles citing the source" in card and "Unattributed claims" in card
    assert card.index("Donald Trump") < card.index("Unattributed claims") < card.index(s["placeholders"][0][0])


def test_cli_summary_prints_the_ranking_and_unattributed_claims(tmp_path, capsys):
    from newskit.cli import main

    src = tmp_path / "in.csv"
    pd.DataFrame({"text": TEXTS, "published": ["2020-10-29"] * 3}).to_csv(src, index=False)
    assert main(["analyze", str(src), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "ranked by articles citing the source, then claims" in out
    top = out.split("most cited sources")[1].split("unattributed claims")[0]
    assert "Donald Trump" in top and "unidentified" not in top
    assert re.search(r"unattributed claims \(no source identified\): [1-9]", out)


def test_lone_title_is_not_merged_into_a_longer_title():
    names = pd.Series(["President", "Chess Federation President", "Trump", "Donald Trump"])
    assert ranking.merge_source_aliases(names).tolist() == [
        "President",
        "Chess Federation President",
        "Donald Trump",
        "Donald Trump",
    ]


def test_top_sources_leaves_placeholders_out_and_says_what_it_ranks_by():
    claims = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b", "c"],
            "source_name": ["unspecified reports"] * 3 + ["WHO", "World Health Organization"],
            "source_kind": ["unknown"] * 3 + ["organization"] * 2,
            "named": [False] * 3 + [True] * 2,
        }
    )
    top = ranking.top_sources(claims, named_only=False)
    assert top.values.tolist() == [["World Health Organization", "organization", 2, 2]]
    ax = plots.plot_top_sources(claims, named_only=False)
    assert "ranked by articles citing the source" in ax.get_title()
    plt.close(ax.figure)


# ----------------------------------------------------------------------------- distinct sources, defined once


def test_every_view_counts_distinct_sources_the_same_way(analysis):
    claims = analysis.claims
    one = ranking.distinct_sources(claims)
    assert len(extract_sources(claims)) == len(one)
    per_article = ranking.sources_per_article(claims, placeholders=True)
    assert per_article["n_sources"].sum() == len(one)
    for aid, g in one.groupby("article_id"):
        assert len(article_sources(aid, claims)) == len(g)
    counts = newskit.frames.source_counts(claims)
    assert counts.set_index("article_id")["n_sources"].to_dict() == one.groupby("article_id").size().to_dict()
    # placeholders are not sources of the per-article distribution, but their claims are counted
    default = plots.sources_per_article(claims)
    assert default.loc["n2", "n_unattributed"] >= 1 and default.loc["n2", "n_sources"] == 0


# ----------------------------------------------------------------------------- tables


def test_show_formats_for_reading_without_changing_the_frame():
    tl = pd.DataFrame(
        {
            "event_id": ["a:e0", "a:e1"],
            "story_id": ["s0", "s1"],
            "date_start": pd.to_datetime(["2020-10-29 00:00", "2020-10-29 18:00"], utc=True),
            "granularity": ["day", "part_of_day"],
            "is_future": pd.array([False, pd.NA], dtype="boolean"),
            "published": pd.to_datetime(["2020-10-29", "2020-10-29"], utc=True),
            "source_name": pd.array(["WHO", pd.NA], dtype="string"),
            "text": ["A long sentence " * 12, "Tonight."],
            "article_id": ["a", "a"],
            "value": ["2020-10-29", "2020-10-29TEV"],
            "timex_id": ["t0", "t1"],
        }
    )
    before = tl.dtypes.copy()
    html = show(tl).to_html()
    assert (tl.dtypes == before).all()
    assert "2020-10-29 00:00:00" not in html and "+00:00" not in html and "&lt;NA&gt;" not in html
    assert ">2020-10-29<" in html and ">2020-10-29 18:00<" in html  # time only where the granularity has one
    assert "timex_id" not in html and "value" not in html  # narrow default column set
    assert "text-align: left" in html and "white-space: normal" in html
    assert "A long sentence " * 12 in html.replace("A long sentence A", "A long sentence A")  # never cut


def test_show_percentages_and_accessor():
    counts = pd.DataFrame({"outlet": ["X"], "n_claims": [52], "n_sources": [9], "unnamed_claim_share": [0.2885]})
    html = show(counts).to_html()
    assert ">29%<" in html and "0.2885" not in html and html.index("outlet") < html.index("n_claims")
    claims = schema.frame(
        [{"article_id": "a", "claim_id": "a:c0", "content": "x", "cue": "said", "named": True}], schema.CLAIMS
    )
    assert ">yes<" in claims.newskit.show().to_html()


def test_table_rows_without_an_id_get_readable_ids(tmp_path):
    src = tmp_path / "corpus.csv"
    pd.DataFrame({"title": ["Floods hit Valencia", None], "text": ["Floods hit Valencia.", "Rain fell."]}).to_csv(
        src, index=False
    )
    ids = newskit.read_articles(src)["article_id"].tolist()
    assert ids == ["floods-hit-valencia", "corpus-1"]
    df = newskit.read_articles(pd.DataFrame({"text": ["One.", "Two."]}))
    assert df["article_id"].tolist() == ["row-1", "row-2"]


# ----------------------------------------------------------------------------- figures with alt text


def test_every_figure_shows_with_alt_text(analysis):
    claims, arts = analysis.claims, analysis.articles
    before = set(plt.get_fignums())  # figures another test left open are not this test's
    for ax in (
        plots.plot_source_counts(claims),
        plots.plot_source_counts(claims, by="month", articles=arts),
        plots.plot_unnamed_share(claims, articles=arts),
        plots.plot_source_kinds(claims),
        plots.plot_top_sources(claims),
        newskit.plot_timeline(analysis.timeline),
    ):
        title = " ".join(ax.get_title().split())
        view = show_figure(ax)
        assert alt_text(ax).startswith("Figure: ") and title in view.alt
        assert re.match(r'<img alt="Figure: [^"]+" src="data:image/png;base64,', view.html)
        data, meta = view._repr_mimebundle_()
        assert meta["image/png"]["alt"] == view.alt and "text/html" in data
    assert set(plt.get_fignums()) <= before  # shown figures are closed, so Jupyter does not draw them twice

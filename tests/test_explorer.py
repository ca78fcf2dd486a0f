"""Drive the explorer's widgets from Python and read back what it renders."""

from __future__ import annotations

import datetime as dt

import matplotlib

matplotlib.use("Agg")
import pytest  # noqa: E402

import newskit  # noqa: E402
from newskit.frames import schema  # noqa: E402

TEXTS = {
    "vax": (
        "Vaccine trial begins",
        "2020-03-10",
        "Dr Jane Doe said the vaccine works. Two officials said the trial was rushed. "
        "The BBC reported the results were due in May.",
    ),
    "flood": (
        "Floods hit <script>alert('t')</script> town",
        "2020-06-20",
        "The mayor said the river rose overnight. A witness said three houses fell.",
    ),
    "vote": ("Vaccine vote in parliament", "2021-01-05", "The WHO said the vote mattered. Sources said it would pass."),
}


def _row(aid, cid, content, source, name, kind, named, via=None):
    text = TEXTS[aid][2]
    cs, ss = text.index(content), text.index(source)
    return {
        "article_id": aid,
        "claim_id": cid,
        "content": content,
        "content_start": cs,
        "content_end": cs + len(content),
        "source_id": f"{aid}-{name}",
        "source_mention": source,
        "source_start": ss,
        "source_end": ss + len(source),
        "source_name": name,
        "source_kind": kind,
        "named": named,
        "source_count": 1,
        "via": via,
        "quote_type": "indirect",
    }


@pytest.fixture
def analysis():
    arts = schema.frame(
        [{"article_id": k, "title": t, "published": d, "text": x} for k, (t, d, x) in TEXTS.items()], schema.ARTICLES
    )
    claims = schema.frame(
        [
            _row("vax", "v1", "the vaccine works", "Dr Jane Doe", "Jane Doe", "person", True),
            _row("vax", "v2", "the trial was rushed", "Two officials", "officials", "government", False),
            _row("vax", "v3", "the results were due in May", "The BBC", "BBC", "media", True),
            _row("flood", "f1", "the river rose overnight", "The mayor", "mayor", "government", False),
            _row("flood", "f2", "three houses fell", "A witness", "witness", "person", False),
            _row("vote", "w1", "the vote mattered", "The WHO", "World Health Organization", "organization", True),
            _row("vote", "w2", "it would pass", "Sources", "sources", "unknown", False),
        ],
        schema.CLAIMS,
    )
    return newskit.Analysis(articles=arts, claims=claims)


def test_initial_view(analysis):
    ex = newskit.explore(analysis)
    assert ex.article.value == "vax"  # earliest article first
    assert [v for _, v in ex.article.options] == ["vax", "flood", "vote"]
    assert ex.article_html.value.count("class='nk-claim'") == 3
    assert ex.source_table["source_name"].tolist() == ["Jane Doe", "officials", "BBC"]
    assert "Jane Doe" in ex.sources_html.value
    assert "7 claim(s) pass" in ex.status.value
    assert ex.chart_png.startswith(b"\x89PNG") and ex.chart.value == ex.chart_png
    assert int(ex.chart_data.values.sum()) == 7


def test_named_filter_changes_table_html_and_chart(analysis):
    ex = newskit.explore(analysis)
    before_html, before_png = ex.article_html.value, ex.chart_png
    ex.named.value = "unnamed"
    assert ex.source_table["source_name"].tolist() == ["officials"]
    assert ex.article_html.value != before_html
    assert ex.article_html.value.count("class='nk-claim'") == 1
    assert "the trial was rushed</span>" in ex.article_html.value
    assert "Jane Doe" not in ex.sources_html.value
    assert int(ex.chart_data.values.sum()) == 4 and ex.chart_png != before_png
    ex.named.value = "named"
    assert ex.source_table["source_name"].tolist() == ["Jane Doe", "BBC"]


def test_kind_filter(analysis):
    ex = newskit.explore(analysis)
    ex.kinds.value = ("media", "organization")
    assert ex.source_table["source_name"].tolist() == ["BBC"]
    assert set(ex.chart_data.columns) == {"media", "organization"}
    ex.kinds.value = ()
    assert len(ex.source_table) == 0
    assert "No sources pass the filters" in ex.sources_html.value
    assert "class='nk-claim'" not in ex.article_html.value
    assert "Dr Jane Doe said the vaccine works" in ex.article_html.value  # the text is still shown


def test_title_search_picks_the_article(analysis):
    ex = newskit.explore(analysis)
    ex.search.value = "flood"
    assert [v for _, v in ex.article.options] == ["flood"]
    assert ex.article.value == "flood"
    assert ex.source_table["source_name"].tolist() == ["mayor", "witness"]
    # the hostile title is escaped in the HTML and plain text in the dropdown label
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in ex.article_html.value
    assert "<script>" not in ex.article_html.value
    ex.search.value = "VACCINE"
    assert [v for _, v in ex.article.options] == ["vax", "vote"]
    ex.article.value = "vote"
    assert ex.source_table["source_name"].tolist() == ["World Health Organization", "sources"]
    assert "Vaccine vote in parliament" in ex.article_html.value
    ex.search.value = "no such title"
    assert ex.article.value is None and len(ex.source_table) == 0
    assert "No article matches" in ex.article_html.value


def test_date_range_filters_articles_and_chart(analysis):
    ex = newskit.explore(analysis)
    ex.date_from.value = dt.date(2020, 6, 1)
    assert [v for _, v in ex.article.options] == ["flood", "vote"]
    assert ex.article.value == "flood"
    assert int(ex.chart_data.values.sum()) == 4
    ex.date_to.value = dt.date(2020, 12, 31)
    assert [v for _, v in ex.article.options] == ["flood"]
    assert list(ex.chart_data.index.astype(str)) == ["2020-06"]
    ex.date_from.value = None
    ex.date_to.value = None
    assert len(ex.article.options) == 3


def test_chart_kinds_and_snapshot(analysis):
    ex = newskit.explore(analysis, article_id="vote", chart="top sources")
    assert ex.article.value == "vote"
    assert ex.chart_data["source"].tolist()[0] in {"Jane Doe", "BBC", "World Health Organization"}
    ex.chart_kind.value = "sources per article"
    assert set(ex.chart_data.index) == {"vax", "flood", "vote"}
    snap = ex.snapshot()
    assert "data:image/png;base64," in snap.data and "Vaccine vote in parliament" in snap.data
    assert "ipywidgets" not in repr(ex)


def test_explorer_displays_as_a_widget(analysis):
    ex = newskit.explore(analysis)
    bundle = ex._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_empty_analysis():
    ex = newskit.explore(newskit.Analysis())
    assert ex.article.value is None
    assert "No article matches" in ex.article_html.value
    assert ex.chart_data.empty

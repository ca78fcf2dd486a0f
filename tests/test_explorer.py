"""Drive the explorer's widgets from Python and read back what it renders."""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import jupytext
import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
import traitlets  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import newskit  # noqa: E402
from newskit.display import explorer as explorer_module  # noqa: E402
from newskit.display.palette import SOURCE_KINDS, kind_color, kind_tint  # noqa: E402
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
    assert ex.chart_svg.startswith(b"<?xml") and ex.chart.value == ex.chart_svg
    assert int(ex.chart_data.values.sum()) == 7
    # the explorer opens in its default state: every kind ticked, all sources, empty search
    assert ex.kinds.value == SOURCE_KINDS and ex.named.value == "all" and ex.search.value == ""


def test_named_filter_changes_table_html_and_chart(analysis):
    ex = newskit.explore(analysis)
    before_html, before_svg = ex.article_html.value, ex.chart_svg
    ex.named.value = "unnamed"
    assert ex.source_table["source_name"].tolist() == ["officials"]
    assert ex.article_html.value != before_html
    assert ex.article_html.value.count("class='nk-claim'") == 1
    assert "the trial was rushed</span>" in ex.article_html.value
    assert "Jane Doe" not in ex.sources_html.value
    assert int(ex.chart_data.values.sum()) == 4 and ex.chart_svg != before_svg
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
    # every month of the chosen range, the empty ones as zero rows
    assert list(ex.chart_data.index.astype(str)) == [f"2020-{m:02d}" for m in range(6, 13)]
    assert ex.chart_data.sum(axis=1).tolist() == [2, 0, 0, 0, 0, 0, 0]
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
    assert "data:image/svg+xml;base64," in snap.data and "Vaccine vote in parliament" in snap.data
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


# ---------------------------------------------------------------------------------------------------------
# The fixes of issue 12, item 5: each test fails on the explorer at commit 0e413a9.


class _Cells(HTMLParser):
    """Rows of a rendered table: per row the (tag, style, text) of each th/td cell."""

    def __init__(self):
        super().__init__()
        self.rows, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td"):
            self._cell = [tag, dict(attrs).get("style") or "", ""]
            self.rows[-1].append(self._cell)

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[2] += data


def _align(style: str) -> str:
    m = re.search(r"text-align:\s*(\w+)", style)
    return m.group(1) if m else "left"


def test_sources_panel_uses_render_article_badges_and_yes_no(analysis):
    ex = newskit.explore(analysis)
    panel = ex.sources_html.value
    for label, kind in [("S1", "person"), ("S2", "government"), ("S3", "media")]:
        badge = re.search(rf"<sup class='nk-label'[^>]*>{label}</sup>", panel)
        assert badge, f"no coloured badge for {label}"
        assert kind_tint(kind, 0.55) in badge.group(0) and kind_color(kind) in badge.group(0)
    # the same badge colours render_article gives the same source
    article = newskit.render_article("vax", analysis).data
    s2 = re.search(r"<sup class='nk-label'[^>]*>S2</sup>", article).group(0)
    assert kind_tint("government", 0.55) in s2
    cells = _Cells()
    cells.feed(panel)
    body = [[text for _, _, text in row] for row in cells.rows[1:]]
    named_col = [h for _, _, h in cells.rows[0]].index("named")
    assert [row[named_col] for row in body] == ["yes", "no", "yes"]  # as in render_article, not True/False
    assert "True" not in panel and "False" not in panel


def test_sources_panel_headers_line_up_with_their_columns(analysis):
    ex = newskit.explore(analysis)
    cells = _Cells()
    cells.feed(ex.sources_html.value)
    head, *rows = cells.rows
    assert [t for _, _, t in head] == ["", "source", "named", "claims"]  # narrow enough for a side panel
    for row in rows:
        assert len(row) == len(head)
        for (_, hstyle, _), (_, dstyle, _) in zip(head, row):
            assert _align(hstyle) == _align(dstyle)
    assert [t for _, _, t in rows[0]][3] == "1"
    assert "width:100%" in ex.sources_html.value


def test_named_buttons_are_wide_enough_for_their_labels(analysis):
    ex = newskit.explore(analysis)
    width = ex.named.style.button_width
    m = re.fullmatch(r"(\d+)px", width or "")
    if m:  # a fixed width must hold the longest label at ~8 px a character plus the button's padding
        longest = max(len(label) for label in ex.named._options_labels)
        assert int(m.group(1)) >= 8 * longest + 24
    else:
        assert width in ("", "auto", "initial")


def test_kind_filter_is_checkboxes_with_all_and_none(analysis):
    ex = newskit.explore(analysis)
    assert set(ex.kinds.boxes) == set(SOURCE_KINDS)
    assert all(type(b).__name__ == "Checkbox" and b.value for b in ex.kinds.boxes.values())
    ex.kinds.boxes["person"].value = False  # untick one box
    assert "person" not in ex.kinds.value
    assert ex.source_table["source_name"].tolist() == ["officials", "BBC"]
    ex.kinds.none_button.click()
    assert ex.kinds.value == () and not any(b.value for b in ex.kinds.boxes.values())
    assert "No sources pass the filters" in ex.sources_html.value
    ex.kinds.boxes["media"].value = True
    assert ex.source_table["source_name"].tolist() == ["BBC"]
    ex.kinds.all_button.click()  # the reset
    assert ex.kinds.value == SOURCE_KINDS and all(b.value for b in ex.kinds.boxes.values())
    assert len(ex.source_table) == 3
    ex.kinds.value = ("government",)  # from code, the boxes follow
    assert [k for k, b in ex.kinds.boxes.items() if b.value] == ["government"]
    with pytest.raises(traitlets.TraitError):
        ex.kinds.value = ("politician",)


def test_search_filters_as_you_type_after_a_pause(analysis):
    ex = newskit.explore(analysis, debounce=0.05)
    assert ex.search.continuous_update  # every key reaches the kernel, no Enter needed
    calls = []
    refresh = ex.refresh
    ex.refresh = lambda: (calls.append(ex.search.value), refresh())

    async def type_in_browser():
        for typed in ("f", "fl", "flo", "flood"):
            ex.search.set_state({"value": typed})  # what the widget's comm does with a key from the browser
        assert calls == [] and ex.article.value == "vax"  # nothing redrawn while typing
        await asyncio.sleep(0.3)

    asyncio.run(type_in_browser())
    assert calls == ["flood"]  # one redraw, for the word typed
    assert [v for _, v in ex.article.options] == ["flood"]
    ex.search.value = "vote"  # set from code: applies at once
    assert ex.article.value == "vote"


def test_chart_is_svg(analysis):
    ex = newskit.explore(analysis)
    assert ex.chart.format == "svg+xml"
    root = ElementTree.fromstring(ex.chart_svg)
    assert root.tag.endswith("svg")
    assert root.get("width") == "648pt" and root.get("height") == "259.2pt"  # 9 x 3.6 in
    assert ex.chart.layout.width == "864px"  # shown at the size it is drawn (648 pt = 864 CSS px), not stretched
    for chart in ("top sources", "sources per article"):
        ex.chart_kind.value = chart
        assert ElementTree.fromstring(ex.chart.value).tag.endswith("svg")


def test_monthly_chart_is_on_a_time_axis(analysis):
    ex = newskit.explore(analysis)
    table = ex.chart_data
    assert list(table.index.astype(str)) == pd.period_range("2020-03", "2021-01", freq="M").astype(str).tolist()
    assert table.sum(axis=1).tolist() == [3, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2]
    fig = Figure()
    ax = fig.add_subplot()
    explorer_module.plot_monthly(table, ax)
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    xs = sorted({round(p.get_x() + p.get_width() / 2, 3) for p in ax.patches})
    assert len(xs) == 11
    march, june = mdates.num2date(xs[0]), mdates.num2date(xs[3])
    assert (march.month, june.month) == (3, 6) and 88 <= (june - march).days <= 95  # spaced by time


def test_notebook_shows_a_fresh_explorer_that_later_cells_leave_alone():
    nb = jupytext.read(Path(__file__).resolve().parents[1] / "notebooks" / "04_explorer.py")
    trees = [ast.parse(c.source) for c in nb.cells if c.cell_type == "code"]
    shown = None
    for i, tree in enumerate(trees):
        last = tree.body[-1] if tree.body else None
        made = {
            t.id
            for node in tree.body
            if isinstance(node, ast.Assign) and "explore(" in ast.unparse(node.value)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        if isinstance(last, ast.Expr) and isinstance(last.value, ast.Name) and last.value.id in made:
            shown = (i, last.value.id)
            break
    assert shown, "no cell creates an explorer and shows it"
    i, name = shown
    for tree in trees[i + 1 :]:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                assert not any(ast.unparse(t).split(".")[0] == name for t in targets if isinstance(t, ast.Attribute))

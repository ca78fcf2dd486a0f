"""HTML rendering (escaping, highlight offsets), source-count plots, the pandas accessor and the notebook cache."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import newskit  # noqa: E402
from newskit.display import palette, plots  # noqa: E402
from newskit.display.render import article_sources, render_article  # noqa: E402
from newskit.frames import schema  # noqa: E402

EVIL_TEXT = (
    'Reuters, citing a French official, said <script>alert("x")</script> was found. '
    'Police said <img src=x onerror=alert(1)> and "javascript:alert(2)" meant nothing.\n\n'
    'The minister said <a href="javascript:alert(3)">click</a> was harmless.'
)


def _claim(text, aid, cid, content, source, source_name, kind, named, count=1, via=None, cue="said", descriptor=None):
    cs = text.index(content)
    ss = text.index(source)
    us = text.index(cue, ss)
    return {
        "article_id": aid,
        "claim_id": cid,
        "content": content,
        "content_start": cs,
        "content_end": cs + len(content),
        "quote_type": "indirect",
        "cue": cue,
        "cue_start": us,
        "cue_end": us + len(cue),
        "source_id": f"{aid}-{source_name}",
        "source_mention": source,
        "source_start": ss,
        "source_end": ss + len(source),
        "source_name": source_name,
        "source_kind": kind,
        "named": named,
        "source_count": count,
        "descriptor": descriptor,
        "via": via,
    }


@pytest.fixture
def evil():
    arts = schema.frame(
        [
            {
                "article_id": "evil",
                "title": "<script>alert('title')</script> & more",
                "author": "<img src=x onerror=alert('author')>",
                "outlet": "<b>Outlet</b>",
                "url": "javascript:alert('url')",
                "published": "2020-03-01",
                "text": EVIL_TEXT,
            }
        ],
        schema.ARTICLES,
    )
    claims = schema.frame(
        [
            _claim(
                EVIL_TEXT,
                "evil",
                "c1",
                '<script>alert("x")</script> was found',
                "a French official",
                "<script>alert('name')</script>",
                "government",
                False,
                via='"><img src=x onerror=alert(9)>',
                descriptor="<i>French</i>",
            ),
            _claim(
                EVIL_TEXT,
                "evil",
                "c2",
                '<img src=x onerror=alert(1)> and "javascript:alert(2)" meant nothing',
                "Police",
                "Police <img src=y onerror=alert(5)>",
                "government",
                True,
                count=None,
            ),
            _claim(
                EVIL_TEXT,
                "evil",
                "c3",
                '<a href="javascript:alert(3)">click</a> was harmless',
                "The minister",
                "javascript:alert('src')",
                "person",
                False,
            ),
        ],
        schema.CLAIMS,
    )
    return newskit.Analysis(articles=arts, claims=claims)


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs, self.text, self.stack = [], [], [], []
        self.in_label = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)
        self.stack.append(tag)
        if tag == "sup" and ("class", "nk-label") in attrs:
            self.in_label += 1

    def handle_endtag(self, tag):
        top = self.stack.pop()
        assert top == tag, f"badly nested: <{top}> closed by </{tag}>"
        if tag == "sup" and self.in_label:
            self.in_label -= 1

    def handle_data(self, data):
        if not self.in_label:
            self.text.append(data)


ALLOWED_TAGS = {"div", "h3", "span", "sup", "a", "table", "thead", "tbody", "tr", "th", "td", "p", "i"}


def _parse(markup):
    p = _Collect()
    p.feed(markup)
    p.close()
    assert not p.stack, f"unclosed tags: {p.stack}"
    return p


def test_hostile_text_title_sources_and_url_are_never_live_html(evil):
    out = render_article("evil", evil)
    p = _parse(out.data)
    assert set(p.tags) <= ALLOWED_TAGS, set(p.tags) - ALLOWED_TAGS
    for name, value in p.attrs:
        assert not name.startswith("on"), (name, value)
        if name == "href":
            assert value.startswith(("http://", "https://")), value
    assert "javascript:" not in " ".join(v for n, v in p.attrs if n == "href")
    low = out.data.lower()
    assert "<script" not in low and "<img" not in low and "<b>" not in low and "<i>french" not in low
    visible = "".join(p.text)
    # everything hostile is shown as text
    for s in (
        "<script>alert('title')</script>",
        "<img src=x onerror=alert('author')>",
        "<b>Outlet</b>",
        "javascript:alert('url')",
        "<script>alert('name')</script>",
        "<i>French</i>",
        "Police <img src=y onerror=alert(5)>",
        '"><img src=x onerror=alert(9)>',
        "javascript:alert('src')",
    ):
        assert s in visible or s in html.unescape(out.data), s
    assert '<script>alert("x")</script>' in visible


def test_rendered_text_is_the_article_text_exactly(evil):
    """Strip the markup and the S-number badges: what is left of the text block is the article, unchanged."""
    out = render_article("evil", evil, show_legend=False, show_sources=False)
    body = out.data.split("<div class='nk-text' style='white-space:pre-wrap'>", 1)[1]
    p = _parse("<div><div>" + body)
    assert "".join(p.text) == EVIL_TEXT


class _Spans(HTMLParser):
    """Text covered by each element with a given class (segments of one span joined)."""

    def __init__(self, cls):
        super().__init__(convert_charrefs=True)
        self.cls, self.depth, self.runs, self.stack = cls, 0, [], []

    def handle_starttag(self, tag, attrs):
        hit = ("class", self.cls) in attrs
        self.stack.append(hit)
        if hit:
            self.depth += 1
            self.runs.append("")

    def handle_endtag(self, tag):
        if self.stack.pop():
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.runs[-1] += data


def test_highlight_offsets_are_exact(evil):
    out = render_article("evil", evil, show_sources=False)
    claims = _Spans("nk-claim")
    claims.feed(out.data)
    assert claims.runs == list(evil.claims["content"])
    src = _Spans("nk-source")
    src.feed(out.data)
    assert src.runs == ["a French official", "Police", "The minister"]
    cues = _Spans("nk-cue")
    cues.feed(out.data)
    assert cues.runs == ["said", "said", "said"]
    assert out.n_claims == 3 and out.skipped == 0


def test_source_inside_claim_and_adjacent_claims_stay_well_nested():
    text = "The mayor said the plan, which the mayor's office said was cheap, would work."
    arts = schema.frame([{"article_id": "a", "title": "T", "text": text}], schema.ARTICLES)
    outer = _claim(
        text,
        "a",
        "c1",
        "the plan, which the mayor's office said was cheap, would work",
        "The mayor",
        "Jane Doe",
        "person",
        True,
    )
    inner = _claim(text, "a", "c2", "was cheap", "the mayor's office", "mayor's office", "government", False)
    out = render_article("a", arts, claims=schema.frame([outer, inner], schema.CLAIMS))
    _parse(out.data)  # asserts proper nesting
    body = out.data.split("white-space:pre-wrap'>", 1)[1]
    assert "".join(_parse("<div><div>" + body).text).startswith(text)


def test_sources_are_labelled_with_kind_named_count_via(evil):
    out = render_article("evil", evil)
    txt = html.unescape(out.data)
    assert 'S1 · government · unnamed · count 1 · via "><img src=x onerror=alert(9)>' in txt
    assert "S2 · government · named · count ?" in txt
    assert "S3 · person · unnamed · count 1" in txt
    # legend colours come from the shared palette
    assert palette.SOURCE_KIND_COLORS["government"] in out.data
    assert palette.SOURCE_KIND_COLORS["person"] in out.data
    t = article_sources("evil", evil.claims)
    assert list(t["label"]) == ["S1", "S2", "S3"]
    assert list(t["n_claims"]) == [1, 1, 1]


def test_safe_url_becomes_a_link_unsafe_ones_do_not(evil):
    arts = evil.articles.copy()
    arts["url"] = pd.array(["https://example.org/a?b=1&c=<x>"], dtype="string")
    out = render_article("evil", newskit.Analysis(articles=arts, claims=evil.claims))
    assert "href='https://example.org/a?b=1&amp;c=&lt;x&gt;'" in out.data
    assert "rel='noopener noreferrer nofollow'" in out.data
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "//evil"):
        arts["url"] = pd.array([bad], dtype="string")
        out = render_article("evil", newskit.Analysis(articles=arts, claims=evil.claims))
        assert "href" not in [name for name, _ in _parse(out.data).attrs], bad
        assert html.escape(bad.strip()) in out.data  # still shown, as text


def test_bad_offsets_are_skipped_and_reported(evil):
    claims = evil.claims.copy()
    claims.loc[0, "content_end"] = 10**6
    claims.loc[1, "content_start"] = pd.NA
    out = render_article("evil", evil, claims=claims)
    assert out.n_claims == 1 and out.skipped == 2
    assert "2 claim(s) not highlighted" in out.data


def test_filters_and_errors(evil):
    assert render_article("evil", evil, kinds=["person"]).n_claims == 1
    assert render_article("evil", evil, named=True).n_claims == 1
    assert render_article("evil", evil, claims=evil.claims.iloc[:0]).n_claims == 0
    assert "No claims attributed" in render_article("evil", evil, claims=evil.claims.iloc[:0]).data
    with pytest.raises(KeyError):
        render_article("nope", evil)
    with pytest.raises(TypeError):
        render_article("evil", evil.articles)  # a bare articles frame needs claims=
    out = render_article("evil", evil)
    assert out._repr_html_() == out.data == str(out)


# ----------------------------------------------------------------------------- plots


def _corpus():
    arts = schema.frame(
        [
            {
                "article_id": f"a{i}",
                "title": f"T{i}",
                "published": f"2020-0{1 + i % 3}-1{i}",
                "text": "x" * 50,
                "outlet": "Wikinews",
            }
            for i in range(6)
        ],
        schema.ARTICLES,
    )
    rows = []
    spec = [
        ("a0", "World Health Organization", "organization", True, "Reuters"),
        ("a0", "officials", "government", False, None),
        ("a1", "WHO", "organization", True, None),
        ("a1", "Jane Doe", "person", True, None),
        ("a2", "the World Health Organization", "organization", True, None),
        ("a2", "a witness", "person", False, "AP"),
        ("a3", "BBC", "media", True, None),
        ("a3", "a report", "document", False, None),
        ("a4", "someone", None, None, None),
    ]
    for j, (aid, name, kind, named, via) in enumerate(spec):
        rows.append(
            {
                "article_id": aid,
                "claim_id": f"c{j}",
                "source_id": f"{aid}-{name}",
                "source_name": name,
                "source_kind": kind,
                "named": named,
                "via": via,
                "content_start": 0,
                "content_end": 1,
            }
        )
    return arts, schema.frame(rows, schema.CLAIMS)


def _check_axes(ax, path):
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    assert ax.get_legend() is not None
    ax.figure.savefig(path)
    assert path.stat().st_size > 1000
    plt.close(ax.figure)


@pytest.mark.parametrize(
    "name,call",
    [
        ("per_article", lambda a, c: plots.plot_source_counts(c, articles=a)),
        ("by_month", lambda a, c: plots.plot_source_counts(c, by="month", articles=a)),
        (
            "by_month_sources",
            lambda a, c: plots.plot_source_counts(c, by="month", articles=a, count="sources", normalize=True),
        ),
        ("by_outlet", lambda a, c: plots.plot_source_counts(c, by="outlet", articles=a)),
        ("unnamed", lambda a, c: plots.plot_unnamed_share(c, by="month", articles=a, min_claims=2)),
        ("kinds", lambda a, c: plots.plot_source_kinds(c)),
        ("top", lambda a, c: plots.plot_top_sources(c)),
        ("relays", lambda a, c: plots.plot_relays(c)),
    ],
)
def test_plots_are_labelled_and_render(name, call, tmp_path):
    arts, claims = _corpus()
    _check_axes(call(arts, claims), tmp_path / f"{name}.png")


def test_plots_draw_on_given_axes_and_survive_empty_claims(tmp_path):
    arts, claims = _corpus()
    fig, ax = plt.subplots()
    assert plots.plot_source_counts(claims, by="month", articles=arts, ax=ax) is ax
    plt.close(fig)
    empty = claims.iloc[:0]
    for fn in (
        lambda: plots.plot_source_counts(empty, articles=arts),
        lambda: plots.plot_source_kinds(empty),
        lambda: plots.plot_top_sources(empty),
        lambda: plots.plot_relays(empty),
    ):
        ax = fn()
        ax.figure.savefig(tmp_path / "e.png")
        plt.close(ax.figure)


def test_counts_behind_the_plots():
    arts, claims = _corpus()
    spa = plots.sources_per_article(claims, arts)
    assert spa.loc["a0"].tolist() == [2, 2, 1, 1, 0]
    assert spa.loc["a5"].tolist() == [0, 0, 0, 0, 0]  # articles without claims count
    top = plots.top_sources(claims)
    assert top.iloc[0].tolist() == ["World Health Organization", "organization", 3, 3]
    with pytest.raises(ValueError):
        plots.plot_source_counts(claims, by="month")  # month needs articles
    with pytest.raises(KeyError):
        plots.plot_source_counts(claims, by="nope", articles=arts)


def test_merge_source_aliases():
    s = pd.Series(
        [
            "WHO",
            "World Health Organization",
            "the World Health Organization",
            "U.S. State Department",
            "US State Department",
            "Trump",
            "Donald Trump",
            None,
            "Smith",
            "John Smith",
            "Anna Smith",
        ]
    )
    out = plots.merge_source_aliases(s).tolist()
    assert out[:3] == ["World Health Organization"] * 3
    assert out[3] == out[4]
    assert out[5] == out[6] == "Donald Trump"  # one candidate: merged
    assert out[7] is None
    assert out[8:] == ["Smith", "John Smith", "Anna Smith"]  # two Smiths: ambiguous, left apart


def test_palette_is_shared_and_complete():
    assert set(palette.SOURCE_KINDS) == set(palette.SOURCE_KIND_COLORS)
    assert len(set(palette.SOURCE_KIND_COLORS.values())) == len(palette.SOURCE_KINDS)
    assert palette.kind_color("nonsense") == palette.kind_color(None) == palette.SOURCE_KIND_COLORS["unknown"]


# ----------------------------------------------------------------------------- accessor and cache


def test_accessor_one_liners(evil, tmp_path):
    c = evil.claims
    assert len(c.newskit.kind("person")) == 1
    assert len(c.newskit.kind("government", "person")) == 3
    assert len(c.newskit.named(False)) == 2
    assert len(c.newskit.relayed()) == 1
    assert c.newskit.named(False).newskit.kind("person")["claim_id"].tolist() == ["c3"]
    assert "nk-claim" in c.newskit.render("evil", evil).data
    assert c.newskit.per_article()["n_sources"].tolist() == [3]
    ax = c.newskit.plot()
    ax.figure.savefig(tmp_path / "acc.png")
    plt.close(ax.figure)
    with pytest.raises(AttributeError):
        pd.DataFrame({"x": [1]}).newskit  # noqa: B018


def test_load_or_analyze_analyses_once(evil, tmp_path, monkeypatch):
    import newskit.runtime.cache
    from newskit.display import load_or_analyze

    calls = []

    def fake(articles, **kw):
        calls.append(kw)
        return evil

    monkeypatch.setattr(newskit.runtime.cache, "analyze", fake)
    first = load_or_analyze(evil.articles, tmp_path, progress=False)
    second = load_or_analyze(evil.articles, tmp_path, progress=False)
    assert len(calls) == 1 and calls[0] == {"progress": False}
    pd.testing.assert_frame_equal(first.claims, second.claims)
    assert second.claims["content"].tolist() == evil.claims["content"].tolist()
    changed = evil.articles.assign(text=evil.articles["text"] + " More.")
    load_or_analyze(changed, tmp_path, progress=False)
    assert len(calls) == 2  # a different corpus is analysed afresh
    assert not list(tmp_path.rglob(".tmp-*"))


def test_accessor_delegates_to_the_library(evil):
    c = evil.claims
    src = c.newskit.sources()
    assert len(src) == 3 and set(src["source_kind"]) == {"government", "person"}
    counts = c.newskit.source_counts()
    assert counts["n_claims"].tolist() == [3]
    top = c.newskit.top_sources(named_only=False)
    assert len(top) == 3
    tl = c.newskit.timeline(evil.articles, evil.timexes)
    assert {"event_id", "date_start", "story_id"} <= set(tl.columns)


def test_load_or_analyze_keeps_a_bounded_cache(evil, tmp_path, monkeypatch):
    from newskit.runtime import cache

    monkeypatch.setattr(cache, "analyze", lambda articles, **kw: evil)
    monkeypatch.setattr(cache, "KEEP", 2)
    for i in range(4):
        cache.load_or_analyze(evil.articles.assign(text=evil.articles["text"] + "x" * i), tmp_path)
    assert len([p for p in (tmp_path / newskit.EXTRACTION_VERSION).iterdir()]) == 2

"""Every HTML-producing function escapes article content and metadata (scripts, event handlers, javascript: URLs)."""

from __future__ import annotations

from html.parser import HTMLParser

import pandas as pd
import pytest

import newskit
from newskit.frames import schema

TEXT = (
    'The mayor said <script>alert("text")</script> was found. '
    "Police said <img src=x onerror=alert(1)> meant nothing.\n\n"
    'Officials said <a href="javascript:alert(3)">click</a> was harmless.'
)
HOSTILE_META = {
    "title": "<script>alert('title')</script>",
    "author": "<img src=x onerror=alert('author')>",
    "outlet": "<iframe src=javascript:alert('outlet')>",
    "url": "javascript:alert('url')",
}


class LiveMarkup(HTMLParser):
    """Collects what a browser would execute: script/iframe tags, on* handlers, javascript: links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed"):
            self.live.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.live.append(f"{tag}[{name}]")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.live.append(f"{tag}[{name}={value}]")


def live(markup: str) -> list[str]:
    p = LiveMarkup()
    p.feed(markup)
    p.close()
    return p.live


@pytest.fixture(scope="module")
def analysis():
    arts = pd.DataFrame([{"article_id": "<b>evil</b>", "text": TEXT, "published": "2020-03-01", **HOSTILE_META}])
    res = newskit.analyze(arts, progress=False)
    assert len(res.claims) >= 2  # real extraction over the hostile text, so the content flows everywhere
    # and a source name that is itself markup
    res.claims.loc[res.claims.index[0], "source_name"] = "<script>alert('source')</script>"
    res.claims.loc[res.claims.index[0], "via"] = "<img src=x onerror=alert('via')>"
    return res


def test_render_article(analysis):
    out = newskit.render_article("<b>evil</b>", analysis)
    markup = out.data if hasattr(out, "data") else out._repr_html_()
    assert live(markup) == []
    assert "&lt;script&gt;" in markup


def test_analysis_summary_html(analysis):
    markup = analysis._repr_html_()
    assert live(markup) == []
    assert "&lt;script&gt;alert(&#x27;source&#x27;)&lt;/script&gt;" in markup


def test_explorer_views_and_snapshot(analysis):
    ex = newskit.explore(analysis)
    for markup in (ex.article_html.value, ex.sources_html.value, ex.status.value, ex.snapshot().data):
        assert live(markup) == []
    assert "&lt;script&gt;" in ex.article_html.value


def test_render_escapes_even_unanalysed_metadata():
    arts = schema.frame([{"article_id": "x", "text": "Plain text.", **HOSTILE_META}], schema.ARTICLES)
    markup = newskit.render_article("x", newskit.Analysis(articles=arts)).data
    assert live(markup) == []

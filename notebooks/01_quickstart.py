# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 1. Quickstart: from a scraped article to claims and sources
#
# newskit reads news articles and tells you **who said what**: one row per *claim* (an attributed statement)
# and one row per *source*, as pandas DataFrames you can count, filter and join.
#
# This notebook takes one article, the *seed* article bundled with newskit (a story about a U.S. questionnaire
# to European governments on security guarantees for Ukraine, scraped from a news site exactly as it came), and
# walks it from raw text to a table of claims, a table of sources and the article shown with every claim
# highlighted. It ends with how to load your own articles.

# %%
import tempfile
from pathlib import Path

import pandas as pd

import newskit
from newskit.display import show

SEED = "seed-ukraine-security-survey"

# %% [markdown]
# ## The raw text
#
# Scraped pages carry boilerplate: a section label glued to the headline, the headline and an image caption
# repeated, a photo credit and the byline between paragraphs. Here are the first lines of the file as scraped:

# %%
raw = (newskit.datasets.data_dir() / "seed" / "ukraine-security-survey.txt").read_text(encoding="utf-8")
print(raw[:900])

# %% [markdown]
# ## Reading it
#
# `newskit.read_articles` accepts a folder, files, a CSV or a DataFrame and returns one row per article with
# cleaned `text` and metadata (here from the `.json` sidecar next to the `.txt` file). Every character offset
# newskit reports later points into this cleaned `text`.

# %%
articles = newskit.datasets.seed()
show(articles, ["article_id", "title", "author", "published", "published_from", "n_chars"])

# %%
print(articles["text"].iloc[0][:900])

# %% [markdown]
# ## Analysing it
#
# `newskit.analyze` parses each article once and returns an `Analysis` holding every view as a DataFrame:
# `claims`, `sources`, `timexes` (time expressions), `timeline` and `errors`.

# %%
analysis = newskit.analyze(articles, progress=False)
analysis

# %% [markdown]
# ### Claims: who said what
#
# One row per claim. `content` is what was claimed, `quote_type` whether it was a direct quote, reported
# (indirect) speech or a mix; `source_name` is who said it (the full name when the article names the source,
# else a short description such as "European sources"), `source_kind` one of person, organization, government,
# media, document or unknown; `named` whether the source is identified by a proper name; `source_count` how
# many people stand behind it ("Four European diplomats" is 4); `via` the outlet or person that relayed it
# ("Reuters reports, citing ...").
#
# `newskit.display.show` (or `claims.newskit.show()`) displays a frame for reading: dates as YYYY-MM-DD,
# yes/no, wrapping text, no `<NA>`, a narrow set of columns; the DataFrame itself is unchanged. Here are four
# claims of the article, each checked against the text below (the whole table is `analysis.claims`).

# %%
claims = analysis.claims
showcase = claims[
    claims["content"].str.contains(
        r"reached out to European countries|Washington has requested|informal summit|the meeting is to take place"
    )
]
# each row as a reader of the article would write it down
expected = {
    "reached out to European countries": ("Alexander Stubb", "person", True, "Reuters"),
    "Washington has requested": ("Financial Times", "media", True, None),
    "informal summit": ("French official", "person", False, "Reuters"),
    "the meeting is to take place": ("European diplomats", "person", False, None),
}
for words, (name, kind, named, via) in expected.items():
    row = showcase[showcase["content"].str.contains(words)].iloc[0]
    assert (row["source_name"], row["source_kind"], bool(row["named"])) == (name, kind, named), row
    assert (None if pd.isna(row["via"]) else row["via"]) == via, row
show(showcase, ["content", "quote_type", "source_name", "source_kind", "named", "source_count", "via"])

# %% [markdown]
# ### Sources: one row per distinct source
#
# Mentions of the same source are merged ("Alexander Stubb", "President Stubb" and "he" are one source),
# so `n_claims` counts what each source contributed.

# %%
show(analysis.sources, ["source_name", "source_kind", "named", "source_count", "descriptor", "n_claims", "mentions"])

# %% [markdown]
# ## The article, with its claims highlighted
#
# How to read it: each **claim** is shaded in the colour of its source's kind (legend at the top); the
# **source mention** is boxed and followed by its label (source number, kind, named or unnamed, how many people,
# and who relayed it); the **cue** ("said", "reported") is underlined with dots. The table underneath lists
# each source once. Hover over a highlight for the full label.
#
# Everything from the article is escaped: if an article contained `<script>`, you would read it here as text.

# %%
newskit.render_article(SEED, analysis)

# %% [markdown]
# ## One-liners on any claims table
#
# Importing newskit adds a `.newskit` accessor to DataFrames with an `article_id` column: filters that chain
# (`kind`, `named`, `relayed`), counts and views.

# %%
claims.newskit.named(False).newskit.show(["content", "source_name", "source_count"])

# %%
claims.newskit.source_counts().pipe(show)

# %% [markdown]
# ## Your own articles
#
# `read_articles` takes a folder of text files (with optional `.json` sidecars for title, date and outlet),
# saved HTML pages, CSV/JSON/Parquet tables or a DataFrame. Column names are matched case-insensitively
# (`headline`/`title`, `body`/`content`/`text`, `date`/`published` ...). Below we write three small inputs to a
# temporary folder and read them back.

# %%
tmp = Path(tempfile.mkdtemp())

# 1. a folder of plain-text files; a sidecar .json gives the metadata
(tmp / "txt").mkdir()
(tmp / "txt" / "budget.txt").write_text(
    "The finance minister said on Tuesday that the budget would be balanced next year.", encoding="utf-8"
)
(tmp / "txt" / "budget.json").write_text('{"title": "Budget to balance", "published": "2024-05-14"}')

# 2. a saved HTML page
(tmp / "page.html").write_text(
    "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
    "<p>Union leaders said the strike was over after workers accepted a new contract on Friday.</p>"
    "</article></body></html>",
    encoding="utf-8",
)

# 3. a CSV with its own column names
pd.DataFrame(
    {
        "headline": ["Rain delays harvest"],
        "date": ["2024-09-02"],
        "body": [
            "A spokeswoman for the regional farmers association said the rain had delayed the harvest by two weeks."
        ],
    }
).to_csv(tmp / "news.csv", index=False)

own = pd.concat(
    [
        newskit.read_articles(tmp / "txt"),
        newskit.read_articles(tmp / "page.html"),
        newskit.read_articles(tmp / "news.csv"),
    ],
    ignore_index=True,
)
# a CSV row without an id column gets a readable id from its title (files keep their names)
show(own, ["article_id", "title", "published", "text"])

# %%
own_analysis = newskit.analyze(own, progress=False)
harvest = own_analysis.claims[own_analysis.claims["article_id"] == "rain-delays-harvest"].iloc[0]
assert (harvest["source_name"], harvest["source_kind"], bool(harvest["named"])) == (
    "spokeswoman for the regional farmers association",
    "person",
    False,
)
show(own_analysis.claims, ["article_id", "content", "source_name", "source_kind", "named"])

# %% [markdown]
# ## Limits worth knowing
#
# - newskit finds claims with rules over spaCy's parse of English text. It misses claims whose attribution is
#   far from the statement, and a source described only by a long clause may get a short, imperfect name.
#   Check the highlighted article before quoting numbers from a single story.
# - `named` means identified by a proper name in the article; a source named in another article is still
#   unnamed here.
# - Articles that could not be read or are not in English appear in `analysis.errors`, never silently dropped.
#
# Next: `02_source_counts.ipynb` counts sources across 295 Wikinews articles.

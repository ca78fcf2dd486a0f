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
# # 4. Explore an analysed corpus
#
# `newskit.explore(analysis)` opens an interactive explorer over any analysed corpus:
#
# - **Search** titles (the list filters as you type) and pick an **article**;
# - filter claims by **source kind** (tick the kinds you want; *all* and *none* reset the boxes), **named /
#   unnamed** sources and a **date range** of publication;
# - read the article with its claims highlighted (same colours and S-labels as `render_article`) beside a
#   panel of its sources;
# - the **chart** below follows the same filters across the whole corpus (choose claims per month, top sources
#   or sources per article); the monthly chart has a real time axis, so a month without claims is a gap.
#
# The widgets need a running kernel: run this notebook in JupyterLab (`make lab`). In an HTML export the
# widgets stay empty, so the end of the notebook also shows a static snapshot.

# %%
import datetime as dt
from pathlib import Path

import pandas as pd

import newskit
from newskit.display import load_or_analyze

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"
pd.set_option("display.max_colwidth", 90)
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)

# %% [markdown]
# The explorer opens on the earliest article with every filter off. Re-running this cell gives a fresh one.

# %%
explorer = newskit.explore(analysis)
explorer

# %% [markdown]
# ## Driving it from code
#
# Every control is an attribute, so you can set filters in code (handy to share a view with a colleague) and
# read back what is shown: `.source_table` is the sources table of the current article, `.filtered_claims`
# the claims passing the filters, and `.chart_data` the numbers behind the chart. The examples below use a
# second explorer, `view`, so the one above stays as you left it; display `view` to see it.

# %%
view = newskit.explore(analysis)
view.search.value = "coronavirus"
view.named.value = "unnamed"
view.date_from.value = dt.date(2020, 1, 1)
view.date_to.value = dt.date(2020, 12, 31)
print(view)
view.source_table[["label", "source_name", "source_kind", "named", "n_claims"]]

# %% [markdown]
# Claims per month of 2020 (rows) and source kind (columns), every month of the range included:

# %%
view.chart_data

# %% [markdown]
# ## A static snapshot of a view
#
# `snapshot()` renders the current article, its sources and the chart as plain HTML, which survives export to
# HTML or PDF.

# %%
view.named.value = "all"
view.chart_kind.value = "top sources"
view.snapshot()

# %% [markdown]
# ## Your own corpus
#
# The explorer works on any `Analysis`: `newskit.explore(newskit.analyze(newskit.read_articles("my_folder")))`.
# For large corpora the article list shows the first 1,000 matches; narrow it with the search box or dates.
# **Limits:** the highlighted claims are automatic extractions; the explorer is the quickest way to check
# them article by article before trusting a count.

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
# - **Search** titles and pick an **article**;
# - filter claims by **source kind**, **named / unnamed** sources and a **date range** of publication;
# - read the article with its claims highlighted (same colours and labels as `render_article`) beside a table
#   of its sources;
# - the **chart** below follows the same filters across the whole corpus (choose claims per month, top sources
#   or sources per article).
#
# The widgets need a running kernel: run this notebook in JupyterLab (`make lab`). In an HTML export the
# widgets stay empty, so the end of the notebook also shows a static snapshot.

# %%
from pathlib import Path

import pandas as pd

import newskit
from newskit.display import load_or_analyze

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"
pd.set_option("display.max_colwidth", 90)

# %%
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
explorer = newskit.explore(analysis)
explorer

# %% [markdown]
# ## Driving it from code
#
# Every control is an attribute, so you can set filters in code (handy to share a view with a colleague) and
# read back what is shown: `explorer.source_table` is the sources table of the current article,
# `explorer.filtered_claims` the claims passing the filters, and `explorer.chart_data` the numbers behind the
# chart. Changing a value updates the explorer above too.

# %%
import datetime as dt

explorer.search.value = "coronavirus"
explorer.named.value = "unnamed"
explorer.date_from.value = dt.date(2020, 1, 1)
explorer.date_to.value = dt.date(2020, 12, 31)
print(explorer)
explorer.source_table

# %%
explorer.chart_data.tail()

# %% [markdown]
# ## A static snapshot of the current view
#
# `explorer.snapshot()` renders the current article, its sources and the chart as plain HTML, which survives
# export to HTML or PDF.

# %%
explorer.named.value = "all"
explorer.chart_kind.value = "top sources"
explorer.snapshot()

# %% [markdown]
# ## Your own corpus
#
# The explorer works on any `Analysis`: `newskit.explore(newskit.analyze(newskit.read_articles("my_folder")))`.
# For large corpora the article list shows the first 1,000 matches; narrow it with the search box or dates.
# **Limits:** the highlighted claims are automatic extractions; the explorer is the quickest way to check
# them article by article before trusting a count.

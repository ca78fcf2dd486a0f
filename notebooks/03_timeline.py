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
# # 3. A story timeline: the 2020 COVID-19 coverage
#
# News reports events on one day that happened on another: "on Saturday", "last October", "the meeting is to
# take place on Monday". newskit resolves each time expression against the article's publication date and the
# tense of its sentence, and places the event on a timeline. Here we build the timeline of the Wikinews
# articles of 2020 that mention COVID-19, keep **event dates** apart from **reporting dates**, find
# **scheduled (future) events**, group **repeated reports** of the same event, and filter by source kind.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import newskit
from newskit.display import load_or_analyze

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"
pd.set_option("display.max_colwidth", 90)

# %%
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
arts = analysis.articles[analysis.articles["error"].isna()]
is_covid = arts["text"].str.contains(r"COVID|coronavirus|SARS-CoV-2", case=False, regex=True)
covid = arts[is_covid & (arts["published"].dt.year == 2020)]
print(f"{len(covid)} COVID-19 articles published in 2020")
covid[["article_id", "published", "title"]].head()

# %% [markdown]
# `build_timeline` turns the claims and time expressions of these articles into one row per dated event:
# the sentence (or the claim) with its event interval (`date_start`, `date_end`, `granularity`), the article's
# `published` date, whether it `is_future`, and for claims the source. Events across articles that report the
# same thing on the same date share a `story_id`.

# %%
claims = analysis.claims[analysis.claims["article_id"].isin(covid["article_id"])]
timexes = analysis.timexes[analysis.timexes["article_id"].isin(covid["article_id"])]
timeline = newskit.build_timeline(covid, claims=claims, timexes=timexes)
print(f"{len(timeline)} dated events, {timeline['story_id'].nunique()} stories")
timeline[["published", "date_start", "granularity", "is_future", "source_name", "text"]].sample(8, random_state=1)

# %% [markdown]
# Articles also mention history ("founded in 1869", "the 1990s", "this century"). Those events stay in the
# table; for the pictures of the pandemic year we keep the events dated between December 2019 and March 2021,
# and, for the story timeline, those dated to a day or a week (months and years would span the whole chart).

# %%
in_period = (timeline["date_start"] >= "2019-12-01") & (timeline["date_end"] <= "2021-04-01")
story = timeline[in_period]
precise = story[story["granularity"].isin(["day", "week"])]
print(f"{len(story)} events in the pandemic period, {len(precise)} of them dated to a day or a week")

# %% [markdown]
# ## The timeline
#
# **How to read it:** time runs left to right; each event is drawn over the interval its date covers (a week is
# a week wide, a day a day), coloured by the kind of source that reported it; future (scheduled) events are
# marked as such. See the legend for the marks. **Limits:** only events with a resolvable date appear; vague
# references ("recently", "in the past") are kept in the table as `PAST_REF`-style values but have no
# interval to draw.

# %%
ax = newskit.plot_timeline(precise)
plt.show()

# %% [markdown]
# ## Event dates vs reporting dates
#
# **How to read it:** each mark is an event, placed at the date the article appeared (x) and the date of the
# event (y), with its interval drawn as a vertical bar. Marks on the dashed diagonal were reported the day they
# happened; below it, the article looks back; above it, the article announces something scheduled (hollow
# marks). **Limits:** history, anniversaries and anything more than a year away are left out to keep the
# news-time part readable (their number is in the title). Dates known only to the month or year are pale bars without a mark (their middle means nothing).

# %%
ax = newskit.display.plot_event_dates(timeline)
plt.show()

# %% [markdown]
# ## Future (scheduled) events
#
# What the coverage announced before it happened: dates resolved as later than the article's publication, or
# stated in the future tense ("is to take place", "will hold").

# %%
future = story[story["is_future"].fillna(False)]
future[["published", "date_start", "granularity", "source_name", "text"]].sort_values("date_start").head(15)

# %% [markdown]
# ## The same event reported repeatedly
#
# Events on the same date that share entities and wording are grouped into a story; `story_n_articles` and
# `story_n_sources` count how many articles and distinct sources report it. Stories reported by several
# articles are what a timeline should show once, not five times.

# %%
repeated = (
    story[story["story_n_articles"].fillna(0) > 1]
    .sort_values(["story_n_articles", "date_start"], ascending=[False, True])
    .drop_duplicates("story_id")
)
repeated[["date_start", "story_n_articles", "story_n_sources", "text"]].head(10)

# %% [markdown]
# ## Filtering by source kind
#
# The same views for the events reported by government sources only: the official timeline, to compare with
# what people and organisations said.

# %%
official = story[story["source_kind"] == "government"]
print(f"{len(official)} events reported by government sources")
if len(official):
    ax = newskit.plot_timeline(official)
    plt.show()

# %% [markdown]
# ## A table to export
#
# One row per event with the dates an analyst needs; `to_csv` writes it for a spreadsheet or a newsroom CMS.

# %%
export = timeline[
    [
        "story_id",
        "date_start",
        "date_end",
        "granularity",
        "value",
        "is_future",
        "published",
        "article_id",
        "source_name",
        "source_kind",
        "named",
        "story_n_articles",
        "text",
    ]
]
out = Path("..") / "out"
out.mkdir(exist_ok=True)
export.sort_values(["date_start", "story_id"]).to_csv(out / "covid_2020_timeline.csv", index=False)
print("written", out / "covid_2020_timeline.csv")
export.sort_values("date_start").head()

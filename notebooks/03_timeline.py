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

import pandas as pd
from IPython.display import display

import newskit
from newskit.display import load_or_analyze, show, show_figure, timeline_chart
from newskit.frames.timeline import story_table

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"

# %%
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
arts = analysis.articles[analysis.articles["error"].isna()]
is_covid = arts["text"].str.contains(r"COVID|coronavirus|SARS-CoV-2", case=False, regex=True)
covid = arts[is_covid & (arts["published"].dt.year == 2020)]
print(f"{len(covid)} COVID-19 articles published in 2020")
show(covid, ["article_id", "published", "title"], max_rows=5)

# %% [markdown]
# `build_timeline` turns the claims and time expressions of these articles into one row per dated event: a
# claim (or, outside claims, a sentence) and the date it speaks of, with the event interval (`date_start`,
# `date_end`, `granularity`), the article's `published` date, whether it `is_future`, and for claims the
# source. A sentence naming its date twice is one event. Events across articles that report the same thing on
# the same date share a `story_id`; identical or near-identical reports are always one story.

# %%
claims = analysis.claims[analysis.claims["article_id"].isin(covid["article_id"])]
timexes = analysis.timexes[analysis.timexes["article_id"].isin(covid["article_id"])]
timeline = newskit.build_timeline(covid, claims=claims, timexes=timexes)
print(f"{len(timeline)} dated events, {timeline['story_id'].nunique()} stories")
show(timeline.sample(8, random_state=1))

# %% [markdown]
# ### What "future" means, checked on the whole corpus
#
# An event is *future* (scheduled or expected when reported) when its interval starts after the publication
# day: "this year" or "this month" contain the publication date and are current, "today" is not future; a
# time later on the publication day counts when its clause is in the future tense. Two checks over all 295
# articles: no future event starts on or before its publication day, and no two stories hold the same text on
# the same date.

# %%
corpus = newskit.build_timeline(arts, claims=analysis.claims, timexes=analysis.timexes)
future_all = corpus[corpus["is_future"].astype(bool)]
day0 = future_all["published"].dt.floor("D")  # the publication day is [day0, day0 + 1 day)
contains_or_precedes = (future_all["date_start"] <= day0) | (future_all["date_end"] <= day0)
false_future = int(contains_or_precedes.sum())  # "tonight" (later on the publication day, future tense) is future
words = corpus["text"].str.lower().str.findall(r"[a-z][a-z'’-]+").str.join(" ")
split = corpus.assign(_words=words).groupby(["_words", "date_start", "date_end"])["story_id"].nunique()
print(f"corpus: {len(corpus)} events, {corpus['story_id'].nunique()} stories, {len(future_all)} future events")
print(f"future events whose interval contains or precedes their publication day: {false_future}")
print(f"identical reports of one date split over several stories: {int((split > 1).sum())}")
assert false_future == 0 and (split == 1).all()

# %% [markdown]
# Articles also mention history ("founded in 1869", "the 1990s", "this century"). Those events stay in the
# table; for the pictures of the pandemic year we keep the events dated between December 2019 and March 2021,
# and, for the story timeline, those dated to a day or a week (a month or a year is not one event).

# %%
in_period = (timeline["date_start"] >= "2019-12-01") & (timeline["date_end"] <= "2021-04-01")
story = timeline[in_period]
precise = story[story["granularity"].isin(["day", "week"])]
print(f"{len(story)} events in the pandemic period, {len(precise)} of them dated to a day or a week")

# %% [markdown]
# ## The story timeline
#
# **How to read it:** one row per story, the 20 most reported (by articles, then reports); stories that were
# *scheduled* when first reported sit on top, past or current ones below the line, each part in date order.
# A row's label is the event date, the first report and how many articles reported it; its bar covers the
# interval of the date (a week is a week wide), coloured by the kind of source; grey ticks are the days the
# reports were published. **Limits:** only events with a resolvable date appear; vague references
# ("recently") have no interval to draw.

# %%
N_STORIES = 20
stories = story_table(precise)
top = stories.head(N_STORIES)
n_events = int(precise["story_id"].isin(top["story_id"]).sum())
print(f"{n_events} events in {len(top)} stories: the {len(top)} most reported of {len(stories)} stories")
ax = newskit.plot_timeline(precise, max_stories=N_STORIES)
assert (
    ax.get_title()
    == f"Timeline: {n_events} events in {len(top)} stories (the {len(top)} most reported of {len(stories)} stories)"
)
show_figure(ax)

# %% [markdown]
# The same stories, interactive: hover a mark for the claim or sentence, its source and its article; drag
# along the time axis to pan, scroll to zoom. (Rendered by JupyterLab itself, no network needed;
# `chart.save("timeline.png")` writes a static copy.)

# %%
timeline_chart(precise, max_stories=N_STORIES)

# %% [markdown]
# ## Event dates vs reporting dates
#
# **How to read it:** each mark is an event, placed at the date the article appeared (x) and the date of the
# event (y), with its interval drawn as a vertical bar. Marks on the dashed diagonal were reported the day they
# happened; below it, the article looks back; above it, the article announces something scheduled (hollow
# marks). **Limits:** history, anniversaries and anything more than a year away are left out to keep the
# news-time part readable (their number is in the title). Dates known only to the month or year are pale bars
# without a mark (their middle means nothing).

# %%
year = pd.Timedelta(days=365.25)
near = (timeline["date_start"] >= timeline["published"] - year) & (timeline["date_end"] <= timeline["published"] + year)
print(f"{int(near.sum())} events within a year of their report; {int((~near).sum())} further away, not drawn")
ax = newskit.display.plot_event_dates(timeline)
assert f"({int(near.sum())} events; {int((~near).sum())} more than 1 year" in ax.get_title()
show_figure(ax)

# %% [markdown]
# ## Future (scheduled) events
#
# What the coverage announced before it happened: events whose date starts after the day the article was
# published.

# %%
future = story[story["is_future"].fillna(False)]
print(f"{len(future)} future events in the pandemic period")
show(future.sort_values("date_start"), ["published", "date_start", "granularity", "source_name", "text"], max_rows=15)

# %% [markdown]
# ## The same event reported repeatedly
#
# Events on the same date that share entities and wording are grouped into a story; `n_articles` and
# `n_sources` count how many articles and distinct sources report it. Stories reported by several articles are
# what a timeline should show once, not five times.

# %%
repeated = story_table(story).query("n_articles > 1")
print(f"{len(repeated)} stories reported by more than one article")
show(repeated, ["date_start", "n_articles", "n_sources", "n_events", "text"], max_rows=10)

# %% [markdown]
# ## Filtering by source kind
#
# The same view for the events reported by government sources only: the official timeline, to compare with
# what people and organisations said.

# %%
official = precise[precise["source_kind"] == "government"]
official_top = story_table(official).head(N_STORIES)
n_official = int(official["story_id"].isin(official_top["story_id"]).sum())
print(
    f"{len(official)} events reported by government sources; drawn: {n_official} events in {len(official_top)} stories"
)
if len(official):
    ax = newskit.plot_timeline(official, max_stories=N_STORIES)
    assert ax.get_title().startswith(f"Timeline: {n_official} events in {len(official_top)} stories")
    display(show_figure(ax))

# %% [markdown]
# ## A table to export
#
# One row per event with the dates an analyst needs; `to_csv` writes it for a spreadsheet or a newsroom CMS
# (the file keeps full timestamps; the table below is formatted for reading).

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
show(export.sort_values("date_start"), ["date_start", "granularity", "is_future", "source_name", "text"], max_rows=5)

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
# # 2. Source counts across a corpus
#
# How many sources does a story cite? How often do reporters rely on sources they do not name, and does that
# change over time or by topic? Which sources dominate the coverage, and who relays claims made by others?
#
# The corpus is the **295 English Wikinews articles** bundled with newskit (January 2019 to March 2021,
# CC BY 2.5). Every figure below is drawn by a newskit function that returns the matplotlib Axes, and every
# number behind a figure is a DataFrame you can inspect or export.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import display

import newskit
from newskit.display import load_or_analyze, show, show_figure
from newskit.frames.ranking import RANKED_BY, merge_source_aliases, top_sources, unattributed_claims

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"

# %%
articles = newskit.datasets.wikinews()
analysis = load_or_analyze(articles, CACHE)
analysis

# %% [markdown]
# We add two grouping columns to the articles: the publication **month** is derived by newskit itself
# (`by="month"`), the **topic** we assign here with keyword rules you can read and change.

# %%
# Topic by keywords in the title and first paragraph: crude but transparent; edit the lists to suit.
TOPIC_RULES = {
    "COVID-19": ["covid", "coronavirus", "sars-cov-2", "pandemic", "lockdown", "vaccine"],
    "elections & politics": [
        "election",
        "elect",
        "vote",
        "primary",
        "primaries",
        "parliament",
        "president",
        "prime minister",
        "minister",
        "senate",
        "congress",
        "impeach",
        "protest",
        "party",
    ],
    "disasters & accidents": [
        "earthquake",
        "flood",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "fire",
        "explosion",
        "crash",
        "collapse",
        "tornado",
        "volcano",
        "eruption",
    ],
    "crime & justice": [
        "court",
        "police",
        "arrest",
        "murder",
        "shooting",
        "killed",
        "trial",
        "sentenced",
        "charged",
        "attack",
    ],
    "sport": [
        "football",
        "cup",
        "championship",
        "olympic",
        "tournament",
        "league",
        "match",
        "chess",
        "cricket",
        "tennis",
        "rugby",
        "basketball",
        "wrestler",
    ],
    "science & health": ["study", "scientist", "research", "nasa", "space", "species", "disease", "health"],
}


def topic_of(row):
    head = (str(row["title"]) + " " + str(row["text"])[:400]).lower()
    for topic, words in TOPIC_RULES.items():
        if any(w in head for w in words):
            return topic
    return "other"


articles = analysis.articles[analysis.articles["error"].isna()].copy()
articles["topic"] = articles.apply(topic_of, axis=1)
claims = analysis.claims
articles["topic"].value_counts()

# %% [markdown]
# ## 1. Sources per article
#
# The distribution of distinct sources per article, counting named and unnamed sources separately.
#
# **How to read it:** each group of bars is a number of sources (x); bar height is the number of articles citing
# that many. The dark bar counts all sources, the solid blue bar named ones, the hatched bar unnamed ones.
# The dashed line marks the median article. **Limits:** a source is counted once per article however often
# it speaks; articles where newskit found no attribution at all (interviews written in the site's own voice,
# short briefs) appear at 0.

# %%
ax = newskit.plot_source_counts(claims, articles=articles)
display(show_figure(ax))
claims.newskit.per_article(articles).describe().round(1)

# %% [markdown]
# ## 2. Share of claims from unnamed sources, by month and by topic
#
# **How to read it:** each bar is the share of claims in that month (or topic) attributed to a source the
# article does not name ("officials", "a witness", "sources familiar with ..."). The number over each bar is
# how many claims it rests on; pale bars rest on fewer than 10 and should not be compared. The dashed line is
# the corpus-wide share. **Limits:** Wikinews writers cite published reports more than anonymous people, so
# expect lower shares than in wire copy; months with few articles swing widely.

# %%
ax = newskit.display.plot_unnamed_share(claims, by="month", articles=articles)
show_figure(ax)

# %%
ax = newskit.display.plot_unnamed_share(claims, by="topic", articles=articles, figsize=(8, 4))
show_figure(ax)

# %% [markdown]
# The same figures as a table: `source_counts` gives, per group, claims, distinct sources, named and unnamed
# sources, the unnamed share and relayed claims.

# %%
claims.newskit.source_counts(by="topic", articles=articles).pipe(show)

# %% [markdown]
# ## 3. Source kinds
#
# **How to read it:** one bar per source kind, solid for claims from named sources and hatched for unnamed
# ones; the number is the total. The second chart shows, per topic, what share of claims comes from each kind.
# **Limits:** the kind is decided from the source's description and entity type; organisations and
# government bodies are the hardest to tell apart (a ministry is government, a hospital is an organisation).

# %%
ax = newskit.display.plot_source_kinds(claims)
show_figure(ax)

# %%
ax = newskit.plot_source_counts(claims, by="topic", articles=articles, normalize=True, figsize=(8, 4.5))
show_figure(ax)

# %% [markdown]
# ## 4. The most cited sources, aliases merged
#
# Within an article newskit already merges "Alexander Stubb", "President Stubb" and "he". Across articles,
# `merge_source_aliases` joins spelling variants ("the World Health Organization" / "World Health
# Organization"), acronyms ("WHO", when only one long name in the corpus has those initials) and lone surnames
# ("Trump" with "Donald Trump", only when exactly one full name ends in that surname).
#
# **How to read it:** "most cited" here means the most *articles* citing a named source, then the most claims
# (a source quoted ten times in one story counts once); the label gives its total claims; colour is its kind.
# Placeholders such as "unidentified speaker" or "unspecified reports" name no source: their claims are
# listed apart as unattributed. **Limits:** unnamed sources are
# left out (they cannot be the same source across articles); automatic merging can still miss nicknames or
# join two people who share a surname if only one of them is named in full.

# %%
print(f"Most cited named sources, ranked by {RANKED_BY} (aliases merged across articles):")
display(show(top_sources(claims, n=10)))
ax = newskit.display.plot_top_sources(claims, n=15)
show_figure(ax)

# %%
unattributed = unattributed_claims(claims)
print(f"Unattributed claims (no source identified): {unattributed.sum()} of {len(claims)}")
unattributed.rename_axis("placeholder").reset_index().pipe(show)

# %% [markdown]
# Which names were merged:

# %%
named = claims[claims["named"].fillna(False)]
merged = pd.DataFrame({"as written": named["source_name"], "merged as": merge_source_aliases(named["source_name"])})
merged = merged[merged["as written"] != merged["merged as"]].value_counts().rename("claims").reset_index()
show(merged.head(15))

# %% [markdown]
# ## 5. Relayed claims (via chains)
#
# A claim is *relayed* when the article attributes it to a source through another one: "Reuters, citing a
# French official, reported ...". The source is the French official; Reuters is `via`.
#
# **How to read it:** one bar per relaying source, split by the kind of the original source. **Limits:**
# only explicit chains are found ("citing", "told X", "X reported that Y said"); a claim copied from another
# outlet without saying so cannot be seen in the text.

# %%
ax = newskit.display.plot_relays(claims, n=12)
display(show_figure(ax))
# four relayed claims, each checked against its article (the full list is claims.newskit.relayed())
expected = {
    "the ban on Mahan Air is not part of any broader plan": ("German government source", "Reuters"),
    "both production and export of oil had been disrupted": ("anonymous sources", "Reuters"),
    "mental health may be a factor in the attack": ("security source", "Daily Telegraph"),
    "Giuliani could be a conduit for Russian disinformation": ("intelligence officials", "Washington Post"),
}
relayed = claims.newskit.relayed()
showcase = relayed[relayed["content"].str.contains("|".join(expected), regex=True)]
for words, (source, via) in expected.items():
    row = showcase[showcase["content"].str.contains(words, regex=False)].iloc[0]
    assert (row["source_name"], row["via"]) == (source, via), row
show(showcase, ["article_id", "content", "source_name", "via"])

# %% [markdown]
# ## Reading these numbers responsibly
#
# - Counts come from automatic extraction; on newskit's hand-checked development set the scores are
#   reported in the project README. Spot-check a few articles with `newskit.render_article` (notebook 1) or
#   the explorer (notebook 4) before publishing a figure.
# - Wikinews is one outlet written by volunteers; its habits are not those of a wire service or a tabloid.
#   Compare outlets by adding an `outlet` column and grouping `by="outlet"`.
# - Export any table with `.to_csv(...)`, or the whole analysis with `analysis.to_parquet(folder)`.

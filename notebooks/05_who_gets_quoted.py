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
# # 5. Who gets quoted: source gender and group comparisons
#
# Media researchers ask *who* gets a voice: women or men, officials or citizens, named or unnamed people, and
# whether that differs between outlets, months or topics. This notebook answers those questions for the
# **295 bundled Wikinews articles**, with intervals that say how sure each figure is.
#
# **What `source_gender` is.** It is a *reader's inference* from the article and the name, never a person's
# identity: `female` or `male` when the article says so (pronouns newskit links to the source, Mr/Ms/Sir/Dame,
# nouns such as spokeswoman, chairman, actress, "his daughter X") or, failing that, when the first name is
# strongly one-sided (at least 95 % of its bearers in the shipped name table, from US Social Security baby
# names and international name lists); `mixed` for a group of women and men ("X and his wife Y"); `unknown`
# otherwise. **`unknown` is an answer**: it is counted and shown below, never guessed away. Organisations,
# governments, media and documents get no gender (null). The name table covers names common in the US and
# Europe well and is weak for many Asian and African names, which end up `unknown` unless the article says more.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import newskit
from newskit.display import load_or_analyze, plot_group_shares
from newskit.frames.groups import DIVERSITY_MEASURES, diversity, group_shares
from newskit.frames.sources import extract_sources

CACHE = Path("..") / "out" / "cache"  # the analysis shared with notebooks 02-04
FIGURES = Path("..") / "out" / "figures"
FIGURES.mkdir(parents=True, exist_ok=True)
pd.set_option("display.max_colwidth", 80)

analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
articles = analysis.articles[analysis.articles["error"].isna()].copy()
claims = analysis.claims
sources = extract_sources(claims)
persons = sources[sources["source_kind"] == "person"]
len(articles), len(claims), len(persons)

# %% [markdown]
# ## 1. How much can be told, and from what
#
# Each distinct person source per article, by inferred gender and by the evidence behind it. **How to read
# it:** `article` means the text itself says it, `name` that the first name decided, a blank evidence that
# nothing did. **Limits:** the evidence is what newskit found; a pronoun it could not link, or a first name
# missing from the table, leaves a source `unknown`.

# %%
table = pd.crosstab(persons["source_gender"].fillna("unknown"), persons["gender_evidence"].fillna("(none)"))
table["total"] = table.sum(axis=1)
table

# %% [markdown]
# **Why `unknown`?** Mostly groups ("officials", "witnesses", "four diplomats": a reader cannot tell), then
# unnamed single people ("a spokesperson", "the driver"), then names that are used by both sexes or missing
# from the table. The split below uses `named` and `source_count`.

# %%
unknown = persons[persons["source_gender"].fillna("unknown") == "unknown"]
reason = pd.Series("named person, name not decisive", index=unknown.index)
reason[~unknown["named"].fillna(False).astype(bool)] = "unnamed single person"
reason[unknown["source_count"].isna() | (unknown["source_count"].fillna(1) > 1)] = "group of people"
reason.value_counts()

# %% [markdown]
# ## 2. Female share across the corpus, by month and by topic
#
# `group_shares` gives per group the female share **of person sources read as female or male** (mixed and
# unknown are reported as counts, not in the ratio), with a 95 % bootstrap interval that resamples *articles*
# (claims in one article are not independent). **How to read the chart:** a dot is the share, the bar its
# interval; groups are sorted by share; the label gives the number of articles and of gendered sources. Grey
# dots are groups with fewer than 5 articles: too few to say anything. **Limits:** overlapping intervals mean
# the data cannot tell the groups apart; the share describes the sources newskit found, and Wikinews quotes
# officials and published reports more than the general public.

# %%
overall = group_shares(claims, ci=0.95)
overall[["female_share", "female_share_lo", "female_share_hi", "n_articles", "n_gendered", "n_gender_unknown"]]

# %%
articles["month"] = articles["published"].dt.tz_localize(None).dt.to_period("Q").astype(str)
by_month = group_shares(claims, by="month", articles=articles, ci=0.95)
ax = plot_group_shares(by_month, "female_share", by="month")
ax.set_title("Female share of gendered person sources, by quarter")
ax.figure.savefig(FIGURES / "05_female_share_by_quarter.png", dpi=110, bbox_inches="tight")
plt.show()

# %% [markdown]
# Quarters rather than months: Wikinews publishes a dozen articles a month here, too few per month for an
# interval worth reading. Topics come from a few keyword rules on the title (edit them to suit).

# %%
TOPICS = {
    "politics": ["election", "president", "minister", "parliament", "vote", "party", "protest"],
    "crime & disasters": ["police", "court", "killed", "attack", "fire", "crash", "earthquake", "storm"],
    "health & science": ["covid", "coronavirus", "virus", "study", "scientist", "health", "space"],
}


def topic(title: str) -> str:
    low = str(title).lower()
    return next((t for t, words in TOPICS.items() if any(w in low for w in words)), "other")


articles["topic"] = articles["title"].map(topic)
by_topic = group_shares(claims, by="topic", articles=articles, ci=0.95)
ax = plot_group_shares(by_topic, "female_share", by="topic")
ax.set_title("Female share of gendered person sources, by topic")
ax.figure.savefig(FIGURES / "05_female_share_by_topic.png", dpi=110, bbox_inches="tight")
plt.show()

# %% [markdown]
# ## 3. The most quoted women and men
#
# Named person sources by the number of articles quoting them. **Limits:** names are merged across articles
# by exact spelling only here; the gender is the one most of their claims got.

# %%
named = persons[persons["named"].fillna(False).astype(bool)]
top = (
    named.groupby(["source_gender", "source_name"])
    .agg(articles=("article_id", "nunique"), claims=("n_claims", "sum"))
    .reset_index()
    .sort_values(["articles", "claims"], ascending=False)
)
pd.concat([top[top["source_gender"] == g].head(8) for g in ("female", "male")], ignore_index=True)

# %% [markdown]
# ## 4. Named and unnamed sources by group
#
# The share of claims from sources the article does not name, per topic, with intervals. **How to read it:**
# as above; a high share means the topic leans on "officials", "witnesses" and "reports".

# %%
ax = plot_group_shares(by_topic, "unnamed_share", by="topic")
ax.set_title("Share of claims from unnamed sources, by topic")
ax.figure.savefig(FIGURES / "05_unnamed_share_by_topic.png", dpi=110, bbox_inches="tight")
plt.show()

# %% [markdown]
# ## 5. A diversity summary per topic
#
# One row per topic; what each measure means is printed below the table.

# %%
summary = diversity(claims, by="topic", articles=articles).round(3)
summary

# %%
for measure, meaning in DIVERSITY_MEASURES.items():
    print(f"{measure:20} {meaning}")

# %% [markdown]
# ## 6. The same on your own outlets
#
# Read your articles with an `outlet` column (a CSV, JSON lines or a folder of files:
# `newskit.read_articles("my_articles.csv")`), extract the claims, and group by `outlet`. `source_counts(...,
# ci=0.95)` adds the shares with intervals and the number of articles behind each figure to the usual counts.
# Here the Wikinews articles stand in for two "outlets" (by publication year) so that the cell runs.

# %%
articles["outlet"] = "wikinews-" + articles["published"].dt.year.astype(str)
counts = newskit.source_counts(claims, by="outlet", articles=articles, ci=0.95)
counts[
    [
        "outlet",
        "n_articles",
        "n_claims",
        "sources_female",
        "sources_male",
        "sources_gender_unknown",
        "female_share",
        "female_share_lo",
        "female_share_hi",
        "unnamed_share",
        "unnamed_share_lo",
        "unnamed_share_hi",
    ]
]

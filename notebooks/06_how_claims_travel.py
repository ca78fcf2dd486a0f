# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 6. How claims travel: wire copy, the same claim across articles, and who relays whom
#
# One wire story reprinted by forty outlets is counted forty times by a naive source count, and nobody sees
# when a claim first appeared and who repeated it. This notebook finds **copies and wire copy**
# (`find_duplicates`), shows how **source counts change when each group of copies counts once**
# (`source_counts(..., dedupe=True)`), follows **one claim across articles and outlets over time**
# (`claim_groups`, `claim_spread`) and draws the **relay network** (`relay_graph`).
#
# **The corpus here is constructed, and says so.** The bundled Wikinews articles are not republished
# anywhere in the sample, and we know of no small, openly licensed set of republished news. So we take one
# Wikinews article (CC BY 2.5: *Germany bans Mahan Air of Iran, citing 'security'*), present it as a Reuters
# wire story, and make **five constructed copies** of it as outlets would print it (headline changed, trimmed,
# paragraphs reordered, byline added, credit dropped, words edited), plus **two constructed follow-up
# reports** written in other words that repeat some of its claims. Ten unrelated Wikinews articles,
# two of them separate reports of the same event, make up the rest.

# %%
import re
from pathlib import Path

import pandas as pd

import newskit

FIGURES = Path("..") / "out" / "figures"
FIGURES.mkdir(parents=True, exist_ok=True)
pd.set_option("display.max_colwidth", 80)

wikinews = newskit.datasets.wikinews().set_index("article_id", drop=False)
story = wikinews.loc["wikinews-015", "text"]
paras = re.split(r"\n\s*\n", story)
monday = pd.Timestamp("2019-01-21 09:00", tz="UTC")

FOLLOW_UP_1 = """Iran's Mahan Air can no longer fly to Germany after Berlin revoked its permit on Monday.

The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's \
destructive ambitions in the region, US Secretary of State Mike Pompeo wrote on Twitter.

A German government official told Reuters that the ban was not part of a broader plan to increase \
sanctions on Iran.

Mahan Air, founded in 1992, has been under United States sanctions since 2011."""

FOLLOW_UP_2 = """Officials in Washington welcomed Germany's decision to ban the airline this week.

The airline transports weapons and fighters across the Middle East, US officials said on Wednesday.

Richard Grenell, the US ambassador, said Mahan had contributed to human suffering, violence, and political \
instability across the world."""


def article(aid, outlet, hours, title, text, how):
    return {
        "article_id": aid,
        "outlet": outlet,
        "published": monday + pd.Timedelta(hours=hours),
        "title": title,
        "text": text,
        "constructed": how,
    }


rows = [
    article(
        "wire",
        "Reuters",
        0,
        "Germany bans Iran's Mahan Air",
        "BERLIN (Reuters) - " + story,
        "wire story: Wikinews 015 with a Reuters dateline",
    ),
    article("courier", "Daily Courier", 3, "Berlin grounds Iranian airline", story, "copy, new headline"),
    article(
        "herald",
        "Metro Herald",
        5,
        "Germany bans Mahan Air",
        "By Herald staff and Reuters\n\n" + "\n\n".join(paras[:3]),
        "copy trimmed to 3 paragraphs, byline",
    ),
    article(
        "valley",
        "Valley Times",
        23,
        "Mahan Air banned",
        "\n\n".join(paras[3:] + paras[:3]),
        "copy, paragraphs reordered, credit dropped",
    ),
    article(
        "northern",
        "Northern Post",
        26,
        "Germany bars Iranian carrier",
        story.replace("banned", "barred").replace("European nation", "country")
        + "\n\nFlights from Hamburg to Tehran were not affected, the airport said.",
        "copy, words edited, local paragraph added",
    ),
    article("ledger", "City Ledger", 33, "Mahan Air ban", "By Anna Berg\n\n" + story, "copy, byline added"),
    article(
        "observer",
        "Gulf Observer",
        50,
        "Mahan Air loses German permit",
        FOLLOW_UP_1,
        "follow-up in other words (hand-written)",
    ),
    article(
        "evening",
        "Evening Ledger",
        74,
        "Washington welcomes airline ban",
        FOLLOW_UP_2,
        "follow-up in other words (hand-written), names dropped",
    ),
]
others = [
    "wikinews-010",
    "wikinews-011",
    "wikinews-012",
    "wikinews-013",
    "wikinews-016",
    "wikinews-019",
    "wikinews-020",
    "wikinews-022",
    "wikinews-089",
    "wikinews-101",
]
for aid in others:
    r = wikinews.loc[aid]
    rows.append(
        {
            "article_id": aid,
            "outlet": "Wikinews",
            "published": r["published"],
            "title": r["title"],
            "text": r["text"],
            "constructed": "unchanged Wikinews article",
        }
    )
corpus = pd.DataFrame(rows)
corpus[["article_id", "outlet", "published", "title", "constructed"]]

# %% [markdown]
# One pass of `analyze` gives every frame; everything below is pandas on these frames (nothing is parsed
# again).

# %%
analysis = newskit.analyze(corpus, progress=False)
arts = analysis.articles
print(analysis)

# %% [markdown]
# ## Copies and wire copy
#
# `find_duplicates` compares overlapping five-word runs (shingles) of every text with MinHash sketches and
# locality-sensitive hashing (datasketch), so it scales to hundreds of thousands of articles. `similarity` is
# the estimated share of the shorter text found in the other, so a trimmed copy still scores high.
# `duplicate_of` is the earliest published copy; `wire` is the agency an article's own byline or dateline
# credits, and `group_wire` the agency credited by any copy in its group. What to check: the five copies
# point at the wire story, the follow-ups (other words) and the two separate Wikinews reports on the
# suspension of the UK Parliament (089, 101) do not.

# %%
dups = newskit.find_duplicates(arts)
arts = arts.merge(dups, on="article_id")
arts[["article_id", "outlet", "published", "duplicate_of", "similarity", "n_copies", "wire", "group_wire"]]

# %% [markdown]
# ## Counting each group of copies once
#
# Per outlet, the plain count credits every outlet that reprinted the wire story with its claims; with
# `dedupe=True` only the earliest copy (the wire story) keeps them. The corpus-wide totals show what a
# naive count overstates.

# %%
plain = analysis.claims.newskit.source_counts(by="outlet", articles=arts)
dedup = analysis.claims.newskit.source_counts(by="outlet", articles=arts, dedupe=True)
compare = (
    plain.set_index("outlet")[["n_claims", "n_sources", "n_named_sources"]]
    .join(dedup.set_index("outlet")[["n_claims", "n_sources", "n_named_sources"]], rsuffix="_dedupe")
    .fillna(0)
)
print(f"claims: {len(analysis.claims)} counted plainly, {int(dedup['n_claims'].sum())} with dedupe=True")
compare.astype(int)

# %% [markdown]
# ## One claim followed across articles
#
# `claim_groups` joins claims in different articles that report the same statement by the same source (or
# by an unnamed source): content words compared by TF-IDF cosine, with vetoes for a flipped negation,
# changed numbers and two different named sources. Each row says where and when the claim first appeared,
# how many articles and outlets carry it, how many *independent* reports (copy groups) there are, whether
# later reports drop or add the source's name, and the relays named. What to check: the German official's
# claim relayed by Reuters is carried by the wire story, its copies and the first follow-up, which words it
# differently; Pompeo's claim loses his name in the second follow-up (`name_dropped`).

# %%
claims = analysis.claims.assign(claim_group=newskit.group_claims(analysis.claims, arts))
groups = newskit.claim_groups(claims, arts, duplicates=dups)
groups[
    [
        "claim_group",
        "source_name",
        "content",
        "n_articles",
        "n_outlets",
        "n_copy_groups",
        "first_outlet",
        "name_dropped",
        "relays",
        "cues",
    ]
].head(8)

# %% [markdown]
# The spread of the most widely carried claim that reached an independent report: one line per outlet in
# the order they first reported it, the star is the first report, hollow dots are copies of an earlier
# article, grey dots leave the source unnamed.

# %%
travelled = groups[groups["n_copy_groups"] > 1]
top = (travelled if len(travelled) else groups).iloc[0]
spread = newskit.claim_spread(claims, arts, groups=top["claim_group"])
ax = newskit.plot_claim_spread(spread, title=f"{top['source_name']}: \u201c{top['content'][:70]}...\u201d")
ax.figure.tight_layout()
ax.figure.savefig(FIGURES / "06_claim_spread.png", dpi=110)
spread[["outlet", "article_id", "published", "n_claims", "first_in_outlet", "is_copy", "named", "via"]]

# %% [markdown]
# ## Who relays whom
#
# `relay_graph` (also `claims.newskit.relays(articles)`) is a networkx `DiGraph`: source -> relay ->
# outlet, each edge weighted by the claims that took it. Unnamed sources are pooled by kind. The plot
# keeps the most connected names and puts sources, relays and outlets in three columns; the counts in
# brackets are claims. Here the network is computed on the deduplicated claims, so the wire story's path
# through Reuters counts once rather than six times.

# %%
graph = claims.newskit.relays(arts)
dedup_graph = newskit.relay_graph(
    claims[claims["article_id"].isin(arts.loc[arts["duplicate_of"].isna(), "article_id"])], arts
)
print(
    f"{graph.number_of_nodes()} names, {graph.number_of_edges()} edges; "
    f"deduplicated: {dedup_graph.number_of_edges()} edges"
)
ax = newskit.plot_relay_graph(dedup_graph, top=30)
ax.figure.tight_layout()
ax.figure.savefig(FIGURES / "06_relay_graph.png", dpi=110)
relayed = [
    (u, v, d["weight"])
    for u, v, d in graph.edges(data=True)
    if graph.nodes[u]["role"] == "relay" or graph.nodes[v]["role"] == "relay"
]
pd.DataFrame(relayed, columns=["from", "to", "claims"]).sort_values("claims", ascending=False).head(10)

# %% [markdown]
# ## On the story timeline
#
# The timeline of `analyze` has one row per dated event, claims attached (`claim_id`). `add_claim_groups`
# puts the claim group on each event, so the events of a story can be filtered to the claims that
# travelled, and each such event shows how far its claim went.

# %%
timeline = newskit.add_claim_groups(analysis.timeline, claims)
on_tl = timeline.merge(groups[["claim_group", "n_articles", "n_outlets"]], on="claim_group")
on_tl[["article_id", "date_start", "granularity", "text", "source_name", "n_articles", "n_outlets"]].head(10)

# %% [markdown]
# ## What to take from it
#
# - Copies are found by shared wording, not by topic: separate reports of one event stay apart, and a
#   trimmed or re-edited copy is still a copy. A copy trimmed below about a third of the original, or
#   rewritten sentence by sentence, is a new article to this method.
# - `dedupe=True` is the count to report when outlets reprint wire copy; the plain count is the count of
#   what readers saw.
# - Claim groups are lexical: a paraphrase that shares few content words with the first report is missed,
#   and two different statements of one source that share most of their words can be joined (negations and
#   changed numbers are vetoed). The thresholds and the hand-made pairs behind them are documented in
#   `newskit.frames.claim_groups` and its tests.

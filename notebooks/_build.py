"""Write the curated notebooks (without outputs): ``python notebooks/_build.py``.

The committed ``.ipynb`` files are the product; this script is how they are kept consistent. Edit the cell
text here, rebuild, and commit both. ``tests/test_notebooks_clean.py`` checks they carry no outputs.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

SETUP = """\
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import newskit
from newskit.display import load_or_analyze

# Notebooks 02-04 share one analysis of the Wikinews corpus: the first to run analyses it (about a minute)
# and stores it as Parquet under ../out/cache; the others read it in a second.
CACHE = Path("..") / "out" / "cache"
pd.set_option("display.max_colwidth", 90)"""


def md(s: str):
    return new_markdown_cell(s.strip("\n"))


def code(s: str):
    return new_code_cell(s.strip("\n"))


def quickstart():
    return [
        md("""
# 1. Quickstart: from a scraped article to claims and sources

newskit reads news articles and tells you **who said what**: one row per *claim* (an attributed statement)
and one row per *source*, as pandas DataFrames you can count, filter and join.

This notebook takes one article, the *seed* article bundled with newskit (a story about a U.S. questionnaire
to European governments on security guarantees for Ukraine, scraped from a news site exactly as it came), and
walks it from raw text to a table of claims, a table of sources and the article shown with every claim
highlighted. It ends with how to load your own articles.
"""),
        code("""
import tempfile
from pathlib import Path

import pandas as pd

import newskit

pd.set_option("display.max_colwidth", 100)
SEED = "seed-ukraine-security-survey"
"""),
        md("""
## The raw text

Scraped pages carry boilerplate: a section label glued to the headline, the headline and an image caption
repeated, a photo credit and the byline between paragraphs. Here are the first lines of the file as scraped:
"""),
        code("""
raw = (newskit.datasets.data_dir() / "seed" / "ukraine-security-survey.txt").read_text(encoding="utf-8")
print(raw[:900])
"""),
        md("""
## Reading it

`newskit.read_articles` accepts a folder, files, a CSV or a DataFrame and returns one row per article with
cleaned `text` and metadata (here from the `.json` sidecar next to the `.txt` file). Every character offset
newskit reports later points into this cleaned `text`.
"""),
        code("""
articles = newskit.datasets.seed()
articles[["article_id", "title", "author", "published", "published_from", "n_chars"]]
"""),
        code("""
print(articles["text"].iloc[0][:900])
"""),
        md("""
## Analysing it

`newskit.analyze` parses each article once and returns an `Analysis` holding every view as a DataFrame:
`claims`, `sources`, `timexes` (time expressions), `timeline` and `errors`.
"""),
        code("""
analysis = newskit.analyze(articles, progress=False)
analysis
"""),
        md("""
### Claims: who said what

One row per claim. `content` is what was claimed, `quote_type` whether it was a direct quote, reported
(indirect) speech or a mix; `source_name` is who said it (the full name when the article names the source,
else a short description such as "European sources"), `source_kind` one of person, organization, government,
media, document or unknown; `named` whether the source is identified by a proper name; `source_count` how
many people stand behind it ("Four European diplomats" is 4); `via` the outlet or person that relayed it
("Reuters reports, citing ...").
"""),
        code("""
claims = analysis.claims
claims[["content", "quote_type", "source_name", "source_kind", "named", "source_count", "via"]]
"""),
        md("""
### Sources: one row per distinct source

Mentions of the same source are merged ("Alexander Stubb", "President Stubb" and "he" are one source),
so `n_claims` counts what each source contributed.
"""),
        code("""
analysis.sources[["source_name", "source_kind", "named", "source_count", "descriptor", "n_claims", "mentions"]]
"""),
        md("""
## The article, with its claims highlighted

How to read it: each **claim** is shaded in the colour of its source's kind (legend at the top); the
**source mention** is boxed and followed by its label (source number, kind, named or unnamed, how many people,
and who relayed it); the **cue** ("said", "reported") is underlined with dots. The table underneath lists
each source once. Hover over a highlight for the full label.

Everything from the article is escaped: if an article contained `<script>`, you would read it here as text.
"""),
        code("""
newskit.render_article(SEED, analysis)
"""),
        md("""
## One-liners on any claims table

Importing newskit adds a `.newskit` accessor to DataFrames with an `article_id` column: filters that chain
(`kind`, `named`, `relayed`), counts and views.
"""),
        code("""
claims.newskit.named(False)[["content", "source_name", "source_count"]]
"""),
        code("""
claims.newskit.source_counts()
"""),
        md("""
## Your own articles

`read_articles` takes a folder of text files (with optional `.json` sidecars for title, date and outlet),
saved HTML pages, CSV/JSON/Parquet tables or a DataFrame. Column names are matched case-insensitively
(`headline`/`title`, `body`/`content`/`text`, `date`/`published` ...). Below we write three small inputs to a
temporary folder and read them back.
"""),
        code("""
tmp = Path(tempfile.mkdtemp())

# 1. a folder of plain-text files; a sidecar .json gives the metadata
(tmp / "txt").mkdir()
(tmp / "txt" / "budget.txt").write_text(
    "The finance minister said on Tuesday that the budget would be balanced next year.", encoding="utf-8")
(tmp / "txt" / "budget.json").write_text('{"title": "Budget to balance", "published": "2024-05-14"}')

# 2. a saved HTML page
(tmp / "page.html").write_text(
    "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
    "<p>Union leaders said the strike was over after workers accepted a new contract on Friday.</p>"
    "</article></body></html>", encoding="utf-8")

# 3. a CSV with its own column names
pd.DataFrame({"headline": ["Rain delays harvest"], "date": ["2024-09-02"],
              "body": ["Farmers told reporters the rain had delayed the harvest by two weeks."]}
             ).to_csv(tmp / "news.csv", index=False)

own = pd.concat([newskit.read_articles(tmp / "txt"), newskit.read_articles(tmp / "page.html"),
                 newskit.read_articles(tmp / "news.csv")], ignore_index=True)
own[["article_id", "title", "published", "text"]]
"""),
        code("""
own_analysis = newskit.analyze(own, progress=False)
own_analysis.claims[["article_id", "content", "source_name", "source_kind", "named"]]
"""),
        md("""
## Limits worth knowing

- newskit finds claims with rules over spaCy's parse of English text. It misses claims whose attribution is
  far from the statement, and a source described only by a long clause may get a short, imperfect name.
  Check the highlighted article before quoting numbers from a single story.
- `named` means identified by a proper name in the article; a source named in another article is still
  unnamed here.
- Articles that could not be read or are not in English appear in `analysis.errors`, never silently dropped.

Next: `02_source_counts.ipynb` counts sources across 295 Wikinews articles.
"""),
    ]


TOPICS = """\
# Topic by keywords in the title and first paragraph: crude but transparent; edit the lists to suit.
TOPIC_RULES = {
    "COVID-19": ["covid", "coronavirus", "sars-cov-2", "pandemic", "lockdown", "vaccine"],
    "elections & politics": ["election", "elect", "vote", "primary", "primaries", "parliament", "president",
                             "prime minister", "minister", "senate", "congress", "impeach", "protest", "party"],
    "disasters & accidents": ["earthquake", "flood", "storm", "hurricane", "cyclone", "typhoon", "fire",
                              "explosion", "crash", "collapse", "tornado", "volcano", "eruption"],
    "crime & justice": ["court", "police", "arrest", "murder", "shooting", "killed", "trial", "sentenced",
                        "charged", "attack"],
    "sport": ["football", "cup", "championship", "olympic", "tournament", "league", "match", "chess",
              "cricket", "tennis", "rugby", "basketball", "wrestler"],
    "science & health": ["study", "scientist", "research", "nasa", "space", "species", "disease", "health"],
}


def topic_of(row):
    head = (str(row["title"]) + " " + str(row["text"])[:400]).lower()
    for topic, words in TOPIC_RULES.items():
        if any(w in head for w in words):
            return topic
    return "other"
"""


def source_counts_nb():
    return [
        md("""
# 2. Source counts across a corpus

How many sources does a story cite? How often do reporters rely on sources they do not name, and does that
change over time or by topic? Which sources dominate the coverage, and who relays claims made by others?

The corpus is the **295 English Wikinews articles** bundled with newskit (January 2019 to March 2021,
CC BY 2.5). Every figure below is drawn by a newskit function that returns the matplotlib Axes, and every
number behind a figure is a DataFrame you can inspect or export.
"""),
        code(SETUP),
        code("""
articles = newskit.datasets.wikinews()
analysis = load_or_analyze(articles, CACHE)
analysis
"""),
        md("""
We add two grouping columns to the articles: the publication **month** is derived by newskit itself
(`by="month"`), the **topic** we assign here with keyword rules you can read and change.
"""),
        code(
            TOPICS
            + """

articles = analysis.articles[analysis.articles["error"].isna()].copy()
articles["topic"] = articles.apply(topic_of, axis=1)
claims = analysis.claims
articles["topic"].value_counts()
"""
        ),
        md("""
## 1. Sources per article

The distribution of distinct sources per article, counting named and unnamed sources separately.

**How to read it:** each group of bars is a number of sources (x); bar height is the number of articles citing
that many. The dark bar counts all sources, the solid blue bar named ones, the hatched bar unnamed ones.
The dashed line marks the median article. **Limits:** a source is counted once per article however often
it speaks; articles where newskit found no attribution at all (interviews written in the site's own voice,
short briefs) appear at 0.
"""),
        code("""
ax = newskit.plot_source_counts(claims, articles=articles)
plt.show()
claims.newskit.per_article(articles).describe().round(1)
"""),
        md("""
## 2. Share of claims from unnamed sources, by month and by topic

**How to read it:** each bar is the share of claims in that month (or topic) attributed to a source the
article does not name ("officials", "a witness", "sources familiar with ..."). The number over each bar is
how many claims it rests on; pale bars rest on fewer than 10 and should not be compared. The dashed line is
the corpus-wide share. **Limits:** Wikinews writers cite published reports more than anonymous people, so
expect lower shares than in wire copy; months with few articles swing widely.
"""),
        code("""
ax = newskit.display.plot_unnamed_share(claims, by="month", articles=articles)
plt.show()
"""),
        code("""
ax = newskit.display.plot_unnamed_share(claims, by="topic", articles=articles, figsize=(8, 4))
plt.show()
"""),
        md("""
The same figures as a table: `source_counts` gives, per group, claims, distinct sources, named and unnamed
sources, the unnamed share and relayed claims.
"""),
        code("""
claims.newskit.source_counts(by="topic", articles=articles)
"""),
        md("""
## 3. Source kinds

**How to read it:** one bar per source kind, solid for claims from named sources and hatched for unnamed
ones; the number is the total. The second chart shows, per topic, what share of claims comes from each kind.
**Limits:** the kind is decided from the source's description and entity type; organisations and
government bodies are the hardest to tell apart (a ministry is government, a hospital is an organisation).
"""),
        code("""
ax = newskit.display.plot_source_kinds(claims)
plt.show()
"""),
        code("""
ax = newskit.plot_source_counts(claims, by="topic", articles=articles, normalize=True, figsize=(8, 4.5))
plt.show()
"""),
        md("""
## 4. The most cited sources, aliases merged

Within an article newskit already merges "Alexander Stubb", "President Stubb" and "he". Across articles,
`merge_source_aliases` joins spelling variants ("the World Health Organization" / "World Health
Organization"), acronyms ("WHO", when only one long name in the corpus has those initials) and lone surnames
("Trump" with "Donald Trump", only when exactly one full name ends in that surname).

**How to read it:** bars count the *articles* citing each named source (a source quoted ten times in one
story counts once); the label gives its total claims; colour is its kind. **Limits:** unnamed sources are
left out (they cannot be the same source across articles); automatic merging can still miss nicknames or
join two people who share a surname if only one of them is named in full.
"""),
        code("""
ax = newskit.display.plot_top_sources(claims, n=15)
plt.show()
"""),
        md("Which names were merged:"),
        code("""
named = claims[claims["named"].fillna(False)]
merged = pd.DataFrame({"as written": named["source_name"],
                       "merged as": newskit.display.merge_source_aliases(named["source_name"])})
merged = merged[merged["as written"] != merged["merged as"]].value_counts().rename("claims").reset_index()
merged.head(15)
"""),
        md("""
## 5. Relayed claims (via chains)

A claim is *relayed* when the article attributes it to a source through another one: "Reuters, citing a
French official, reported ...". The source is the French official; Reuters is `via`.

**How to read it:** one bar per relaying source, split by the kind of the original source. **Limits:**
only explicit chains are found ("citing", "told X", "X reported that Y said"); a claim copied from another
outlet without saying so cannot be seen in the text.
"""),
        code("""
ax = newskit.display.plot_relays(claims, n=12)
plt.show()
claims.newskit.relayed()[["article_id", "content", "source_name", "via"]].head(10)
"""),
        md("""
## Reading these numbers responsibly

- Counts come from automatic extraction; on newskit's hand-checked development set the scores are
  reported in the project README. Spot-check a few articles with `newskit.render_article` (notebook 1) or
  the explorer (notebook 4) before publishing a figure.
- Wikinews is one outlet written by volunteers; its habits are not those of a wire service or a tabloid.
  Compare outlets by adding an `outlet` column and grouping `by="outlet"`.
- Export any table with `.to_csv(...)`, or the whole analysis with `analysis.to_parquet(folder)`.
"""),
    ]


def timeline_nb():
    return [
        md("""
# 3. A story timeline: the 2020 COVID-19 coverage

News reports events on one day that happened on another: "on Saturday", "last October", "the meeting is to
take place on Monday". newskit resolves each time expression against the article's publication date and the
tense of its sentence, and places the event on a timeline. Here we build the timeline of the Wikinews
articles of 2020 that mention COVID-19, keep **event dates** apart from **reporting dates**, find
**scheduled (future) events**, group **repeated reports** of the same event, and filter by source kind.
"""),
        code(SETUP),
        code("""
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
arts = analysis.articles[analysis.articles["error"].isna()]
is_covid = arts["text"].str.contains(r"COVID|coronavirus|SARS-CoV-2", case=False, regex=True)
covid = arts[is_covid & (arts["published"].dt.year == 2020)]
print(f"{len(covid)} COVID-19 articles published in 2020")
covid[["article_id", "published", "title"]].head()
"""),
        md("""
`build_timeline` turns the claims and time expressions of these articles into one row per dated event:
the sentence (or the claim) with its event interval (`date_start`, `date_end`, `granularity`), the article's
`published` date, whether it `is_future`, and for claims the source. Events across articles that report the
same thing on the same date share a `story_id`.
"""),
        code("""
claims = analysis.claims[analysis.claims["article_id"].isin(covid["article_id"])]
timexes = analysis.timexes[analysis.timexes["article_id"].isin(covid["article_id"])]
timeline = newskit.build_timeline(covid, claims=claims, timexes=timexes)
print(f"{len(timeline)} dated events, {timeline['story_id'].nunique()} stories")
timeline[["published", "date_start", "granularity", "is_future", "source_name", "text"]].sample(8, random_state=1)
"""),
        md("""
Articles also mention history ("founded in 1869", "the 1990s", "this century"). Those events stay in the
table; for the pictures of the pandemic year we keep the events dated between December 2019 and March 2021,
and, for the story timeline, those dated to a day or a week (months and years would span the whole chart).
"""),
        code("""
in_period = (timeline["date_start"] >= "2019-12-01") & (timeline["date_end"] <= "2021-04-01")
story = timeline[in_period]
precise = story[story["granularity"].isin(["day", "week"])]
print(f"{len(story)} events in the pandemic period, {len(precise)} of them dated to a day or a week")
"""),
        md("""
## The timeline

**How to read it:** time runs left to right; each event is drawn over the interval its date covers (a week is
a week wide, a day a day), coloured by the kind of source that reported it; future (scheduled) events are
marked as such. See the legend for the marks. **Limits:** only events with a resolvable date appear; vague
references ("recently", "in the past") are kept in the table as `PAST_REF`-style values but have no
interval to draw.
"""),
        code("""
ax = newskit.plot_timeline(precise)
plt.show()
"""),
        md("""
## Event dates vs reporting dates

**How to read it:** each mark is an event, placed at the date the article appeared (x) and the date of the
event (y), with its interval drawn as a vertical bar. Marks on the dashed diagonal were reported the day they
happened; below it, the article looks back; above it, the article announces something scheduled (hollow
marks). **Limits:** history, anniversaries and anything more than a year away are left out to keep the
news-time part readable (their number is in the title). Dates known only to the month or year are pale bars without a mark (their middle means nothing).
"""),
        code("""
ax = newskit.display.plot_event_dates(timeline)
plt.show()
"""),
        md("""
## Future (scheduled) events

What the coverage announced before it happened: dates resolved as later than the article's publication, or
stated in the future tense ("is to take place", "will hold").
"""),
        code("""
future = story[story["is_future"].fillna(False)]
future[["published", "date_start", "granularity", "source_name", "text"]].sort_values("date_start").head(15)
"""),
        md("""
## The same event reported repeatedly

Events on the same date that share entities and wording are grouped into a story; `story_n_articles` and
`story_n_sources` count how many articles and distinct sources report it. Stories reported by several
articles are what a timeline should show once, not five times.
"""),
        code("""
repeated = (story[story["story_n_articles"].fillna(0) > 1]
            .sort_values(["story_n_articles", "date_start"], ascending=[False, True])
            .drop_duplicates("story_id"))
repeated[["date_start", "story_n_articles", "story_n_sources", "text"]].head(10)
"""),
        md("""
## Filtering by source kind

The same views for the events reported by government sources only: the official timeline, to compare with
what people and organisations said.
"""),
        code("""
official = story[story["source_kind"] == "government"]
print(f"{len(official)} events reported by government sources")
if len(official):
    ax = newskit.plot_timeline(official)
    plt.show()
"""),
        md("""
## A table to export

One row per event with the dates an analyst needs; `to_csv` writes it for a spreadsheet or a newsroom CMS.
"""),
        code("""
export = timeline[["story_id", "date_start", "date_end", "granularity", "value", "is_future", "published",
                   "article_id", "source_name", "source_kind", "named", "story_n_articles", "text"]]
out = Path("..") / "out"
out.mkdir(exist_ok=True)
export.sort_values(["date_start", "story_id"]).to_csv(out / "covid_2020_timeline.csv", index=False)
print("written", out / "covid_2020_timeline.csv")
export.sort_values("date_start").head()
"""),
    ]


def explorer_nb():
    return [
        md("""
# 4. Explore an analysed corpus

`newskit.explore(analysis)` opens an interactive explorer over any analysed corpus:

- **Search** titles and pick an **article**;
- filter claims by **source kind**, **named / unnamed** sources and a **date range** of publication;
- read the article with its claims highlighted (same colours and labels as `render_article`) beside a table
  of its sources;
- the **chart** below follows the same filters across the whole corpus (choose claims per month, top sources
  or sources per article).

The widgets need a running kernel: run this notebook in JupyterLab (`make lab`). In an HTML export the
widgets stay empty, so the end of the notebook also shows a static snapshot.
"""),
        code(SETUP),
        code("""
analysis = load_or_analyze(newskit.datasets.wikinews(), CACHE)
explorer = newskit.explore(analysis)
explorer
"""),
        md("""
## Driving it from code

Every control is an attribute, so you can set filters in code (handy to share a view with a colleague) and
read back what is shown: `explorer.source_table` is the sources table of the current article,
`explorer.filtered_claims` the claims passing the filters, and `explorer.chart_data` the numbers behind the
chart. Changing a value updates the explorer above too.
"""),
        code("""
import datetime as dt

explorer.search.value = "coronavirus"
explorer.named.value = "unnamed"
explorer.date_from.value = dt.date(2020, 1, 1)
explorer.date_to.value = dt.date(2020, 12, 31)
print(explorer)
explorer.source_table
"""),
        code("""
explorer.chart_data.tail()
"""),
        md("""
## A static snapshot of the current view

`explorer.snapshot()` renders the current article, its sources and the chart as plain HTML, which survives
export to HTML or PDF.
"""),
        code("""
explorer.named.value = "all"
explorer.chart_kind.value = "top sources"
explorer.snapshot()
"""),
        md("""
## Your own corpus

The explorer works on any `Analysis`: `newskit.explore(newskit.analyze(newskit.read_articles("my_folder")))`.
For large corpora the article list shows the first 1,000 matches; narrow it with the search box or dates.
**Limits:** the highlighted claims are automatic extractions; the explorer is the quickest way to check
them article by article before trusting a count.
"""),
    ]


NOTEBOOKS = {
    "01_quickstart.ipynb": quickstart,
    "02_source_counts.ipynb": source_counts_nb,
    "03_timeline.ipynb": timeline_nb,
    "04_explorer.ipynb": explorer_nb,
}


def build() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells())
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
        for i, cell in enumerate(nb.cells):
            cell["id"] = f"{name[:2]}-{i:02d}"
        nbformat.validate(nb)
        nbformat.write(nb, HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    build()

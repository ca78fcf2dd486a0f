"""Group shares with bootstrap intervals over articles: coverage on synthetic corpora with a known share,
intervals that shrink with more articles, the diversity summary and the chart."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from newskit.display.groups import plot_group_shares
from newskit.frames.groups import diversity, group_shares
from newskit.frames.sources import extract_sources, source_counts

TRUE_SHARE = 0.3


def synthetic_claims(n_articles: int, rng: np.random.Generator, outlet: str = "x") -> pd.DataFrame:
    """Articles with 1-8 person sources; each article has its own female probability (Beta with mean 0.3), so
    sources in one article are correlated as in real outlets; each source gives 1-3 claims."""
    n_src = 1 + rng.poisson(3, n_articles)
    art = np.repeat(np.arange(n_articles), n_src)
    female = rng.random(len(art)) < np.repeat(rng.beta(3, 7, n_articles), n_src)
    src = np.arange(len(art))
    n_claims = 1 + rng.integers(0, 3, len(art))
    art_c, src_c, fem_c = (np.repeat(v, n_claims) for v in (art, src, female))
    return pd.DataFrame(
        {
            "article_id": [f"{outlet}{a}" for a in art_c],
            "source_id": [f"{outlet}:s{s}" for s in src_c],
            "source_kind": "person",
            "named": rng.random(len(art_c)) < 0.7,
            "source_gender": np.where(fem_c, "female", "male"),
            "outlet": outlet,
        }
    )


def test_95_interval_covers_the_true_share_about_95_percent_of_the_time():
    # 400 independent corpora of 60 articles, one group ("outlet") each, in one call
    rng = np.random.default_rng(20261201)
    reps = 400
    corpus = pd.concat([synthetic_claims(60, rng, f"o{i}") for i in range(reps)], ignore_index=True)
    t = group_shares(corpus, by="outlet", ci=0.95, n_boot=400, seed=1)
    assert len(t) == reps and (t["n_articles"] == 60).all()
    coverage = float(((t["female_share_lo"] <= TRUE_SHARE) & (TRUE_SHARE <= t["female_share_hi"])).mean())
    # the binomial standard error of a 95 % coverage over 400 repetitions is 1.1 points; percentile intervals
    # on 60 articles may under-cover slightly
    assert 0.91 <= coverage <= 0.985, coverage
    # and a 50 % interval covers about half the time (the interval level is honoured, not just wide)
    t50 = group_shares(corpus, by="outlet", ci=0.5, n_boot=400, seed=1)
    cov50 = float(((t50["female_share_lo"] <= TRUE_SHARE) & (TRUE_SHARE <= t50["female_share_hi"])).mean())
    assert 0.40 <= cov50 <= 0.60, cov50


def test_intervals_shrink_with_more_articles():
    rng = np.random.default_rng(7)
    sizes = {"n20": 20, "n80": 80, "n320": 320}
    corpus = pd.concat(
        [synthetic_claims(n, rng, f"{name}_{i}") for name, n in sizes.items() for i in range(10)], ignore_index=True
    )
    corpus["size"] = corpus["outlet"].str.split("_").str[0]
    t = group_shares(corpus, by=["size", "outlet"], ci=0.95, n_boot=400, seed=2)
    widths = (t["female_share_hi"] - t["female_share_lo"]).groupby(t["size"]).mean()
    assert widths["n20"] > widths["n80"] > widths["n320"]
    assert widths["n320"] < widths["n20"] / 2.5  # about 1/sqrt(16) = 1/4


def test_source_counts_with_ci_per_outlet_from_articles():
    rng = np.random.default_rng(3)
    claims = pd.concat([synthetic_claims(30, rng, "a"), synthetic_claims(4, rng, "b")], ignore_index=True)
    articles = claims[["article_id", "outlet"]].drop_duplicates()
    table = source_counts(claims.drop(columns=["outlet"]), by="outlet", articles=articles, ci=0.95, n_boot=300)
    assert table["outlet"].tolist() == ["a", "b"]
    assert table["n_articles"].tolist() == [30, 4]
    for share in ("female_share", "unnamed_share", "kind_person_share"):
        assert (table[f"{share}_lo"] <= table[share] + 1e-9).all() and (
            table[share] <= table[f"{share}_hi"] + 1e-9
        ).all()
    a = table.iloc[0]
    assert a["sources_female"] + a["sources_male"] == a["n_gendered"]
    assert a["kind_person_share"] == 1.0
    # the same call again gives the same intervals (fixed seed)
    again = source_counts(claims.drop(columns=["outlet"]), by="outlet", articles=articles, ci=0.95, n_boot=300)
    assert again["female_share_lo"].tolist() == table["female_share_lo"].tolist()


def test_unknown_gender_is_reported_not_dropped():
    c = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "source_id": ["a:s0", "a:s1", "a:s2", "b:s0"],
            "source_kind": ["person", "person", "government", "person"],
            "named": [True, False, False, True],
            "source_gender": ["female", "unknown", None, "male"],
        }
    )
    t = group_shares(c, ci=None).iloc[0]
    assert t["female_share"] == 0.5 and t["n_gender_unknown"] == 1 and t["n_gendered"] == 2
    counts = source_counts(c, by="article_id")
    assert counts["sources_gender_unknown"].tolist() == [1, 0]


def test_diversity_evenness_bounds():
    one_kind = pd.DataFrame({"article_id": ["a"] * 3, "source_id": ["s0", "s1", "s2"], "source_kind": ["person"] * 3})
    kinds = ["person", "organization", "government", "media", "document", "unknown"]
    all_kinds = pd.DataFrame({"article_id": ["a"] * 6, "source_id": [f"s{i}" for i in range(6)], "source_kind": kinds})
    assert diversity(one_kind).iloc[0]["kind_evenness"] == 0.0
    assert diversity(all_kinds).iloc[0]["kind_evenness"] == pytest.approx(1.0)
    assert diversity(all_kinds).iloc[0]["sources_per_article"] == 6.0


def test_chart_sorts_labels_and_flags_small_groups():
    rng = np.random.default_rng(5)
    claims = pd.concat([synthetic_claims(30, rng, "a"), synthetic_claims(3, rng, "b")], ignore_index=True)
    table = group_shares(claims, by="outlet", ci=0.95, n_boot=200)
    ax = plot_group_shares(table, "female_share")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 2 and all("n=" in lab for lab in labels)
    notes = [t.get_text() for t in ax.texts]
    assert any("too few" in n and "b" in n for n in notes)
    plt.close(ax.figure)
    with pytest.raises(KeyError):
        plot_group_shares(table, "no_such_share")


def test_a_source_counts_once_with_the_gender_most_of_its_claims_got():
    # one source, three claims: two read "female" (the article says so), one "unknown" (a floating quote)
    c = pd.DataFrame(
        {
            "article_id": ["a"] * 3,
            "source_id": ["a:s0"] * 3,
            "source_kind": ["person"] * 3,
            "named": [True] * 3,
            "source_gender": ["unknown", "female", "female"],
            "gender_evidence": [None, "article", "article"],
        }
    )
    t = group_shares(c, ci=None).iloc[0]
    assert (t["n_gendered"], t["female_share"], t["n_gender_unknown"]) == (1, 1.0, 0)
    s = extract_sources(c).iloc[0]
    assert (s["source_gender"], s["gender_evidence"]) == ("female", "article")

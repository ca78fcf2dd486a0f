"""newskit benchmark: how claims travel. find_duplicates and group_claims on 30,000 synthetic articles.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/bench_travel.py --help``). It prints figures and the
targets of issue 14 next to them; it does not assert.

The corpus is synthetic, built from the 295 bundled Wikinews articles and their claims (one ``newskit.analyze``
of Wikinews, cached under ``out/cache`` like the notebooks'), because no openly licensed corpus with known
republication exists:

- *originals*: 6-10 paragraphs drawn at random from the Wikinews paragraphs, a date in 2024 and one of 40
  outlets; one in ten carries a wire credit (``WASHINGTON (AP) --`` ...). Their claims are the claims
  ``analyze`` found in those paragraphs, so the same Wikinews claim turns up in many unrelated originals
  (the truth for claim groups is the Wikinews claim a row came from).
- *planted copies* of some originals, published 0-3 days later by another outlet, each with one to three
  light edits: headline changed, paragraphs reordered, trimmed to its first half or more, a byline added,
  the wire credit dropped, a few words changed, a local paragraph added. Their claims are the original's,
  with some cue verbs changed, some names dropped ("officials") and some contents shortened by a word.
- *same-event articles*: new articles that reuse two paragraphs of an original (quotes both outlets have),
  the rest their own. They are not copies and must not be merged.

Figures: time (wall and CPU: the machine may be shared) and peak memory (RSS above the level before the
step, sampled every 10 ms; memory an earlier step freed is reused, so the later step's figure is a lower
bound; the process's peak RSS is printed at the end) of
``find_duplicates`` and ``group_claims`` + ``claim_groups``; pairwise precision and recall of the copy
groups on the planted copies (target >= 0.95 both), and of the claim groups against the Wikinews claims
they came from.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import psutil

HERE = Path(__file__).resolve()
CACHE = HERE.parent.parent / "out" / "cache"
_PARA = re.compile(r"\n[ \t\u00a0]*\n")
WIRES = ["WASHINGTON (AP) -- ", "LONDON (Reuters) - ", "PARIS (AFP) - "]
VERBS = ["said", "told reporters", "stated", "added", "announced", "claimed", "noted"]


# ----------------------------------------------------------------------------- corpus
_SENT = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“])")


def pool(cache: Path = CACHE):
    """Wikinews sentences (5+ words, from paragraphs of 8-150 words) and the claims ``analyze`` found.

    A synthetic article is made of sentences from many Wikinews articles, so two unrelated synthetic articles
    share a sentence now and then (as news articles share stock phrases), never whole paragraphs.
    """
    import newskit
    from newskit.display import load_or_analyze

    a = load_or_analyze(newskit.datasets.wikinews(), cache, progress=False)
    rows = []
    for r in a.articles.itertuples():
        text = r.text if isinstance(r.text, str) else ""
        for k, p in enumerate(_PARA.split(text)):
            if 8 <= len(p.split()) <= 150:
                rows += [(r.article_id, k, x.strip()) for x in _SENT.split(p.strip()) if len(x.split()) >= 5]
    units = pd.DataFrame(rows, columns=["article_id", "paragraph_index", "text"])
    claims = a.claims.dropna(subset=["content"])
    cols = ["article_id", "paragraph_index", "claim_id", "content", "cue", "source_name", "source_kind", "named", "via"]
    return units, claims[cols].rename(columns={"claim_id": "truth"})


def _paragraphs(rng, n_units: int, lo: int = 4, hi: int = 8) -> list[list[int]]:
    return [[int(u) for u in rng.integers(0, n_units, rng.integers(2, 5))] for _ in range(rng.integers(lo, hi))]


def _edit(rng, paras: list, n_units: int) -> tuple[list, str, list[str]]:
    """One planted copy: its paragraphs (lists of sentence ids), a byline and the edits made."""
    kinds = ["headline", "reorder", "trim", "byline", "words", "local", "credit"]
    edits = [str(e) for e in rng.choice(kinds, rng.integers(1, 4), replace=False)]
    ps = list(paras)
    if "reorder" in edits:
        rng.shuffle(ps)
    if "trim" in edits:
        ps = ps[: max(2, int(np.ceil(len(ps) * rng.uniform(0.5, 0.9))))]
    if "local" in edits:
        ps.insert(int(rng.integers(1, len(ps) + 1)), _paragraphs(rng, n_units, 1, 2)[0])
    byline = "By Staff Reporter, The Daily Courier\n\n" if "byline" in edits else ""
    return ps, byline, edits


def _change_words(text: str, rng, share: float = 0.03) -> str:
    words = text.split(" ")
    for i in rng.choice(len(words), max(1, int(len(words) * share)), replace=False):
        words[i] = "changed"
    return " ".join(words)


def _row(aid, group, paras, prefix, published, outlet, title, edits="", words=False) -> dict:
    return {
        "article_id": aid,
        "group": group,
        "paras": paras,
        "prefix": prefix,
        "published": published,
        "outlet": outlet,
        "title": title,
        "edits": edits,
        "words": words,
    }


def synthetic(n: int, units: pd.DataFrame, *, copy_share: float = 0.2, same_event: int = 1000, seed: int = 0):
    """``n`` articles: originals, planted copies (``copy_share`` of ``n``) and same-event articles.

    Returns the articles frame and the plan: per article its paragraphs, edits and planted group (the
    original's id for a copy, its own id otherwise).
    """
    rng = np.random.default_rng(seed)
    texts = units["text"].to_numpy(dtype=object)
    n_copies, start = int(n * copy_share), pd.Timestamp("2024-01-01", tz="UTC")
    n_orig = n - n_copies - same_event
    rows = []
    for i in range(n_orig):
        wire = WIRES[i % 3] if rng.random() < 0.1 else ""
        when = start + pd.Timedelta(minutes=int(rng.integers(0, 525_600)))
        rows.append(
            _row(
                f"o{i}",
                f"o{i}",
                _paragraphs(rng, len(texts)),
                wire,
                when,
                f"outlet-{rng.integers(0, 40):02d}",
                f"Story {i}",
            )
        )
    for k in range(n_copies):
        o = rows[int(rng.integers(0, max(1, n_copies // 2)))]  # copies go to the first originals, 1-4 each
        ps, byline, edits = _edit(rng, o["paras"], len(texts))
        prefix = byline + ("" if "credit" in edits else o["prefix"])
        rows.append(
            _row(
                f"c{k}",
                o["group"],
                ps,
                prefix,
                o["published"] + pd.Timedelta(hours=int(rng.integers(0, 72))),
                f"outlet-{rng.integers(0, 40):02d}",
                ("Updated: " if "headline" in edits else "") + o["title"],
                ",".join(edits),
                "words" in edits,
            )
        )
    for k in range(same_event):
        o = rows[int(rng.integers(0, n_orig))]
        shared = [o["paras"][int(j)] for j in rng.choice(len(o["paras"]), 2, replace=False)]
        own = _paragraphs(rng, len(texts))
        rows.append(
            _row(
                f"e{k}",
                f"e{k}",
                own[:2] + shared + own[2:],
                "",
                o["published"] + pd.Timedelta(hours=5),
                "outlet-99",
                o["title"],
                "same-event",
            )
        )
    plan = pd.DataFrame(rows)
    plan["text"] = ["\n\n".join(" ".join(texts[u] for u in p) for p in r.paras) for r in plan.itertuples()]
    body = [
        r.prefix + ("\n\n".join(_change_words(p, rng) for p in r.text.split("\n\n")) if r.words else r.text)
        for r in plan.itertuples()
    ]
    arts = pd.DataFrame(
        {
            "article_id": plan["article_id"].astype("string"),
            "title": plan["title"],
            "outlet": plan["outlet"],
            "published": plan["published"],
            "text": body,
        }
    )
    return arts, plan


def synthetic_claims(plan: pd.DataFrame, units: pd.DataFrame, claims: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Each article's claims: the Wikinews claims whose content its (unedited) text contains; copies get
    light rewordings (another cue verb, the name dropped, the last word cut)."""
    rng = np.random.default_rng(seed)
    per = plan[["article_id", "paras", "text"]].explode("paras").explode("paras").rename(columns={"paras": "unit"})
    per = per.merge(
        units[["article_id", "paragraph_index"]].rename(columns={"article_id": "src"}),
        left_on=per["unit"].astype(int),
        right_index=True,
    ).drop_duplicates(["article_id", "src", "paragraph_index"])
    c = per.merge(claims.rename(columns={"article_id": "src"}), on=["src", "paragraph_index"])
    c = c[[content[:60] in text for content, text in zip(c["content"], c["text"])]].drop_duplicates(
        ["article_id", "truth"]
    )
    c["claim_id"] = c["article_id"] + ":c" + c.groupby("article_id").cumcount().astype(str)
    copy = c["article_id"].str.startswith("c").to_numpy()
    r = rng.random((len(c), 3))
    c.loc[copy & (r[:, 0] < 0.3), "cue"] = rng.choice(VERBS, int((copy & (r[:, 0] < 0.3)).sum()))
    drop = copy & (r[:, 1] < 0.15) & c["named"].fillna(False).to_numpy(dtype=bool)
    c.loc[drop, ["source_name", "named"]] = ["officials", False]
    short = copy & (r[:, 2] < 0.2)
    c.loc[short, "content"] = [" ".join(x.split()[:-1]) if len(x.split()) > 6 else x for x in c.loc[short, "content"]]
    keep = ["article_id", "claim_id", "content", "cue", "source_name", "source_kind", "named", "via", "truth"]
    return c[keep].reset_index(drop=True)


# ----------------------------------------------------------------------------- measuring
def measured(fn, *args, **kwargs):
    """Run ``fn``; return its result, wall and CPU seconds, and peak RSS above the level before (MB)."""
    proc = psutil.Process()
    base = proc.memory_info().rss
    peak = [base]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], proc.memory_info().rss)
            time.sleep(0.01)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    t0, c0 = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    done.set()
    t.join()
    return out, secs, cpu, (max(peak[0], proc.memory_info().rss) - base) / 2**20


def pair_scores(truth, predicted) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering (pairs of items put together)."""
    df = pd.DataFrame({"t": np.asarray(truth), "p": np.asarray(predicted)})

    def pairs(sizes):
        sizes = np.asarray(sizes, dtype=np.int64)
        return int((sizes * (sizes - 1) // 2).sum())

    tp = pairs(df.groupby(["t", "p"]).size())
    pred, true = pairs(df.groupby("p").size()), pairs(df.groupby("t").size())
    return (tp / pred if pred else 1.0), (tp / true if true else 1.0)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=30_000)
    ap.add_argument("--same-event", type=int, default=1000, help="same-event (not copy) articles (1000)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)

    import newskit
    from newskit.frames.claim_groups import claim_groups, group_claims

    units, pool_claims = pool()
    arts, plan = synthetic(args.articles, units, same_event=args.same_event, seed=args.seed)
    kind = plan["article_id"].str[0]
    print(
        f"corpus: {len(arts):,} articles: {int((kind == 'o').sum()):,} originals, {int((kind == 'c').sum()):,} "
        f"planted copies of {plan.loc[kind == 'c', 'group'].nunique():,} of them, {args.same_event:,} same-event "
        f"articles; {arts['text'].str.len().mean():,.0f} characters on average, from {len(units):,} Wikinews "
        f"sentences; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )

    dups, secs, cpu, mb = measured(newskit.find_duplicates, arts)
    p, r = pair_scores(plan["group"], dups["copy_group"])
    print(
        f"find_duplicates: {secs:.1f} s wall, {cpu:.1f} s CPU, peak +{mb:,.0f} MB "
        "(target: well under a minute on one core)"
    )
    print(f"  copy groups, pairwise on the planted copies: precision {p:.4f}, recall {r:.4f} (target >= 0.95 both)")
    ev = dups.set_index("article_id").loc[plan.loc[kind == "e", "article_id"]]
    print(f"  same-event articles marked as copies: {int(ev['duplicate_of'].notna().sum())} of {len(ev):,}")
    copies = plan[kind == "c"].merge(dups, on="article_id")
    found = copies["duplicate_of"].notna() & (copies["copy_group"] == copies["group"])
    for edit in ["headline", "reorder", "trim", "byline", "words", "local", "credit"]:
        has = copies["edits"].str.contains(edit)
        print(f"  copies with edit {edit + ':':9} {int(has.sum()):5,}, found {found[has].mean():.4f}")
    credited = set(plan.loc[(kind == "o") & (plan["prefix"] != ""), "group"])
    planted = plan["group"].isin(credited).to_numpy()
    got = dups["group_wire"].notna().to_numpy()
    print(
        f"  wire copy (own or group credit): {int(got.sum()):,} articles found, {int(planted.sum()):,} planted "
        f"(credited originals and their copies), {int((got & planted).sum()):,} in both"
    )

    claims = synthetic_claims(plan, units, pool_claims, seed=args.seed)
    (groups, summary), secs, cpu, mb = measured(_claim_groups, claims, arts, group_claims, claim_groups)
    p, r = pair_scores(claims["truth"], groups)
    print(
        f"group_claims + claim_groups: {len(claims):,} claims, {secs:.1f} s wall, {cpu:.1f} s CPU, peak +{mb:,.0f} "
        f"MB; {groups.nunique():,} groups, {len(summary):,} carried by two or more articles"
    )
    print(f"  claim groups, pairwise against the Wikinews claim each row came from: precision {p:.4f}, recall {r:.4f}")
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


def _claim_groups(claims, arts, group_claims, claim_groups):
    groups = group_claims(claims, arts)
    summary = claim_groups(claims.assign(claim_group=groups), arts)
    return groups, summary


if __name__ == "__main__":
    main()

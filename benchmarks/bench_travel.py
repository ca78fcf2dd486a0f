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

Figures: time and peak memory (RSS above the level before the step, sampled every 10 ms) of
``find_duplicates`` and ``group_claims`` + ``claim_groups``; pairwise precision and recall of the copy
groups on the planted copies (target >= 0.95 both), and of the claim groups against the Wikinews claims
they came from.
"""

from __future__ import annotations

import argparse
import re
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
def pool(cache: Path = CACHE):
    """Wikinews paragraphs (8-150 words) with the claims ``analyze`` found in each."""
    import newskit
    from newskit.display import load_or_analyze

    a = load_or_analyze(newskit.datasets.wikinews(), cache, progress=False)
    rows = []
    for r in a.articles.itertuples():
        text = r.text if isinstance(r.text, str) else ""
        for k, p in enumerate(_PARA.split(text)):
            if 8 <= len(p.split()) <= 150:
                rows.append((r.article_id, k, p.strip()))
    paras = pd.DataFrame(rows, columns=["article_id", "paragraph_index", "text"])
    claims = a.claims.dropna(subset=["content"])
    claims = claims[
        ["article_id", "paragraph_index", "claim_id", "content", "cue", "source_name", "source_kind", "named", "via"]
    ].rename(columns={"claim_id": "truth"})
    return paras, claims


def _edit(rng, paras: list[int], texts: np.ndarray, n_pool: int) -> tuple[list, str, list[str]]:
    """One planted copy: paragraph ids (negative = locally changed text), a byline and the edits made."""
    edits = list(
        rng.choice(["headline", "reorder", "trim", "byline", "words", "local"], rng.integers(1, 4), replace=False)
    )
    ps = list(paras)
    if "reorder" in edits:
        rng.shuffle(ps)
    if "trim" in edits:
        ps = ps[: max(3, int(np.ceil(len(ps) * rng.uniform(0.5, 0.9))))]
    if "local" in edits:
        ps.insert(int(rng.integers(1, len(ps) + 1)), int(rng.integers(0, n_pool)))
    byline = "By Staff Reporter, The Daily Courier\n\n" if "byline" in edits else ""
    return ps, byline, edits


def _change_words(text: str, rng, share: float = 0.03) -> str:
    words = text.split(" ")
    for i in rng.choice(len(words), max(1, int(len(words) * share)), replace=False):
        words[i] = "changed"
    return " ".join(words)


def synthetic(n: int, paras: pd.DataFrame, *, copy_share: float = 0.2, same_event: int = 1000, seed: int = 0):
    """``n`` articles: originals, planted copies (about ``copy_share`` of ``n``) and same-event articles.

    Returns the articles frame, a frame of (article_id, paragraph ids, edit flags) and the truth (planted group
    of each article: the original's id, its own id for a non-copy).
    """
    rng = np.random.default_rng(seed)
    texts = paras["text"].to_numpy(dtype=object)
    n_copies = int(n * copy_share)
    n_orig = n - n_copies - same_event
    start = pd.Timestamp("2024-01-01", tz="UTC")
    rows = []
    for i in range(n_orig):
        ps = [int(p) for p in rng.integers(0, len(texts), rng.integers(6, 11))]
        wire = WIRES[i % 3] if rng.random() < 0.1 else ""
        rows.append(
            {
                "article_id": f"o{i}",
                "group": f"o{i}",
                "paras": ps,
                "prefix": wire,
                "words": False,
                "published": start + pd.Timedelta(minutes=int(rng.integers(0, 525_600))),
                "outlet": f"outlet-{rng.integers(0, 40):02d}",
                "title": f"Story {i}",
                "edits": "",
            }
        )
    for k in range(n_copies):
        o = rows[int(rng.integers(0, max(1, n_copies // 2)))]  # copies go to the first originals, 1-4 each
        ps, byline, edits = _edit(rng, o["paras"], texts, len(texts))
        prefix = "" if "credit" in edits or rng.random() < 0.3 else o["prefix"]
        rows.append(
            {
                "article_id": f"c{k}",
                "group": o["group"],
                "paras": ps,
                "prefix": byline + prefix,
                "words": "words" in edits,
                "published": o["published"] + pd.Timedelta(hours=int(rng.integers(0, 72))),
                "outlet": f"outlet-{rng.integers(0, 40):02d}",
                "title": ("Updated: " if "headline" in edits else "") + o["title"],
                "edits": ",".join(edits),
            }
        )
    for k in range(same_event):
        o = rows[int(rng.integers(0, n_orig))]
        shared = [int(p) for p in rng.choice(o["paras"], 2, replace=False)]
        own = [int(p) for p in rng.integers(0, len(texts), rng.integers(5, 9))]
        rows.append(
            {
                "article_id": f"e{k}",
                "group": f"e{k}",
                "paras": own[:2] + shared + own[2:],
                "prefix": "",
                "words": False,
                "published": o["published"] + pd.Timedelta(hours=5),
                "outlet": "outlet-99",
                "title": o["title"],
                "edits": "same-event",
            }
        )
    plan = pd.DataFrame(rows)
    body = [
        r.prefix + "\n\n".join(_change_words(texts[p], rng) if r.words else texts[p] for p in r.paras)
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


def synthetic_claims(plan: pd.DataFrame, paras: pd.DataFrame, claims: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Each article's claims: the Wikinews claims of its paragraphs; copies get light rewordings."""
    rng = np.random.default_rng(seed)
    key = paras[["article_id", "paragraph_index"]].reset_index().rename(columns={"index": "para"})
    by_para = claims.merge(key, on=["article_id", "paragraph_index"]).drop(columns=["article_id"])
    per = plan[["article_id", "paras", "edits"]].explode("paras").rename(columns={"paras": "para"})
    per["para"] = per["para"].astype(int)
    c = per.merge(by_para, on="para", how="inner", sort=False)
    c["claim_id"] = c["article_id"] + ":c" + c.groupby("article_id").cumcount().astype(str)
    copy = c["article_id"].str.startswith("c").to_numpy()
    r = rng.random((len(c), 3))
    c.loc[copy & (r[:, 0] < 0.3), "cue"] = rng.choice(VERBS, int((copy & (r[:, 0] < 0.3)).sum()))
    drop = copy & (r[:, 1] < 0.15) & c["named"].fillna(False).to_numpy(dtype=bool)
    c.loc[drop, ["source_name", "named"]] = ["officials", False]
    short = copy & (r[:, 2] < 0.2)
    c.loc[short, "content"] = [" ".join(s.split()[:-1]) if len(s.split()) > 6 else s for s in c.loc[short, "content"]]
    return c.drop(columns=["para", "edits", "paragraph_index"]).reset_index(drop=True)


# ----------------------------------------------------------------------------- measuring
def measured(fn, *args, **kwargs):
    """Run ``fn``; return its result, wall seconds and peak RSS above the level before (MB)."""
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
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    secs = time.perf_counter() - t0
    done.set()
    t.join()
    return out, secs, (max(peak[0], proc.memory_info().rss) - base) / 2**20


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

    paras, pool_claims = pool()
    arts, plan = synthetic(args.articles, paras, same_event=args.same_event, seed=args.seed)
    n_copies = int(plan["article_id"].str.startswith("c").sum())
    print(
        f"corpus: {len(arts):,} articles ({n_copies:,} planted copies of {plan.loc[plan.article_id.str.startswith('c'), 'group'].nunique():,} originals, "
        f"{args.same_event:,} same-event articles), {arts['text'].str.len().mean():,.0f} characters on average, "
        f"from {len(paras):,} Wikinews paragraphs"
    )

    dups, secs, mb = measured(newskit.find_duplicates, arts)
    p, r = pair_scores(plan["group"], dups["copy_group"])
    print(f"find_duplicates: {secs:.1f} s, peak +{mb:,.0f} MB (target: well under a minute on one core)")
    print(f"  copy groups, pairwise on planted copies: precision {p:.4f}, recall {r:.4f} (target >= 0.95 both)")
    ev = dups.set_index("article_id").loc[plan.loc[plan.article_id.str.startswith("e"), "article_id"]]
    print(f"  same-event articles merged with their original: {int(ev['duplicate_of'].notna().sum())} of {len(ev):,}")
    copies = plan[plan.article_id.str.startswith("c")].merge(dups, on="article_id")
    missed = copies[copies["copy_group"] != copies["group"]]
    for edit in ["headline", "reorder", "trim", "byline", "words", "local"]:
        has = copies["edits"].str.contains(edit)
        print(
            f"  copies with edit {edit!r:10}: {int(has.sum()):5,}, found {1 - (missed['edits'].str.contains(edit).sum() / max(1, has.sum())):.4f}"
        )
    wire_found = dups["group_wire"].notna().sum()
    print(f"  articles identified as wire copy (own or group credit): {wire_found:,}")

    claims = synthetic_claims(plan, paras, pool_claims, seed=args.seed)
    (groups, summary), secs, mb = measured(_claim_groups, claims, arts, group_claims, claim_groups)
    p, r = pair_scores(claims["truth"], groups)
    print(
        f"group_claims + claim_groups: {len(claims):,} claims, {secs:.1f} s, peak +{mb:,.0f} MB; "
        f"{groups.nunique():,} groups, {len(summary):,} in two or more articles"
    )
    print(f"  claim groups, pairwise against the Wikinews claim each row came from: precision {p:.4f}, recall {r:.4f}")


def _claim_groups(claims, arts, group_claims, claim_groups):
    groups = group_claims(claims, arts)
    summary = claim_groups(claims.assign(claim_group=groups), arts)
    return groups, summary


if __name__ == "__main__":
    main()

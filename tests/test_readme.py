"""The README stays true: its Python examples run and its commands exist (docs and CLI kept in sync)."""

from __future__ import annotations

import re
from pathlib import Path

import newskit
from newskit.cli import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


#: Wikinews articles the examples get from ``newskit.datasets.wikinews()`` here. The examples of the store,
#: streaming and Dask sections analyse the whole corpus (295 articles, parsed afresh by a store and by each
#: Dask worker: most of this test's time); what they show (chunks streamed into a store, a warm re-run,
#: ``store.stale()``, Dask partitions on a cluster, Parquet round trips) runs the same on fewer articles.
README_CORPUS = 40


def test_python_examples_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    full = newskit.datasets.wikinews()
    monkeypatch.setattr(newskit.datasets, "wikinews", lambda: full.head(README_CORPUS).copy())
    code = blocks("python")
    assert code
    for block in code:
        namespace: dict = {}
        try:
            exec(compile(block, "README.md", "exec"), namespace)  # our own README, not user data
        finally:
            _close_dask_clients(namespace)


def _close_dask_clients(namespace: dict) -> None:
    """Shut down a Dask client (and the local cluster it started) an example left open."""
    for value in namespace.values():
        if type(value).__name__ == "Client" and type(value).__module__.startswith("distributed"):
            cluster = getattr(value, "cluster", None)
            value.close()
            if cluster is not None:
                cluster.close()


def test_quickstart_has_exactly_the_two_commands():
    quick = README.read_text(encoding="utf-8").split("## Quickstart", 1)[1].split("##", 1)[0]
    cmds = [ln.split("#")[0].strip() for b in re.findall(r"```bash\n(.*?)```", quick, re.S) for ln in b.splitlines()]
    assert [c for c in cmds if c] == ["make demo", "make test"]
    makefile = (README.parent / "Makefile").read_text()
    for target in ("demo:", "test:", "test-fast:", "lint:", "lab:", "bench:"):
        assert target in makefile


def test_cli_commands_in_readme_exist():
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    for block in blocks("bash"):
        for line in block.splitlines():
            line = line.split("#")[0].strip()
            if line.startswith("newskit "):
                args = line.split()[1:]
                assert args[0] in commands, line
                if "--help" not in args:
                    parser.parse_args(args)

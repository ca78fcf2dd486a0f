"""The committed notebooks are clean (no outputs, no execution counts) and complete.

``make test`` executes them with nbmake; ``make demo`` writes executed copies to ``out/notebooks``.
Each notebook is a jupytext pair: the percent-format ``.py`` is the source people edit and review, the
``.ipynb`` is generated from it (``jupytext --sync notebooks/*.py``); never commit a notebook saved with outputs.
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
EXPECTED = ["01_quickstart.ipynb", "02_source_counts.ipynb", "03_timeline.ipynb", "04_explorer.ipynb"]
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def test_the_four_notebooks_exist():
    assert [p.name for p in PATHS][:4] == EXPECTED


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            assert cell.get("outputs") == [], f"{path.name} cell {i} has outputs"
            assert cell.get("execution_count") is None, f"{path.name} cell {i} has an execution count"
        assert "execution" not in cell.get("metadata", {}), f"{path.name} cell {i} keeps timing metadata"
    assert "widgets" not in nb.metadata, f"{path.name} keeps saved widget state"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebook_explains_itself(path):
    nb = nbformat.read(path, as_version=4)
    md = [c for c in nb.cells if c.cell_type == "markdown"]
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert len(md) >= 4, f"{path.name}: say what the analyst sees and why"
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "/work/" not in code and "C:\\" not in code, "no machine-specific paths"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebook_is_in_sync_with_its_jupytext_source(path):
    source = path.with_suffix(".py")
    assert source.exists(), f"{path.name} has no jupytext source {source.name}"
    assert "formats: ipynb,py:percent" in source.read_text(encoding="utf-8")
    from_py = jupytext.read(source)
    committed = nbformat.read(path, as_version=4)
    assert [c.cell_type for c in from_py.cells] == [c.cell_type for c in committed.cells], f"{path.name}: cells differ"
    for i, (a, b) in enumerate(zip(from_py.cells, committed.cells)):
        assert a.source == b.source, f"{path.name} cell {i} differs from {source.name}: run jupytext --sync"

"""Execute the bundled notebooks and export them (used by ``make demo``)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["run_notebooks"]


def run_notebooks(src: str | Path = "notebooks", out: str | Path = "out/notebooks", timeout: int = 600) -> list[Path]:
    """Run each ``*.ipynb`` in ``src`` top to bottom; write the executed notebook and an HTML export to ``out``.

    Raises the first cell error (nbclient's ``CellExecutionError``) so a broken notebook never passes silently.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    src, out = Path(src), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(src.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(src)}}).execute()
        nbformat.write(nb, out / path.name)
        body, _ = HTMLExporter().from_notebook_node(nb)
        (out / path.with_suffix(".html").name).write_text(body, encoding="utf-8")
        written.append(out / path.name)
        print(f"executed {path.name} -> {out / path.name} and .html")
    return written

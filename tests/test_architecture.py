"""The house rules, checked on the source: no import cycle, short functions, a fingerprint that sees every change."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

from newskit.runtime.fingerprint import EXTRACTION_PATHS, code_digest

PACKAGE = Path(__file__).resolve().parent.parent / "newskit"
MAX_FUNCTION_LINES = 80


def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package ``__init__``)."""
    mods = {}
    for p in PACKAGE.rglob("*.py"):
        parts = list(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        mods[".".join(parts[:-1] if is_pkg else parts)] = (p, is_pkg)
    return mods


def _targets(module: str, is_pkg: bool, node: ast.Import | ast.ImportFrom, mods: dict) -> list[str]:
    """The newskit modules an import statement loads (a submodule when ``from pkg import name`` names one)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == "newskit"]
    if node.level:
        base = module.split(".") if is_pkg else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if target.split(".")[0] != "newskit":
        return []
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in mods else target for a in node.names]


def import_graph() -> dict[str, set[str]]:
    """Module -> the newskit modules it imports, counting imports inside functions. Importing ``a.b.c`` also
    runs the ``__init__`` of ``a.b`` (but not of the root package, which imports everything by design, nor
    of a package the importer sits in)."""
    mods = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, is_pkg) in mods.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for target in _targets(name, is_pkg, node, mods):
                parts = target.split(".")
                for k in range(2, len(parts) + 1):
                    dep = ".".join(parts[:k])
                    if dep in mods and dep != name and not name.startswith(dep + "."):
                        edges.add(dep)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path ``[a, b, ..., a]``, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(v: str) -> list[str] | None:
        state[v] = 1
        stack.append(v)
        for w in sorted(graph[v]):
            if state.get(w) == 1:
                return stack[stack.index(w) :] + [w]
            if w not in state and (found := visit(w)):
                return found
        stack.pop()
        state[v] = 2
        return None

    for v in sorted(graph):
        if v not in state and (found := visit(v)):
            return found
    return None


def long_functions(limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """Functions (and methods) of newskit longer than ``limit`` lines, their docstring not counted."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and len(node.body) > 1:
                    n -= first.end_lineno - first.lineno + 1  # the docstring is not code to read at once
                if n > limit:
                    out.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name} ({n} lines)")
    return out


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
    # the frames -> runtime -> frames cycle of newskit 0.1, written the way it was (an import inside a function)
    src = "def f():\n    from ..runtime.extract import extract_claims\n"
    node = ast.parse(src).body[0].body[0]
    mods = {"newskit.runtime.extract": None, "newskit.frames.sources": None}
    assert _targets("newskit.frames.sources", False, node, mods) == ["newskit.runtime.extract"]


def test_no_import_cycle_in_newskit():
    graph = import_graph()
    assert "newskit.runtime.pipeline" in graph["newskit.runtime.analysis"]
    assert find_cycle(graph) is None, " -> ".join(find_cycle(graph) or [])


def test_no_function_over_80_lines():
    assert long_functions() == []


def test_frames_and_core_never_import_the_runtime():
    graph = import_graph()
    for module, deps in graph.items():
        if module.startswith(("newskit.frames", "newskit.core")):
            assert not {d for d in deps if d.startswith(("newskit.runtime", "newskit.ingest"))}, module


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "newskit"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_any_change_to_extraction_code_or_lexicons_changes_the_fingerprint(tmp_path):
    root = _copy(tmp_path)
    before = code_digest(root)
    assert before == code_digest(PACKAGE)
    files = [
        f
        for rel in EXTRACTION_PATHS
        for f in ((root / rel).rglob("*.*") if (root / rel).is_dir() else [root / rel])
        if f.suffix in (".py", ".toml")
    ]
    assert any("lexicon" in f.name or "cues" in f.name for f in files) and len(files) > 20
    assert any(f.name == "patterns.toml" for f in files)  # the timex pattern table is extraction data
    for f in files:
        data = f.read_bytes()
        f.write_bytes(data[:-1] + bytes([data[-1] ^ 1]) if data else b"#")  # one byte changed
        assert code_digest(root) != before, f
        f.write_bytes(data)
    assert code_digest(root) == before
    (root / "core" / "timex" / "extra_words.txt").write_text("fortnight\n")  # a data file a rule might load
    assert code_digest(root) != before


def test_display_changes_do_not_invalidate_stores(tmp_path):
    root = _copy(tmp_path)
    before = code_digest(root)
    (root / "display" / "render.py").write_text((root / "display" / "render.py").read_text() + "\n# style\n")
    assert code_digest(root) == before

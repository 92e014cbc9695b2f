"""The package's layout: one wing per stage, imports only downwards, no cycle, no private import.

The import graph is built from the source with :mod:`ast` (every ``import`` and ``from … import``,
including the ones inside functions that keep start-up fast), so a lazy import cannot hide a
cycle or a wrong-way dependency. The wings and their order are docs/architecture.md's:

    foundation (errors, numfmt)  <  spec, check  <  engine  <  certify  <  render, verify  <  exam  <  api  <  cli

A module may import its own wing and any wing of a lower rank; wings of the same rank (spec and
check; render and verify) never import each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

#: wing -> rank. A wing is a sub-package or a module directly in generator/.
RANKS: dict[str, int] = {
    "errors": 0,
    "numfmt": 0,
    "spec": 1,
    "check": 1,
    "engine": 2,
    "certify": 3,
    "render": 4,
    "verify": 4,
    "exam": 5,
    "api": 6,
    "cli": 7,
    "__main__": 8,
    "__init__": 8,  # the package's own __init__: the public API re-exports
}
MAX_TOP_MODULES = 8


def _modules(root: Path = PACKAGE) -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package's __init__)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (path, is_pkg)
    return out


def _imports(mods: dict[str, tuple[Path, bool]]) -> dict[str, list[tuple[str, int, list[str]]]]:
    """Module -> [(imported module, line, names imported from it)] for imports inside the package."""
    graph: dict[str, list[tuple[str, int, list[str]]]] = {}
    for name, (path, is_pkg) in mods.items():
        base = name.split(".") if is_pkg else name.split(".")[:-1]
        edges = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    stem = base[: len(base) - (node.level - 1)]
                    target = ".".join(stem + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    if sub in mods:
                        edges.append((sub, node.lineno, []))
                    elif target in mods:
                        edges.append((target, node.lineno, [alias.name]))
            elif isinstance(node, ast.Import):
                edges += [(a.name, node.lineno, []) for a in node.names if a.name in mods]
        graph[name] = [e for e in edges if e[0] != name]
    return graph


MODS = _modules()
GRAPH = _imports(MODS)


def wing(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def _cycles(graph: dict[str, list[tuple[str, int, list[str]]]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each a cycle or several."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w, _, _ in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or any(t == v for t, _, _ in graph.get(v, [])):
                found.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def longest_chain(graph: dict[str, list[tuple[str, int, list[str]]]]) -> list[str]:
    """The longest import path in the (acyclic) graph, as a list of modules."""
    memo: dict[str, list[str]] = {}

    def from_(v: str) -> list[str]:
        if v not in memo:
            best: list[str] = []
            for w, _, _ in graph.get(v, []):
                cand = from_(w)
                if len(cand) > len(best):
                    best = cand
            memo[v] = [v, *best]
        return memo[v]

    return max((from_(v) for v in graph), key=len)


def test_every_module_belongs_to_a_known_wing() -> None:
    unknown = sorted({wing(m) for m in MODS} - set(RANKS))
    assert not unknown, f"modules outside the known wings (add the wing to RANKS and docs/architecture.md): {unknown}"


def test_no_import_cycle() -> None:
    assert _cycles(GRAPH) == []


def _upward(graph: dict[str, list[tuple[str, int, list[str]]]]) -> list[str]:
    return [
        f"{src}:{line} imports {dst} ({wing(src)}, rank {RANKS[wing(src)]} -> {wing(dst)}, rank {RANKS[wing(dst)]})"
        for src, edges in graph.items()
        for dst, line, _ in edges
        if wing(src) != wing(dst) and RANKS[wing(src)] <= RANKS[wing(dst)]
    ]


def _private(graph: dict[str, list[tuple[str, int, list[str]]]]) -> list[str]:
    return [
        f"{src}:{line} imports {n} from {dst}"
        for src, edges in graph.items()
        for dst, line, names in edges
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]


def test_imports_only_go_down_the_wings() -> None:
    assert _upward(GRAPH) == []


def test_no_private_name_is_imported_across_modules() -> None:
    assert _private(GRAPH) == []


def test_no_private_attribute_of_another_module_is_used() -> None:
    """``module._name`` on an imported module is a private import in disguise."""
    found = []
    for name, (path, _) in MODS.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for a in node.names:
                    aliases[a.asname or a.name] = a.name
        modules = {alias for alias, real in aliases.items() if any(m.endswith("." + real) for m in MODS)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{name}:{node.lineno} uses {node.value.id}.{node.attr}")
    assert found == []


def test_few_modules_directly_in_the_package() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_MODULES, top


@pytest.mark.parametrize("package", sorted(m for m, (_, is_pkg) in MODS.items() if is_pkg and m.count(".") == 1))
def test_each_wing_says_what_it_owns_and_may_import(package: str) -> None:
    doc = ast.get_docstring(ast.parse(MODS[package][0].read_text(encoding="utf-8"))) or ""
    assert "May import" in doc, f"{package}/__init__.py: the docstring says what the wing owns and what it may import"


def test_the_checks_catch_what_they_guard_against() -> None:
    """Plant each fault in a copy of the graph: a cycle, an upward import, a peer import, a private name."""

    def plant(src: str, dst: str, names: list[str]) -> dict[str, list[tuple[str, int, list[str]]]]:
        return {**GRAPH, src: [*GRAPH[src], (dst, 1, names)]}

    assert _cycles(plant("generator.engine.network", "generator.engine.trace", ["build_trace"]))  # trace imports network
    assert _cycles(plant("generator.check.extract", "generator.check.document", ["extract_chains"]))
    assert _upward(plant("generator.engine.trace", "generator.render.document", ["view_model"]))
    assert _upward(plant("generator.verify.names", "generator.render.latexfmt", ["tex_escape"]))  # peers
    assert _upward(plant("generator.spec.load", "generator.numfmt", [])) == []  # down to the foundation is fine
    assert _private(plant("generator.exam.variant", "generator.render.document", ["_matrix_eqs"]))


def test_longest_import_chain_is_reported() -> None:
    chain = longest_chain(GRAPH)
    print(f"longest import chain ({len(chain)} modules): {' -> '.join(chain)}")
    assert chain[0].startswith("generator") and len(chain) == len(set(chain))

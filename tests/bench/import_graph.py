"""The import graph of the ``tui`` package, read from the source, and its one rule.

Run on demand (not part of the test suite; ``tests/core/test_import_hygiene.py``
checks the rule):

    python tests/bench/import_graph.py          # module -> the tui modules it imports
    python tests/bench/import_graph.py --dot    # the same as a Graphviz digraph

Every ``import`` and ``from ... import`` in every module is read from its
syntax tree (nothing is imported), so imports inside functions count too.
Each edge says how the module imports: at the top (loaded with the module),
``lazy`` (inside a function: loaded when that function first runs) or
``type`` (under ``if TYPE_CHECKING:``: never at run time).

The rule: the engine, ``tui/core``, imports nothing from Textual and no part
of ``tui`` outside itself but the package root (``tui.__version__``).  The
script exits with status 1 and lists the offending imports when it is broken.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "tui"

When = Literal["top", "lazy", "type"]


@dataclass(frozen=True, slots=True, order=True)
class Import:
    """One import statement of ``module``: what it names, where in the file, how it runs."""

    module: str
    target: str
    line: int
    when: When


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    """Every module of the package, by dotted name."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _statements(nodes: Iterable[ast.AST], when: When = "top") -> Iterator[tuple[ast.stmt, When]]:
    """Import statements with how they run: at the top, inside a function, or for types only."""
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, when
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _statements(node.body, "type")
            yield from _statements(node.orelse, when)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _statements(ast.iter_child_nodes(node), "lazy" if when == "top" else when)
        else:
            yield from _statements(ast.iter_child_nodes(node), when)


def _targets(node: ast.stmt, module: str, is_package: bool, known: set[str]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    assert isinstance(node, ast.ImportFrom)
    base = node.module or ""
    if node.level:  # relative: from the module's own package upwards
        package = module.split(".") if is_package else module.split(".")[:-1]
        anchor = ".".join(package[: len(package) - node.level + 1])
        base = f"{anchor}.{base}" if base else anchor
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        yield submodule if submodule in known else base


def imports(found: dict[str, Path] | None = None) -> list[Import]:
    """Every import of every module of ``tui``, internal and external."""
    found = found if found is not None else modules()
    known = set(found)
    out: set[Import] = set()
    for module, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node, when in _statements(tree.body):
            for target in _targets(node, module, is_package, known):
                out.add(Import(module, target, node.lineno, when))
    return sorted(out)


def _internal(target: str) -> bool:
    return target == "tui" or target.startswith("tui.")


def graph(found: list[Import]) -> dict[str, dict[str, When]]:
    """module -> {tui module it imports: how}, the eagerest way it is imported."""
    order: dict[When, int] = {"top": 0, "lazy": 1, "type": 2}
    out: dict[str, dict[str, When]] = {}
    for imp in found:
        edges = out.setdefault(imp.module, {})
        if not _internal(imp.target) or imp.target == imp.module:
            continue
        if imp.target not in edges or order[imp.when] < order[edges[imp.target]]:
            edges[imp.target] = imp.when
    return out


def violations(found: list[Import]) -> list[Import]:
    """Imports that break the rule: the engine reaching Textual or the app's side of ``tui``."""
    bad = []
    for imp in found:
        if imp.module != "tui.core" and not imp.module.startswith("tui.core."):
            continue
        textual = imp.target == "textual" or imp.target.startswith("textual.")
        outside = _internal(imp.target) and not (
            imp.target == "tui" or imp.target == "tui.core" or imp.target.startswith("tui.core.")
        )
        if textual or outside:
            bad.append(imp)
    return bad


def print_graph(edges: dict[str, dict[str, When]]) -> None:
    for module, targets in edges.items():
        shown = ", ".join(t if how == "top" else f"{t} ({how})" for t, how in targets.items())
        print(f"{module} -> {shown or '(none)'}")


def print_dot(edges: dict[str, dict[str, When]]) -> None:
    style = {"top": "solid", "lazy": "dashed", "type": "dotted"}
    print("digraph tui {\n  rankdir=LR;\n  node [shape=box, fontsize=10];")
    for module, targets in edges.items():
        for target, how in targets.items():
            print(f'  "{module}" -> "{target}" [style={style[how]}];')
    print("}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dot", action="store_true", help="print a Graphviz digraph")
    args = parser.parse_args()
    found = imports()
    edges = graph(found)
    if args.dot:
        print_dot(edges)
    else:
        print_graph(edges)
    bad = violations(found)
    for imp in bad:
        print(f"RULE BROKEN: {imp.module} imports {imp.target} (line {imp.line})", file=sys.stderr)
    if not args.dot:
        core = sum(1 for m in edges if m == "tui.core" or m.startswith("tui.core."))
        verdict = "broken" if bad else "holds"
        print(f"\n{len(edges)} modules ({core} in tui.core); the engine's rule {verdict}.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

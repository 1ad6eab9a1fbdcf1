"""The package is layered, and the layers are a promise: a module imports only from its own
layer or the ones below, never from a layer above or a sibling, and no imports go round in a
circle. The layers, from the ground up (see the README's "How it works"):

1. errors, codes, urls, countries, words
2. names | read                 independent of each other
3. rules
4. annotate
5. write | audit | tools        independent of each other
6. the public API: the package's own `__init__`, which names what users import
7. cli

Imports under `if TYPE_CHECKING:` count too: a loop that only type checking sees is a loop in
the design.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "provenance"

LAYERS: dict[str, tuple[int, str]] = {
    "errors": (1, "ground"),
    "codes": (1, "ground"),
    "urls": (1, "ground"),
    "countries": (1, "ground"),
    "words": (1, "ground"),
    "names": (2, "names"),
    "read": (2, "read"),
    "rules": (3, "rules"),
    "annotate": (4, "annotate"),
    "write": (5, "write"),
    "audit": (5, "audit"),
    "tools": (5, "tools"),
    "": (6, "api"),
    "cli": (7, "cli"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules that `path` imports, whatever the form of the import."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("provenance")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("provenance"):
            assert node.level == 0, f"{path}: relative import"
            base = node.module or ""
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.add(submodule if submodule in known else base)
    return found


def layer_of(module: str) -> tuple[int, str]:
    top = module.removeprefix("provenance").lstrip(".").split(".")[0]
    assert top in LAYERS, f"{module} belongs to no layer: add it to LAYERS and the README"
    return LAYERS[top]


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(path, known) - {name} for name, path in known.items()}


def upward_or_sideways(edges: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, targets in edges.items():
        level, group = layer_of(module)
        for target in sorted(targets):
            their_level, their_group = layer_of(target)
            sibling = their_level == level and their_group != group and group != "ground"
            if their_level > level or sibling:
                wrong.append(f"{module} imports {target}")
    return wrong


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of two or more modules (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            members = []
            while True:
                member = stack.pop()
                members.append(member)
                if member == node:
                    break
            if len(members) > 1:
                found.append(sorted(members))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_upward_or_from_a_sibling() -> None:
    assert upward_or_sideways(graph()) == []


def test_no_imports_go_round_in_a_circle() -> None:
    assert cycles(graph()) == []


def test_every_module_has_a_layer() -> None:
    for module in modules():
        layer_of(module)


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"provenance.urls": {"provenance.rules.models"}}, 1),
        ({"provenance.read.files": {"provenance.names"}}, 1),
        ({"provenance.write.base": {"provenance.audit.run"}}, 1),
        ({"provenance.rules.models": {"provenance.urls"}}, 0),
        ({"provenance.errors": {"provenance.codes"}}, 0),
    ],
)
def test_the_layer_check_catches_what_it_should(edges: dict[str, set[str]], expected: int) -> None:
    assert len(upward_or_sideways(edges)) == expected


def test_the_cycle_check_catches_a_loop() -> None:
    loop = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(loop) == [["a", "b", "c"]]

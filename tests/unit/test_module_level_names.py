"""A module-level name bound twice silently lets the later binding win for every
caller, including those written for the first one: each name is bound once."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted([*ROOT.joinpath("events").rglob("*.py"), *ROOT.joinpath("dashboard").rglob("*.py")])


def _top_level_bindings(tree: ast.Module) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = {}
    for node in tree.body:
        names: list[str] = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        for name in names:
            lines.setdefault(name, []).append(node.lineno)
    return lines


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = {name: lines for name, lines in _top_level_bindings(tree).items() if len(lines) > 1}
    assert not twice, f"{path.name} binds these names more than once: {twice}"


def test_the_check_sees_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f():\n    return A\nA = 2\ndef g():\n    pass\nclass g:\n    pass\n")
    assert {n: v for n, v in _top_level_bindings(tree).items() if len(v) > 1} == {"A": [1, 4], "g": [5, 7]}

"""No module binds one top-level name twice.

The rule modules hold hundreds of module-level patterns. A second ``_CLAUSE_END = ...``
far down a file silently replaces the first for every function that reads it, including
functions defined above the second binding (session 45 moved four outcomes that way
before the outcome runs caught it). Python and ruff allow the rebinding; this test does not.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "ldn_watch"


def _bound_twice(path: Path) -> list[str]:
    bound: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if not any(_named(d) == "overload" for d in node.decorator_list):
                bound[node.name] += 1  # (typing's overloads are one function)
        elif isinstance(node, ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, times in bound.items() if times > 1)


def _named(decorator: ast.expr) -> str | None:
    if isinstance(decorator, ast.Name):
        return decorator.id
    return decorator.attr if isinstance(decorator, ast.Attribute) else None


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    assert _bound_twice(path) == []


def test_a_second_binding_is_caught(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\n\n\ndef f():\n    return A\n\n\nA = 2\n", encoding="utf-8")
    assert _bound_twice(module) == ["A"]

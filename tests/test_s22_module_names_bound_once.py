"""Each module-level name of the classifier is bound once.

Session 22, lead: two readers merged in round 61 each defined `_TABLE_CELL_COUNT` in
`numbers.py`, and the later binding silently replaced the earlier one's pattern (a "Total"
row summed into the arms: 120 for 60); `arms.py` had carried the same slip since session 20
(the lowering clause's `_CLAUSE_END` was shadowed by an arm-phrase pattern of the same name,
so the lowering clause ended at a comma; round 34's tests rely on that reading, which is
kept under a name of its own).
"""

from __future__ import annotations

import ast
from collections import Counter
from importlib.resources import files

import pytest

import ldn_watch.assess


def _modules() -> list[str]:
    root = files(ldn_watch.assess)
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".py"))


@pytest.mark.parametrize("module", _modules())
def test_no_module_level_name_is_bound_twice(module: str) -> None:
    tree = ast.parse(files(ldn_watch.assess).joinpath(module).read_text(encoding="utf-8"))
    bound: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert [name for name, count in bound.items() if count > 1] == []

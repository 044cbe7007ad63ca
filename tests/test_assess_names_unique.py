"""No assess module binds a top-level name twice.

The rule modules hold hundreds of module-level patterns; a second ``_NAME = ...`` further
down silently replaces the first for every reader above it (session 64: a new
``_NAMED_STEP_AFTER`` in doses.py took the old one's place and lost a dose-escalation
record's steps). Python raises nothing, and ruff's redefinition check covers functions and
imports, not assignments."""

from __future__ import annotations

import ast
from pathlib import Path

import ldn_watch.assess

ASSESS = Path(ldn_watch.assess.__file__).parent


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{path.name}:{node.lineno} {name} (first at {seen[name]})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_assess_module_binds_a_top_level_name_twice() -> None:
    modules = sorted(ASSESS.glob("*.py"))
    assert len(modules) > 10
    assert [t for m in modules for t in _bound_twice(m)] == []


def test_the_check_finds_a_name_bound_twice(tmp_path: Path) -> None:
    # (control: the checker itself sees a second binding)
    source = tmp_path / "rules.py"
    source.write_text('import re\n_X = re.compile("a")\n\n\ndef f():\n    pass\n\n\n_X = 1\n')
    assert _bound_twice(source) == ["rules.py:9 _X (first at 2)"]

"""bench/extract_speed.py --stages: it times each stage of assessment, and puts the stages
back when it is done (a timer left wrapped round the classifier would slow every later
assessment in the process and skew the next figure)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from written import RCT, article

BENCH = Path(__file__).resolve().parent.parent / "bench" / "extract_speed.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_speed", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stages_prints_each_stage_and_restores_the_classifier(
    capsys: pytest.CaptureFixture[str],
) -> None:
    bench = _bench()
    before = [getattr(mod, attr) for mod, attr in bench.STAGES]
    record = article(
        "Low-dose naltrexone added to sertraline for depression: a randomized trial",
        "Methods: 80 adults with major depression taking sertraline were randomized to "
        "naltrexone 4.5 mg or placebo. Results: MADRS scores fell more with naltrexone.",
        RCT,
    )
    bench.stages([record], rounds=1)
    out = capsys.readouterr().out
    assert "1 articles:" in out
    for name in ("roles.read", "doses.find", "topic.decide", "numbers.participants"):
        assert name in out
    assert [getattr(mod, attr) for mod, attr in bench.STAGES] == before

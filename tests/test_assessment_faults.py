"""A bug in the classifier on one odd record costs that record's verdict, never the run.

A blind set met a record on which two facts asked each other forever (whether the
condition is an outcome asked whom a secondary analysis took in, which asked whether
the condition is an outcome): the import died with a RecursionError and a bare
traceback. The cycle is broken where it is (``Doc.remember``), a record the classifier
still cannot assess is stored without a verdict and tried again on the next run, and
any unexpected error reaches the user as one line.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from helpers import DATA, offline_watcher
from written import RCT, facts

import ldn_watch.assessor as assessor_mod
from ldn_watch.assess import roles
from ldn_watch.cli import main
from ldn_watch.model import Record
from ldn_watch.pubmed.parse import iter_records

# -- the cycle -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "abstract", "on_topic"),
    [
        (
            "Inflammation and response to low-dose naltrexone added to antidepressants: "
            "a secondary analysis of a randomized trial",
            "Background: In a randomised trial, low-dose naltrexone 4.5 mg was added to the "
            "SSRI that participants were already taking.\n"
            "Methods: In this secondary analysis we examined C-reactive protein. "
            "Participants with a history of depression in a first-degree relative were "
            "compared.\n"
            "Results: 84 participants were analysed. Response on the MADRS did not differ "
            "by baseline MADRS severity.",
            True,  # MADRS response is an outcome
        ),
        (
            "Baseline depression severity and low-dose naltrexone: a post hoc analysis",
            "Methods: This post hoc analysis of the LIFT trial included participants taking "
            "low-dose naltrexone in addition to their SSRI. Baseline MADRS scores were "
            "entered as a moderator.\nResults: 120 participants; pain scores improved.",
            False,  # the depression scale only cuts the sample: no mood outcome
        ),
    ],
)
def test_a_derived_report_that_measures_the_condition_only_as_a_trait_is_decided(
    title: str, abstract: str, on_topic: bool
) -> None:
    got = facts(title, abstract, RCT)  # raised RecursionError before
    assert got.on_topic is on_topic


def test_a_fact_asked_while_it_is_being_answered_gets_the_cautious_answer() -> None:
    doc = _a_doc()
    asked: list[object] = []

    def outer(d: roles.Doc) -> str:
        asked.append(d.remember("x", outer, meanwhile="not yet"))
        return "done"

    assert doc.remember("x", outer, meanwhile="not yet") == "done"
    assert asked == ["not yet"]
    assert doc.remember("x", outer) == "done"  # remembered, not asked again


def test_a_cycle_with_no_cautious_answer_names_the_fact() -> None:
    doc = _a_doc()

    def loop(d: roles.Doc) -> int:
        return d.remember("loop", loop)

    with pytest.raises(RuntimeError, match="'loop' depends on itself"):
        doc.remember("loop", loop)


def _a_doc() -> roles.Doc:
    from written import LEX, article

    return roles.read(article("A trial", "Methods: 40 adults were randomised."), LEX)


# -- a record the classifier cannot assess -----------------------------------------------


def test_a_record_that_cannot_be_assessed_is_stored_logged_and_retried(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = [r for r in iter_records(DATA / "eval_dev.xml") if isinstance(r, Record)]
    odd = records[3].key
    real = assessor_mod.assess

    def flaky(record, lexicon, rules):  # type: ignore[no-untyped-def]
        if record.key == odd:
            raise RecursionError("maximum recursion depth exceeded")
        return real(record, lexicon, rules)

    monkeypatch.setattr(assessor_mod, "assess", flaky)
    with caplog.at_level(logging.WARNING, logger="ldn_watch"), offline_watcher(tmp_path) as w:
        w.import_files([DATA / "eval_dev.xml"])
        assert w.storage.unassessed(w.rules_version) == [odd]  # the others all judged
        assert [s.record.key for s in w.storage.records([odd])] == [odd]  # kept
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(odd in m and "RecursionError" in m and "next run" in m for m in warned)

    # `status` says so too: an operator who missed the warning still sees the record
    db = f"sqlite:///{tmp_path / 'store.db'}"
    capsys.readouterr()
    assert main(["status", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unassessed"] == 1
    assert main(["status", "--db", db]) == 0
    assert "1 stored record(s) have no verdict" in " ".join(capsys.readouterr().out.split())

    monkeypatch.setattr(assessor_mod, "assess", real)  # the bug fixed: the next run
    with offline_watcher(tmp_path) as w:
        assert w.refresh() == 1
        assert w.storage.unassessed(w.rules_version) == []
    assert main(["status", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unassessed"] == 0


# -- any other bug ------------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise ValueError("an internal\nbug")

    monkeypatch.setattr("ldn_watch.cli.load_config", broken)
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("ldn-watch: internal error (ValueError: an internal bug)")
    assert "Traceback" not in err

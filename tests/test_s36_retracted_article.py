"""A retraction voids the article it names, not the records of the trial that stand apart.

CONTRACT.md "Retractions": a retracted article counts toward no gap, and "a gap it had closed
goes back to what the other articles give". Until session 36 one retraction anywhere in a
study turned every record of it to "no": the trial's protocol lost its "in progress", and a
reanalysis of the sites whose data were verified after the retraction lost what it showed
(holdout382 43200003, 43200008, 43200029, 43200031; holdout40 65100007; holdout263 29400011).

What stands and what falls, as real trial families show it:
- the retracted article itself (publication type, RetractionIn, a notice naming it): no gap;
- a secondary analysis published before the retraction reports the retracted data: no gap
  (the issue-8 family in tests/test_studies.py: the retraction reopens the gaps);
- the trial's protocol, its registration, its protocol update or analysis plan: in progress;
- an interim or conference report and a reanalysis published after the retraction: their own;
- the study is retracted only when nothing but retracted articles and notices is left.

Session 36, round 92, lead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers import offline_watcher

from ldn_watch.app import CycleSummary, Watcher
from ldn_watch.model import Correction, Facts, Record
from ldn_watch.studies import RETRACTED_ARTICLE, Member, RecordVerdict, Study, judge_study

GAPS = ["larger-trials", "serotonergic-combination", "dose-finding"]
RETRACTED_ON = date(2026, 4, 24)


def _member(record: Record, facts: Facts | None, value: str = "no") -> Member:
    gaps = {g: value for g in GAPS}
    return Member(record, facts, gaps, {g: f"own {g}" for g in GAPS})  # type: ignore[arg-type]


def _trial(pmid: str, when: date, **kw: object) -> Record:
    return Record(
        "pubmed",
        pmid,
        f"Trial report {pmid}",
        publication_types=["Journal Article", "Randomized Controlled Trial"],
        history={"pubmed": when},
        **kw,  # type: ignore[arg-type]
    )


def _facts(**kw: object) -> Facts:
    base = dict(on_topic=True, design="rct", depression_population=True, n=160, has_results=True)
    return Facts(**{**base, **kw})  # type: ignore[arg-type]


MAIN = _member(
    _trial(
        "1",
        date(2025, 9, 27),
        corrections=[Correction("RetractionIn", "9")],
    ),
    _facts(),
    "addressed",
)


def _notice(pmid: str, of: str) -> Member:
    """The retraction notice ``pmid`` of article ``of``, dated RETRACTED_ON."""
    return _member(
        Record(
            "pubmed",
            pmid,
            "Retraction",
            publication_types=["Retraction of Publication"],
            corrections=[Correction("RetractionOf", of)],
            history={"pubmed": RETRACTED_ON},
        ),
        _facts(design="other", has_results=False, role="retraction"),
    )


NOTICE = _notice("9", "1")
PROTOCOL = _member(
    Record(
        "pubmed",
        "2",
        "Protocol",
        publication_types=["Journal Article", "Clinical Trial Protocol"],
        history={"pubmed": date(2025, 2, 12)},
    ),
    _facts(design="protocol", has_results=False, role="protocol"),
    "in_progress",
)


def _by_key(members: list[Member]) -> tuple[Study, dict[str, RecordVerdict]]:
    study, verdicts = judge_study("ctgov:NCT1", members, GAPS)
    return study, {v.key: v for v in verdicts}


def test_the_protocol_of_a_trial_whose_report_is_retracted_stays_in_progress() -> None:
    study, by_key = _by_key([MAIN, NOTICE, PROTOCOL])
    assert not study.retracted and study.status != "retracted"
    assert study.gaps == {g: "in_progress" for g in GAPS}
    assert "retracted article" in study.flags
    main = by_key["pubmed:1"]
    assert main.retracted and main.gaps == {g: "no" for g in GAPS}
    # the notice's date is the retraction's, not the article's own
    assert main.reasons["larger-trials"] == "retracted 2026-04-24"
    assert by_key["pubmed:2"].gaps == {g: "in_progress" for g in GAPS}


def test_a_reanalysis_written_after_the_retraction_stands_on_its_own() -> None:
    verified = _member(_trial("3", date(2026, 5, 12)), _facts(n=41, role="secondary"), "addressed")
    study, by_key = _by_key([MAIN, NOTICE, verified])
    assert not study.retracted
    assert study.gaps["dose-finding"] == "addressed"
    assert by_key["pubmed:3"].gaps["dose-finding"] == "addressed"


def test_an_interim_report_of_the_trial_keeps_what_it_showed() -> None:
    interim = _member(_trial("4", date(2025, 5, 10)), _facts(n=52), "addressed")
    _, by_key = _by_key([MAIN, NOTICE, interim])
    assert by_key["pubmed:4"].gaps["larger-trials"] == "addressed"


def test_a_secondary_analysis_before_the_retraction_reports_the_retracted_data() -> None:
    earlier = _member(_trial("5", date(2026, 1, 5)), _facts(n=118, role="secondary"), "addressed")
    study, by_key = _by_key([MAIN, NOTICE, earlier])
    # nothing but the retracted data is left: the study itself is retracted
    assert study.retracted and study.gaps == {g: "no" for g in GAPS}
    assert by_key["pubmed:5"].gaps == {g: "no" for g in GAPS}
    # beside the protocol it is still no, while the protocol stands
    study, by_key = _by_key([MAIN, NOTICE, earlier, PROTOCOL])
    assert study.gaps["larger-trials"] == "in_progress"
    assert by_key["pubmed:5"].reasons["larger-trials"] == ("analysis of a retracted trial's data")


def test_a_study_of_one_retracted_article_is_retracted() -> None:
    study, by_key = _by_key([MAIN, NOTICE])
    assert study.retracted and study.retracted_on == RETRACTED_ON
    assert study.why["larger-trials"] == "retracted 2026-04-24"
    assert study.n == 160  # it still shows what it was
    assert by_key["pubmed:1"].retracted


# -- through the real path: import, studies, digest -----------------------------------------

FAMILY = Path(__file__).parent / "data" / "studies"


@pytest.fixture
def watcher(tmp_path: Path) -> Iterator[Watcher]:
    with offline_watcher(tmp_path, formats=("json",)) as w:
        yield w


def _digest(w: Watcher, tmp_path: Path) -> dict | None:
    summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
    w.deliver(summary, out_dir=tmp_path / "digests", send_email=False)
    paths = [p for p in summary.digest_files if p.suffix == ".json" and "digest-" in p.name]
    return json.loads(paths[0].read_text()) if paths else None


def test_a_retracted_report_hands_its_gaps_back_to_the_protocol_and_the_digest_says_so(
    watcher: Watcher, tmp_path: Path
) -> None:
    watcher.import_files([FAMILY / "protocol-and-report.xml"])
    (study,) = [s for s in watcher.studies() if s.on_topic]
    assert study.id == "ctgov:NCT05560001"
    assert study.gaps["dose-finding"] == "addressed"
    assert _digest(watcher, tmp_path) is not None

    watcher.import_files([FAMILY / "retraction-of-report.xml"])
    (study,) = [s for s in watcher.studies() if s.on_topic]
    assert not study.retracted and RETRACTED_ARTICLE in study.flags
    assert study.gaps == {g: "in_progress" for g in GAPS}
    records = {s.record.id: s for s in watcher.storage.records()}
    assert records["39300002"].gaps == {g: "no" for g in GAPS}
    assert records["39300001"].gaps == {g: "in_progress" for g in GAPS}
    second = _digest(watcher, tmp_path)
    assert second is not None
    gaps = {g["id"]: g for g in second["gaps"]}
    assert gaps["dose-finding"]["changed"] and gaps["dose-finding"]["status"] == "in_progress"
    assert second["counts"]["retracted"] == 1  # the alert names the study
    (alert,) = second["retractions"]
    assert alert["note"].startswith("an article retracted; it counted towards: ")
    assert "NCT05560001 (an article) retracted." in second["verdict"]["changes"][0]
    assert _digest(watcher, tmp_path) is None  # reported once


def test_a_retracted_secondary_analysis_withdraws_only_itself() -> None:
    # holdout408 46000019/46000025 (session 44): a subgroup analysis is retracted for its own
    # miscoded subgroup; the trial's data and its other analyses "are not affected"
    subgroup = _member(
        _trial("6", date(2025, 11, 3), corrections=[Correction("RetractionIn", "8")]),
        _facts(n=64, role="secondary"),
        "addressed",
    )
    notice = _notice("8", "6")
    sleep = _member(_trial("7", date(2026, 1, 5)), _facts(n=208, role="secondary"), "addressed")
    study, by_key = _by_key([subgroup, notice, sleep])
    assert by_key["pubmed:6"].retracted and by_key["pubmed:6"].gaps == {g: "no" for g in GAPS}
    assert by_key["pubmed:7"].gaps == {g: "addressed" for g in GAPS}
    assert not study.retracted and study.gaps == {g: "addressed" for g in GAPS}

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

from datetime import date

from ldn_watch.model import Correction, Facts, Record
from ldn_watch.studies import Member, RecordVerdict, Study, judge_study

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
NOTICE = _member(
    Record(
        "pubmed",
        "9",
        "Retraction",
        publication_types=["Retraction of Publication"],
        corrections=[Correction("RetractionOf", "1")],
        history={"pubmed": RETRACTED_ON},
    ),
    _facts(design="other", has_results=False, role="retraction"),
)
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

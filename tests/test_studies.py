"""Records into studies: the links that group them, the verdict of each study, and a
trial family (article, erratum, comment, secondary analysis, retraction notice) through
the real import -> assess -> studies -> digest path."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from helpers import offline_watcher

from ldn_watch.app import CycleSummary
from ldn_watch.model import Correction, Facts, Link, Record, Registry
from ldn_watch.studies import Member, edges, group, judge_study, named_elsewhere, role_of

FAMILY = Path(__file__).parent / "data" / "studies"
GAPS = ["larger-trials", "serotonergic-combination", "dose-finding"]


def trial_facts(**kw: object) -> Facts:
    base = dict(on_topic=True, design="rct", depression_population=True, n=120, has_results=True)
    return Facts(**{**base, **kw})  # type: ignore[arg-type]


# -- links ---------------------------------------------------------------------


def test_a_notice_joins_the_one_article_it_names() -> None:
    erratum = Record(
        "pubmed", "2", "Erratum", corrections=[Correction("ErratumFor", "1", "J 2026")]
    )
    assert edges(erratum, None) == ["pubmed:1"]
    assert role_of(erratum, None) == "erratum"


# an editorial commenting on two trials at once
EDITORIAL_ON_TWO = Record(
    "pubmed",
    "3",
    "Two trials",
    publication_types=["Editorial"],
    corrections=[Correction("CommentOn", "1"), Correction("CommentOn", "2")],
)


def test_an_editorial_on_two_trials_joins_neither() -> None:
    editorial = EDITORIAL_ON_TWO
    # it names both only as "join if they are one study": two trials are not
    assert edges(editorial, None) == ["?pubmed:1", "?pubmed:2"]
    ids = group({editorial.key: edges(editorial, None), "pubmed:1": [], "pubmed:2": []})
    assert len(set(ids.values())) == 3
    assert role_of(editorial, None) == "comment"


def test_the_article_side_of_a_link_does_not_group() -> None:
    """ "CommentIn" from two trials to one editorial must not merge the two trials."""
    a = Record("pubmed", "1", "A", corrections=[Correction("CommentIn", "3")])
    b = Record("pubmed", "2", "B", corrections=[Correction("CommentIn", "3")])
    ids = group({a.key: edges(a, None), b.key: edges(b, None)})
    assert ids[a.key] != ids[b.key]


def test_registration_ids_link_a_trial_but_not_a_review_or_a_pooled_analysis() -> None:
    trial = Record("pubmed", "1", "Trial", nct_ids=["NCT01234567"])
    review = Record("pubmed", "2", "Review", nct_ids=["NCT01234567"])
    pooled = Record("pubmed", "3", "Pooled", nct_ids=["NCT01234567", "NCT07654321"])
    assert edges(trial, trial_facts()) == ["ctgov:NCT01234567"]
    assert edges(review, Facts(design="review")) == []
    assert edges(pooled, trial_facts()) == []


def test_a_registry_joins_its_results_publication_but_not_its_background() -> None:
    reg = Record(
        "ctgov",
        "NCT01234567",
        "Registered trial",
        links=[
            Link("reference", "pubmed", "1", "RESULT"),
            Link("reference", "pubmed", "27736689", "BACKGROUND"),
        ],
    )
    assert edges(reg, None) == ["pubmed:1"]
    assert role_of(reg, None) == "registration"


def test_study_ids_prefer_the_registration_and_stay_put_as_notices_arrive() -> None:
    graph = {"pubmed:20": ["pubmed:10"]}  # an erratum whose article is not stored yet
    assert group(graph) == {"pubmed:20": "pubmed:10"}
    graph["pubmed:10"] = []
    assert group(graph) == {"pubmed:20": "pubmed:10", "pubmed:10": "pubmed:10"}
    graph["pubmed:10"] = ["ctgov:NCT01234567"]
    assert set(group(graph).values()) == {"ctgov:NCT01234567"}


def test_a_preprint_finds_its_journal_version_by_doi() -> None:
    ids = group({"europepmc:PPR1": ["doi:10.1/abc"], "pubmed:5": []}, dois={"pubmed:5": "10.1/ABC"})
    assert ids["europepmc:PPR1"] == ids["pubmed:5"]


# -- verdicts ------------------------------------------------------------------


def member(record: Record, facts: Facts | None, **gaps: str) -> Member:
    values = {g: gaps.get(g.replace("-", "_"), "no") for g in GAPS}
    return Member(record, facts, values, {g: f"{g} reason" for g in GAPS})  # type: ignore[arg-type]


def test_notices_never_count_and_follow_their_article() -> None:
    article = member(Record("pubmed", "1", "Trial"), trial_facts(), larger_trials="addressed")
    erratum = member(
        Record("pubmed", "2", "Erratum", publication_types=["Published Erratum"]),
        # what a classifier fooled by the erratum's text would say, its role aside
        trial_facts(compares_doses=True, on_topic=False, role="erratum"),
        dose_finding="addressed",
    )
    study, verdicts = judge_study("pubmed:1", [article, erratum], GAPS)
    assert study.gaps == {
        "larger-trials": "addressed",
        "serotonergic-combination": "no",
        "dose-finding": "no",
    }
    assert study.lead == "pubmed:1" and study.flags == ["corrected"]
    by_key = {v.key: v for v in verdicts}
    assert by_key["pubmed:2"].gaps["dose-finding"] == "no"
    assert by_key["pubmed:2"].reasons["dose-finding"] == "erratum: no data of its own"
    assert by_key["pubmed:2"].on_topic is True  # a notice about an on-topic article


def test_a_retraction_notice_retracts_the_study_and_reopens_its_gaps() -> None:
    article = member(Record("pubmed", "1", "Trial"), trial_facts(), larger_trials="addressed")
    notice = member(
        Record(
            "pubmed",
            "9",
            "Retraction",
            publication_types=["Retraction of Publication"],
            corrections=[Correction("RetractionOf", "1")],
            history={"pubmed": date(2027, 3, 2)},
        ),
        trial_facts(),
        larger_trials="addressed",
    )
    study, verdicts = judge_study("pubmed:1", [article, notice], GAPS)
    assert study.retracted and study.status == "retracted"
    assert (
        study.gaps["larger-trials"] == "no" and study.why["larger-trials"] == "retracted 2027-03-02"
    )
    assert all(v.gaps["larger-trials"] == "no" and v.retracted for v in verdicts)


def test_results_supersede_a_registration_in_progress() -> None:
    reg = member(
        Record("ctgov", "NCT01234567", "Planned", registry=Registry(status="COMPLETED")),
        trial_facts(design="protocol", has_results=False, n=200),
        larger_trials="in_progress",
    )
    paper = member(Record("pubmed", "1", "Small in the end"), trial_facts(n=37))
    study, _ = judge_study("ctgov:NCT01234567", [reg, paper], GAPS)
    assert study.gaps["larger-trials"] == "no"  # it enrolled 37, whatever it planned
    assert study.status == "results" and study.n == 37 and study.lead == "pubmed:1"


def test_a_registration_alone_is_in_progress_or_stopped() -> None:
    reg = member(
        Record("ctgov", "NCT01234567", "Planned", registry=Registry(status="RECRUITING")),
        trial_facts(design="protocol", has_results=False),
        larger_trials="in_progress",
    )
    study, _ = judge_study(reg.key, [reg], GAPS)
    assert study.status == "in_progress" and study.gaps["larger-trials"] == "in_progress"
    stopped = replace(reg, record=replace(reg.record, registry=Registry(status="TERMINATED")))
    stopped.gaps = {g: "no" for g in GAPS}
    study, _ = judge_study(reg.key, [stopped], GAPS)
    assert study.status == "stopped" and study.gaps["larger-trials"] == "no"


def _plan(record: Record, n: int, **gaps: str) -> Member:
    return member(record, trial_facts(design="protocol", has_results=False, n=n), **gaps)


def test_a_protocol_update_replaces_the_plan_it_updates() -> None:
    """CONTRACT.md: a later protocol version replaces the earlier one. An update that drops
    the 2 mg arm leaves no dose comparison planned, whatever the first protocol said."""
    first = _plan(
        Record("pubmed", "1", "NALDO: protocol of a three-arm trial", year=2025),
        126,
        larger_trials="in_progress",
        dose_finding="in_progress",
    )
    update = _plan(
        Record(
            "pubmed",
            "2",
            "Update to the NALDO protocol: removal of the 2 mg arm",
            year=2026,
            corrections=[Correction("UpdateOf", "1")],
        ),
        84,
        larger_trials="in_progress",
    )
    study, verdicts = judge_study("pubmed:1", [first, update], GAPS)
    assert study.gaps["dose-finding"] == "no"
    assert study.gaps["larger-trials"] == "in_progress"
    assert study.lead == "pubmed:2" and study.n == 84
    assert "plan updated" in study.flags  # the digest says why the old plan no longer counts
    # each record is still reported as its own text reads
    own = {v.key: v.gaps for v in verdicts}
    assert own["pubmed:1"]["dose-finding"] == "in_progress"


def test_a_later_preprint_version_replaces_an_earlier_plan() -> None:
    def version(v: int, **gaps: str) -> Member:
        # Preprints.org writes the version into the DOI: one work, versions 1 and 2
        doi = f"10.20944/preprints202601.0001.v{v}"
        return _plan(Record("europepmc", f"PPR{v}", "Protocol", doi=doi), 90, **gaps)

    study, _ = judge_study(
        "europepmc:PPR1", [version(1, dose_finding="in_progress"), version(2)], GAPS
    )
    assert study.gaps["dose-finding"] == "no" and study.lead == "europepmc:PPR2"


def test_plans_that_do_not_replace_each_other_both_count() -> None:
    """A registration and a protocol paper of one trial are two accounts of one plan, and
    results are weighed against each other: neither is dropped."""
    reg = _plan(Record("ctgov", "NCT01234567", "Planned"), 120, dose_finding="in_progress")
    paper = _plan(Record("pubmed", "1", "Protocol", nct_ids=["NCT01234567"]), 120)
    study, _ = judge_study(reg.key, [reg, paper], GAPS)
    assert study.gaps["dose-finding"] == "in_progress"
    results = member(Record("pubmed", "5", "Trial"), trial_facts(), dose_finding="addressed")
    redo = member(
        Record("pubmed", "6", "Reanalysis", corrections=[Correction("UpdateOf", "5")]),
        trial_facts(),
    )
    study, _ = judge_study("pubmed:5", [results, redo], GAPS)
    assert study.gaps["dose-finding"] == "addressed"


# -- a trial family through the real path ----------------------------------------


@pytest.fixture
def watcher(tmp_path):
    with offline_watcher(tmp_path, formats=("json",)) as w:
        yield w


def _digest(w, tmp_path: Path) -> dict | None:
    summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
    w.deliver(summary, out_dir=tmp_path / "digests", send_email=False)
    paths = [p for p in summary.digest_files if p.suffix == ".json" and "digest-" in p.name]
    return json.loads(paths[0].read_text()) if paths else None


def test_a_trial_and_its_notices_are_one_study_until_the_retraction(watcher, tmp_path) -> None:
    watcher.import_files([FAMILY / "trial-family.xml"])
    (study,) = [s for s in watcher.studies() if s.on_topic]
    assert study.id == "ctgov:NCT05550001"
    assert sorted(study.members) == [
        ("pubmed:39100001", "publication"),
        ("pubmed:39100002", "erratum"),
        ("pubmed:39100003", "comment"),
        ("pubmed:39100004", "secondary"),
    ] or sorted(k for k, _ in study.members) == [f"pubmed:3910000{i}" for i in range(1, 5)]
    assert study.gaps["larger-trials"] == "addressed"
    assert study.gaps["serotonergic-combination"] == "addressed"
    assert study.gaps["dose-finding"] == "no"  # the erratum's "1.5 mg or 4.5 mg" is not a trial
    states = {g.id: g for g in watcher.gap_states()}
    assert states["larger-trials"].studies == ["ctgov:NCT05550001"]
    report = {s.record.id: s for s in watcher.storage.records()}
    for notice in ("39100002", "39100003"):
        assert report[notice].gaps == {g: "no" for g in GAPS}
        assert report[notice].on_topic
    first = _digest(watcher, tmp_path)
    assert first is not None and first["counts"]["new_on_topic"] >= 1
    assert _digest(watcher, tmp_path) is None  # nothing new: no second digest

    watcher.import_files([FAMILY / "retraction-notice.xml"])
    (study,) = [s for s in watcher.studies() if s.on_topic]
    assert study.retracted and study.gaps == {g: "no" for g in GAPS}
    assert {g.id: g.status for g in watcher.gap_states()} == {g: "open" for g in GAPS}
    second = _digest(watcher, tmp_path)
    assert second is not None
    reopened = {g["id"]: g for g in second["gaps"]}
    assert reopened["larger-trials"]["changed"] and reopened["larger-trials"]["status"] == "open"
    assert reopened["larger-trials"]["previous_status"] == "addressed"
    assert second["counts"]["retracted"] >= 1
    assert _digest(watcher, tmp_path) is None  # reported once


# -- one notice, several studies (holdout184: a retraction of a trial and its secondary
# analysis, which names the trial by no structured link) -------------------------------


def _retraction_of(*pmids: str) -> Record:
    return Record(
        "pubmed",
        "9",
        "Retraction",
        publication_types=["Retraction of Publication"],
        corrections=[Correction("RetractionOf", p) for p in pmids],
        history={"pubmed": date(2027, 3, 2)},
    )


def test_a_retraction_of_two_studies_joins_neither_yet_retracts_both() -> None:
    notice = _retraction_of("1", "2")
    graph = {notice.key: edges(notice, None), "pubmed:1": [], "pubmed:2": []}
    ids = group(graph)
    assert len(set(ids.values())) == 3  # two trials are not made one by their notice
    named = named_elsewhere(graph, ids)
    assert named == {"pubmed:1": [notice.key], "pubmed:2": [notice.key]}
    article = member(Record("pubmed", "2", "Secondary"), trial_facts(), larger_trials="addressed")
    study, verdicts = judge_study("pubmed:2", [article], GAPS, [notice])
    assert study.retracted and study.retracted_on == date(2027, 3, 2)
    assert study.gaps == {g: "no" for g in GAPS}
    assert study.why["larger-trials"] == "retracted 2027-03-02"
    assert verdicts[0].retracted


def test_a_comment_on_two_trials_retracts_neither() -> None:
    editorial = EDITORIAL_ON_TWO
    article = member(Record("pubmed", "1", "Trial"), trial_facts(), larger_trials="addressed")
    study, _ = judge_study("pubmed:1", [article], GAPS, [editorial])
    assert not study.retracted and study.gaps["larger-trials"] == "addressed"
    # nor does a retraction of another record than this study's
    study, _ = judge_study("pubmed:1", [article], GAPS, [_retraction_of("7", "8")])
    assert not study.retracted


@pytest.mark.parametrize("notice_first", [False, True])
def test_a_retraction_of_two_articles_retracts_each_whichever_arrives_first(
    watcher, notice_first: bool
) -> None:
    files = [FAMILY / "two-articles.xml", FAMILY / "retraction-of-both.xml"]
    if notice_first:
        files.reverse()
    watcher.import_files([files[0]])
    if not notice_first:
        before = {s.id: s for s in watcher.studies()}
        assert before["pubmed:39200002"].gaps["dose-finding"] == "addressed"
    watcher.import_files([files[1]])
    studies = {s.id: s for s in watcher.studies()}
    for article in ("pubmed:39200001", "pubmed:39200002"):
        assert studies[article].retracted, article
        assert studies[article].gaps == {g: "no" for g in GAPS}
        assert studies[article].why["dose-finding"] == "retracted 2026-09-02"
    assert {g.id: g.status for g in watcher.gap_states()} == {g: "open" for g in GAPS}

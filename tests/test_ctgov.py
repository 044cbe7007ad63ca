"""ClinicalTrials.gov: the v2 parser on recorded studies, and the source over the stand-in.

No test talks to the internet: ``StandinCtgov`` serves recorded and demo studies on
127.0.0.1. Retry policies are in milliseconds so faults cost no real waiting.
"""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from helpers import PATIENT, QUICK_FAULTS, paged_source
from helpers import harvested_ids as _harvest_all
from helpers import read_json as _json

from ldn_watch import net
from ldn_watch.errors import CancelledError, FetchError
from ldn_watch.model import Link
from ldn_watch.sources.base import Source
from ldn_watch.sources.ctgov.client import window_filter
from ldn_watch.sources.ctgov.parse import inclusion_criteria, parse_date, parse_study, reparse
from ldn_watch.sources.ctgov.source import CtgovSource
from ldn_watch.sources.ctgov.standin import StandinCtgov

DATA = Path(__file__).parent / "data"
FULL_STUDY = DATA / "mcode__ctgov_v2_study_NCT02513394.json.gz"
QUERY = "naltrexone AND (depression OR depressive OR mood)"


def _demo() -> dict[str, Any]:
    text = files("ldn_watch.demo_data").joinpath("ctgov-demo.json").read_text(encoding="utf-8")
    return json.loads(text)


@pytest.fixture
def standin() -> Iterator[StandinCtgov]:
    with StandinCtgov(**QUICK_FAULTS) as server:
        yield server


def _source(standin: StandinCtgov, **options: Any) -> CtgovSource:
    return paged_source(CtgovSource, standin, QUERY, **options)


# --------------------------------------------------------------------- parsing


def test_a_full_recorded_study_parses_into_a_record_with_its_registry_facts() -> None:
    record = parse_study(_json(FULL_STUDY.name))
    reg = record.registry
    assert record.source == "ctgov" and record.id == "NCT02513394"
    assert record.key == "ctgov:NCT02513394" and record.nct_ids == ["NCT02513394"]
    assert record.title.startswith(
        "PALbociclib CoLlaborative Adjuvant Study: A Randomized Phase III"
    )
    assert reg is not None
    assert reg.brief_title == "PALbociclib CoLlaborative Adjuvant Study" and reg.acronym == "PALLAS"
    assert (reg.status, reg.study_type, reg.allocation, reg.phases) == (
        "ACTIVE_NOT_RECRUITING",
        "INTERVENTIONAL",
        "RANDOMIZED",
        ["PHASE3"],
    )
    assert (reg.enrollment, reg.enrollment_type) == (5796, "ACTUAL")
    assert reg.has_results and reg.results_posted == date(2022, 4, 13)
    assert reg.first_posted == date(2015, 7, 31) and reg.last_update_posted == date(2023, 6, 15)
    assert reg.start_date == date(2015, 8, 1) and reg.completion_date_type == "ESTIMATED"
    assert reg.sponsor == "Alliance Foundation Trials, LLC."
    assert reg.conditions == ["Breast Cancer"]
    assert [a.label for a in reg.arms] == ["Arm A", "Arm B"]
    assert "125 mg orally once daily" in (reg.arms[0].description or "")
    assert reg.interventions[1].arms == ("Arm A", "Arm B")
    assert reg.eligibility and reg.eligibility.startswith("Inclusion Criteria:")
    assert reg.primary_outcomes == ["Invasive Disease Free Survival (iDFS)"]
    assert record.year == 2015 and record.date_revised == date(2023, 6, 15)
    assert "Breast Neoplasms" in record.mesh_terms
    refs = [link for link in record.links if link.rel == "reference"]
    assert Link("reference", "pubmed", "34874182", "DERIVED") in refs
    assert all(link.source == "pubmed" and link.id.isdigit() for link in refs)


def test_the_text_holds_arms_interventions_inclusion_criteria_and_outcomes() -> None:
    record = parse_study(_json(FULL_STUDY.name))
    labels = [s.label for s in record.abstract]
    assert labels[0] == "Brief Summary"
    assert (
        "Arm: Arm A" in labels and "Inclusion Criteria" in labels and "Primary Outcomes" in labels
    )
    arm = next(s for s in record.abstract if s.label == "Arm: Arm A")
    assert arm.category == "METHODS" and "125 mg" in arm.text
    inclusion = next(s for s in record.abstract if s.label == "Inclusion Criteria")
    assert "Age ≥18 years" in inclusion.text
    # the exclusion criteria are not text about what participants take
    assert "CDK inhibitor" not in record.abstract_text
    assert "CDK inhibitor" in (record.registry.eligibility or "")


def test_raw_is_the_study_json_and_reparses_to_the_same_record() -> None:
    study = _json(FULL_STUDY.name)
    record = parse_study(study)
    assert json.loads(record.raw) == study
    assert reparse(record.raw) == record
    with pytest.raises(ValueError):
        reparse(b"not json")
    with pytest.raises(ValueError):
        parse_study({"protocolSection": {}})


def test_a_terminated_study_recorded_with_fields_parses_with_what_it_has() -> None:
    record = parse_study(_json("biomcp__ctgov_get_nct02576665_20260811.json"))
    reg = record.registry
    assert reg is not None and record.id == "NCT02576665"
    assert reg.status == "TERMINATED" and reg.enrollment == 21 and reg.enrollment_type is None
    assert reg.has_results is False and reg.allocation is None
    assert record.title.startswith("A Study of Toca 511")  # no officialTitle: the brief one
    # markdown escapes of the registry's text are undone
    assert "[rHGG]" in record.abstract_text and "\\[" not in record.abstract_text


@pytest.mark.parametrize(
    "name",
    [
        "biomcp__ctgov_search_keytruda_limit3_20260811.json",
        "biomcp__ctgov_search_melanoma_recruiting_limit3_20260811.json",
        "biomcp__ctgov_search_nsclc_egfr_l858r_20260811.json",
        "biomcp__ctgov_search_phelan_limit5_20260811.json",
        "biomcp__ctgov_search_phelan_next_20260811.json",
    ],
)
def test_every_study_of_recorded_search_pages_parses(name: str) -> None:
    page = _json(name)
    records = [parse_study(s) for s in page["studies"]]
    assert records and all(r.id.startswith("NCT") and r.registry is not None for r in records)
    assert all(r.registry.status for r in records)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017-06-30", date(2017, 6, 30)),
        ("2015-08", date(2015, 8, 1)),
        ("2017", date(2017, 1, 1)),
        ("2017-02-30", None),
        ("soon", None),
        (None, None),
    ],
)
def test_registry_dates_may_lack_the_day_or_month(text: Any, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_inclusion_criteria_become_sentences_and_stop_at_the_exclusions() -> None:
    criteria = (
        "Inclusion Criteria:\n\n* adults 18-65\n* MADRS ≥ 20\n1. on an SSRI\n\n"
        "Exclusion Criteria:\n\n* opioid use"
    )
    assert inclusion_criteria(criteria) == ["Adults 18-65.", "MADRS ≥ 20.", "On an SSRI."]
    assert inclusion_criteria(None) == []


def test_comparator_arms_without_naltrexone_stay_out_of_the_text() -> None:
    study = _demo()["studies"][1]  # invented: LDN 1.5 mg, LDN 4.5 mg, placebo
    record = parse_study(study)
    arms = [s.label for s in record.abstract if (s.label or "").startswith("Arm:")]
    assert arms == ["Arm: LDN 1.5 mg", "Arm: LDN 4.5 mg"]
    interventions = [s.label for s in record.abstract if (s.label or "").startswith("Intervention")]
    assert interventions == ["Intervention: Drug: Naltrexone"]
    assert [a.label for a in record.registry.arms] == ["LDN 1.5 mg", "LDN 4.5 mg", "Placebo"]


def test_the_reconstructed_pilot_registration_links_its_publication() -> None:
    doc = _demo()
    assert "RECONSTRUCTED" in doc["_comment"] and "INVENTED" in doc["_comment"]
    pilot = parse_study(doc["studies"][0])
    assert pilot.id == "NCT01874951"
    assert Link("reference", "pubmed", "27736689", "DERIVED") in pilot.links
    reg = pilot.registry
    assert reg is not None
    assert (reg.enrollment, reg.enrollment_type, reg.phases, reg.allocation) == (
        12,
        "ACTUAL",
        ["PHASE2"],
        "RANDOMIZED",
    )
    assert reg.status == "COMPLETED" and reg.has_results and reg.results_posted == date(2017, 1, 1)


# ----------------------------------------------------------- harvest over stand-in


def test_the_source_meets_the_source_protocol(standin: StandinCtgov) -> None:
    source: Source = _source(standin)
    assert source.name == "ctgov" and source.requests == 0


def test_a_window_is_one_search_with_the_query_and_the_last_update_range(
    standin: StandinCtgov,
) -> None:
    standin.add_studies(_demo()["studies"][1:], last_update=date(2026, 11, 20))
    source = _source(standin)
    ids = _harvest_all(source, date(2026, 11, 14), date(2026, 11, 27))
    assert ids == ["NCT99900001", "NCT99900002"]
    [request] = standin.requests
    assert request.path == "studies"
    assert request.params["query.term"] == QUERY
    assert request.params["filter.advanced"] == (
        "AREA[LastUpdatePostDate]RANGE[2026-11-14,2026-11-27]"
    )
    assert request.params["countTotal"] == "true" and request.params["pageSize"] == "1000"
    assert _harvest_all(source, date(2026, 11, 21), date(2026, 11, 27)) == []


def test_the_first_harvest_reads_the_whole_history(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2017, 6, 1))
    source = _source(standin)
    ids = _harvest_all(source, date(2026, 11, 1), date(2026, 11, 27), first=True)
    assert ids == ["NCT01874951", "NCT99900001", "NCT99900002"]
    assert standin.requests[0].params["filter.advanced"].endswith("RANGE[MIN,2026-11-27]")
    assert window_filter(None, None) == "AREA[LastUpdatePostDate]RANGE[MIN,MAX]"


def test_the_query_term_selects_studies(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    standin.load(FULL_STUDY, last_update=date(2026, 11, 20))
    source = _source(standin, query="naltrexone AND (lithium OR lamotrigine)")
    assert _harvest_all(source, date(2026, 11, 1), date(2026, 11, 30)) == ["NCT99900002"]


def test_a_window_past_1000_studies_pages_to_the_end_and_yields_each_study_once(
    standin: StandinCtgov,
) -> None:
    standin.add_studies(_demo()["studies"][1:2])
    made = standin.replicate(2_345, start=date(2025, 1, 1), days=30)
    source = _source(standin, query="naltrexone", policy=PATIENT)
    harvest = source.harvest(date(2025, 1, 1), date(2025, 1, 31))
    assert harvest.found == 2_345
    batches = list(harvest)
    ids = [r.id for b in batches for r in b.records]
    assert [len(b.records) for b in batches] == [1000, 1000, 345]
    assert len(ids) == len(set(ids)) == 2_345 and set(ids) == set(made)
    assert source.requests == 3 == standin.count("studies")
    first, *later = standin.requests
    assert first.params.get("countTotal") == "true" and "pageToken" not in first.params
    for request in later:
        assert "countTotal" not in request.params and request.params["pageToken"]
        # later pages repeat the first page's parameters
        expected = {k: v for k, v in first.params.items() if k != "countTotal"}
        assert {k: v for k, v in request.params.items() if k != "pageToken"} == expected


def test_a_second_harvest_with_nothing_new_costs_one_request(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    source = _source(standin)
    assert len(_harvest_all(source, date(2026, 11, 1), date(2026, 11, 27), first=True)) == 3
    before = source.requests
    harvest = source.harvest(date(2026, 11, 27), date(2026, 12, 4))
    assert harvest.found == 0 and [b.records for b in harvest] == [[]]
    assert source.requests - before == 1 <= 2


def test_an_update_moves_a_study_into_a_later_window(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][1:2], last_update=date(2026, 11, 20))
    source = _source(standin)
    assert _harvest_all(source, date(2026, 11, 1), date(2026, 11, 27)) == ["NCT99900001"]
    standin.update(
        "NCT99900001",
        date(2026, 12, 2),
        {"protocolSection": {"statusModule": {"overallStatus": "ACTIVE_NOT_RECRUITING"}}},
    )
    harvest = source.harvest(date(2026, 11, 28), date(2026, 12, 4))
    [record] = [r for b in harvest for r in b.records]
    assert record.registry is not None and record.registry.status == "ACTIVE_NOT_RECRUITING"
    assert record.registry.last_update_posted == date(2026, 12, 2)


@pytest.mark.parametrize("fault", [429, 500, 502, 503, "truncate", "cut", "drop"])
def test_transient_failures_are_retried(standin: StandinCtgov, fault: Any) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    standin.fail_next(fault, fault)
    source = _source(standin)
    ids = _harvest_all(source, date(2026, 11, 1), date(2026, 11, 27))
    assert len(ids) == 3
    assert source.requests == 3 == len(standin.requests)


def test_a_429_carries_retry_after_and_is_honoured_up_to_the_policy(
    standin: StandinCtgov,
) -> None:
    standin.retry_after = "0.02"
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    standin.fail_next(429)
    policy = net.RetryPolicy(max_tries=3, backoff=0.001, max_delay=0.5, timeout=2, deadline=2)
    source = _source(standin, policy=policy)
    assert len(_harvest_all(source, date(2026, 11, 1), date(2026, 11, 27))) == 3
    first, second = standin.requests
    assert first.status == 429 and second.status == 200
    assert second.time - first.time >= 0.018


def test_a_stalled_server_is_timed_out_and_retried(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    standin.fail_next("stall")
    policy = net.RetryPolicy(max_tries=3, backoff=0.001, max_delay=0.005, timeout=0.05, deadline=1)
    source = _source(standin, policy=policy)
    assert len(_harvest_all(source, date(2026, 11, 1), date(2026, 11, 27))) == 3
    assert source.requests == 2


def test_an_answer_slower_than_the_overall_deadline_is_abandoned(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"], last_update=date(2026, 11, 20))
    standin.fail_next("trickle")  # ten pieces 20 ms apart: each read in time, the whole not
    policy = net.RetryPolicy(max_tries=3, backoff=0.001, max_delay=0.005, timeout=1, deadline=0.08)
    source = _source(standin, policy=policy)
    assert len(_harvest_all(source, date(2026, 11, 1), date(2026, 11, 27))) == 3
    assert source.requests == 2


def test_a_source_down_after_retries_is_one_fetch_error_naming_it(standin: StandinCtgov) -> None:
    standin.fail_next(503, 503, 503, 503)
    source = _source(standin)
    with pytest.raises(FetchError) as caught:
        source.harvest(date(2026, 11, 1), date(2026, 11, 27))
    message = str(caught.value)
    assert "ClinicalTrials.gov" in message and "4 tries" in message and "HTTP 503" in message
    assert "\n" not in message


def test_a_refused_request_is_not_retried(standin: StandinCtgov) -> None:
    standin.fail_next(400)
    with pytest.raises(FetchError, match="refused"):
        _source(standin).harvest(date(2026, 11, 1), date(2026, 11, 27))
    assert len(standin.requests) == 1


def test_a_failure_mid_window_raises_after_the_stored_batches(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][1:2])
    standin.replicate(1_500, start=date(2025, 1, 1), days=10)
    source = _source(
        standin,
        query="naltrexone",
        policy=net.RetryPolicy(max_tries=2, backoff=0.001, max_delay=0.005),
    )
    harvest = source.harvest(date(2025, 1, 1), date(2025, 1, 31))
    it = iter(harvest)
    assert len(next(it).records) == 1000
    standin.fail_next(500, 500)
    with pytest.raises(FetchError):
        next(it)


def test_a_harvest_that_comes_up_short_of_its_count_raises(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][1:2])
    standin.replicate(1_200, start=date(2025, 1, 1), days=10)
    source = _source(standin, query="naltrexone", policy=PATIENT)
    harvest = source.harvest(date(2025, 1, 1), date(2025, 1, 31))
    it = iter(harvest)
    next(it)
    # a study leaves the window between pages (its update was posted after the window)
    standin.update("NCT90000001", date(2025, 3, 1))
    with pytest.raises(FetchError, match="listed 1199 of the 1200"):
        list(it)


def test_cancelling_stops_a_harvest_between_pages(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][1:2])
    standin.replicate(1_100, start=date(2025, 1, 1), days=10)
    cancel = threading.Event()
    source = _source(standin, query="naltrexone", interval=0.01)
    it = iter(source.harvest(date(2025, 1, 1), date(2025, 1, 31), cancel=cancel))
    next(it)
    cancel.set()
    with pytest.raises(CancelledError):
        next(it)


def test_requests_are_paced(standin: StandinCtgov) -> None:
    """Every request waits for its slot on the pacer: starts a full interval apart.

    Measured on the pacer's own clock (a fake one that moves only when the pacer sleeps),
    not on the stand-in's arrival times, which a loaded machine can bunch together."""
    standin.add_studies(_demo()["studies"][1:2])
    standin.replicate(25, start=date(2025, 1, 1), days=10)
    source = _source(standin, query="naltrexone", page_size=10, interval=0.03)
    now = [100.0]
    starts: list[float] = []

    def sleep(seconds: float, cancel: object = None) -> None:
        now[0] += seconds
        starts.append(now[0])

    source.client.pacer = net.Pacer(0.03, clock=lambda: now[0], sleep=sleep)
    assert len(_harvest_all(source, date(2025, 1, 1), date(2025, 1, 31))) == 25
    assert len(standin.requests) == len(starts) == 3
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert gaps == pytest.approx([0.03, 0.03]), gaps


def test_the_stand_in_refuses_a_later_page_that_does_not_repeat_the_parameters(
    standin: StandinCtgov,
) -> None:
    standin.add_studies(_demo()["studies"])
    source = _source(standin, page_size=1)
    page = source.client.page({"query.term": "naltrexone", "pageSize": "1", "countTotal": "true"})
    assert page.total == 3 and page.next_token
    with pytest.raises(FetchError, match="400"):
        source.client.page(
            {"query.term": "naltrexone", "pageSize": "2"}, page_token=page.next_token
        )


# ------------------------------------------------------------------ ad-hoc search


def test_search_by_terms_and_by_nct_id(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"])
    source = _source(standin)
    hits = source.search(["naltrexone", "AND", "SSRI"], max_results=5)
    assert [r.id for r in hits.records] == ["NCT99900001"] and hits.total == 1
    assert "query.term=naltrexone AND SSRI" in (hits.query or "")
    by_id = source.search(["NCT01874951", "nct99900002"])
    assert [r.id for r in by_id.records] == ["NCT01874951", "NCT99900002"]
    assert [r.path for r in standin.requests[-2:]] == ["studies/NCT01874951", "studies/NCT99900002"]


def test_search_caps_results_and_counts_the_total(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][1:2])
    standin.replicate(30, start=date(2025, 1, 1))
    hits = _source(standin).search(["naltrexone"], max_results=7)
    assert len(hits.records) == 7 and hits.total == 31
    assert standin.requests[-1].params["pageSize"] == "7"


def test_search_since_keeps_recent_updates(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][:1], last_update=date(2017, 6, 1))
    standin.add_studies(_demo()["studies"][1:], last_update=date(2026, 11, 20))
    hits = _source(standin).search(["naltrexone"], since=date(2026, 1, 1))
    assert [r.id for r in hits.records] == ["NCT99900001", "NCT99900002"]
    assert standin.requests[-1].params["filter.advanced"].endswith("RANGE[2026-01-01,MAX]")


def test_an_alias_id_is_followed_and_an_unknown_id_is_none(standin: StandinCtgov) -> None:
    standin.add_studies(_demo()["studies"][:1])
    standin.add_alias("NCT00000001", "NCT01874951")
    source = _source(standin)
    record = source.study("NCT00000001")
    assert record is not None and record.id == "NCT01874951"
    assert [r.status for r in standin.requests] == [301, 200]
    assert source.study("NCT01234567") is None
    hits = source.search(["NCT00000001", "NCT01234567"])
    assert [r.id for r in hits.records] == ["NCT01874951"]
    assert any("old id" in w for w in hits.warnings) and any(
        "NCT01234567" in w for w in hits.warnings
    )


def test_reparse_needs_no_network(standin: StandinCtgov) -> None:
    record = parse_study(_json(FULL_STUDY.name))
    assert _source(standin).reparse(record.raw) == record
    assert standin.requests == []


def test_the_source_is_built_from_the_config() -> None:
    from ldn_watch.config import load_config

    config = load_config(env={"LDN_WATCH_CTGOV_URL": "http://127.0.0.1:9/api/v2"})
    source = CtgovSource.from_settings(config.ctgov)
    assert source.client.base_url == "http://127.0.0.1:9/api/v2/"
    assert source.query == config.ctgov.query and "naltrexone" in source.query
    assert source.client.policy.max_tries == config.ctgov.max_tries
    assert source.client.pacer.interval == 1.0  # robots.txt: 1 s between requests


def test_the_demo_registrations_load_with_no_date_after_today(standin: StandinCtgov) -> None:
    assert standin.load_demo(today=date(2026, 11, 1)) == [
        "NCT01874951",
        "NCT99900001",
        "NCT99900002",
    ]
    source = _source(standin)
    records = [
        r
        for b in source.harvest(date(2026, 11, 1), date(2026, 11, 1), first=True)
        for r in b.records
    ]
    assert len(records) == 3
    dates = {r.id: r.registry.last_update_posted for r in records if r.registry}
    assert dates == {
        "NCT01874951": date(2017, 1, 1),
        "NCT99900001": date(2026, 11, 1),
        "NCT99900002": date(2026, 10, 8),
    }


def test_a_window_must_not_end_before_it_starts(standin: StandinCtgov) -> None:
    with pytest.raises(ValueError, match="starts after it ends"):
        _source(standin).harvest(date(2026, 11, 2), date(2026, 11, 1))
    assert standin.requests == []

"""Europe PMC preprints: the parser on recorded results, the source over the stand-in.

No test talks to the internet: ``StandinEuropePmc`` serves recorded and demo results
on 127.0.0.1. Retry policies are in milliseconds so faults cost no real waiting.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from datetime import date
from importlib.resources import files
from typing import Any

import pytest
from helpers import PATIENT, QUICK_FAULTS, paged_source
from helpers import harvested_ids as _ids
from helpers import read_json as _json

from ldn_watch import net
from ldn_watch.errors import FetchError
from ldn_watch.model import Correction, Link
from ldn_watch.sources.base import Source
from ldn_watch.sources.europepmc.parse import parse_result, plain_text, reparse, split_sections
from ldn_watch.sources.europepmc.source import EuropePmcSource, window_query
from ldn_watch.sources.europepmc.standin import StandinEuropePmc

QUERY = "naltrexone AND (depress* OR mood)"


def _demo_preprint() -> dict[str, Any]:
    text = files("ldn_watch.demo_data").joinpath("europepmc-demo.json").read_text("utf-8")
    doc = json.loads(text)
    assert "INVENTED" in doc["_comment"]
    return doc["resultList"]["result"][0]


def _core_results() -> list[dict[str, Any]]:
    return _json("pyEuropePMC__search_cancer_core.json")["resultList"]["result"]


def _recorded_preprints() -> list[dict[str, Any]]:
    pages = _json("pyEuropePMC__fetch_10pages_cancer.json.gz")
    return [r for p in pages for r in p["resultList"]["result"] if r["source"] == "PPR"]


@pytest.fixture
def standin() -> Iterator[StandinEuropePmc]:
    with StandinEuropePmc(**QUICK_FAULTS) as server:
        yield server


def _source(standin: StandinEuropePmc, **options: Any) -> EuropePmcSource:
    return paged_source(EuropePmcSource, standin, QUERY, **options)


def _preprint(n: int, indexed: date, **changes: Any) -> dict[str, Any]:
    """A copy of the demo preprint under another id (PPR99900nn), indexed on ``indexed``."""
    result = copy.deepcopy(_demo_preprint())
    result.update(
        id=f"PPR999{n:04d}",
        firstIndexDate=indexed.isoformat(),
        versionList={"version": [{"id": f"PPR999{n:04d}", "source": "PPR", "versionNumber": 1}]},
    )
    result.update(changes)
    return result


# --------------------------------------------------------------------- parsing


def test_recorded_core_results_parse_with_sections_authors_and_types() -> None:
    results = _core_results()
    records = [parse_result(r) for r in results]
    assert len(records) == 25 and all(r.source == "europepmc" for r in records)
    by_id = {r.id: r for r in records}
    objective = by_id["40468710"]
    assert objective.abstract[0].label == "Objective"
    assert objective.abstract[1].label == "Design"
    assert not any(re.search(r"</?[a-z]", s.text) for s in objective.abstract)
    assert "(at p < .001)" in objective.abstract_text  # a real "<" stays
    assert objective.authors[:2] == ["Al-Abbadey M", "Tomescu-Stachie S"]
    assert objective.pmid == "40468710" and objective.journal and objective.year
    h2s = by_id["40511629"]
    assert "(H2S)" in h2s.abstract_text  # <sub>2</sub> flattened
    erratum = by_id["39709208"]
    assert erratum.publication_types == ["Published Erratum", "correction"]
    assert erratum.corrections == [
        Correction(
            "ErratumFor",
            "39293462",
            "Lancet. 2024 Sep 28;404(10459):1227-1239. doi: 10.1016/S0140-6736(24)01653-2.",
        )
    ]
    assert all(r.preprint is None for r in records)  # journal articles, not preprints


def test_recorded_lite_preprints_parse_with_server_and_version() -> None:
    preprints = [parse_result(r) for r in _recorded_preprints()]
    assert len(preprints) == 24
    assert all(p.id.startswith("PPR") and p.preprint is not None for p in preprints)
    assert not any(p.peer_reviewed for p in preprints)
    servers = {p.preprint.server for p in preprints if p.preprint}
    assert {"medRxiv", "bioRxiv", "Research Square"} <= servers
    rs = next(p for p in preprints if p.id == "PPR1037166")
    assert rs.preprint is not None
    assert (rs.preprint.version, rs.preprint.posted) == (1, date(2025, 6, 16))
    assert rs.doi == "10.21203/rs.3.rs-6664819/v1" and rs.publication_types == ["preprint"]
    assert rs.authors[:2] == ["Li W", "Qiao Z"] and rs.url.endswith("/PPR/PPR1037166")


def test_a_lite_journal_record_parses_too() -> None:
    [result] = _json("biomcp__europepmc_search_pmid_20516115.json")["resultList"]["result"]
    record = parse_result(result)
    assert record.pmid == "20516115" and record.pmc == "PMC3040717"
    assert "journal article" in record.publication_types and record.preprint is None


def test_preprint_links_to_its_journal_version_with_the_doi() -> None:
    result = _demo_preprint() | {
        "commentCorrectionList": {
            "commentCorrection": [
                {
                    "id": "38605817",
                    "source": "MED",
                    "reference": "F1000Research. \n    2023 ;12:1007. doi: 10.12688/f1000research.1.",
                    "type": "Preprint of",
                    "note": "Link created based on a title-first author match",
                    "orderIn": 10001,
                },
                {"id": "PPR204727", "source": "PPR", "type": "Preprint in", "orderIn": 10002},
                {"id": "88888888", "source": "MED", "type": "Retraction in", "orderIn": 1},
            ]
        },
        "versionList": {
            "version": [
                {"id": "PPR707121", "source": "PPR", "versionNumber": 1},
                {"id": "PPR9990001", "source": "PPR", "versionNumber": 2},
            ]
        },
        "versionNumber": None,
    }
    record = parse_result(result)
    note = "Link created based on a title-first author match"
    assert Link("preprint_of", "pubmed", "38605817", note) in record.links
    assert Link("preprint_of", "doi", "10.12688/f1000research.1", note) in record.links
    assert Link("preprint_in", "europepmc", "PPR204727") in record.links
    assert Link("version", "europepmc", "PPR707121", "v1") in record.links
    assert record.preprint is not None and record.preprint.version == 2 and record.version == 2
    assert record.retracted and record.corrections[0].pmid == "88888888"


def test_the_demo_preprint_parses_into_a_not_peer_reviewed_record() -> None:
    record = parse_result(_demo_preprint())
    assert record.id == "PPR9990001" and not record.peer_reviewed
    assert record.preprint is not None
    assert (record.preprint.server, record.preprint.version, record.preprint.posted) == (
        "medRxiv",
        1,
        date(2026, 11, 10),
    )
    assert [s.label for s in record.abstract] == ["Background", "Methods", "Results", "Conclusions"]
    assert "p < 0.001" in record.abstract_text  # &lt; decoded
    assert reparse(record.raw) == record


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("H<sub>2</sub>S &amp; NO", "H2S & NO"),
        ("<p>One.</p><p>Two.</p>", "One. Two."),
        ("a<br/>b", "a b"),
        (None, ""),
        # a bare comparison sign is text, not a tag (preprints165 PPR9901863 lost the
        # sentence between "FACIT-F <=30" and "PHQ-9 >=10")
        (
            "fatigue (FACIT-F <=30) were randomised; (PHQ-9 >=10)",
            "fatigue (FACIT-F <=30) were randomised; (PHQ-9 >=10)",
        ),
        ("<i>p</i> < 0.05 and dose > 3 mg", "p < 0.05 and dose > 3 mg"),
    ],
)
def test_html_fragments_become_plain_text(fragment: str | None, expected: str) -> None:
    assert plain_text(fragment) == expected


def test_text_before_the_first_heading_is_kept_unlabelled() -> None:
    sections = split_sections("Lead sentence.<h4>Methods:</h4>We did it.<h4>Empty</h4>")
    assert [(s.label, s.text) for s in sections] == [
        (None, "Lead sentence."),
        ("Methods", "We did it."),
    ]


def test_an_nct_id_in_the_abstract_is_kept_for_linking() -> None:
    result = _demo_preprint() | {"abstractText": "Registered as NCT 01874951 and NCT99900001."}
    assert parse_result(result).nct_ids == ["NCT01874951", "NCT99900001"]


# ----------------------------------------------------------- harvest over stand-in


def test_the_source_meets_the_source_protocol(standin: StandinEuropePmc) -> None:
    source: Source = _source(standin)
    assert source.name == "europepmc" and source.requests == 0


def test_a_window_is_one_query_with_src_ppr_and_the_index_dates(
    standin: StandinEuropePmc,
) -> None:
    standin.add_results([_demo_preprint()])
    source = _source(standin)
    assert _ids(source, date(2026, 11, 12), date(2026, 11, 19)) == ["PPR9990001"]
    [request] = standin.requests
    assert request.params["query"] == (
        f"({QUERY}) AND SRC:PPR AND (FIRST_IDATE:[2026-11-12 TO 2026-11-19] "
        "OR UPDATE_DATE:[2026-11-12 TO 2026-11-19])"
    )
    assert request.params["resultType"] == "core" and request.params["format"] == "json"
    assert request.params["cursorMark"] == "*" and request.params["pageSize"] == "1000"
    assert _ids(source, date(2026, 11, 13), date(2026, 11, 19)) == []


def test_the_first_harvest_reads_every_preprint_up_to_the_end(standin: StandinEuropePmc) -> None:
    standin.add_results([_preprint(1, date(2019, 3, 1)), _preprint(2, date(2026, 11, 12))])
    source = _source(standin)
    assert _ids(source, date(2026, 11, 20), date(2026, 11, 27), first=True) == [
        "PPR9990001",
        "PPR9990002",
    ]
    assert (
        standin.requests[0]
        .params["query"]
        .endswith("AND SRC:PPR AND FIRST_IDATE:[1900-01-01 TO 2026-11-27]")
    )


def test_journal_articles_are_not_preprints(standin: StandinEuropePmc) -> None:
    standin.add_results(_core_results(), first_index=date(2026, 11, 12))
    standin.add_results([_demo_preprint()])
    source = _source(standin, query="naltrexone OR cancer")
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 30)) == ["PPR9990001"]


@pytest.mark.parametrize("last_page", ["repeat", "absent"])
def test_cursor_paging_runs_to_the_end_and_yields_each_preprint_once(
    last_page: Any,
) -> None:
    with StandinEuropePmc(last_page=last_page) as standin:
        standin.add_results(_recorded_preprints())
        made = standin.replicate(2_476, start=date(2026, 1, 1), days=31)
        query = "cancer OR tumour OR immune OR cell OR patients OR risk"
        source = _source(standin, query=query, policy=PATIENT)
        harvest = source.harvest(date(2025, 6, 1), date(2026, 1, 31))
        assert harvest.found == 2_500
        batches = list(harvest)
        ids = [r.id for b in batches for r in b.records]
        assert [len(b.records) for b in batches] == [1000, 1000, 500]
        assert len(ids) == len(set(ids)) == 2_500 and set(made) <= set(ids)
        # hitCount reached: no empty request after the short last page
        assert source.requests == 3
        cursors = [r.params["cursorMark"] for r in standin.requests]
        assert cursors[0] == "*" and len(set(cursors)) == 3


def test_paging_stops_when_the_cursor_stops_moving_or_a_page_is_empty(
    standin: StandinEuropePmc,
) -> None:
    standin.add_results([_preprint(i, date(2026, 11, 12)) for i in range(1, 6)])
    source = _source(standin, page_size=2)
    pages = list(source.client.pages("naltrexone AND SRC:PPR", page_size=5))
    assert len(pages) == 1  # hitCount reached
    # without a usable hitCount, the repeated mark past the end stops the walk
    page = source.client.page("naltrexone", page_size=5)
    after = source.client.page("naltrexone", cursor=page.next_cursor or "", page_size=5)
    assert after.results == [] and after.next_cursor == page.next_cursor


def test_no_results_is_one_request(standin: StandinEuropePmc) -> None:
    recorded = _json("pyEuropePMC__search_no_results.json")
    assert recorded["hitCount"] == 0 and "nextCursorMark" not in recorded
    source = _source(standin)
    harvest = source.harvest(date(2026, 11, 1), date(2026, 11, 7))
    assert harvest.found == 0 and [b.records for b in harvest] == [[]]
    assert source.requests == 1


def test_a_second_harvest_with_nothing_new_costs_one_request(standin: StandinEuropePmc) -> None:
    standin.add_results([_demo_preprint()])
    source = _source(standin)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20), first=True) == ["PPR9990001"]
    before = source.requests
    assert _ids(source, date(2026, 11, 20), date(2026, 11, 27)) == []
    assert source.requests - before == 1 <= 2


def test_a_new_version_is_a_new_preprint_in_the_window_that_indexed_it(
    standin: StandinEuropePmc,
) -> None:
    v1 = _preprint(1, date(2026, 11, 12))
    standin.add_results([v1])
    source = _source(standin)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20)) == ["PPR9990001"]
    versions = {
        "version": [
            {"id": "PPR9990001", "source": "PPR", "versionNumber": 1},
            {"id": "PPR9990002", "source": "PPR", "versionNumber": 2},
        ]
    }
    v2 = _preprint(2, date(2026, 12, 3), versionNumber=2, versionList=versions)
    standin.add_results([v2])
    [record] = [r for b in source.harvest(date(2026, 11, 21), date(2026, 12, 5)) for r in b.records]
    assert record.id == "PPR9990002" and record.preprint is not None
    assert record.preprint.version == 2
    assert Link("version", "europepmc", "PPR9990001", "v1") in record.links


def test_a_preprint_that_gains_its_journal_version_is_seen_again(
    standin: StandinEuropePmc,
) -> None:
    standin.add_results([_demo_preprint()])
    source = _source(standin)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20)) == ["PPR9990001"]
    link = {"id": "41234567", "source": "MED", "type": "Preprint of", "orderIn": 10001}
    standin.update(
        "PPR9990001", date(2027, 3, 2), {"commentCorrectionList": {"commentCorrection": [link]}}
    )
    [record] = [r for b in source.harvest(date(2027, 3, 1), date(2027, 3, 7)) for r in b.records]
    assert Link("preprint_of", "pubmed", "41234567") in record.links
    # without the UPDATE_DATE clause the first-index window would not see it again
    narrow = _source(standin, include_updates=False)
    assert _ids(narrow, date(2027, 3, 1), date(2027, 3, 7)) == []


@pytest.mark.parametrize("fault", [429, 500, 503, "truncate", "cut", "drop"])
def test_transient_failures_are_retried(standin: StandinEuropePmc, fault: Any) -> None:
    standin.add_results([_demo_preprint()])
    standin.fail_next(fault, fault)
    source = _source(standin)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20)) == ["PPR9990001"]
    assert source.requests == 3


def test_a_stalled_server_is_timed_out_and_retried(standin: StandinEuropePmc) -> None:
    standin.add_results([_demo_preprint()])
    standin.fail_next("stall")
    policy = net.RetryPolicy(max_tries=3, backoff=0.001, max_delay=0.005, timeout=0.05, deadline=1)
    source = _source(standin, policy=policy)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20)) == ["PPR9990001"]
    assert source.requests == 2


def test_an_answer_slower_than_the_overall_deadline_is_abandoned(
    standin: StandinEuropePmc,
) -> None:
    standin.add_results([_demo_preprint()])
    standin.fail_next("trickle")
    policy = net.RetryPolicy(max_tries=3, backoff=0.001, max_delay=0.005, timeout=1, deadline=0.08)
    source = _source(standin, policy=policy)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 20)) == ["PPR9990001"]
    assert source.requests == 2


def test_a_source_down_after_retries_is_one_fetch_error_naming_it(
    standin: StandinEuropePmc,
) -> None:
    standin.fail_next(502, 502, 502, 502)
    with pytest.raises(FetchError) as caught:
        _source(standin).harvest(date(2026, 11, 1), date(2026, 11, 20))
    assert "Europe PMC" in str(caught.value) and "HTTP 502" in str(caught.value)


def test_a_refused_query_is_not_retried(standin: StandinEuropePmc) -> None:
    source = _source(standin, query="naltrexone AND (depress*")  # unbalanced
    with pytest.raises(FetchError, match="refused"):
        source.harvest(date(2026, 11, 1), date(2026, 11, 20))
    assert len(standin.requests) == 1


# ------------------------------------------------------------------ ad-hoc search


def test_search_adds_src_ppr_and_caps_results(standin: StandinEuropePmc) -> None:
    standin.add_results([_preprint(i, date(2026, 11, 12)) for i in range(1, 9)])
    standin.add_results(_core_results(), first_index=date(2026, 11, 12))
    hits = _source(standin).search(["naltrexone", "SSRI"], max_results=3)
    assert [r.id for r in hits.records] == ["PPR9990001", "PPR9990002", "PPR9990003"]
    assert hits.total == 8 and hits.query == "(naltrexone SSRI) AND SRC:PPR"
    since = _source(standin).search(["naltrexone"], since=date(2026, 11, 13))
    assert since.records == [] and since.query is not None
    assert "FIRST_IDATE:[2026-11-13 TO 3000-12-31]" in since.query


def test_window_queries() -> None:
    assert window_query("x", date(2026, 1, 1), date(2026, 1, 7), include_updates=False) == (
        "(x) AND SRC:PPR AND FIRST_IDATE:[2026-01-01 TO 2026-01-07]"
    )


def test_the_source_is_built_from_the_config() -> None:
    from ldn_watch.config import load_config

    config = load_config(env={"LDN_WATCH_EUROPEPMC_URL": "http://127.0.0.1:9/rest"})
    source = EuropePmcSource.from_settings(config.europepmc)
    assert source.client.base_url == "http://127.0.0.1:9/rest/"
    assert source.query == config.europepmc.query and "naltrexone" in source.query
    assert "SRC:PPR" not in source.query  # the program adds it


def test_the_demo_preprint_loads_with_no_date_after_today(standin: StandinEuropePmc) -> None:
    assert standin.load_demo(today=date(2026, 11, 1)) == ["PPR9990001"]
    source = _source(standin)
    assert _ids(source, date(2026, 11, 1), date(2026, 11, 1)) == ["PPR9990001"]
    with pytest.raises(ValueError, match="starts after it ends"):
        source.harvest(date(2026, 11, 2), date(2026, 11, 1))

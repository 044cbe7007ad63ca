"""One `run` across PubMed, ClinicalTrials.gov and Europe PMC, each on its stand-in:
records from all three land and join their studies; one source down leaves the others'
records stored, exits 1 naming it and keeps its watermark; a quiet second run is cheap."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from helpers import clean_environ
from helpers import process_cli as cli
from helpers import report_json as report

from ldn_watch.pubmed.standin import StandinEutils
from ldn_watch.sources.ctgov.standin import StandinCtgov
from ldn_watch.sources.europepmc.standin import StandinEuropePmc

DATA = Path(__file__).parent / "data"


@pytest.fixture
def standins():
    with (
        StandinEutils(rate_limit=False) as pubmed,
        StandinCtgov() as ctgov,
        StandinEuropePmc() as europepmc,
    ):
        pubmed.load(DATA / "eval_dev.xml")
        ctgov.load_demo()
        europepmc.load_demo()
        yield pubmed, ctgov, europepmc


@pytest.fixture
def env(tmp_path, standins) -> dict[str, str]:
    pubmed, ctgov, europepmc = standins
    config = tmp_path / "ldn-watch.toml"
    config.write_text(
        f"""
[pubmed]
query = "naltrexone AND depression"
email = "tests@example.org"
max_tries = 2

[ctgov]
max_tries = 2

[europepmc]
max_tries = 2

[digest]
out_dir = "{tmp_path / "digests"}"
""",
        encoding="utf-8",
    )
    return {
        **clean_environ(),
        "LDN_WATCH_DB": f"sqlite:///{tmp_path / 'watch.db'}",
        "LDN_WATCH_CONFIG": str(config),
        "LDN_WATCH_EUTILS_URL": pubmed.base_url,
        "LDN_WATCH_CTGOV_URL": ctgov.base_url,
        "LDN_WATCH_EUROPEPMC_URL": europepmc.base_url,
    }


def test_records_of_three_sources_land_and_join_their_studies(env, standins):
    pubmed, ctgov, europepmc = standins
    first = cli(env, "run", "--no-email")
    assert first.returncode == 0, first.stderr
    data = report(env)
    by_source: dict[str, int] = {}
    for a in data["articles"]:
        by_source[a["source"]] = by_source.get(a["source"], 0) + 1
    assert by_source == {"pubmed": 44, "ctgov": 3, "europepmc": 1}
    studies = {s["id"]: s for s in data["studies"]}
    pilot = studies["ctgov:NCT01874951"]  # the 2017 pilot: registration and article, one card
    assert {(r["source"], r["id"]) for r in pilot["records"]} == {
        ("pubmed", "27736689"),
        ("ctgov", "NCT01874951"),
    }
    assert pilot["status"] == "results" and pilot["gaps"] == {
        "larger-trials": "no",
        "serotonergic-combination": "no",
        "dose-finding": "no",
    }
    recruiting = studies["ctgov:NCT99900001"]
    assert recruiting["status"] == "in_progress"
    assert set(recruiting["gaps"].values()) == {"in_progress"}
    assert studies["ctgov:NCT99900002"]["status"] == "stopped"
    preprint = studies["europepmc:PPR9990001"]
    assert preprint["status"] == "preprint_results"
    assert "not peer-reviewed" in preprint["why"]["serotonergic-combination"]

    for standin in standins:
        standin.clear_log()
    second = cli(env, "run", "--no-email")
    assert second.returncode == 0, second.stderr
    assert len(pubmed.requests) <= 2 and len(ctgov.requests) <= 2
    assert len(europepmc.requests) <= 2


def test_a_preprint_and_its_journal_version_are_one_study(env, standins):
    _, _, europepmc = standins
    preprint = copy.deepcopy(europepmc.result("PPR9990001"))
    preprint["id"] = "PPR9990002"
    preprint["commentCorrectionList"] = {
        "commentCorrection": [
            {"id": "27736689", "source": "MED", "type": "Preprint of", "note": "journal version"}
        ]
    }
    europepmc.add_results([preprint])
    assert cli(env, "run", "--no-email").returncode == 0
    studies = {s["id"]: s for s in report(env)["studies"]}
    ids = {(r["source"], r["id"]) for r in studies["ctgov:NCT01874951"]["records"]}
    assert ("europepmc", "PPR9990002") in ids and ("pubmed", "27736689") in ids


def test_one_source_down_the_others_land_and_its_watermark_stays(env, standins):
    _, ctgov, _ = standins
    ctgov.fail_next(503, 503)  # both tries of this run
    failed = cli(env, "run", "--no-email")
    assert failed.returncode == 1
    errors = [line for line in failed.stderr.splitlines() if line.startswith("ldn-watch:")]
    assert len(errors) == 1 and "ctgov" in errors[0] and "Traceback" not in failed.stderr
    data = report(env)
    sources = {a["source"] for a in data["articles"]}
    assert sources == {"pubmed", "europepmc"}  # the others' records landed
    status = json.loads(cli(env, "status", "--json").stdout)
    by_name = {s["name"]: s for s in status["sources"]}
    assert by_name["ctgov"]["last_failed"] and by_name["ctgov"]["watermark"] is None
    assert "HTTP 503" in by_name["ctgov"]["last_error"]
    assert by_name["pubmed"]["watermark"] is not None and not by_name["pubmed"]["last_failed"]
    assert status["last_failed"] and "ctgov" in status["last_error"]

    recovered = cli(env, "run", "--no-email")
    assert recovered.returncode == 0, recovered.stderr
    assert {a["source"] for a in report(env)["articles"]} == {"pubmed", "ctgov", "europepmc"}
    status = json.loads(cli(env, "status", "--json").stdout)
    assert all(not s["last_failed"] and s["watermark"] for s in status["sources"])


def test_search_asks_the_source_it_is_told(env, standins):
    registry = cli(env, "search", "--source", "ctgov", "naltrexone", "--json")
    assert registry.returncode == 0, registry.stderr
    ids = {row["id"] for row in json.loads(registry.stdout)}
    assert ids == {"NCT01874951", "NCT99900001", "NCT99900002"}
    preprints = cli(env, "search", "--source", "europepmc", "naltrexone", "--save")
    assert preprints.returncode == 0, preprints.stderr
    assert "PPR9990001" in preprints.stdout
    stored = {(a["source"], a["id"]) for a in report(env)["articles"]}
    assert stored == {("europepmc", "PPR9990001")}  # --save stored the hit, nothing else

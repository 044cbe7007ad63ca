"""`run`, `import` and `report --json` as real processes on each database backend
(a SQLite file; PostgreSQL when ``LDN_WATCH_TEST_PG`` is set): each record stored once,
the watermark kept on failure, one cycle at a time, and the report valid against schema 2."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from dbs import backend_params, database_url
from helpers import PUBMED_ONLY, clean_environ
from helpers import process_cli as cli
from helpers import report_json as report

from ldn_watch.pubmed.standin import StandinEutils

DATA = Path(__file__).parent / "data"


@pytest.fixture(params=backend_params())
def db_url(request, tmp_path):
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def env(tmp_path: Path, db_url: str, standin: StandinEutils) -> dict[str, str]:
    config = tmp_path / "ldn-watch.toml"
    config.write_text(
        f"""
[pubmed]
query = "naltrexone AND depression"
email = "tests@example.org"
batch_size = 10
max_tries = 2

[digest]
out_dir = "{tmp_path / "digests"}"
"""
        + PUBMED_ONLY,
        encoding="utf-8",
    )
    return {
        **clean_environ(),
        "LDN_WATCH_DB": db_url,
        "LDN_WATCH_CONFIG": str(config),
        "LDN_WATCH_EUTILS_URL": standin.base_url,
        "NCBI_API_KEY": "test-key",
    }


SCHEMA = json.loads(files("ldn_watch.schemas").joinpath("report-2.schema.json").read_text())


def test_two_runs_store_each_record_once_and_the_report_is_schema_2(env, standin):
    assert cli(env, "run", "--no-email").returncode == 0
    standin.clear_log()
    second = cli(env, "run", "--no-email")
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated" in second.stdout
    assert len(standin.requests) <= 2
    data = report(env)
    jsonschema.validate(data, SCHEMA)
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)) == 44
    pilot = next(a for a in data["articles"] if a["pmid"] == "27736689")
    assert pilot["source"] == "pubmed" and pilot["study"] and not pilot["retracted"]
    assert any(s["id"] == pilot["study"] for s in data["studies"])


def test_import_of_a_trial_family_groups_it_on_every_backend(env):
    assert cli(env, "import", str(DATA / "studies" / "trial-family.xml")).returncode == 0
    data = report(env)
    jsonschema.validate(data, SCHEMA)
    (study,) = [s for s in data["studies"] if s["id"] == "ctgov:NCT05550001"]
    assert len(study["records"]) == 4 and study["gaps"]["larger-trials"] == "addressed"
    assert cli(env, "import", str(DATA / "studies" / "retraction-notice.xml")).returncode == 0
    data = report(env)
    (study,) = [s for s in data["studies"] if s["id"] == "ctgov:NCT05550001"]
    assert study["retracted"] and study["status"] == "retracted"
    assert {g["id"]: g["status"] for g in data["gaps"]}["larger-trials"] == "open"


def test_ncbi_down_exits_1_and_keeps_the_watermark(env, standin):
    assert cli(env, "run", "--no-email").returncode == 0
    before = json.loads(cli(env, "status", "--json").stdout)
    standin.fail_next(*([503] * 10))
    failed = cli(env, "run", "--no-email")
    assert failed.returncode == 1
    errors = [line for line in failed.stderr.splitlines() if line.startswith("ldn-watch:")]
    assert len(errors) == 1 and "pubmed" in errors[0] and "Traceback" not in failed.stderr
    after = json.loads(cli(env, "status", "--json").stdout)
    assert after["last_runs"][0]["outcome"] == "failed" and after["last_failed"]
    (pubmed,) = after["sources"]
    assert pubmed["last_failed"] and "HTTP 503" in pubmed["last_error"]
    assert pubmed["watermark"] == before["sources"][0]["watermark"] is not None


def test_a_held_lock_makes_a_second_cycle_exit_75(env, db_url, tmp_path):
    """The lock lives beside a SQLite file, or inside PostgreSQL as an advisory lock."""
    from ldn_watch.store import Storage

    storage = Storage.open(db_url)
    lock = storage.database_lock()
    if lock is None:
        from ldn_watch.lock import RunLock

        lock = RunLock(Path(db_url.removeprefix("sqlite:///") + ".lock"))
    with lock:
        blocked = cli(env, "run", "--no-email")
    storage.close()
    assert blocked.returncode == 75, blocked.stderr
    assert "another ldn-watch cycle is running" in blocked.stderr

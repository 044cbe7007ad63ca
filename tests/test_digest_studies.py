"""Digests of studies through the store: a trial family is one card listing its records; a
retraction that arrives later makes the same study an *updated* card that says what
changed, reopens the gap in the header, and is reported once."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from helpers import offline_watcher

from ldn_watch import present
from ldn_watch.app import CycleSummary
from ldn_watch.config import load_config
from ldn_watch.errors import ConfigError

FAMILY = Path(__file__).parent / "data" / "studies"


@pytest.fixture
def watcher(tmp_path):
    with offline_watcher(tmp_path) as w:
        yield w


def digest(w, tmp_path: Path) -> tuple[dict, str] | None:
    summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
    w.deliver(summary, out_dir=tmp_path / "digests", send_email=False)
    found = {p.suffix: p for p in summary.digest_files if p.name.startswith("digest-")}
    if not found:
        return None
    return json.loads(found[".json"].read_text()), found[".txt"].read_text()


def test_a_family_is_one_card_then_one_updated_card(watcher, tmp_path) -> None:
    watcher.import_files([FAMILY / "trial-family.xml"])
    first, text = digest(watcher, tmp_path) or ({}, "")
    on_topic = [c for c in first["studies"] if c["id"] == "ctgov:NCT05550001"]
    assert len(on_topic) == 1  # never the same study twice
    card = on_topic[0]
    assert card["state"] == "new"
    roles = [r["role"] for r in card["records"]]
    assert len(roles) == 4 and {"comment", "erratum", "publication"} <= set(roles)
    assert roles[0] == "publication"  # the lead record first
    assert all(r["is_new"] for r in card["records"])
    assert "corrected" in card["flags"]
    assert card["relevance"] == "on_gap"  # a first digest has no "before" to move from
    assert first["verdict"]["headline"] == "2 of 3 gaps closed"
    assert text.index("2 OF 3 GAPS CLOSED") < text.index("THE GAPS LEFT BY")
    assert digest(watcher, tmp_path) is None

    time.sleep(1.05)  # digest files are named to the second
    watcher.import_files([FAMILY / "retraction-notice.xml"])
    second, text = digest(watcher, tmp_path) or ({}, "")
    cards = [c for c in second["studies"] if c["id"] == "ctgov:NCT05550001"]
    assert len(cards) == 1
    card = cards[0]
    assert card["state"] == "updated" and card["retracted"]
    assert card["relevance"] == "changes_gap"
    assert any(c.startswith("new retraction notice: PMID") for c in card["changes"])
    new = [r for r in card["records"] if r["is_new"]]
    assert [r["role"] for r in new] == ["retraction"]
    assert second["counts"]["retracted"] == 1 and second["counts"]["new_on_topic"] == 0
    assert second["verdict"]["headline"] == "0 of 3 gaps closed"
    reopened = " ".join(second["verdict"]["changes"])
    assert "Larger trials reopened (was addressed)" in reopened and "retracted" in reopened
    assert [r["id"] for r in second["retractions"]] == ["ctgov:NCT05550001"]
    assert "RETRACTED STUDY" in text
    assert digest(watcher, tmp_path) is None  # reported once

    # The feed after two digests: one entry per study, its id the same as after the
    # first, its entry now the retracted card of the second digest.
    feedparser = pytest.importorskip("feedparser")
    feed = feedparser.parse((tmp_path / "digests" / "feed.atom").read_bytes())
    assert not feed.bozo and feed.version == "atom10"
    ids = [e.id for e in feed.entries]
    assert len(ids) == len(set(ids))
    [entry] = [e for e in feed.entries if e.id == "tag:ldn-watch,2017:study/ctgov:NCT05550001"]
    assert entry.title.startswith("Retracted: ")
    digests = sorted(e.updated for e in feed.entries if ":digest-" in e.id)
    assert len(digests) == 2 and entry.updated == digests[-1]


def test_gap_block_for_run_and_demo(watcher) -> None:
    watcher.import_files([FAMILY / "trial-family.xml"])
    block = present.gap_block(watcher.gap_states(), "the 2017 pilot")
    assert block.splitlines() == [
        "gaps left by the 2017 pilot: 2 of 3 closed",
        "  larger-trials             addressed",
        "  serotonergic-combination  addressed",
        "  dose-finding              open",
    ]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[digest]\nmax_items = 0\n", "digest.max_items must be 1-1000, got 0"),
        ("[digest]\nmax_items = 5000\n", "digest.max_items must be 1-1000"),
        ('[digest]\nmax_items = "50"\n', "digest.max_items must be int"),
        ('[digest]\ntopic = " "\n', "digest.topic must be a non-empty string"),
        ('[digest.reference]\npmid = "abc"\n', "digest.reference.pmid must be a PubMed id"),
        ('[digest.reference]\ncolour = "red"\n', "digest.reference.colour is not a known"),
    ],
)
def test_digest_settings_are_checked(tmp_path, toml: str, message: str) -> None:
    path = tmp_path / "ldn-watch.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace(".", r"\.").replace("(", r"\(")):
        load_config(path, env={})


def test_digest_settings_defaults_and_overrides(tmp_path) -> None:
    cfg = load_config(None, env={})
    assert cfg.digest.max_items == 50
    assert cfg.digest.wording.reference.pmid == "27736689"
    path = tmp_path / "ldn-watch.toml"
    path.write_text(
        '[digest]\nmax_items = 10\nname = "drug X in condition Y"\n'
        '[digest.reference]\npmid = ""\ncitation = "Someone, 2020"\n',
        encoding="utf-8",
    )
    cfg = load_config(path, env={})
    assert cfg.digest.max_items == 10
    assert cfg.digest.wording.name == "drug X in condition Y"
    assert cfg.digest.wording.reference.pmid is None
    assert cfg.digest.wording.reference.citation == "Someone, 2020"
    assert cfg.digest.wording.reference.label == "the 2017 pilot"  # packaged, not changed

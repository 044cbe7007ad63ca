"""Bounded digests (issue 12 item 4): a backlog of thousands of stored records still makes
an HTML digest under 300 KB and an email whose HTML part stays under 100 KB, with at most
``[digest] max_items`` studies in full, "and N more" pointing at the JSON that lists every
study, and off-topic records only as counts by reason.

The store is filled through the real storage, grouping and delivery code; only the
classifier is skipped (its verdicts are written as it would write them), so the test
measures the digest, not the extractor's speed.
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ldn_watch.app import CycleSummary, make_watcher
from ldn_watch.assess.gaps import judge
from ldn_watch.config import load_config
from ldn_watch.digest.mail import EMAIL_HTML_BUDGET, html_part_size
from ldn_watch.digest.render import HTML_BUDGET
from ldn_watch.model import AbstractSection, Assessment, Facts, Record, Registry
from ldn_watch.studies import edges

# A 4,000-record backlog by default; LDN_WATCH_SCALE_TRIALS=5000 LDN_WATCH_SCALE_OFF_TOPIC=10000
# measures a 20,000-record one (run with -s to see the sizes).
TRIALS = int(os.environ.get("LDN_WATCH_SCALE_TRIALS", "700"))  # a publication + a registration
OFF_TOPIC = int(os.environ.get("LDN_WATCH_SCALE_OFF_TOPIC", "2600"))  # five reasons
REASONS = (
    "naltrexone-bupropion",
    "standard-dose naltrexone",
    "samidorphan, not naltrexone",
    "no depression or mood outcome",
    "naloxone, not naltrexone",
)
WORDS = [
    "adjunctive",
    "low-dose",
    "naltrexone",
    "treatment-resistant",
    "major",
    "depressive",
    "disorder",
    "randomized",
    "placebo-controlled",
    "multicentre",
    "trial",
    "outcomes",
    "inflammation",
    "anhedonia",
    "selective",
    "serotonin",
    "reuptake",
    "inhibitor",
    "augmentation",
    "tolerability",
    "efficacy",
    "eight-week",
    "follow-up",
]


def _title(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def backlog(rules: list, rules_version: str) -> list[tuple[Record, Assessment]]:
    rng = random.Random(12)
    out: list[tuple[Record, Assessment]] = []
    for i in range(TRIALS):
        nct = f"NCT{90000000 + i:08d}"
        n = rng.choice([24, 37, 48, 60, 120, 164, 300])
        classes = rng.choice([["serotonergic"], ["dopaminergic"], []])
        facts = Facts(
            on_topic=True,
            design="rct",
            depression_population=True,
            n=n,
            ldn_doses_mg=rng.choice([[4.5], [1.5, 4.5], [2.0]]),
            concomitant_antidepressants=["sertraline"] if classes == ["serotonergic"] else [],
            concomitant_classes=classes,
            compares_doses=rng.random() < 0.2,
            has_results=True,
            conclusion=_title(rng, 25) + ".",
        )
        article = Record(
            "pubmed",
            str(40000000 + i),
            _title(rng, 22),
            journal="Journal of Example Psychopharmacology",
            year=2020 + i % 7,
            doi=f"10.5555/scale.{i}",
            pmc=f"PMC{9000000 + i}" if i % 3 == 0 else None,
            authors=[f"Author{j} {chr(65 + j)}" for j in range(6)],
            publication_types=["Journal Article", "Randomized Controlled Trial"],
            nct_ids=[nct],
            abstract=[AbstractSection(_title(rng, 120), "RESULTS")],
        )
        registration = Record(
            "ctgov",
            nct,
            _title(rng, 18),
            year=2019 + i % 6,
            registry=Registry(status="COMPLETED", enrollment=n, sponsor="Example University"),
        )
        planned = replace(facts, design="protocol", has_results=False, conclusion=None)
        for record, f in ((article, facts), (registration, planned)):
            gaps = judge(f, rules)
            reasons = {g: (f"n {n} < 50" if n < 50 else "not met") for g in gaps}
            out.append(
                (record, Assessment(record.id, f, gaps, rules_version, reasons, record.source))
            )
    for i in range(OFF_TOPIC):
        reason = REASONS[i % len(REASONS)]
        record = Record(
            "pubmed",
            str(41000000 + i),
            _title(rng, 20),
            journal="Addiction Example",
            year=2010 + i % 15,
            authors=["Other A", "Other B"],
        )
        facts = Facts(on_topic=False, design="rct", off_topic_reason=reason)
        gaps = judge(facts, rules)
        out.append((record, Assessment(record.id, facts, gaps, rules_version, {}, "pubmed")))
    return out


@pytest.mark.slow
def test_a_large_backlog_makes_a_bounded_digest(tmp_path: Path, smtp_inbox) -> None:
    port, inbox = smtp_inbox
    cfg = load_config(None)
    config = replace(
        cfg,
        database_url=f"sqlite:///{tmp_path / 'store.db'}",
        digest=replace(cfg.digest, out_dir=tmp_path / "digests"),
        email=replace(
            cfg.email,
            enabled=True,
            smtp_host="127.0.0.1",
            smtp_port=port,
            security="none",
            to=("reader@clinic.example",),
            timeout=10,
        ),
    )
    with make_watcher(config) as w:
        rows = backlog(w.rules, w.rules_version)
        records = [r for r, _ in rows]
        for start in range(0, len(records), 1000):
            w.storage.upsert_records(records[start : start + 1000])
        w.storage.save_assessments((a, edges(r, a.facts)) for r, a in rows)
        summary = CycleSummary(run_id=0, window_start=date.today(), window_end=date.today())
        w.deliver(summary, out_dir=tmp_path / "digests", send_email=True)

    assert len(records) == 2 * TRIALS + OFF_TOPIC
    html = next(
        p for p in summary.digest_files if p.name.startswith("digest-") and p.suffix == ".html"
    )
    size = html.stat().st_size
    assert size < HTML_BUDGET, f"HTML digest {size} bytes"
    page = html.read_text(encoding="utf-8")
    cards = page.count('class="study-card"') or page.count('id="study-')
    assert 0 < cards <= cfg.digest.max_items
    assert f"And {TRIALS - cards} more studies" in page
    data = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(data["studies"]) == TRIALS  # the JSON lists every study the digest carried
    assert data["schema"] == "ldn-watch/digest/2"
    assert data["more"]["count"] == TRIALS - cards  # which ones the page shows in full
    assert {s["id"] for s in data["studies"]} == {
        f"ctgov:NCT{90000000 + i:08d}" for i in range(TRIALS)
    }
    assert data["off_topic_summary"]["count"] == OFF_TOPIC
    assert sorted(r["reason"] for r in data["off_topic_summary"]["reasons"]) == sorted(REASONS)
    assert "41000001" not in page  # off-topic records are counted, never listed

    [(_, message)] = inbox.messages
    html_part = message.get_body(("html",))
    encoded = len(html_part.get_payload())  # as received: quoted-printable, CRLF
    assert encoded < EMAIL_HTML_BUDGET, f"email HTML part {encoded} bytes"
    assert html_part_size(html_part.get_content()) >= encoded  # the budget is conservative
    shown = html_part.get_content().count('id="study-')
    assert 0 < shown <= cards
    text = message.get_body(("plain",)).get_content()
    assert f"And {TRIALS - shown} more studies" in " ".join(text.split())
    print(f"\nbacklog {len(records)} records: HTML {size} B with {cards} cards; "
          f"email HTML part {encoded} B with {shown} cards")  # fmt: skip

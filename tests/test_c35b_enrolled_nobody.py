"""Round 35 (c35b): a registration whose enrollment is 0 (a withdrawn study's ACTUAL
count) states no participant count: n is null (CONTRACT.md: n null if not stated), not
0, and not the size its text once planned."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest

from ldn_watch.assess import default_lexicon, extract_facts
from ldn_watch.sources.ctgov.parse import parse_study
from ldn_watch.sources.registry_facts import registry_facts

LEXICON = default_lexicon()


def _study(nct: str = "NCT99900001") -> dict[str, Any]:
    text = files("ldn_watch.demo_data").joinpath("ctgov-demo.json").read_text("utf-8")
    studies = json.loads(text)["studies"]
    return copy.deepcopy(
        next(s for s in studies if s["protocolSection"]["identificationModule"]["nctId"] == nct)
    )


@pytest.mark.parametrize(
    ("kind", "summary"),
    [
        # registry31: withdrawn before anyone enrolled
        ("ACTUAL", None),
        # probe: the summary still tells the plan
        ("ACTUAL", "We will randomise 120 adults with major depression to LDN 4.5 mg or placebo."),
        # probe: an enrollment of 0 with no type, or estimated
        (None, None),
        ("ESTIMATED", None),
    ],
)
def test_an_enrollment_of_nobody_is_no_participant_count(
    kind: str | None, summary: str | None
) -> None:
    study = _study()
    ps = study["protocolSection"]
    ps["statusModule"]["overallStatus"] = "WITHDRAWN"
    ps["statusModule"]["whyStopped"] = "Funding not obtained"
    info: dict[str, Any] = {"count": 0}
    if kind:
        info["type"] = kind
    ps["designModule"]["enrollmentInfo"] = info
    if summary:
        ps.setdefault("descriptionModule", {})["briefSummary"] = summary
    record = parse_study(study)
    facts = registry_facts(record, extract_facts(record, LEXICON))
    assert facts.n is None
    assert "enrollment 0" in facts.evidence["n"]


def test_an_actual_enrollment_of_some_is_still_the_count() -> None:
    study = _study()
    study["protocolSection"]["designModule"]["enrollmentInfo"] = {"count": 7, "type": "ACTUAL"}
    record = parse_study(study)
    assert registry_facts(record, extract_facts(record, LEXICON)).n == 7

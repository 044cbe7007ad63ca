"""An open-label extension that names its parent as a dose-ranging trial, the parent
called by its own code or acronym (round 25, registry20 NCT07900004: "who completed the
8-week double-blind dose-ranging study TNX-LDN-201 (NCT07900003), in which naltrexone
0.5 mg, 1.5 mg, 3 mg, 4.5 mg or placebo was given, may enrol in this extension and
receive naltrexone 4.5 mg"). The parent's design words and doses are the parent's: the
extension gives one dose and compares none."""

from __future__ import annotations

from typing import Any

import pytest
from written import TRIAL, drug, facts, gaps, registration

from ldn_watch.assess import assess, default_lexicon, default_rules
from ldn_watch.sources.ctgov.parse import parse_study

LEX, RULES = default_lexicon(), default_rules()


def _registration(title: str, summary: str, arm: str) -> dict[str, Any]:
    """A one-arm open-label registration, not yet finished."""
    return registration(
        nct="NCT09999001",
        title=title,
        status="ACTIVE_NOT_RECRUITING",
        summary=summary,
        phases=["PHASE2"],
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=120,
        enrollment_type="ACTUAL",
        arms=[{"label": arm, "type": "EXPERIMENTAL", "description": arm + " once daily"}],
        interventions=[drug("Naltrexone", arms=[arm])],
        has_results=None,
    )


@pytest.mark.parametrize(
    "summary",
    [
        # the registration's own wording
        "Participants with depression who completed the 8-week double-blind dose-ranging "
        "study TNX-LDN-201 (NCT07900003), in which naltrexone 0.5 mg, 1.5 mg, 3 mg, 4.5 mg "
        "or placebo was given, may enrol in this extension and receive naltrexone 4.5 mg "
        "once daily, open-label, for up to 52 weeks.",
        # the parent called by an acronym, its doses in a "where" clause
        "Adults who finished the dose-finding trial NALDOSE (ISRCTN12345678), where "
        "participants were randomised to naltrexone 1.5 mg, 3 mg or 4.5 mg, will receive "
        "naltrexone 4.5 mg open-label for 48 weeks in this extension.",
        # the parent a dose-response study named by its registry id, doses after "which"
        "Completers of the phase 2 dose-response study NCT07000001, which compared "
        "naltrexone 1 mg, 2 mg and 4.5 mg with placebo, can continue into this open-label "
        "extension on naltrexone 4.5 mg daily.",
        # the parent an RCT with a code, "which randomised"; the extension in the next sentence
        "Eligible are adults who took part in the double-blind dose-ranging RCT DOSE-D "
        "(NCT05555555), which randomised participants to naltrexone 1.5 mg, 3 mg or 4.5 mg. "
        "In this extension all receive naltrexone 4.5 mg.",
        # an escalation parent, its cohorts after "in which", the extension after a semicolon
        "This open-label extension enrols completers of the dose-escalation study LDN-ESC-1, "
        "in which cohorts received naltrexone 0.5 mg, 1 mg, 2 mg and 4.5 mg; everyone now "
        "receives 4.5 mg.",
    ],
)
def test_an_extension_does_not_inherit_its_parents_dose_finding(summary: str) -> None:
    title = "Open-label extension of naltrexone 4.5 mg in major depressive disorder"
    record = parse_study(_registration(title, summary, "Naltrexone 4.5 mg"))
    verdict = assess(record, LEX, RULES)
    assert not verdict.facts.compares_doses
    assert verdict.facts.ldn_doses_mg == [4.5]
    assert verdict.gaps["dose-finding"] == "no"


def test_an_extension_that_keeps_the_parents_doses_still_compares_them() -> None:
    # the extension's people stay on the doses they were randomised to: those are its arms
    title = "Open-label extension of a naltrexone dose-comparison trial in depression"
    abstract = (
        "Methods: Of the participants who completed the randomized trial LDN-DC2, in which "
        "naltrexone 1.5 mg or 4.5 mg was given, 64 with major depressive disorder continued "
        "on their randomised dose for 40 weeks, open-label.\nResults: Response was kept in "
        "both dose groups."
    )
    assert facts(title, abstract, TRIAL).compares_doses
    assert "dose-finding" in gaps(title, abstract, TRIAL)

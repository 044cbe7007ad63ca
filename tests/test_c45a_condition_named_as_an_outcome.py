"""The condition named as what a study measures is not whom it took in.

Kind: "a randomized trial with depression as a key secondary outcome" names depression as
an outcome (the record is on-topic) but selects nobody for it; read as "a trial with
depression" it made a fibromyalgia sample a depressed one. Round 45, c45a; shown by
holdout162 17800025 (LDN in fibromyalgia patients taking duloxetine, n 112), which gave
false larger-trials and serotonergic "addressed" verdicts.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone in fibromyalgia patients taking duloxetine: a randomized trial with "
    "depression as a key secondary outcome",
    "Methods: 112 adults with fibromyalgia on stable duloxetine 60 mg were randomized to "
    "naltrexone 4.5 mg/day or placebo for 12 weeks. Outcomes were pain (primary) and "
    "depression (PHQ-9, key secondary).\n"
    "Results: Pain improved modestly; PHQ-9 fell by 3.2 vs 1.4 points (p = 0.01).\n"
    "Conclusions: LDN with duloxetine may benefit pain and mood in fibromyalgia.",
)

PROBES = [
    RECORD,
    (
        "Low-dose naltrexone for women with chronic pain on an SNRI: a randomised trial with "
        "major depression as the primary outcome",
        "We randomised 150 adults with chronic widespread pain on a stable SNRI to LDN 4.5 mg "
        "or placebo. BDI-II scores fell more with LDN.",
    ),
    (
        "Naltrexone 3 mg in long COVID patients taking sertraline: a trial with depression as "
        "an exploratory endpoint",
        "Adults with long COVID (n = 90) taking sertraline were randomised to naltrexone 3 mg "
        "daily or placebo. PHQ-9 did not differ.",
    ),
    (
        "Low-dose naltrexone in adults with Crohn's disease receiving escitalopram, a "
        "randomised study with depression as a secondary measure",
        "Sixty patients with Crohn's disease receiving escitalopram were randomised to LDN "
        "4.5 mg or placebo. Mood (HADS) improved with LDN.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_outcome_is_no_population(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in adults with depression: a randomised trial with remission "
            "as the primary outcome",
            "We randomised 80 adults with major depressive disorder taking an SSRI to LDN 4.5 "
            "mg or placebo added to it. Remission (MADRS <= 10) was more frequent with LDN.",
        ),
        (
            "Low-dose naltrexone augmentation in patients with depression",
            "Sixty adults with major depressive disorder (HAM-D >= 18) on stable SSRIs were "
            "randomised to LDN 4.5 mg or placebo, with depression severity as the primary "
            "outcome. HAM-D fell more with LDN.",
        ),
    ],
)
def test_selected_for_depression_keeps_its_verdict(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic and f.depression_population
    assert gaps(title, abstract, RCT).get("serotonergic-combination") == "addressed"

"""A lack of response that says whom a study took in is not a rescue raise (preprints31
PPR6800004, met after round 36 merged): "Open-label dose escalation of low-dose naltrexone
added to escitalopram in non-responding major depression", whose every participant went
through fixed steps of 1, 2 and 4.5 mg, had lost its dose-finding verdict to round 36's
rule that a "dose escalation" tied to non-response is a raise for some. The population's
non-response to another treatment is not the study drug's."""

from __future__ import annotations

import pytest
from written import TRIAL, facts, gaps

STEPS = (
    "Methods: Single-arm, open-label study. Outpatients with major depressive disorder "
    "(HAMD-17 >= 18) after at least six weeks of {ad} received add-on naltrexone in three "
    "consecutive two-week steps of 1, 2 and 4.5 mg/day. HAMD-17 was rated at every step.\n"
    "Results: Twenty-four participants were enrolled and 20 completed all steps. Response "
    "was largely achieved at 2 mg; escalation to 4.5 mg did not improve HAMD-17 further."
)


@pytest.mark.parametrize(
    ("title", "ad"),
    [
        (
            "Open-label dose escalation of low-dose naltrexone added to escitalopram in "
            "non-responding major depression",
            "escitalopram 10-20 mg",
        ),
        (
            "Dose escalation of low-dose naltrexone in sertraline non-responders with MDD: "
            "an open-label study",
            "sertraline 100-200 mg",
        ),
        (
            "Low-dose naltrexone dose escalation in non-responders to SSRIs: a pilot study",
            "an SSRI",
        ),
        (
            "Dose escalation of low-dose naltrexone in non-responding unipolar depression: a pilot",
            "venlafaxine 150-225 mg",
        ),
    ],
)
def test_steps_for_everyone_stay_dose_finding_when_the_people_are_non_responders(
    title: str, ad: str
) -> None:
    abstract = STEPS.format(ad=ad)
    f = facts(title, abstract, TRIAL)
    assert f.ldn_doses_mg == [1.0, 2.0, 4.5]
    assert f.compares_doses is True
    assert gaps(title, abstract, TRIAL).get("dose-finding") == "addressed"


@pytest.mark.parametrize(
    "title",
    [
        "Adjunctive low-dose naltrexone in depression with dose escalation for non-responders",
        "Low-dose naltrexone in depression with dose escalation in non-responders to 1.5 mg",
        "Low-dose naltrexone in depression with a dose increase for LDN non-responders",
    ],
)
def test_a_raise_for_those_not_responding_to_the_study_drug_stays_a_rescue(title: str) -> None:
    abstract = (
        "Methods: Sixty-four outpatients with MDD on sertraline were randomized to naltrexone "
        "1.5 mg/day or placebo. At week 4, participants with less than 30% HAMD reduction had "
        "the study drug doubled (naltrexone 3 mg/day or two placebo capsules).\n"
        "Results: LDN was superior to placebo."
    )
    f = facts(title, abstract, ["Randomized Controlled Trial"])
    assert f.compares_doses is False

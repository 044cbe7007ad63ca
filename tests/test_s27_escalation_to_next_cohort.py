"""A dose-escalation trial names its dose groups as cohorts it moves through: "escalation
to the next cohort", "before advancing to the following cohort" is a trial's word for a
group dosed in turn, not a cohort followed as care happens. Shown by holdout269 30000039
(a congress abstract: "escalation to the next cohort required fewer than 2 dose-limiting
adverse events", and "no cohort reached the dose-limiting threshold" in its results,
read as observational). Session 27, round 73, c73e."""

import pytest
from written import facts, gaps

CONGRESS = ("Journal Article", "Congress")


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Adults with MDD on sertraline took naltrexone 1, 2.5 and 4.5 mg nightly in "
        "groups of six, four weeks at each step; escalation to the next cohort followed when no "
        "serious adverse event occurred.\nResults: 18 adults took part; MADRS fell by 6 points.",
        "Methods: Outpatients with major depression taking escitalopram received low-dose "
        "naltrexone at 1.5 mg, then 3 mg, then 4.5 mg; the safety committee reviewed each "
        "group before advancing to the following cohort.\nResults: 24 patients completed; "
        "HAM-D fell from 21 to 14.",
        "Methods: Twenty-one patients with treatment-resistant depression on fluoxetine were "
        "given LDN 2, 4 or 6 mg daily in turn; dose-limiting events decided progression to "
        "the next higher cohort.\nResults: All 21 completed 6 weeks.",
        "Methods: Adults with bipolar depression on lithium and sertraline entered "
        "successive dose cohorts of six at naltrexone 1.5, 3 and 4.5 mg.\nResults: 18 took part. No cohort "
        "had a dose-limiting event, although nausea rose with dose.",
    ],
)
def test_escalation_between_cohorts_is_a_trial(abstract: str) -> None:
    title = "Low-dose naltrexone added to an SSRI in depression"
    f = facts(title, abstract, CONGRESS)
    assert f.design == "nonrandomized_trial"
    assert gaps(title, abstract, CONGRESS).get("serotonergic-combination") == "addressed"


def test_cohort_followed_in_care_stays_observational() -> None:
    # near miss: a cohort of users followed as their doctors prescribed, with a later cohort
    f = facts(
        "Low-dose naltrexone in depression: a clinic cohort",
        "Methods: We followed a cohort of 140 outpatients with depression prescribed LDN "
        "4.5 mg by their psychiatrists; patients joined the next cohort each spring.\n"
        "Results: MADRS fell by 5 points.",
    )
    assert f.design == "observational"

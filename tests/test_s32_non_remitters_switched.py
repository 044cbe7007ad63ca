"""A drug that the study's non-remitters switch to as their next step ("non-remitters are
re-randomised to switch to the other agent or to venlafaxine monotherapy", "those who did
not remit were offered a switch to duloxetine alone") replaces the treatment: it is not
taken with LDN. Shown by registry77 NCT01500025 (a SMART whose stage-3 venlafaxine switch
was read as co-medication). Session 32, round 84, c84e."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Adults with major depression on escitalopram were randomised to add "
        "naltrexone 4.5 mg nightly or lithium. Non-remitters are re-randomised to switch to "
        "the other add-on drug or to venlafaxine monotherapy. Results: 210 adults took part.",
        "Methods: Outpatients with depression taking sertraline received naltrexone 3 mg "
        "or placebo for 8 weeks. Those who did not remit were offered a switch to "
        "duloxetine alone. Results: Ninety outpatients were randomised.",
        "Methods: People with major depression on citalopram were randomised to low-dose "
        "naltrexone 4.5 mg or aripiprazole. Non-remitters were switched to the alternative "
        "agent or to mirtazapine. Results: 150 people were randomised.",
    ],
)
def test_switch_for_non_remitters_is_not_comedication(abstract: str) -> None:
    f = facts("Augmenting SSRIs with low-dose naltrexone in depression", abstract, TRIAL)
    assert f.concomitant_classes == ["serotonergic"]


def test_drug_added_beside_ldn_for_non_remitters_stays() -> None:
    """Near miss: non-remitters are given a drug alongside LDN, which they keep."""
    f = facts(
        "Augmenting SSRIs with low-dose naltrexone in depression",
        "Methods: Adults with depression on sertraline received naltrexone 4.5 mg nightly. "
        "Non-remitters were offered duloxetine alongside naltrexone. Results: 60 adults "
        "took part.",
        TRIAL,
    )
    assert "noradrenergic" in f.concomitant_classes

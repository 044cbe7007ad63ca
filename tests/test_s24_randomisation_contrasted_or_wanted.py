"""A study that names randomisation only as what it was not ("cohorts were sequential
rather than randomised", "assigned by clinic instead of randomly") or as what its finding
still needs ("a result that needs randomized confirmation") is not randomised. Shown by
holdout133 14700037 (sequential cohorts, "rather than randomised") and holdout38 67100017
(dose-escalation cohorts, "needs randomized confirmation"). Session 24, round 66, c66b."""

import pytest
from written import facts

TRIAL = ("Journal Article", "Clinical Trial")
OPEN = (
    "Methods: Adults with major depression taking an SSRI received naltrexone 1.5 mg nightly "
    "for eight weeks in one group and 4.5 mg nightly in a second group enrolled afterwards.\n"
    "Results: Forty patients took part and both groups improved.\n"
    "Conclusions: {said}"
)


@pytest.mark.parametrize(
    "said",
    [
        "Groups were formed by time of enrolment rather than randomised, so bias is possible.",
        "Patients were assigned by clinic instead of being randomly allocated.",
        "The better response at 4.5 mg is a finding that needs randomised confirmation.",
        "This difference requires independent, randomized confirmation.",
    ],
)
def test_randomisation_not_done_or_still_wanted(said: str) -> None:
    f = facts("Two doses of naltrexone added to SSRIs in depression", OPEN.format(said=said), TRIAL)
    assert f.design == "nonrandomized_trial"


def test_randomisation_preferred_over_sequence_stays_rct() -> None:
    """Near miss: the study randomised rather than used sequential groups."""
    f = facts(
        "Two doses of naltrexone added to SSRIs in depression",
        OPEN.format(said="Groups were randomised rather than sequential, to avoid period effects."),
        TRIAL,
    )
    assert f.design == "rct"

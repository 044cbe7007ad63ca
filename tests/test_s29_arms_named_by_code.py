"""Arms named by a code the methods give them ("regimen A (naltrexone 1.5 mg nightly) or
regimen B (...)") and sized only under that code in the results ("Regimen A (n = 31) and
regimen B (n = 30) were similar at baseline"): each code is an allocated arm, so the sizes
add up to the sample. Shown by holdout297 33200034 (two coded dose arms, n read as the
first arm alone). Session 29, round 77, c77c."""

import pytest
from written import RCT, facts

TITLE = "Two low-dose naltrexone schedules added to antidepressants in depression"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "Methods: Adults with major depression were randomised to arm A (naltrexone 1.5 mg "
            "nightly) or arm B (naltrexone 4.5 mg nightly) for ten weeks.\n"
            "Results: Arm A (n = 31) and arm B (n = 30) were similar at baseline. Depression "
            "scores fell in both.",
            61,
        ),
        (
            "Methods: Outpatients were randomly assigned to schedule X (LDN 2 mg at night) or "
            "schedule Y (matching placebo) for eight weeks.\n"
            "Results: Schedule X (n = 22) and schedule Y (n = 21) did not differ at baseline. "
            "Mood improved more with X.",
            43,
        ),
        (
            "Methods: Participants were allocated to group I (naltrexone 3 mg daily) or group II "
            "(naltrexone 4.5 mg daily), double blind.\n"
            "Results: At baseline, group I (n = 40) and group II (n = 38) were comparable. "
            "Response rates were 30% and 34%.",
            78,
        ),
    ],
)
def test_coded_arms_add_up(abstract: str, expected: int) -> None:
    assert facts(TITLE, abstract, RCT).n == expected


def test_coded_parts_that_are_no_arms_stay_out() -> None:
    """Near miss: codes the methods never gave an allocated arm (subgroups of the results)
    are parts, and the sample stays the stated one."""
    abstract = (
        "Methods: Sixty adults with major depression were randomised to naltrexone 4.5 mg "
        "or placebo for ten weeks.\n"
        "Results: Subgroup A (n = 12) and subgroup B (n = 9) were similar at baseline. "
        "Depression scores fell more with naltrexone."
    )
    assert facts(TITLE, abstract, RCT).n == 60


def test_coded_responders_stay_parts() -> None:
    """Near miss: the coded arms' responders are parts of the arms, not the arms."""
    abstract = (
        "Methods: Sixty-one adults were randomised to arm A (naltrexone 1.5 mg nightly) or "
        "arm B (naltrexone 4.5 mg nightly) for ten weeks.\n"
        "Results: Responders in arm A (n = 12) and arm B (n = 14) were similar at baseline."
    )
    assert facts(TITLE, abstract, RCT).n == 61

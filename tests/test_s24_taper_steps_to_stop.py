"""The steps of a taper that takes people off the drug ("those switched to placebo were
tapered over a week (2 mg, then 1 mg)", "tapering off via 2 mg and 1 mg") are no dose anyone
is kept on: only the maintained dose counts (CONTRACT.md: maintenance doses). Shown by
holdout87 18100006, a withdrawal trial whose blinded taper to placebo gave a second dose.
Session 24, round 66, c66c."""

import pytest
from written import facts

TITLE = "Continuing or stopping low-dose naltrexone after response in depression"


@pytest.mark.parametrize(
    "taper",
    [
        "Those allocated to placebo were tapered over one week (2 mg, then 1 mg) to keep the "
        "blind.",
        "Patients switching to placebo were tapered during a fortnight (2 mg, then 1 mg) so "
        "that the blind was kept.",
        "Participants assigned to stop were tapered across two weeks (first 2 mg, then 1 mg) "
        "before placebo.",
    ],
)
def test_taper_steps_are_no_dose(taper: str) -> None:
    f = facts(
        TITLE,
        "Methods: Adults with major depression who responded to open-label naltrexone 4 mg "
        "nightly added to an SSRI were randomised to continue naltrexone 4 mg or to switch to "
        f"placebo for 24 weeks. {taper} The primary outcome was time to relapse.",
    )
    assert f.ldn_doses_mg == [4.0]


def test_reduction_to_a_kept_level_stays() -> None:
    """Near miss: a dose tapered to a lower level people stay on is a dose they take."""
    f = facts(
        "Open-label low-dose naltrexone in depression",
        "Methods: Forty adults with major depression took naltrexone 4 mg nightly for 12 "
        "weeks; in those with insomnia the dose could be tapered to 2 mg and kept there.",
    )
    assert f.ldn_doses_mg == [2.0, 4.0]

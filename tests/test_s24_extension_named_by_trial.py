"""An open-label extension whose title names it with its trial's name after a colon ("...:
the LUMEN open-label extension") is a derived report: a nonrandomized trial whose n is the
people who entered the extension, not its parent's. Shown by holdout226 25300040. Session 24,
round 65, c65b."""

import pytest
from written import TRIAL, facts

ABSTRACT = (
    "Objective: To report outcomes after the 10-week randomised phase of the trial.\n"
    "Methods: Those who completed the blinded phase could take open-label naltrexone 4.5 mg "
    "nightly for depression for 36 more weeks, keeping their SSRI.\n"
    "Results: Of the 140 completers, 112 entered the extension and 90 finished it."
)


@pytest.mark.parametrize(
    "title",
    [
        "Naltrexone 4.5 mg added to SSRIs over a year: the HERON open-label extension",
        "Low-dose naltrexone augmentation in depression: the NALT-2 long-term extension",
        "One year of low-dose naltrexone with SSRIs - the ORCA-D open-label extension",
    ],
)
def test_extension_named_by_its_trial(title: str) -> None:
    f = facts(title, ABSTRACT, TRIAL)
    assert f.design == "nonrandomized_trial"
    assert f.n == 112


def test_trial_with_an_extension_stays_a_trial() -> None:
    """Near miss: a trial's own report that had an extension is the trial."""
    f = facts(
        "Naltrexone 4.5 mg added to SSRIs: the HERON randomised trial with an open-label extension",
        "Methods: We randomised 140 adults with major depression on an SSRI to naltrexone "
        "4.5 mg or placebo for 10 weeks.\nResults: Naltrexone reduced MADRS scores more than "
        "placebo.",
        ("Randomized Controlled Trial",),
    )
    assert f.design == "rct"
    assert f.n == 140

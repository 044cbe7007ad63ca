"""A cohort's or registry's protocol that says it has no randomisation ("There is no
randomisation or control group") is observational, not a trial's protocol: the word
"randomisation" said to be absent is no trial's word. Shown by holdout226 25300014.
Session 24, round 65, c65a."""

import pytest
from written import JOURNAL, facts

PLAN = (
    "Methods and analysis: We will enrol 400 adults with depression who begin low-dose "
    "naltrexone (1.5-4.5 mg, dose chosen by their own psychiatrist) while on an "
    "antidepressant, at 15 outpatient services. They will be followed for a year with the "
    "PHQ-9. {no} Outcomes will be described by antidepressant class."
)


@pytest.mark.parametrize(
    "no",
    [
        "There is no randomisation and no comparison group.",
        "Participants will not be randomised.",
        "The cohort is followed without randomisation.",
    ],
)
def test_cohort_protocol_without_randomisation_is_observational(no: str) -> None:
    f = facts(
        "LDN in routine care: protocol for a prospective multicentre cohort of adults with "
        "depression",
        PLAN.format(no=no),
        JOURNAL,
    )
    assert f.design == "observational"


def test_randomised_protocol_stays_a_protocol() -> None:
    """Near miss: a cohort word beside the protocol's own randomisation."""
    f = facts(
        "LDN added to antidepressants: protocol for a randomised trial",
        "Methods and analysis: A cohort of 200 adults with depression on an SSRI will be "
        "randomised to naltrexone 4.5 mg or placebo for 12 weeks.",
        JOURNAL,
    )
    assert f.design == "protocol"

"""A dose range told as what clinicians prescribe, the practice before the dose ("LDN is
prescribed off-label for depression at doses anywhere between 1 and 5 mg"), is no dose of the
study's. Session 23, lead, at round 63's merge: c63d's reading of "In this/This <design words>
<study>" made the opening sentence of preprints54 PPR4500003 the study's own, and the practice
sentence after it then gave the protocol two doses nobody was assigned (1 and 5 mg)."""

import pytest
from written import facts

PROTOCOL = (
    "This Stage 1 Registered Report describes a four-arm trial that has not yet begun "
    "recruitment. {practice} Adults with major depression taking an SSRI will be randomised "
    "1:1:1:1 to naltrexone 1.5 mg, 3 mg or 4.5 mg once nightly, or placebo, for 10 weeks."
)


@pytest.mark.parametrize(
    "practice",
    [
        "Low-dose naltrexone (LDN) is prescribed off-label for depression at doses anywhere "
        "between 1 and 5 mg, without any trial having compared doses.",
        "Naltrexone is commonly used at doses of 1-5 mg in routine care.",
        "LDN is increasingly prescribed in psychiatry at doses ranging from 1 to 5 mg.",
    ],
)
def test_practice_named_before_the_dose_gives_no_dose(practice: str) -> None:
    assert facts("LDN-DOSE: protocol", PROTOCOL.format(practice=practice)).ldn_doses_mg == [
        1.5,
        3.0,
        4.5,
    ]


def test_people_prescribed_a_range_keep_it() -> None:
    """Near miss: the study's own people prescribed a flexible range keep both ends."""
    f = facts(
        "Open-label LDN",
        "We enrolled 40 adults with major depression. Patients were prescribed naltrexone at "
        "doses between 1.5 and 4.5 mg as tolerated for 8 weeks.",
    )
    assert f.ldn_doses_mg == [1.5, 4.5]

"""A dose named only as the one practice uses, beside the study's own dose: "the 4.5 mg
used in pain practice" (a field's word between "in" and "practice"), "although 4.5 mg is
commonly used" (the dose as the subject of a present-tense statement of practice). The
study gave one dose; the usual one is a point of reference, not a second dose. Shown by
holdout261 29200003 and 29200028 (a 3 mg trial and a 3 mg case read as 3 and 4.5 mg).
Session 26, round 71, c71a."""

import pytest
from written import CASE, RCT, facts

TITLE = "Low-dose naltrexone added to an SSRI for major depression: a randomised pilot"
METHODS = (
    "Forty-two adults with major depressive disorder despite 8 weeks of sertraline were "
    "randomised to naltrexone 2 mg nightly or placebo for 8 weeks, continuing sertraline. "
    "MADRS scores fell more with naltrexone. "
)


@pytest.mark.parametrize(
    "remark",
    [
        "A single dose was chosen: doses were not compared, and we do not know if 2 mg beats "
        "the 4.5 mg prescribed in fibromyalgia clinics.",
        "Only one dose was tested: no titration was done, and 2 mg may differ from the 4.5 mg "
        "used in pain practice.",
        "The dose was not raised, although 4.5 mg is often used, since sleep was disturbed.",
        "Nobody was titrated further, even though 4.5 mg is widely prescribed.",
    ],
)
def test_dose_of_practice_is_not_a_second_dose(remark: str) -> None:
    f = facts(TITLE, METHODS + remark, RCT)
    assert f.ldn_doses_mg == [2.0]
    assert not f.compares_doses


def test_dose_given_that_practice_uses_is_kept() -> None:
    """Near miss: a case given 2 mg and then 4.5 mg, "the dose commonly used in practice",
    keeps the 4.5 mg it was given."""
    f = facts(
        "Low-dose naltrexone added to venlafaxine in resistant depression: a case report",
        "A 47-year-old woman with major depressive disorder on venlafaxine 225 mg/day started "
        "naltrexone 2 mg at night. Because of a partial response she was then given 4.5 mg, "
        "the dose commonly used in practice. Her MADRS fell from 30 to 14.",
        CASE,
    )
    assert 4.5 in f.ldn_doses_mg

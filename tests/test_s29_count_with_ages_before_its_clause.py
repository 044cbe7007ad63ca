"""A bare count whose ages come before what it is ("Of 1,000 screened, 140 aged 60 years or
more with major depression ... were randomised"): the ages belong to the people counted, so
the count is whom the trial randomised. Shown by holdout293 32700040 (the 140 randomised
missed, n read as the 127 completers). Session 29, round 77, c77c."""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone in depression"


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (
            "Methods: Of 400 adults screened, 90 aged 18 to 65 years with major depression and "
            "a HAM-D of 18 or more were randomised to naltrexone 4.5 mg or placebo.",
            90,
        ),
        (
            "Methods: Of 300 people assessed, 72 aged 65 years or older with late-life "
            "depression, a GDS of 10 or more despite treatment, and a CRP of 3 mg/L or more "
            "were randomly assigned to LDN 4.5 mg or placebo.",
            72,
        ),
        (
            "Methods: After screening 250 outpatients, 58 aged 18-30 years who had not "
            "responded to an SSRI were randomised to naltrexone 3 mg or placebo.",
            58,
        ),
    ],
)
def test_count_with_ages_first(methods: str, expected: int) -> None:
    abstract = f"{methods}\nResults: 50 participants completed the trial; mood improved."
    assert facts(TITLE, abstract, RCT).n == expected


def test_age_bound_alone_is_no_count() -> None:
    """Near miss: an age bound of the inclusion criteria counts nobody."""
    abstract = (
        "Methods: 44 adults with depression were randomised to naltrexone 4.5 mg or placebo; "
        "those aged 65 years or more with dementia were excluded.\nResults: Mood improved."
    )
    assert facts(TITLE, abstract, RCT).n == 44

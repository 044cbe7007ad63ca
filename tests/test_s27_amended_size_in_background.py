"""A protocol amendment's background telling its own size change ("the steering committee
revised the planned total to 160 participants", "the target enrolment was reduced to 96")
speaks for the study: its new plan is the protocol's n, the size it replaced is not.
Shown by holdout266 29700005 (an amendment whose revised size sat in its Background,
read as n not stated). Session 27, round 72, c72c."""

import pytest
from written import PROTOCOL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Low-dose naltrexone added to escitalopram for major depression: amended protocol",
            "Background: This paper reports amendment 1 of the trial protocol. Recruitment "
            "was slower than expected, and the trial steering committee reduced the "
            "planned total to 96 participants (48 per arm).\nMethods: Adults with major "
            "depression taking escitalopram will be randomised to naltrexone 4.5 mg or "
            "placebo for 12 weeks.",
            96,
        ),
        (
            "Naltrexone 1 mg versus 3 mg in bipolar depression: protocol update",
            "Background: Since the first version, the target sample size has been increased "
            "from 90 to 120 after an interim variance check.\nMethods: Adults with bipolar "
            "depression will be randomised to naltrexone 1 mg, 3 mg or placebo for 8 weeks.",
            120,
        ),
        (
            "Low-dose naltrexone for perinatal depression: statistical update to the protocol",
            "Background: After a blinded review of the pooled variance, the investigators "
            "revised the sample size to 150 women.\nMethods: Women with perinatal "
            "depression will be randomised to naltrexone 2 mg daily or placebo.",
            150,
        ),
    ],
)
def test_own_size_revision_in_background_is_the_plan(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, PROTOCOL).n == n


def test_another_trials_size_in_background_is_not_the_plan() -> None:
    # near miss: the background cites another trial's size; the plan is stated in methods
    f = facts(
        "Low-dose naltrexone for major depression: a trial protocol",
        "Background: A previous trial of naltrexone in fibromyalgia enrolled 80 women.\n"
        "Methods: We will randomise 64 adults with major depression to naltrexone 4.5 mg "
        "or placebo.",
        PROTOCOL,
    )
    assert f.n == 64

"""The antidepressant named after the allocated arms with "on top of" or "alongside" ("were
randomised to X 4.5 mg or placebo on top of mirtazapine") is what every arm keeps taking,
as "in addition to" and "added to" already are: not the placebo arm's own drug. Shown by
holdout266 29700028 (a congress abstract whose mirtazapine was read as the comparator
arm's). Session 27, round 72, c72d."""

import pytest
from written import facts

CONGRESS = ("Congress",)


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (
            "By the data cut, 52 adults with major depression had been randomised to "
            "low-dose naltrexone 3 mg or placebo on top of mirtazapine 30 mg. Remission "
            "was 31% vs 18%.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Sixty outpatients with MDD were randomly assigned to low-dose naltrexone 2 mg "
            "nightly or matching placebo alongside their escitalopram. MADRS fell more with "
            "naltrexone.",
            ["serotonergic"],
        ),
        (
            "In this trial 44 adults with depression were randomized to LDN 4.5 mg or "
            "placebo on top of stable venlafaxine for 10 weeks. Response was 40% vs 25%.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_on_top_of_after_the_arms_is_every_arms(abstract: str, classes: list[str]) -> None:
    f = facts("Low-dose naltrexone in depression: a randomised trial", abstract, CONGRESS)
    assert sorted(f.concomitant_classes) == classes


def test_an_arm_of_its_own_stays_a_comparator() -> None:
    # near miss: sertraline given instead of the drug is an arm of its own
    f = facts(
        "Low-dose naltrexone in depression: a randomised trial",
        "Sixty adults with major depression were randomised to low-dose naltrexone 4.5 mg "
        "or sertraline 50 mg for 8 weeks. Response was similar.",
        CONGRESS,
    )
    assert f.concomitant_classes == []

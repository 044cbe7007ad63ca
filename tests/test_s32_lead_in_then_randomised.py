"""A randomised trial that counts its lead-in (open-label, run-in, enrichment) in one
sentence and the people randomised from it in a later one: the sample is the randomised
count (CONTRACT.md "n": randomised, for an RCT), not the lead-in's. Shown by holdout337
37800021 (a randomised withdrawal trial read as the 131 who began open-label LDN, a false
larger-trials). Session 32, round 84, c84c."""

import pytest
from written import RCT, facts

TITLE = "Keeping or stopping low-dose naltrexone after response in depression: a randomised trial"
CASES = [
    (
        "Methods: Adults with major depression took open-label naltrexone 4.5 mg for ten "
        "weeks; those who responded were randomly assigned to continue it or switch to "
        "placebo.\nResults: Overall, 118 adults began the open-label phase. Of the 52 who "
        "responded, 40 were randomised (20 per arm).",
        40,
    ),
    (
        "Methods: An enrichment design with a single-blind placebo run-in.\nResults: "
        "Ninety-four outpatients entered the run-in. Thirty-six placebo non-responders "
        "were then randomised to naltrexone 1.5 mg or placebo.",
        36,
    ),
    (
        "Methods: Patients with treatment-resistant depression on a stable SSRI received "
        "open-label low-dose naltrexone 3 mg.\nResults: In total, 150 patients were enrolled "
        "into the lead-in. After eight weeks, 44 responders were randomized to continued "
        "naltrexone or placebo.",
        44,
    ),
]


@pytest.mark.parametrize(("abstract", "n"), CASES)
def test_randomised_count_after_lead_in_is_the_sample(abstract: str, n: int) -> None:
    assert facts(TITLE, abstract, RCT).n == n


def test_randomised_count_before_a_larger_later_count_stands() -> None:
    # near miss: the randomised count comes first and the larger count is the people
    # screened before it; the randomised sample stands as today
    abstract = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: Sixty-two participants were randomized. Of 140 screened, 78 "
        "were ineligible."
    )
    assert facts(TITLE, abstract, RCT).n == 62


def test_a_later_per_arm_count_does_not_narrow_the_sample() -> None:
    # near miss: the later count is one arm's, not the randomised whole
    abstract = (
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "placebo.\nResults: A total of 90 participants were enrolled. Of these, 45 were "
        "randomised to each arm."
    )
    assert facts(TITLE, abstract, RCT).n == 90


def test_a_later_count_by_sex_does_not_narrow_the_sample() -> None:
    # near miss: the later "assigned" count is the women among the enrolled, in brackets
    abstract = (
        "Methods: A randomised placebo-controlled trial of naltrexone 1.5 mg.\nResults: "
        "Eighty-two adults with major depression were enrolled. Participants (mean age 39; "
        "51 women) were assigned 41 per arm."
    )
    assert facts(TITLE, abstract, RCT).n == 82

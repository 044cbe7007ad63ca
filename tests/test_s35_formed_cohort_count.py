"""The people a cohort study kept, said as what they formed with their noun left out or
qualified, are whom it included (CONTRACT.md "n"), not the pool they were drawn from. Real
abstracts say it as "312 with a recorded depressive episode formed the analytic cohort",
"the remaining 840 made up the study cohort", "1,212 constituted the final sample", "Of
these, 95 formed the study population", "leaving 430 who formed the final cohort": a bare
count (its qualifier after it) before "formed", "made up" or "constituted" the cohort,
sample or population. Shown by holdout376 42400035 (a records cohort whose 312 were lost,
no n). Session 35, round 91, c91b."""

import pytest
from written import facts

OBS = ("Observational Study",)


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Among 2,300 adults prescribed naltrexone 1.5-4.5 mg, 418 with a coded "
            "depressive disorder formed the analytic cohort.",
            418,
        ),
        (
            "Of the 960 patients dispensed naltrexone 1.5-4.5 mg, 205 who had a PHQ-9 "
            "before and after made up the study cohort.",
            205,
        ),
        (
            "Records of 1,480 naltrexone users were screened; 356 with depression "
            "constituted the final sample, taking naltrexone 1.5-4.5 mg.",
            356,
        ),
    ],
)
def test_formed_cohort_is_the_sample(sentence: str, n: int) -> None:
    f = facts(
        "Low-dose naltrexone in depression: a retrospective cohort study",
        "Objective: To describe outcomes of low-dose naltrexone for depression in routine "
        f"care.\nMethods: We used linked health records. {sentence}\n"
        "Results: PHQ-9 scores fell from 15 to 11.",
        OBS,
    )
    assert f.on_topic
    assert f.n == n


def test_trial_analysis_population_keeps_the_randomised() -> None:
    # near miss: a trial's analysed people forming its analysis set are not its n
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "Methods: 80 adults with major depressive disorder were randomised to naltrexone "
        "4.5 mg or placebo.\nResults: 72 with a week-8 MADRS formed the analysis set; "
        "response was 40% vs 25%.",
        ("Randomized Controlled Trial",),
    )
    assert f.n == 80

"""Kind: the randomised (or enrolled, allocated) count told as a noun phrase, the count
after "the" or "all" with its participle and no noun ("The 176 randomised (59, 58 and 59)
were included in the intention-to-treat analysis", "all 64 allocated", "the 90
enrolled"), is the study's n; the screened and the completers beside it are not, and one
arm's count ("the 30 randomised to placebo") is not the total.

Round 44, c44c. Shown by holdout156 17200020 (SERENADE main report: "412 patients were
screened. The 176 randomised (59, 58 and 59) were included in the intention-to-treat
analysis; 158 completed."), read with n None.
"""

from __future__ import annotations

import pytest
from written import RCT, REVIEW, facts, gaps

RECORD = (
    "Two doses of low-dose naltrexone as augmentation of SSRIs and SNRIs in major depressive "
    "disorder (SERENADE): a multicentre, randomised, double-blind, placebo-controlled trial",
    "Background: A 2017 pilot (n = 12) suggested that low-dose naltrexone (LDN) augments "
    "dopaminergic antidepressants. We tested LDN with serotonergic agents.\n"
    "Methods: Adults with major depressive disorder and a MADRS score of at least 20 after 8 "
    "weeks or more of sertraline, escitalopram, fluoxetine, venlafaxine or duloxetine were "
    "assigned (1:1:1, web-based, stratified by site) to naltrexone 1.5 mg, naltrexone 4.5 mg "
    "or placebo at night for 12 weeks, continuing their antidepressant.\n"
    "Findings: Between October 2024 and July 2025, 412 patients were screened. The 176 "
    "randomised (59, 58 and 59) were included in the intention-to-treat analysis; 158 "
    "completed. MADRS change at week 12 was -12.6 with 4.5 mg, -9.9 with 1.5 mg and -8.0 with "
    "placebo (4.5 mg vs placebo -4.6, 95% CI -7.6 to -1.6). The 1.5 mg dose did not separate "
    "from placebo.\n"
    "Interpretation: LDN 4.5 mg, but not 1.5 mg, is an effective augmentation of SSRIs and "
    "SNRIs.",
    RCT,
)


def test_the_record_counts_the_randomised() -> None:
    assert facts(*RECORD).n == 176
    assert gaps(*RECORD) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
        "dose-finding": "addressed",
    }


TITLE = "Low-dose naltrexone added to an SSRI in major depression: a randomised trial"


@pytest.mark.parametrize(
    ("methods", "results", "n"),
    [
        (
            "Adults with major depressive disorder taking sertraline were randomly assigned "
            "to naltrexone 4.5 mg or placebo for 10 weeks.",
            "Of 210 adults screened, the 124 randomised (62 per arm) began treatment; 101 "
            "completed.",
            124,
        ),
        (
            "Outpatients with major depression on escitalopram were allocated to naltrexone "
            "2 mg or placebo nightly.",
            "All 64 allocated received at least one dose; 55 completed week 8.",
            64,
        ),
        (
            "Adults with major depressive disorder continuing fluoxetine received naltrexone "
            "1.5 mg or placebo in a double-blind design.",
            "Three hundred were assessed for eligibility. The eighty-two randomised (41 and "
            "41) were analysed by intention to treat; 70 completed.",
            82,
        ),
        (
            "Adults with major depressive disorder on paroxetine were randomised to "
            "naltrexone 3 mg or placebo.",
            "The 90 enrolled had a mean MADRS of 31; 71 completed 12 weeks.",
            90,
        ),
    ],
)
def test_the_count_named_by_its_participle_is_n(methods: str, results: str, n: int) -> None:
    abstract = f"Methods: {methods}\nResults: {results}"
    assert facts(TITLE, abstract, RCT).n == n


def test_one_arms_count_is_not_the_total() -> None:
    abstract = (
        "Methods: Sixty adults with major depressive disorder taking sertraline were "
        "randomised to naltrexone 4.5 mg or placebo.\n"
        "Results: The 30 randomised to placebo improved by 6 points on the MADRS."
    )
    assert facts(TITLE, abstract, RCT).n == 60


def test_completers_and_the_screened_are_not_n() -> None:
    abstract = (
        "Methods: Adults with major depressive disorder on escitalopram took naltrexone 4.5 mg "
        "or placebo.\n"
        "Results: Of the 412 screened, the 40 completed were analysed."
    )
    assert facts(TITLE, abstract, RCT).n != 412


def test_a_reviews_randomised_trials_count_nobody() -> None:
    f = facts(
        "Low-dose naltrexone in depression: a narrative review",
        "We review the 12 randomised trials and the 5 enrolled cohorts of naltrexone at "
        "1.5-4.5 mg in major depression.",
        REVIEW,
    )
    assert f.n is None
    assert (
        gaps(
            "Low-dose naltrexone in depression: a narrative review",
            "We review the 12 randomised trials of naltrexone at 1.5-4.5 mg in major depression.",
            REVIEW,
        )
        == {}
    )

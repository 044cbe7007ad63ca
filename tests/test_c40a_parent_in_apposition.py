"""A derived report that describes its parent in an apposition ("a trial of X in 84
randomised adults") and then names its own people sized in brackets, in the same
sentence: the count in the apposition is the parent's, the bracket is the report's n
(round 40, c40a; shown by preprints36 PPR6300024, where the parent's 84 gave a false
larger-trials verdict)."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts, gaps

TITLE = "Low-dose naltrexone and reward learning in depression: a secondary analysis"


@pytest.mark.parametrize(
    ("abstract", "own"),
    [
        # the record's wording: the report's own clause ("we examined ...") after the parent
        (
            "In this secondary analysis of LIFT-D, a placebo-controlled trial of naltrexone "
            "4.5 mg/day added to SSRIs or SNRIs in 84 randomised adults with major depressive "
            "disorder, we examined participants with clinically significant anhedonia at "
            "baseline who completed the reward task at baseline and week 8 (n = 41; 20 "
            "naltrexone, 21 placebo). Naltrexone increased response bias.",
            41,
        ),
        # probe: another verb of the report's own act, the parent told as a study
        (
            "Using data from a double-blind study that randomised 150 outpatients with major "
            "depression to naltrexone 4.5 mg or placebo alongside escitalopram, we analysed "
            "those who had actigraphy at both visits (n = 32). Sleep efficiency improved.",
            32,
        ),
        # probe: passive, the parent's count in an apposition closed by a comma
        (
            "This post hoc analysis draws on NALT-MDD, a randomised trial in 120 adults with "
            "treatment-resistant depression taking an SSRI; participants with a baseline "
            "SHAPS score of 3 or more (n = 46) were studied. Anhedonia fell with naltrexone.",
            46,
        ),
        # probe: the parent named as a cohort of patients, "we focused on"
        (
            "Among the 210 patients enrolled in a trial of low-dose naltrexone added to "
            "sertraline for major depression, we included only women aged 50 or older "
            "(n = 38; 19 naltrexone, 19 placebo) in this analysis. Mood improved.",
            38,
        ),
    ],
)
def test_the_parents_count_in_an_apposition_is_not_the_reports(abstract: str, own: int) -> None:
    assert facts(TITLE, abstract, JOURNAL).n == own
    assert "larger-trials" not in gaps(TITLE, abstract, JOURNAL)


def test_a_trial_report_with_per_arm_sizes_keeps_its_total() -> None:
    """Precision guard: a trial's own report, "84 randomised ... (n = 42 per arm)"."""
    abstract = (
        "Methods: In this randomised placebo-controlled trial, 84 randomised adults with "
        "major depressive disorder taking an SSRI were analysed (n = 42 per arm).\n"
        "Results: Naltrexone 4.5 mg improved MADRS scores."
    )
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomised trial"
    assert facts(title, abstract, JOURNAL).n == 84


def test_a_derived_report_whose_people_were_counted_in_its_own_clause_keeps_that_count() -> None:
    """The guard of round 38: the people counted already in the report's own clause."""
    abstract = (
        "In this secondary analysis we examined the 21 participants randomised to "
        "naltrexone who had stored plasma (n = 7 with detectable levels). Levels were low."
    )
    assert facts(TITLE, abstract, JOURNAL).n == 21

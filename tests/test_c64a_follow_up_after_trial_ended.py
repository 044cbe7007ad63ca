"""A study that follows a trial's people after the trial ended, assigning nothing of its
own (a naturalistic follow-up, a chart review), is observational: the trial it came from
is where its people came from, not its design, and so it closes no gap (round 64, c64a;
shown by holdout151 16600014, "Naturalistic one-year follow-up of patients from a pilot
trial of low-dose naltrexone": "Ten of the 12 randomised patients agreed to a chart
review ... no treatment was assigned", read as its parent RCT with a false serotonergic
"addressed")."""

from __future__ import annotations

import pytest
from written import facts, gaps

OBSERVATIONAL = ("Journal Article", "Observational Study")

RECORD_TITLE = (
    "What happened next? Naturalistic one-year follow-up of patients from a pilot trial of "
    "low-dose naltrexone for depression"
)
RECORD = (
    "We contacted the participants of the 2017 placebo-controlled pilot of naltrexone 1 mg "
    "twice daily added to dopaminergic antidepressant regimens. Ten of the 12 randomised "
    "patients agreed to a chart review and interview one year after the trial ended. Seven "
    "had continued LDN from their own physicians at 1.5-4.5 mg/day; four had since added "
    "sertraline or escitalopram. Depressive symptoms (QIDS-SR) were lower in those who "
    "continued LDN, but no treatment was assigned and numbers are very small."
)


@pytest.mark.parametrize("types", [OBSERVATIONAL, ("Journal Article",)])
def test_the_record(types: tuple[str, ...]) -> None:
    assert facts(RECORD_TITLE, RECORD, types).design == "observational"
    assert gaps(RECORD_TITLE, RECORD, types) == {}


# the same fact, its words in other places of a record
FOLLOW_UPS = [
    # declared in the methods, the trial named after it ("after the trial ended")
    (
        "Low-dose naltrexone in depression: two years later",
        "Background: A randomised trial of naltrexone 4.5 mg added to SSRIs ended in 2022.\n"
        "Methods: In this naturalistic follow-up study, 64 of the 80 randomised participants "
        "were interviewed two years after the trial ended; no treatment was assigned and "
        "everyone was treated as their doctors chose.\n"
        "Results: Thirty-one were still taking LDN with sertraline or citalopram; depression "
        "scores were lower in this group.\n"
        "Conclusions: Continued use was common.",
    ),
    # in the title, the trial named with "after"
    (
        "Long-term naturalistic follow-up after a randomised trial of low-dose naltrexone "
        "added to escitalopram in major depression",
        "Of the 90 randomised adults, 72 were followed for a further year after the "
        "double-blind phase ended, taking whatever their clinicians prescribed. Those who "
        "stayed on naltrexone 4.5 mg with escitalopram had lower MADRS scores.",
    ),
    # in the title, the people "from" the trial; the denial in other words
    (
        "Chart review of adults from a placebo-controlled trial of low-dose naltrexone for "
        "major depression, three years on",
        "Fifty-eight former participants (30 randomised to naltrexone 2 mg, 28 to placebo) "
        "were traced through their records. They were not randomised again; 22 had started "
        "LDN 3 mg with venlafaxine or duloxetine through their general practitioners. "
        "Relapse was less frequent among them.",
    ),
    # opening sentence declares it, unlabelled abstract
    (
        "Low-dose naltrexone with vortioxetine after the trial: what patients chose",
        "This naturalistic cohort study followed 55 of the 70 patients of a completed "
        "double-blind trial of naltrexone 4.5 mg in major depression after the trial ended. "
        "No medication was allocated; 25 continued LDN alongside vortioxetine. MADRS scores "
        "remained lower in those who continued.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), FOLLOW_UPS)
def test_a_follow_up_after_the_trial_is_observational(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "observational"
    assert gaps(title, abstract) == {}


# near misses: the trial's own report, and an analysis inside the trial, keep its design
TRIALS = [
    # the trial's own randomisation, with its own follow-up phase
    (
        "Low-dose naltrexone added to sertraline in major depression: a randomised trial "
        "with one-year follow-up",
        "Methods: 120 adults with major depression on sertraline were randomised to "
        "naltrexone 4.5 mg or placebo for 12 weeks and followed for one year.\n"
        "Results: Response was higher with naltrexone.",
        "rct",
    ),
    # a cohort analysis inside a trial reads the trial's own data: the parent's design
    (
        "Predictors of response to low-dose naltrexone augmentation: a cohort analysis "
        "within a randomised placebo-controlled trial in major depression",
        "Methods: In this cohort analysis within the LIFT-D trial, 164 adults on SSRIs were "
        "randomised to naltrexone 4.5 mg or placebo; we examined baseline predictors.\n"
        "Results: Anhedonia predicted response.",
        "rct",
    ),
    # people allocated by the study itself; a denial elsewhere does not undo it
    (
        "Naturalistic low-dose naltrexone in depression",
        "Methods: Patients were randomly assigned to naltrexone 1.5 mg or 4.5 mg added to "
        "citalopram. No rescue medication was allowed.\n"
        "Results: 60 patients completed the trial.",
        "rct",
    ),
]


@pytest.mark.parametrize(("title", "abstract", "design"), TRIALS)
def test_a_trial_and_an_analysis_inside_it_keep_their_design(
    title: str, abstract: str, design: str
) -> None:
    assert facts(title, abstract).design == design

"""Round 30 (c30b), from batch 19 (holdout88): the condition named only as what a
co-medication is taken for, and an extension's people and co-medication carried over
from the parent trial it names."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# -- the condition named as the indication of a co-medication, in a trial of another
# disease that says it did not measure mood (holdout88 17100039 showed it)

CROHN = "Low-dose naltrexone for active Crohn's disease: a randomised controlled trial"
CROHN_METHODS = (
    "Methods: Fifty-six adults with active Crohn's disease were randomised to naltrexone "
    "4.5 mg daily or placebo for 12 weeks. Outcomes were clinical remission, endoscopic "
    "response and faecal calprotectin. {}\n"
    "Results: Clinical remission occurred in 36% and 18% (P = 0.12)."
)


@pytest.mark.parametrize(
    "said",
    [
        # the record's own wording
        "Use of antidepressants for comorbid anxiety or depression was recorded at "
        "baseline (14%) but mood was not assessed.",
        # probes: the same kind said differently
        "Antidepressants prescribed for depression were documented at entry (9 patients), "
        "although depressive symptoms were not measured.",
        "Eleven patients (20%) took antidepressants for depression at enrolment, but no "
        "mood measure was used.",
        "Concomitant SSRIs for depression were noted at baseline in 12%; mood was not an outcome.",
        "Psychotropic medications for concurrent depression or anxiety were allowed if "
        "stable; depression was not a study endpoint.",
    ],
)
def test_a_co_medications_indication_is_not_a_mood_outcome(said: str) -> None:
    f = facts(CROHN, CROHN_METHODS.format(said), RCT)
    assert not f.on_topic


def test_a_mood_outcome_beside_a_co_medications_indication_still_counts() -> None:
    said = (
        "Use of antidepressants for comorbid depression was recorded at baseline, and "
        "depressive symptoms (HADS-D) were a secondary outcome."
    )
    assert facts(CROHN, CROHN_METHODS.format(said), RCT).on_topic


# -- an extension or secondary analysis that names its parent trial in a background
# sentence: the parent's people (an augmentation of antidepressants selected people with
# the condition) and the drugs the parent gave the watched drug with are the report's
# own (holdout88 17100036, the SEROLDN extension, showed it)

SEROLDN = (
    "Background: The SEROLDN trial showed a modest benefit of low-dose naltrexone (LDN) "
    "added to SSRIs or venlafaxine over 12 weeks.\n"
    "Methods: Participants completing the 12-week double-blind phase could enter an "
    "open-label extension in which all received naltrexone 4.5 mg at night while "
    "continuing their antidepressant.\n"
    "Results: Ninety-seven of the 131 completers entered the extension and 78 completed "
    "week 38. Former placebo participants improved by a further 5.6 MADRS points."
)


@pytest.mark.parametrize(
    ("title", "abstract", "drugs", "classes"),
    [
        (
            "Long-term low-dose naltrexone: 26-week open-label extension of the SEROLDN trial",
            SEROLDN,
            {"SSRI", "venlafaxine"},
            {"serotonergic", "noradrenergic"},
        ),
        # probes: the parent told as "our trial", as "in the X trial", and as a list of
        # three drugs the watched drug was an add-on to
        (
            "Naltrexone over 24 weeks: an open-label extension study",
            "Background: Our randomised trial found that naltrexone 4.5 mg added to "
            "sertraline or escitalopram reduced depressive symptoms.\n"
            "Methods: After the 8-week blinded phase, 64 completers entered a 24-week "
            "open-label extension on naltrexone 4.5 mg and stayed on their antidepressant.\n"
            "Results: Response was maintained and MADRS scores fell further.",
            {"sertraline", "escitalopram"},
            {"serotonergic"},
        ),
        (
            "Sleep outcomes with low-dose naltrexone: a post hoc analysis of the ADD-LDN trial",
            "Background: In the ADD-LDN trial, low-dose naltrexone given as an adjunct to "
            "fluoxetine or duloxetine improved depressive symptoms at 8 weeks.\n"
            "Methods: We analysed insomnia items of the HAM-D in the 72 participants with "
            "complete data.\n"
            "Results: Insomnia items improved more with LDN; HAM-D total fell by 4 points more.",
            {"fluoxetine", "duloxetine"},
            {"serotonergic", "noradrenergic"},
        ),
        (
            "One year of low-dose naltrexone: open-label extension of the NALT-D trial",
            "Introduction: The NALT-D trial showed that 3 mg naltrexone as an add-on to "
            "paroxetine, citalopram or mirtazapine was well tolerated.\n"
            "Methods: Fifty-eight participants continued naltrexone 3 mg open-label for 12 "
            "months while remaining on their antidepressants.\n"
            "Results: QIDS scores remained stable.",
            {"paroxetine", "citalopram", "mirtazapine"},
            {"serotonergic", "noradrenergic"},
        ),
    ],
)
def test_an_extension_takes_its_parent_trials_people_and_co_medication(
    title: str, abstract: str, drugs: set[str], classes: set[str]
) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.depression_population
    assert set(f.concomitant_antidepressants) == drugs
    assert set(f.concomitant_classes) == classes
    assert gaps(title, abstract, TRIAL) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


def test_earlier_work_by_others_is_not_the_parent() -> None:
    abstract = (
        "Background: A previous trial showed a benefit of low-dose naltrexone added to SSRIs.\n"
        "Methods: Completers of a 12-week double-blind phase could enter a 26-week "
        "open-label extension on naltrexone 4.5 mg, continuing their usual medication.\n"
        "Results: Sixty-one entered; MADRS scores were stable."
    )
    f = facts("Long-term naltrexone: an open-label extension", abstract, TRIAL)
    assert f.concomitant_classes == []


def test_not_the_primary_outcome_leaves_mood_a_secondary_one() -> None:
    said = "Depression was not a primary outcome but was assessed with the HADS as a secondary outcome."
    assert facts(CROHN, CROHN_METHODS.format(said), RCT).on_topic

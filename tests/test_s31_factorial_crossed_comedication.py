"""Kind: a factorial trial that crosses an antidepressant (against its own placebo) with
the watched drug (against its own placebo): the cell given both active drugs takes the
antidepressant with the watched drug, so it is co-medication, not "only in the comparator
arm". Shown by holdout330 37000018 / 37000028 (a 2 x 2 factorial of an SSRI and LDN).
A drug given instead of the watched drug in a factorial trial stays a comparator.

Session 31, round 82, c82d."""

from written import RCT, facts


def test_two_by_two_with_independent_placebos() -> None:
    f = facts(
        "Escitalopram and low-dose naltrexone for major depression: a 2 x 2 factorial trial",
        "Methods: In this 2 x 2 factorial trial, outpatients with major depression were "
        "randomly assigned to escitalopram (10-20 mg) or placebo and, independently, to "
        "naltrexone 4.5 mg nightly or placebo for 10 weeks.\n"
        "Results: We randomised 180 patients (45 per cell). Escitalopram improved MADRS "
        "scores; naltrexone did not.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_factorial_with_matching_placebos_and_schedule() -> None:
    f = facts(
        "Fluoxetine, LDN or both in adolescent depression: a factorial randomised trial",
        "Design: Double-blind factorial randomised trial in 12 clinics.\n"
        "Methods: Adolescents with moderate depression received fluoxetine 20 mg daily or "
        "matching placebo and low-dose naltrexone 2 mg at bedtime (1 mg in the first week) "
        "or matching placebo for 8 weeks.\n"
        "Results: A total of 204 adolescents were randomised. The combination cell improved "
        "most.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_vortioxetine_factor_in_a_two_by_two() -> None:
    f = facts(
        "A 2x2 factorial trial of vortioxetine and naltrexone in late-life depression",
        "Methods: Older adults with major depression were allocated to vortioxetine 10 mg "
        "or placebo, and to naltrexone 1.5 mg or placebo, over 12 weeks.\n"
        "Results: In all, 96 participants were randomised.",
        RCT,
    )
    assert f.concomitant_classes == ["serotonergic"]


def test_near_miss_drug_instead_of_watched_one_in_a_factorial() -> None:
    # the SSRI is the watched drug's alternative in one factor; the other factor is exercise
    f = facts(
        "LDN or sertraline, with or without exercise: a 2 x 2 factorial trial in depression",
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg or "
        "sertraline 50 mg, and to supervised exercise or usual activity, for 12 weeks.\n"
        "Results: We randomised 120 adults.",
        RCT,
    )
    assert f.concomitant_classes == []


def test_near_miss_not_factorial() -> None:
    # a three-arm trial: the SSRI against placebo is an arm of its own
    f = facts(
        "Naltrexone, sertraline or placebo for depression: a three-arm trial",
        "Methods: Adults with major depression were randomised to naltrexone 4.5 mg, "
        "sertraline 50 mg or placebo for 8 weeks.\n"
        "Results: We randomised 150 adults.",
        RCT,
    )
    assert f.concomitant_classes == []

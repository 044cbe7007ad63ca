"""A study's regimens classed with "characterised as" (session 68; preprints76 PPR2100017,
right before only by accident, written again in other words): "on regimens the
investigators characterised as pro-dopaminergic" is the study's own class for them, as
"classified as" and "designated as" already were; a re-analysis takes it from its parent's
sentence."""

from __future__ import annotations

from written import JOURNAL, RCT, facts

TITLE = "Low-dose naltrexone augmentation in major depressive disorder"


def test_regimens_characterised_as_a_class_have_that_class() -> None:
    text = (
        "Methods: Outpatients with major depressive disorder on antidepressant regimens the "
        "authors characterized as predominantly noradrenergic were randomized to naltrexone "
        "2 mg/day or placebo for 6 weeks.\n"
        "Results: Twenty-four patients were randomized, 12 per arm."
    )
    assert facts(TITLE, text, RCT).concomitant_classes == ["noradrenergic"]


def test_a_reanalysis_takes_its_parents_characterised_regimens() -> None:
    title = "A Bayesian re-analysis of a pilot trial of low-dose naltrexone in depression"
    text = (
        "In the pilot, 14 adults with major depression and residual symptoms on regimens the "
        "investigators characterised as pro-dopaminergic were randomised to naltrexone 1 mg "
        "twice daily or placebo, seven per arm. We re-analysed its published summary data "
        "with Bayesian models. Future trials should include patients on non-dopaminergic "
        "antidepressants."
    )
    assert facts(title, text, JOURNAL).concomitant_classes == ["dopaminergic"]


def test_characterised_by_symptoms_is_no_class_of_regimen() -> None:
    # (control: "characterised by" names what the illness is like, not a class)
    text = (
        "Methods: Adults with major depression characterised by prominent anhedonia, not "
        "taking antidepressants, were randomized to naltrexone 4.5 mg/day or placebo.\n"
        "Results: Forty patients were randomized, 20 per arm."
    )
    assert facts(TITLE, text, RCT).concomitant_classes == []

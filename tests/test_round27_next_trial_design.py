"""Round 27 (c27a): a randomised trial the study informs or prepares for is the next
study, not the study's own design (batch 16, preprints20 PPR7900017: an open-label
dose-ranging study "informing dose selection for a randomized trial"), in wordings of our
own."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

OPEN = "Low dose naltrexone added to SSRIs in adolescents with depression: an open-label study"
METHODS = (
    "Method: In this open-label study, 24 adolescents taking fluoxetine received naltrexone "
    "0.5 mg, then 1 mg, then 2 mg daily.\nResults: Scores fell at each dose.\nConclusions: "
)


@pytest.mark.parametrize(
    "conclusion",
    [
        # the record's kind: what of the trial the study informs, then "for a ... trial"
        "Improvement plateaued above 1 mg, informing dose selection for a randomized trial.",
        "These results will guide sample-size calculations for a placebo-controlled "
        "randomised trial.",
        # the study prepares the trial, with no "for"
        "The findings help to prepare a multicentre randomised trial.",
        # the study comes before the trial
        "This step was needed before a double-blind randomised trial of 1 mg.",
        # any such trial: a hypothetical one
        "A dose of 1 mg is the natural choice for any randomised placebo-controlled trial.",
    ],
)
def test_a_randomised_trial_the_study_prepares_is_not_its_design(conclusion: str) -> None:
    assert facts(OPEN, METHODS + conclusion, JOURNAL).design == "nonrandomized_trial"


def test_the_studys_own_randomisation_still_makes_it_a_trial() -> None:
    abstract = (
        "Methods: Sixty adults taking sertraline were randomised to naltrexone 1 mg or "
        "placebo, to inform dose selection.\nResults: Scores fell more with LDN."
    )
    assert facts("Low dose naltrexone added to sertraline", abstract, JOURNAL).design == "rct"

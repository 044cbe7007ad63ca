"""Round 26 (c26b): design and doses, from batch 15 (holdout78) once it was opened.

Each kind is tested in the words that showed it and in two or three paraphrases written
for it, so that the rule is not tuned to one wording."""

from __future__ import annotations

import pytest
from written import JOURNAL, TRIAL, facts

# -- a trial the conclusion says is now possible is the next study, not this one's design
# (holdout78 27100008: "Single-arm open-label study ... A randomised trial is feasible.")

SINGLE_ARM = "Flexible-dose low-dose naltrexone added to SSRIs in primary care: a pilot study"


@pytest.mark.parametrize(
    ("design", "conclusion"),
    [
        # the words that showed it
        ("Single-arm open-label study in 9 general practices.", "A randomised trial is feasible."),
        # probes: other words for the same kind (said without hedging: "appears feasible",
        # "would be practicable" were read as hedged already)
        (
            "An uncontrolled, open-label study in primary care.",
            "A placebo-controlled randomized study is now possible in general practice.",
        ),
        (
            "Non-randomised, single-group study in four clinics.",
            "With these retention rates, randomised controlled trials of LDN against placebo "
            "are clearly achievable.",
        ),
        (
            "Open-label single-arm pilot in community psychiatry.",
            "Recruitment was brisk, and a double-blind randomised trial is realistic.",
        ),
    ],
)
def test_a_randomised_trial_said_to_be_feasible_is_not_the_studys_design(
    design: str, conclusion: str
) -> None:
    abstract = (
        f"Design: {design}\n"
        "Methods: Adults with depression (PHQ-9 of 10 or more) despite an SSRI were offered "
        "LDN 1.5 mg to 4.5 mg at night for 12 weeks.\n"
        "Results: Forty-one patients were recruited and 33 completed 12 weeks.\n"
        f"Conclusion: Flexible LDN was acceptable. {conclusion}"
    )
    assert facts(SINGLE_ARM, abstract, (*JOURNAL, *TRIAL)).design == "nonrandomized_trial"


def test_a_trial_that_randomised_keeps_its_design_when_it_calls_a_larger_one_feasible() -> None:
    abstract = (
        "Methods: Forty adults with MDD were randomised to LDN 4.5 mg or placebo for 8 weeks.\n"
        "Results: HAM-D fell by 9.1 and 6.2 points.\n"
        "Conclusion: A larger randomised trial is feasible."
    )
    assert facts(SINGLE_ARM, abstract, JOURNAL).design == "rct"

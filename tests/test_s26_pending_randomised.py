"""A single-arm study whose conclusion says its finding stands "pending randomised
evaluation" (or a controlled trial, or randomised confirmation): the randomisation it
waits for is future work, not its own design. Shown by holdout250 27900038 (a corrected
open-label study read as an RCT). Session 26, round 70, c70a."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone added to escitalopram in major depression: an open 10-week study"
METHODS = (
    "Methods: Single-arm, open-label study in 30 adults with major depressive disorder who "
    "had not remitted on escitalopram; they added naltrexone 3 mg at night for 10 weeks.\n"
    "Results: Twenty-six completed; MADRS scores fell from 27 to 16."
)


@pytest.mark.parametrize(
    "conclusion",
    [
        "Conclusions: Adding the drug seemed tolerable and helpful, pending randomised evaluation.",
        "Conclusions: The approach looks feasible, pending a double-blind randomized trial.",
        "Conclusions: These gains are encouraging but provisional, pending randomised, "
        "placebo-controlled confirmation.",
    ],
)
def test_pending_randomisation_is_not_the_design(conclusion: str) -> None:
    f = facts(TITLE, f"{METHODS}\n{conclusion}", TRIAL)
    assert f.design == "nonrandomized_trial"


def test_randomised_trial_pending_replication_stays_rct() -> None:
    """Near miss: a trial that randomised its own people, its finding pending replication."""
    f = facts(
        "Low-dose naltrexone versus placebo added to escitalopram in major depression",
        "Methods: Forty adults with major depressive disorder on escitalopram were randomised "
        "to naltrexone 3 mg or placebo for 10 weeks.\nResults: MADRS fell more with "
        "naltrexone.\nConclusions: The benefit is promising, pending replication.",
        TRIAL,
    )
    assert f.design == "rct"

"""An open-label study that says what of it "will proceed to randomised testing" (the
arms, cohorts or doses that passed go on to a randomised trial next) names its next step,
not its own design: the clause is future work and the study stays non-randomised. Shown
by holdout330 37000008 (an open-label basket trial whose responding cohorts "will proceed
to randomised testing" read as an rct). Session 32, round 83, c83a."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone in three inflammatory conditions: an open multi-disease trial",
            "Methods: Adults with major depression, psoriasis or rheumatoid arthritis took "
            "open-label naltrexone 4.5 mg nightly for ten weeks. Results: Ninety adults began "
            "treatment and MADRS fell by 8 points in the depression group. Conclusions: Only "
            "the depression group met its threshold, and it will advance to a randomised, "
            "placebo-controlled comparison.",
        ),
        (
            "A single-group study of naltrexone 3 mg added to SSRIs",
            "Methods: Forty outpatients with depression on an SSRI received naltrexone 3 mg "
            "daily for eight weeks. Results: Response was 35%. Conclusions: The signal was "
            "modest, and the regimen will now move into a double-blind trial.",
        ),
        (
            "Open-label low-dose naltrexone for anhedonic depression: a pilot",
            "Methods: Twenty-two adults with anhedonic depression took naltrexone 2 mg at "
            "night. Results: SHAPS improved in 14. Conclusions: Naltrexone 2 mg was tolerated, "
            "which will proceed to randomised testing against placebo next year.",
        ),
    ],
)
def test_the_next_randomised_step_is_not_the_design(title, abstract):
    assert facts(title, abstract, TRIAL).design == "nonrandomized_trial"


def test_a_randomised_phase_that_followed_is_the_studys_own():
    # near miss: responders went on (past) to a randomised phase of this same study
    f = facts(
        "Low-dose naltrexone in depression: open lead-in and randomised withdrawal",
        "Methods: Fifty adults with depression took naltrexone 4.5 mg open-label for eight "
        "weeks; responders then proceeded to a randomised, double-blind withdrawal phase. "
        "Results: Relapse was 20% on naltrexone and 48% on placebo (p = 0.02).",
        TRIAL,
    )
    assert f.design == "rct"

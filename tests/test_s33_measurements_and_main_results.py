"""An abstract heading "Measurements and main results" (the critical-care and anaesthesia
journals' results heading) opens the results: a threshold counted among the outcomes
there ("fewer patients had a HADS-D of 8 or more") is a finding about part of the sample,
not whom the study took in. Shown by holdout361 40600037 (a surgical population given
ultra-low-dose naltrexone, read as selected for depression). Session 33, round 87, c87a."""

import pytest
from written import RCT, facts

TITLE = "Ultra-low-dose naltrexone with opioid analgesia after hip replacement: a randomised trial"
METHODS = (
    "Design: Randomised, double-blind, placebo-controlled trial.\n"
    "Participants: Adults having elective hip arthroplasty; those with a depressive disorder "
    "were excluded.\n"
    "Interventions: Patients on fentanyl analgesia were randomised to naltrexone "
    "0.2 microg/kg/h or saline for 24 hours.\n"
)


@pytest.mark.parametrize(
    "results",
    [
        "In all, 96 patients were randomised. Opioid use fell by a fifth on naltrexone. "
        "Depression subscale scores of the HADS on day 3 were lower with naltrexone (4.8 "
        "versus 6.6; P = 0.02), and fewer patients had HADS-D of 8 or more (15% versus "
        "31%; P = 0.03).",
        "In all, 96 patients were randomised. Pain scores were similar. Scores on the HADS "
        "depression subscale at discharge were lower in the naltrexone arm (5.0 versus 6.4; "
        "P = 0.04), and fewer patients had HADS-D of 11 or more (6% versus 17%; P = 0.05).",
    ],
)
def test_threshold_in_measured_results_selects_nobody(results: str) -> None:
    f = facts(
        TITLE,
        METHODS + "Measurements and main results: " + results + "\n"
        "Conclusions: Ultra-low-dose naltrexone lowered opioid use and early depressive "
        "symptoms.",
        RCT,
    )
    assert f.on_topic
    assert not f.depression_population
    assert f.n == 96


def test_selection_under_plain_methods_still_selects() -> None:
    # near miss: the threshold is the study's own entry criterion
    f = facts(
        "Low-dose naltrexone for depression after hip replacement: a randomised trial",
        "Participants: Adults with a PHQ-9 of 10 or more six weeks after hip arthroplasty "
        "were randomised to naltrexone 4.5 mg daily or placebo.\n"
        "Measurements and main results: In all, 96 patients were randomised. PHQ-9 scores "
        "fell more on naltrexone (P = 0.03).\n"
        "Conclusions: Low-dose naltrexone lowered depressive symptoms.",
        RCT,
    )
    assert f.on_topic
    assert f.depression_population
    assert f.n == 96

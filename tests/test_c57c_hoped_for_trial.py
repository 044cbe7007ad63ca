"""Kind: a randomised trial named only as what the findings are hoped to bring about or
are said to favour ("we hope they encourage a randomised trial of LDN with SSRIs", "these
data favour 1.5-3 mg for a randomised dose comparison") is future work, not the study's
own design: an open-label pilot that says so stays a nonrandomized_trial.

Round 57, c57c; shown by holdout196 21600027 (a Letter reporting "an open-label pilot ...
we prospectively enrolled 14 consecutive outpatients") and preprints53 PPR4600004
("Stepwise dose escalation of low-dose naltrexone ...: an open-label pilot").
"""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts

LETTER = (
    "Compounded low-dose naltrexone for partial responders to escitalopram: an open-label pilot",
    "To the Editor: Many of our patients ask about low-dose naltrexone (LDN). In an open-label "
    "pilot approved by our institutional review board, we prospectively enrolled 14 "
    "consecutive outpatients with major depressive disorder and a partial response (MADRS "
    "18-30) to at least 8 weeks of escitalopram 10-20 mg. Escitalopram was continued and LDN "
    "was added as a compounded oral solution of 1 mg/mL, 4.5 mL at night, for 8 weeks. Twelve "
    "completed; mean MADRS fell from 24.1 to 14.6 and six patients responded. Vivid dreams "
    "were reported by four. These data are small and uncontrolled, but we hope they encourage "
    "a randomised trial of LDN with SSRIs.",
)
PREPRINT = (
    "Stepwise dose escalation of low-dose naltrexone for anhedonia in depressed adults on "
    "dopaminergic antidepressants: an open-label pilot",
    "The 2017 proof-of-concept trial randomised 12 patients to naltrexone 1 mg twice daily and "
    "found signals mainly in those with anhedonia; the best dose was never explored. We "
    "enrolled 24 adults with major depressive disorder and prominent anhedonia (SHAPS ≥ 5) "
    "whose depression was treated with bupropion (n = 15) or a psychostimulant (n = 9). "
    "Naltrexone was given once nightly in an escalating sequence of 0.5 mg, 1.5 mg, 3 mg and "
    "4.5 mg, two weeks per step. SHAPS improved from step 2 onward, with no further gain above "
    "3 mg. These data favour 1.5–3 mg for a randomised dose comparison.",
)

OPEN = (
    "Thirty adults with major depressive disorder on sertraline received open-label "
    "naltrexone 3 mg nightly for 8 weeks. MADRS scores fell from 26 to 17."
)
HOPED = [
    "We hope these results encourage a double-blind, randomised trial of naltrexone.",
    "Our findings may prompt a larger placebo-controlled randomized study.",
    "Such data could pave the way for a randomised comparison of 1.5 and 4.5 mg.",
    "The responses favour 3 mg for a future randomised trial.",
    "These results point to a randomized controlled trial in SSRI users.",
]


@pytest.mark.parametrize(("record", "types"), [(LETTER, ("Letter",)), (PREPRINT, ("Preprint",))])
def test_the_records_are_nonrandomized_trials(record: tuple[str, str], types: tuple[str]) -> None:
    assert facts(*record, types).design == "nonrandomized_trial"


@pytest.mark.parametrize("sentence", HOPED)
@pytest.mark.parametrize("place", ["end", "Conclusions", "Results", "first"])
def test_a_hoped_for_randomised_trial_is_not_the_design(sentence: str, place: str) -> None:
    if place == "end":
        abstract = OPEN + " " + sentence
    elif place == "first":
        abstract = sentence + " " + OPEN
    else:
        methods, results = OPEN.split(". ", 1)
        parts = {"Methods": methods + ".", "Results": results, "Conclusions": "LDN was tolerated."}
        parts[place] += " " + sentence
        abstract = "\n".join(f"{k}: {v}" for k, v in parts.items())
    f = facts("Low-dose naltrexone added to sertraline: an open-label study", abstract, TRIAL)
    assert f.design == "nonrandomized_trial"


def test_an_own_randomised_trial_keeps_its_design() -> None:
    # near miss: the study randomised its own people, and still hopes for more
    f = facts(
        "Low-dose naltrexone added to sertraline",
        "Sixty adults with major depressive disorder on sertraline were randomised to "
        "naltrexone 3 mg or placebo. MADRS fell more with naltrexone. We hope these results "
        "encourage a larger randomised trial.",
        RCT,
    )
    assert f.design == "rct"

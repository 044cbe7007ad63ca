"""Kind: the study's own comparison names an earlier regimen by reference ("The 2017 pilot
used naltrexone 1 mg twice daily ... We compared that regimen with 4.5 mg once nightly"):
the regimen is one of this study's arms, though first told in a background sentence, and
the dose on the other side of the comparison (no drug named) is the watched drug's. Both
doses are listed and compared (CONTRACT.md: the dose of each arm; two or more LDN doses
compared). Background doses the study does not take up stay out.

Round 50, c50a. Shown by preprints47 PPR5200026 ("Twice-daily versus once-nightly low-dose
naltrexone in bupropion-treated depression: a randomised, double-blind crossover trial":
doses [2, 4.5] expected, [] read, a missed dose-finding "addressed").
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Two low-dose naltrexone regimens in major depressive disorder: a randomised trial"
RESULTS = "MADRS improvement did not differ between regimens (difference 0.7, 95% CI -1.9 to 3.3)."


TAKEN_UP = [
    # the record's wording
    (
        "Twice-daily versus once-nightly low-dose naltrexone in bupropion-treated depression: "
        "a randomised, double-blind crossover trial",
        "The 2017 pilot used naltrexone 1 mg twice daily with dopaminergic antidepressants. We "
        "compared that regimen with 4.5 mg once nightly in 30 adults with major depressive "
        "disorder and inadequate response to bupropion XL 300-450 mg. Each participant "
        "received both regimens for 4 weeks in random order, separated by a one-week washout, "
        "yielding 60 treatment periods. " + RESULTS,
        [2.0, 4.5],
    ),
    # probes: other doses, other words for the reference and for the study
    (
        TITLE,
        "Our earlier open study gave naltrexone 4.5 mg nightly to patients on SSRIs. In this "
        "trial we compared that dose with 1.5 mg nightly in 48 adults with major depressive "
        "disorder. " + RESULTS,
        [1.5, 4.5],
    ),
    (
        TITLE,
        "A previous trial used naltrexone 3 mg at bedtime. This randomised trial tested the "
        "same regimen against 1 mg at bedtime in 40 outpatients with major depression. " + RESULTS,
        [1.0, 3.0],
    ),
    (
        TITLE,
        "The pilot gave naltrexone 0.5 mg twice daily. Here we compared the pilot's schedule "
        "with 2 mg once daily in 36 adults with treatment-resistant depression. " + RESULTS,
        [1.0, 2.0],
    ),
]


@pytest.mark.parametrize(("title", "abstract", "doses"), TAKEN_UP)
def test_an_earlier_regimen_taken_up_is_an_arm(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, ("Preprint",))
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


def test_the_record_addresses_dose_finding() -> None:
    title, abstract, _ = TAKEN_UP[0]
    assert gaps(title, abstract, RCT).get("dose-finding") == "addressed"


NOT_TAKEN_UP = [
    # the earlier regimen only told, the study's own arms given in full
    (
        "The 2017 pilot used naltrexone 1 mg twice daily. We randomised 40 adults with major "
        "depressive disorder to naltrexone 4.5 mg nightly or placebo. " + RESULTS,
        [4.5],
    ),
    # taken up, but compared with placebo: one dose, no comparison of doses
    (
        "The pilot used naltrexone 1 mg twice daily. We compared that regimen with placebo in "
        "40 adults with major depressive disorder. " + RESULTS,
        [2.0],
    ),
    # taken up, but compared with a standard dose: one low dose against another band
    (
        "Earlier work used naltrexone 4.5 mg nightly. We compared that regimen with naltrexone "
        "50 mg daily in 40 adults with major depressive disorder. " + RESULTS,
        [4.5],
    ),
    # the reference only in a call for future work
    (
        "Background: The 2017 pilot used naltrexone 1 mg twice daily. Future trials should "
        "compare that regimen with 3 mg nightly.\nMethods: Sixty adults with major depressive "
        "disorder received naltrexone 4.5 mg nightly for 8 weeks.\nResults: " + RESULTS,
        [4.5],
    ),
]


@pytest.mark.parametrize(("abstract", "doses"), NOT_TAKEN_UP)
def test_background_doses_not_taken_up_stay_out(abstract: str, doses: list[float]) -> None:
    f = facts(TITLE, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses

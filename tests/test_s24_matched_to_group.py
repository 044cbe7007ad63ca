"""A cohort's comparison group named only by the matching that drew it ("... and matched them
1:4 to 9,272 SSRI users who did not"): its people are controls of the study, counted beside
the exposed ones, so n is both sides' sum, never the comparison group alone. Shown by
holdout204 22800008 (2,318 LDN starters matched to 9,272 SSRI users read as n 9,272).
Session 24, round 66, c66a."""

import pytest
from written import facts

OBS = ("Journal Article", "Observational Study")
TITLE = "Low-dose naltrexone with antidepressants in routine care: a matched cohort study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "From regional prescribing data we found 1,500 adults with depression who began "
            "low-dose naltrexone alongside an SNRI and matched them 1:3 to 4,500 SNRI users "
            "who never received it.",
            6000,
        ),
        (
            "Insurance claims yielded 820 patients with major depression starting naltrexone "
            "4.5 mg together with an SSRI, each matched with 1,640 patients on an SSRI alone.",
            2460,
        ),
        (
            "Hospital records identified 640 women with postnatal depression who took LDN "
            "3 mg daily with sertraline; they were propensity-matched to 1,280 women taking "
            "sertraline without it.",
            1920,
        ),
    ],
)
def test_matched_to_group_counts_beside_the_exposed(methods: str, n: int) -> None:
    f = facts(
        TITLE,
        f"Methods: {methods}\nResults: Switching of antidepressant was less frequent with "
        "LDN (hazard ratio 0.8).",
        OBS,
    )
    assert f.n == n


def test_comparators_named_as_such_still_summed() -> None:
    """Near miss: a comparison group its own noun already names keeps today's sum."""
    f = facts(
        TITLE,
        "Methods: We identified 1,200 LDN users with depression taking an SSRI and 1,200 "
        "matched non-users.\nResults: Switching was less frequent with LDN.",
        OBS,
    )
    assert f.n == 2400


def test_randomised_trial_keeps_its_randomised_count() -> None:
    """Near miss: a trial whose arms were matched for age keeps its randomised count."""
    f = facts(
        "Low-dose naltrexone for depression: a randomised trial",
        "Methods: We randomised 64 adults with major depression to naltrexone 1.5 mg or "
        "placebo for 8 weeks; the arms were matched with respect to age.\nResults: MADRS "
        "fell more with naltrexone (p = 0.02).",
        ("Journal Article", "Randomized Controlled Trial"),
    )
    assert f.n == 64

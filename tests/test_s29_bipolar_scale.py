""" "Bipolar" that describes a rating scale (a bipolar visual analogue scale, a bipolar
100-mm VAS anchored at both ends, a bipolar Likert rating) names the scale's shape, not
bipolar disorder: it is no mood outcome, and a drug-liking or abuse-potential study that
rates on such a scale is not about mood for it. Shown by holdout296 33000011 (an oxycodone
formulation with ultra-low-dose naltrexone, "Drug Liking on a bipolar 100-mm visual
analogue scale"). Session 29, round 77, c77d."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Forty recreational opioid users received morphine 30 mg alone or with "
        "naltrexone 1 microgram in a crossover.\nResults: Peak drug liking on a bipolar "
        "100-mm visual analogue scale was 80 vs 79.",
        "Methods: Thirty-six adults took hydrocodone with or without naltrexone 6 micrograms "
        "in random order. Liking was rated on a bipolar VAS.\nResults: Liking did not "
        "differ between sessions.",
        "Methods: Healthy opioid-experienced adults received oxycodone and oxycodone plus "
        "naltrexone 0.01 mg in two sessions.\nResults: Take Drug Again, rated on a bipolar "
        "(0-100) scale, did not differ.",
    ],
)
def test_bipolar_rating_scale_is_no_mood_outcome(abstract: str) -> None:
    f = facts("Abuse potential of an opioid with ultra-low-dose naltrexone", abstract, RCT)
    assert f.on_topic is False


def test_bipolar_depression_stays_on_topic() -> None:
    """Near miss: bipolar depression is the condition, scale or not."""
    f = facts(
        "Low-dose naltrexone added to lamotrigine in bipolar depression: a pilot trial",
        "Methods: Thirty adults with bipolar depression were randomised to naltrexone 4.5 mg "
        "or placebo added to lamotrigine for 8 weeks.\nResults: MADRS scores fell more with "
        "naltrexone.",
        RCT,
    )
    assert f.on_topic is True

"""A low dose given only to start people on the depot or standard dose ("low-dose oral
naltrexone (as little as 1 mg) was used during rapid induction ... to precipitate
withdrawal", a challenge or test dose before the first injection) is a step onto that
regimen, not the low dose as a treatment (CONTRACT.md: standard-dose naltrexone is not
LDN). Round 43, c43a; shown by holdout141 15500020, "Depressive symptoms during induction
onto extended-release naltrexone versus buprenorphine for opioid use disorder" (false
on-topic)."""

from __future__ import annotations

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Depressive symptoms during induction onto extended-release naltrexone versus "
            "buprenorphine for opioid use disorder",
            "Secondary analysis of a randomized comparative effectiveness trial of "
            "extended-release injectable naltrexone (XR-NTX, 380 mg monthly) versus sublingual "
            "buprenorphine-naloxone. Depressive symptoms (HAM-D) were assessed at baseline and "
            "weekly. Among 570 randomized participants, depressive symptoms fell in both arms "
            "after induction, with no between-arm difference at 24 weeks. Low-dose oral "
            "naltrexone (as little as 1 mg) was used during rapid induction in a subset of "
            "participants to precipitate withdrawal under supervision.",
        ),
        # probes: other wordings of the step, other standard regimens
        (
            "Mood after starting injectable naltrexone in alcohol use disorder",
            "Adults with alcohol use disorder (n = 210) received naltrexone 380 mg "
            "intramuscular injection every 4 weeks; BDI-II was measured monthly. A 0.5 mg "
            "oral test dose of naltrexone was given before the first injection. BDI-II fell "
            "by 6 points.",
        ),
        (
            "Depression scores during oral naltrexone treatment of opioid dependence",
            "We followed 140 patients treated with naltrexone 50 mg daily. Very low doses of "
            "naltrexone (0.25 mg to 2 mg) were given over three days to precipitate mild "
            "withdrawal before the full dose. HAM-D scores fell over 12 weeks.",
        ),
    ],
)
def test_a_low_dose_given_to_start_another_regimen_is_not_ldn(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: LDN as an arm after an induction, or with no other regimen at all
        "After XR-NTX induction, 90 adults with major depression were randomised to "
        "naltrexone 4.5 mg daily or placebo; MADRS fell by 8 vs 4 points.",
        "Eighty adults with major depression received low-dose naltrexone 4.5 mg nightly in "
        "the induction phase of a 12-week open-label trial; MADRS fell by 8 points.",
    ],
)
def test_ldn_named_beside_an_induction_stays(abstract: str) -> None:
    f = facts("Low-dose naltrexone in major depression", abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]

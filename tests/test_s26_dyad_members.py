"""Pairs counted twice: a trial that enrols patient-caregiver dyads (or couples, pairs)
and also gives the number of people in them ("40 dyads ... 80 people in all") treats one
member of each pair; n is the patients, one per pair, not every consenting person.
Shown by holdout260 29000007 (44 patient-caregiver dyads, "88 participants in all",
read as n 88 and a false larger-trials). Session 26, round 71, c71b."""

import pytest
from written import RCT, TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "n"),
    [
        (
            "Naltrexone 3 mg or placebo with escitalopram in older depressed adults and "
            "their carers",
            "Methods: We randomised 36 dyads, each an older person with major depression on "
            "escitalopram and the spouse caring for them (72 people altogether), to "
            "naltrexone 3 mg nightly or placebo for 10 weeks. Spouses took no study drug.\n"
            "Results: Depression scores fell more with naltrexone.",
            RCT,
            36,
        ),
        (
            "Low-dose naltrexone for postnatal depression: a pilot in mother-partner pairs",
            "Methods: Mothers with postnatal depression taking sertraline were enrolled with "
            "their partners; 25 pairs (50 participants) took part. Mothers received "
            "naltrexone 1.5 mg daily.\n"
            "Results: EPDS scores improved over 8 weeks.",
            TRIAL,
            25,
        ),
        (
            "Low-dose naltrexone added to an SSRI in depressed patients and informants",
            "Methods: A double-blind trial enrolled 48 patient-informant couples, 96 "
            "individuals in total; patients on an SSRI were randomised to LDN 4.5 mg or "
            "placebo and informants rated mood.\n"
            "Results: Informant-rated mood improved with LDN.",
            RCT,
            48,
        ),
    ],
)
def test_people_of_the_pairs_are_not_the_sample(title, abstract, types, n) -> None:
    f = facts(title, abstract, types)
    assert f.n == n


def test_people_count_not_twice_the_pairs_is_kept() -> None:
    """Near miss: the people are not the pairs' members (more than two per pair is not
    said): the larger count of people stays the sample, as today."""
    f = facts(
        "Low-dose naltrexone with sertraline in depression",
        "Methods: We randomised 70 participants on sertraline to LDN 4.5 mg or placebo; "
        "30 couples took part together.\n"
        "Results: MADRS fell more with LDN.",
        RCT,
    )
    assert f.n == 70


def test_matched_pairs_are_all_the_sample() -> None:
    """Near miss: pairs matched for comparison (preprints26 PPR7300020, in other words)
    hold two of the sample's people each: the people's count stays the sample."""
    f = facts(
        "Low-dose naltrexone and relapse in depression: a matched cohort study",
        "Methods: Adults with depression on an SSRI who started naltrexone 1.5-4.5 mg were "
        "matched 1:1 on age, sex and severity to non-users; 612 pairs (1,224 patients) "
        "were followed for a year.\nResults: Relapse was less frequent among LDN users.",
        ("Journal Article", "Observational Study"),
    )
    assert f.n == 1224

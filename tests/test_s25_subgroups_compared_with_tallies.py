"""Subgroups of people sorted by the antidepressant they keep taking, compared with their
tallies ("better among those on SNRIs (3/6) than on bupropion (1/4)"): the drug after
"than" is another subgroup's background drug, not a comparator arm. Shown by holdout234
26200005 (an open-label augmentation series lost bupropion's class). Session 25, round 67,
c67d."""

import pytest
from written import TRIAL, facts

TITLE = "Naltrexone 4.5 mg added to ongoing antidepressants in resistant depression: an open series"
METHODS = (
    "Thirty adults with resistant depression took naltrexone 4.5 mg nightly alongside the "
    "antidepressant they were already on: an SSRI in fourteen, an SNRI in nine and "
    "bupropion in seven."
)


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "Remission was commoner in people on SSRIs (5/14) than on bupropion (1/7).",
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        (
            "Responders were more frequent among those taking an SNRI (n = 4) than among "
            "those taking bupropion (n = 1).",
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
        (
            "MADRS fell further with SNRIs (40%) than with bupropion (14%).",
            ["serotonergic", "noradrenergic", "dopaminergic"],
        ),
    ],
)
def test_subgroup_tallies_keep_both_drugs(result: str, expected: list[str]) -> None:
    f = facts(TITLE, f"{METHODS}\n{result}", TRIAL)
    assert sorted(f.concomitant_classes) == sorted(expected)


def test_an_arm_compared_with_the_watched_drug_stays_a_comparator() -> None:
    # near miss: the watched drug is in the sentence, bupropion is the other arm
    f = facts(
        "Naltrexone 4.5 mg versus bupropion in depression: a randomised trial",
        "Forty adults were randomised to naltrexone 4.5 mg or bupropion 300 mg.\n"
        "Response was higher with naltrexone (12/20) than with bupropion (7/20).",
        ("Randomized Controlled Trial",),
    )
    assert f.concomitant_classes == []

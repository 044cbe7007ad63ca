"""The words for people taking no antidepressant said of a share counted in words ("seven
were unmedicated", "nine were antidepressant-free") are a part of the sample, as a share
counted in digits is: the rest kept their antidepressant alongside LDN. Shown by
preprints61 PPR3800013 (an open pilot where most women continued sertraline, read as
"participants free of antidepressants"). Session 25, round 69, c69b."""

import pytest
from written import TRIAL, facts, gaps


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Twenty adults with major depressive disorder received naltrexone 4.5 mg "
        "nightly for 8 weeks. Twelve continued their escitalopram unchanged; eight were "
        "unmedicated. Results: MADRS fell from 28 to 17.",
        "Methods: Sixteen outpatients with MDD took low-dose naltrexone 3 mg at bedtime. "
        "Nine were antidepressant-free and the others kept taking sertraline 50-100 mg. "
        "Results: HAM-D17 fell by 8 points.",
        "Methods: We gave LDN 2 mg daily to 22 patients with treatment-resistant "
        "depression; fifteen stayed on their fluoxetine, and seven were drug-naive. "
        "Results: Response was seen in 9 of 22.",
    ],
)
def test_free_share_in_words_keeps_the_others_comedication(abstract: str) -> None:
    title = "Low-dose naltrexone in depression: an open-label pilot"
    f = facts(title, abstract, TRIAL)
    assert f.concomitant_classes == ["serotonergic"]
    assert gaps(title, abstract, TRIAL).get("serotonergic-combination") == "addressed"


def test_whole_sample_free_stays_free() -> None:
    """Near miss: all of the sample free of antidepressants, counted in words."""
    title = "Low-dose naltrexone in depression: an open-label pilot"
    abstract = (
        "Methods: All twenty were antidepressant-free adults with major depressive "
        "disorder; they received naltrexone 4.5 mg nightly. Sertraline was never "
        "started. Results: MADRS fell from 28 to 17."
    )
    assert "serotonergic-combination" not in gaps(title, abstract, TRIAL)

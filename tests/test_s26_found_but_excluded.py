"""A synthesis that names the drug only as a study it found and then left out ("one X
trial was identified but excluded", "two X studies were screened and excluded"): X is
not in what it pooled. Shown by holdout252 28500024 (a network meta-analysis of
augmentation read as on-topic). Session 26, round 70, c70a."""

import pytest
from written import META, facts

TITLE = "Add-on drugs for depression after a failed SSRI: a network meta-analysis"


@pytest.mark.parametrize(
    "aside",
    [
        "One low-dose naltrexone trial (n=14) was identified but excluded for its open design.",
        "Two low-dose naltrexone studies were screened and excluded as uncontrolled.",
        "A single low-dose naltrexone pilot was found then excluded because it lacked placebo.",
    ],
)
def test_found_then_excluded_is_left_out(aside: str) -> None:
    f = facts(
        TITLE,
        "We searched MEDLINE and Embase for randomised trials of add-on drugs in adults "
        f"with major depressive disorder. {aside} Ninety trials were pooled; aripiprazole "
        "and lithium improved depression scores.",
        META,
    )
    assert not f.on_topic


def test_included_trial_stays() -> None:
    """Near miss: the synthesis pooled a trial of the drug."""
    f = facts(
        TITLE,
        "We searched MEDLINE and Embase for randomised trials of add-on drugs in adults with "
        "major depressive disorder. Ninety trials were pooled, one of low-dose naltrexone "
        "4.5 mg; naltrexone and lithium improved depression scores.",
        META,
    )
    assert f.on_topic

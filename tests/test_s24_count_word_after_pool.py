"""A count written in words right after a pool the sentence opens with ("Of 73 people
screened, forty-eight adults ... were randomized") is the study's own count: the number word
starts a new phrase, it is no word describing the pool's people. Shown by holdout172
18900026 (n read as none: "73 people screened, forty-eight adults" taken as one count).
Session 24, round 66, c66a."""

import pytest
from written import facts

RCT = ("Journal Article", "Randomized Controlled Trial")
TITLE = "Low-dose naltrexone added to an SSRI in older adults with depression: a pilot trial"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Of 95 people assessed, thirty-two adults aged 65 or over with major depression "
            "were randomized to naltrexone 1 mg or placebo for 6 weeks.",
            32,
        ),
        (
            "Among 140 patients screened, fifty-six outpatients taking escitalopram were "
            "randomly assigned to naltrexone 4.5 mg or placebo.",
            56,
        ),
        (
            "Of 120 women screened, forty women with postnatal depression taking sertraline "
            "were randomized to naltrexone 2 mg daily or placebo.",
            40,
        ),
    ],
)
def test_word_count_after_the_pool_is_the_sample(sentence: str, n: int) -> None:
    f = facts(TITLE, f"Methods: {sentence}\nResults: MADRS fell more with naltrexone.", RCT)
    assert f.n == n


def test_digit_count_after_the_pool_keeps_its_answer() -> None:
    """Near miss: the same sentence with the count in digits already reads right."""
    f = facts(
        TITLE,
        "Methods: Of 95 people assessed, 32 adults aged 65 or over with major depression were "
        "randomized to naltrexone 1 mg or placebo for 6 weeks.\nResults: MADRS fell more.",
        RCT,
    )
    assert f.n == 32


def test_number_word_after_the_noun_is_no_count() -> None:
    """Near miss: a number word after the people's noun ("48 adults, nine of them men") does
    not start another sample."""
    f = facts(
        TITLE,
        "Methods: Forty-eight adults, nine of them men, were randomized to naltrexone 1 mg or "
        "placebo.\nResults: MADRS fell more with naltrexone.",
        RCT,
    )
    assert f.n == 48

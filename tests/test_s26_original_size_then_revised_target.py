"""Kind: a protocol update naming its original size as a noun phrase ("The original sample
size of 240 assumed ...") and its new one as a revised target ("approved a revised target
of 330 participants"): the original size is a replaced plan, the revised target the n.
Shown by holdout254 28300001 (n 240 for 330). Near miss keeps today's answer: an original
protocol named beside a size that is still the plan. Session 26, round 70, c70c."""

import pytest
from written import PROTOCOL, facts

TITLE = "Low-dose naltrexone added to SSRIs in primary care: update to the trial protocol"
HEAD = (
    "Methods: Adults on an SSRI are allocated 1:1 to naltrexone 4.5 mg at night or placebo "
    "for 12 weeks. "
)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "The original sample size of 180 assumed a standard deviation of 6 points. After "
            "a blinded review, the steering committee agreed a new target of 220 participants "
            "(110 per arm).",
            220,
        ),
        (
            "The initial sample size of 96 was based on pilot data; the data monitoring "
            "committee endorsed an updated target of 128 participants.",
            128,
        ),
        (
            "Our original target of 150 patients was too small: with the observed variance, "
            "the committee set a revised target of 204.",
            204,
        ),
    ],
)
def test_revised_target_replaces_original_size(text: str, n: int) -> None:
    assert facts(TITLE, HEAD + text, PROTOCOL).n == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # the original protocol named, its size still the plan
        (
            "The original protocol was published in 2021. A sample size of 240 participants "
            "gives 90% power to detect a 2-point difference.",
            240,
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, n: int) -> None:
    assert facts(TITLE, HEAD + text, PROTOCOL).n == n

"""Round 31 (c): n and doses from batch 20 (holdout89-90, preprints24), each kind said in
words of our own as well as the record's."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

# -- an amended protocol's current arms, after an unknown inline heading (holdout89)

AMENDED = "Low-dose naltrexone in treatment-resistant depression: protocol amendment"
STUDY = (
    "Background: LOWER-D is a placebo-controlled dose-ranging trial of low-dose naltrexone "
    "in adults with treatment-resistant depression. "
)


@pytest.mark.parametrize(
    ("rest", "doses"),
    [
        # the record's kind: "Amendment:" inline, an arm dropped and one added
        (
            "Amendment: After a blinded interim review, the 0.5 mg arm was discontinued and a "
            "3 mg arm added. Participants are now randomised 1:1:1:1 to naltrexone 1.5 mg, "
            "3 mg or 4.5 mg daily, or placebo.",
            [1.5, 3.0, 4.5],
        ),
        # another heading, another wording
        (
            "Protocol changes: The 1 mg group was dropped for slow recruitment. From March "
            "2026 participants are allocated to naltrexone 2 mg or 4.5 mg nightly or to "
            "placebo.",
            [2.0, 4.5],
        ),
        (
            "Update: Enrolment to the 6 mg arm has been halted. New participants receive "
            "naltrexone 1 mg or 3 mg once daily, or a matching placebo.",
            [1.0, 3.0],
        ),
    ],
)
def test_an_unknown_inline_heading_ends_the_background(rest: str, doses: list[float]) -> None:
    assert facts(AMENDED, STUDY + rest, PROTOCOL).ldn_doses_mg == doses


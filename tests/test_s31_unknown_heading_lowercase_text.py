"""An unknown inline heading whose text opens in lower case ("Changes: at the sponsor's
request, a second dose arm was added. Participants will now be randomised to ...") ends
the known section before it, as one whose text opens with a capital does: the amended
arms after it are the protocol's own, not background. Shown by preprints73 PPR2400016
(an amended protocol whose two dose arms, told after "Changes:", were read as background,
so no dose and no dose-finding gap). Session 31, round 80, c80b."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts

TITLE = "Low-dose naltrexone added to antidepressants in older adults: amended trial protocol"
OPENING = (
    "Background: SILVER tests low-dose naltrexone as augmentation in late-life depression. "
    "This is version 3 of the protocol. "
)


@pytest.mark.parametrize(
    ("rest", "doses"),
    [
        (
            "Changes: at the sponsor's request, a second dose arm was added. Adults aged 65 or "
            "older will now be randomised 1:1:1 to naltrexone 2 mg, naltrexone 4 mg or placebo "
            "nightly for ten weeks.",
            [2.0, 4.0],
        ),
        (
            "Amendments: because older people clear the drug slowly, the dose was lowered. "
            "Participants will be allocated to naltrexone 1 mg or placebo each evening.",
            [1.0],
        ),
        (
            "Protocol update: following the ethics review, a lower arm was introduced. Patients "
            "are randomised to LDN 1.5 mg, LDN 3 mg or placebo at night for 12 weeks.",
            [1.5, 3.0],
        ),
    ],
)
def test_an_unknown_heading_in_lower_case_ends_the_background(rest: str, doses: list[float]):
    assert facts(TITLE, OPENING + rest, PROTOCOL).ldn_doses_mg == doses


def test_a_sentence_with_a_colon_inside_the_background_stays_background():
    # near miss: a clause ending in a colon mid-sentence is no heading; the cited trial's
    # dose stays background
    f = facts(
        "Low-dose naltrexone in depression: protocol of a randomised trial",
        "Background: An earlier pilot gave naltrexone 4.5 mg to twelve adults; the result: "
        "remission in five. Methods: Participants will be randomised to naltrexone 2 mg or "
        "placebo nightly.",
        PROTOCOL,
    )
    assert f.ldn_doses_mg == [2.0]

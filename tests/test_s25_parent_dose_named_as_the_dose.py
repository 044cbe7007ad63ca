"""Kind: an extension or a later phase recalling what people had taken in the parent
trial, where the old dose is named as "the X-mg dose" or "the X mg arm", or after
placebo ("those previously on placebo or the 1-mg dose were moved to 4 mg"): the parent's
dose is no dose of this report, only the one everyone now takes. Shown by holdout239
26700035 (doses [1.5, 4.5] for [4.5]). A dose taken now, said with "the X-mg dose" and no
past allocation, keeps today's answer. Session 25, round 68, c68c."""

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone in major depression: an open-label extension"
OFFER = "Completers were offered naltrexone 4 mg nightly for 24 weeks with their SSRI."


@pytest.mark.parametrize(
    "text",
    [
        "Those previously on placebo or the 1-mg dose were moved to 4 mg.",
        "Participants formerly on the 2 mg arm had their dose raised to 4 mg at entry.",
        "Everyone earlier given placebo or the 0.5-mg dose started 4 mg at once.",
    ],
)
def test_parent_dose_is_not_this_reports(text: str) -> None:
    assert facts(TITLE, f"Methods: {OFFER} {text}", TRIAL).ldn_doses_mg == [4.0]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # the old dose without "the ... dose": today's answer already
        (f"{OFFER} Those previously on 1 mg were moved to 4 mg.", [4.0]),
        # a dose taken now, named as "the 1-mg dose": it stays
        (
            "Patients were randomised to the 1-mg dose or the 4-mg dose of naltrexone "
            "nightly for 8 weeks.",
            [1.0, 4.0],
        ),
    ],
)
def test_near_misses_keep_their_answer(text: str, doses: list[float]) -> None:
    assert facts(TITLE, f"Methods: {text}", TRIAL).ldn_doses_mg == doses

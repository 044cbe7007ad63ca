"""Arms named by their dose with the schedule word written between dose and noun ("the 3 mg
and 4.5 mg once-daily arms are retained", "the 2 mg nightly group") are the trial's arms at
those doses, as "the 1 mg and 4.5 mg arms" are (CONTRACT.md: every assigned dose is listed).
Shown by holdout275 30700012 (a protocol amendment whose retained "3 mg and 4.5 mg once-daily
arms" were lost, leaving only the new 6 mg arm). Session 28, round 74, c74a."""

import pytest
from written import PROTOCOL, RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "types", "doses"),
    [
        (
            "Low-dose naltrexone at three doses in depression: protocol update",
            "Changes: The 1 mg arm has been dropped and a 6 mg arm added. The 2 mg and "
            "4.5 mg once-daily arms and the placebo arm continue unchanged.",
            PROTOCOL,
            {2.0, 4.5, 6.0},
        ),
        (
            "Two doses of low-dose naltrexone for depression: a randomised trial",
            "Methods: Adults with major depression were randomised to one of two doses or "
            "placebo.\nResults: Response was 41% in the 3 mg nightly group, 52% in the "
            "4.5 mg nightly group and 24% with placebo.",
            RCT,
            {3.0, 4.5},
        ),
        (
            "Low-dose naltrexone dose-ranging trial in depression",
            "Methods: Participants taking an SSRI were allocated to placebo or one of two "
            "naltrexone doses.\nResults: The 1.5 mg and 3 mg once-daily arms did not "
            "differ from placebo.",
            RCT,
            {1.5, 3.0},
        ),
    ],
)
def test_arms_named_by_dose_and_schedule(title: str, abstract: str, types, doses) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert set(f.ldn_doses_mg) == doses


def test_dose_named_beside_a_group_of_people_is_not_an_arm() -> None:
    # near miss: a dose told of people in a single-arm study, no arms named by it
    f = facts(
        "Open-label low-dose naltrexone in depression",
        "Methods: Twenty adults took naltrexone 4.5 mg nightly for eight weeks.\nResults: "
        "MADRS fell by 9 points in the group as a whole.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == [4.5]

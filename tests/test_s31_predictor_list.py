"""The condition named as one item of a list of candidate predictors ("Candidate predictors
were age, ..., a diagnosis of depression and ...") describes the people; it measures no
depression outcome, so a low-dose study of another condition stays off-topic. Shown by
holdout317 35600038 (a bladder-pain cohort listing a chart diagnosis of depression among
the predictors of response). Session 31, round 80, c80e."""

import pytest
from written import facts


@pytest.mark.parametrize(
    "listing",
    [
        "Candidate predictors were sex, disease duration, a recorded diagnosis of depression "
        "and opioid use.",
        "Potential predictors of response included body mass index, prior surgery, "
        "depression and smoking.",
        "Prespecified moderators were age, baseline pain, comorbid depression and sleep quality.",
    ],
)
def test_depression_listed_as_a_predictor_is_no_outcome(listing: str) -> None:
    f = facts(
        "Low-dose naltrexone for chronic pelvic pain: a retrospective review",
        "Methods: We reviewed all women with chronic pelvic pain who started naltrexone "
        f"4.5 mg nightly at our clinic. {listing} Results: Sixty-one women were included "
        "and 40% had a 30% fall in pain scores.",
    )
    assert not f.on_topic


def test_depression_measured_after_a_predictor_list_stays_on_topic() -> None:
    """Near miss: the list of predictors is followed by a depression scale measured as an
    outcome in its own sentence."""
    f = facts(
        "Low-dose naltrexone for chronic pelvic pain: a retrospective review",
        "Methods: We reviewed all women with chronic pelvic pain who started naltrexone "
        "4.5 mg nightly at our clinic. Candidate predictors were age and smoking. Results: "
        "Sixty-one women were included; pain fell by 30% and PHQ-9 depression scores fell "
        "from 12 to 8.",
    )
    assert f.on_topic

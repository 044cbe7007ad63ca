"""A mood item of a withdrawal or side-effect checklist written hyphenated, as an
adjective ("the depressed-mood item", "low-mood ratings on the withdrawal scale",
"depressed-mood scores on the checklist"), is that item as much as "depressed mood" is: not a mood outcome
in its own right. Shown by holdout325 36500032 (a smoking-cessation trial whose
withdrawal-scale item was read as a mood outcome). Session 31, round 81, c81e."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone 2 mg for weight gain after quitting smoking: a pilot RCT",
            "Methods: Sixty smokers using varenicline were randomised to naltrexone 2 mg or "
            "placebo daily; outcomes were weight and nicotine withdrawal symptoms on the "
            "Wisconsin scale. Results: Weight gain was smaller with naltrexone; low-mood "
            "ratings on the withdrawal scale did not differ.",
        ),
        (
            "Low-dose naltrexone during opioid taper: a randomised trial",
            "Methods: Seventy patients tapering opioids were randomised to naltrexone 1 mg "
            "or placebo. Opioid withdrawal was rated with the COWS. Results: COWS scores "
            "were lower with naltrexone; depressed-mood scores on the withdrawal checklist "
            "were similar.",
        ),
        (
            "Naltrexone 4.5 mg for alcohol withdrawal cravings: a pilot",
            "Methods: Fifty-two inpatients in alcohol withdrawal were randomised to "
            "naltrexone 4.5 mg or placebo. Results: Craving fell faster with naltrexone; "
            "the depressed-mood item of the withdrawal scale was unchanged.",
        ),
    ],
)
def test_hyphenated_checklist_item_is_not_a_mood_outcome(title: str, abstract: str) -> None:
    assert not facts(title, abstract, RCT).on_topic


def test_depressed_mood_measured_in_its_own_right_stays_on_topic() -> None:
    """Near miss: a mood scale measured on its own is a mood outcome."""
    f = facts(
        "Naltrexone 4.5 mg for smoking cessation: effects on weight and mood",
        "Methods: Eighty smokers were randomised to naltrexone 4.5 mg or placebo. Outcomes "
        "were weight and depressive symptoms on the BDI-II. Results: BDI-II scores fell more "
        "with naltrexone.",
        RCT,
    )
    assert f.on_topic

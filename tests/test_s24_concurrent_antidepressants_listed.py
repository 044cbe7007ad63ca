"""A sentence listing the people's concurrent antidepressants ("Concomitant antidepressants
were SSRIs (n = 12), SNRIs (n = 5) and bupropion (n = 3)") names what they already take:
the dose given next with no drug named ("Most received 4.5 mg nightly") is still the studied
drug's. Shown by holdout125 13800033 (a chart review's doses lost after such a list).
Session 24, round 65, c65c."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone added to antidepressants in depression: a chart review"


@pytest.mark.parametrize(
    ("listed", "given", "expected"),
    [
        (
            "Concomitant antidepressants were SSRIs (n = 14), SNRIs (n = 6) and bupropion (n = 4).",
            "Most patients received 4.5 mg at night; five were kept on 3 mg.",
            [3.0, 4.5],
        ),
        (
            "Concomitant antidepressants were SSRIs (n = 10) and SNRIs (n = 8).",
            "Most patients received 4.5 mg nightly; six were maintained on 2 mg for insomnia.",
            [2.0, 4.5],
        ),
        (
            "Concurrent antidepressants were sertraline (n = 9) and venlafaxine (n = 5).",
            "Patients received 1.5 mg nightly.",
            [1.5],
        ),
        (
            "Background antidepressants were escitalopram, duloxetine and mirtazapine.",
            "All patients received 4.5 mg in the evening.",
            [4.5],
        ),
    ],
)
def test_dose_after_a_list_of_background_drugs(
    listed: str, given: str, expected: list[float]
) -> None:
    f = facts(
        TITLE,
        "Methods: We reviewed records of adults with depression who were given naltrexone "
        f"for at least 8 weeks.\nResults: Thirty patients were included. {listed} {given}",
    )
    assert f.ldn_doses_mg == expected


def test_dose_of_a_drug_newly_started_stays_its_own() -> None:
    """Near miss: a drug the people were started on, then a dose: that drug's, not LDN's."""
    f = facts(
        TITLE,
        "Methods: We reviewed records of adults with depression who were given naltrexone "
        "4.5 mg for at least 8 weeks.\nResults: Thirty patients were included. Ten were also "
        "started on mirtazapine. Most patients received 15 mg at night.",
    )
    assert f.ldn_doses_mg == [4.5]

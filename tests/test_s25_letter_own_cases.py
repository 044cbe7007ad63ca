"""A letter typed "Letter" and "Comment" (it answers another article) that reports a few
patients of its own ("We describe five outpatients ... to whom we added naltrexone 3 mg")
is a case series with its own design, n, LDN doses and co-medication (CONTRACT.md: only a
letter without data of its own is `other`). Shown by holdout244 27300031 (design other, n
None, doses [] for case_report, 5, [3.0]). Session 25, round 69, c69d."""

import pytest
from written import facts

LETTER = ("Letter", "Comment")
ANSWERS = [("CommentOn", "9")]


@pytest.mark.parametrize(
    ("title", "text", "n", "doses"),
    [
        (
            "Naltrexone at low dose added to sertraline: four patients",
            "The recent trial of low-dose naltrexone left out older adults. We report four "
            "patients aged over 70 with major depression, stable on sertraline 100 mg, to "
            "whom we added naltrexone 4.5 mg at bedtime. Two of them responded by week 6.",
            4,
            [4.5],
        ),
        (
            "Low-dose naltrexone for depression on escitalopram",
            "Prompted by the report in these pages, we treated three women with "
            "depression who were taking escitalopram 20 mg with naltrexone 1.5 mg daily for "
            "10 weeks. Their HAM-D scores fell by more than half.",
            3,
            [1.5],
        ),
        (
            "Adding low-dose naltrexone to duloxetine: a short series",
            "We present six outpatients with chronic depression on duloxetine 60 mg/day; "
            "we started naltrexone 2 mg each evening. Four improved within two months.",
            6,
            [2.0],
        ),
    ],
)
def test_letter_with_its_own_few_patients_is_a_case_series(title, text, n, doses):
    f = facts(title, text, LETTER, ANSWERS)
    assert f.design == "case_report"
    assert f.n == n
    assert f.ldn_doses_mg == doses
    assert f.concomitant_classes


def test_letter_restating_the_trials_patients_stays_a_comment():
    # near miss: the patients counted are the commented trial's, told in the third person
    f = facts(
        "Low-dose naltrexone for depression: a cautionary note",
        "The authors describe five patients with depression on venlafaxine who were given "
        "naltrexone 3 mg at night. With so few patients, no conclusion about efficacy is "
        "possible.",
        LETTER,
        ANSWERS,
    )
    assert f.design == "other"
    assert f.ldn_doses_mg == []


def test_reply_by_trial_authors_stays_a_comment():
    # near miss: a reply telling its own trial again is the reply, not a new study
    f = facts(
        "Low-dose naltrexone in depression - Reply",
        "In reply: we thank the correspondents. We treated eight patients with naltrexone "
        "4.5 mg added to their SSRI, as our report states.",
        LETTER,
        ANSWERS,
    )
    assert f.design == "other"

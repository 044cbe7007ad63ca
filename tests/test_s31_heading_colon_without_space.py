"""A conference abstract run together in one paragraph whose headings have no space after
the colon ("...in bipolar depression. Methods:24 outpatients ...", "Results:20/24
completed"): the headings still open their sections, so the methods are the study's own and
not background. Shown by holdout333 37400018 (a poster abstract whose n was lost as
background). Session 31, round 82, c82c."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("abstract", "n"),
    [
        (
            "Background:Opioid blockade may lift mood;no trial has tested it in bipolar "
            "depression. Methods:24 adults with bipolar depression (MADRS≥22) on a mood "
            "stabiliser took naltrexone 4.5mg at night,open-label,for 6 wks. Results:20/24 "
            "completed.MADRS fell from 30.1 to 19.4 (p<.01). Conclusion:A controlled trial "
            "is warranted.",
            24,
        ),
        (
            "Objective:To test LDN add-on in unipolar depression. Methods:Thirty outpatients "
            "with major depression on an SSRI received naltrexone 1.5mg daily for 10 weeks. "
            "Results:MADRS improved (p=.002);9 responded. Conclusions:LDN was well tolerated.",
            30,
        ),
        (
            "Introduction:Data are scarce. Method:15 patients with treatment-resistant "
            "depression added naltrexone 3mg nightly to their antidepressant for 8 weeks. "
            "Results:12 completed;HAMD fell by 9 points. Conclusion:Promising.",
            15,
        ),
    ],
)
def test_heading_glued_to_its_text(abstract: str, n: int) -> None:
    f = facts("Low-dose naltrexone add-on in depression: preliminary results", abstract, TRIAL)
    assert f.on_topic
    assert f.n == n


def test_label_with_value_inside_a_sentence_stays_text() -> None:
    # near miss: a colon inside a sentence, no sentence ending before the label word
    f = facts(
        "Low-dose naltrexone add-on in depression: preliminary results",
        "Methods: Forty adults with major depression on sertraline took naltrexone 4.5 mg "
        "nightly for 8 weeks. Results: 36 completed; MADRS fell from 29 to 18.",
        TRIAL,
    )
    assert f.n == 40

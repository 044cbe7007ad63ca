"""A study of another condition (non-suicidal self-injury, an eating disorder, tics) whose
people are tallied for their comorbidities after a colon ("Comorbidity was common: 9 met
criteria for a depressive disorder"): the count describes the people, it measures no mood,
and "non-suicidal" self-injury is no suicidality outcome. Shown by holdout293 32700001
(low-dose naltrexone for self-injury in adolescents). Session 29, round 77, c77d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Low-dose naltrexone for non-suicidal self-injury in young adults: an open pilot",
            "Methods: Eighteen students with repeated non-suicidal self-injury took naltrexone "
            "4.5 mg nightly for 10 weeks. The outcome was weekly self-injury episodes.\n"
            "Results: Comorbidity was frequent: 7 met criteria for a depressive disorder and "
            "five for PTSD. Episodes fell from 9 to 3 a month.",
        ),
        (
            "Low-dose naltrexone for binge eating: an open-label study",
            "Methods: Twenty-five adults with binge-eating disorder took naltrexone 3 mg daily "
            "for 12 weeks; binge days per week were counted.\nResults: Comorbid diagnoses: 6 "
            "had major depression and 4 had ADHD. Binge days fell from 4.1 to 1.9 a week.",
        ),
        (
            "Low-dose naltrexone in Tourette syndrome: a case series",
            "Methods: Twelve children with Tourette syndrome took naltrexone 1.5 mg daily; tic "
            "severity was rated monthly.\nResults: Comorbidities were common: 5 met criteria "
            "for ADHD, and 3 had a depressive episode. Tic scores fell by 30%.",
        ),
    ],
)
def test_comorbidity_tally_is_no_mood_outcome(title: str, abstract: str) -> None:
    assert facts(title, abstract, TRIAL).on_topic is False


def test_depression_measured_after_tally_stays_on_topic() -> None:
    """Near miss: the tally is there, but depression is also rated as an outcome."""
    f = facts(
        "Low-dose naltrexone for non-suicidal self-injury in young adults: an open pilot",
        "Methods: Eighteen students with repeated self-injury took naltrexone 4.5 mg nightly "
        "for 10 weeks. Outcomes were self-injury episodes and depressive symptoms (PHQ-9).\n"
        "Results: Comorbidity was frequent: 7 met criteria for a depressive disorder. PHQ-9 "
        "scores fell from 15 to 9.",
        TRIAL,
    )
    assert f.on_topic is True

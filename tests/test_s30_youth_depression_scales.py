"""A threshold on a depression scale made for children or adolescents (the adolescent
PHQ, "PHQ-A"; the Children's Depression Rating Scale-Revised; the Children's Depression
Inventory) selects depressed young people as a threshold on an adult scale does: only the
adult scales were known, so such a trial was read as not selected for depression. Shown
by holdout298 33300034 (an open-label LDN trial in adolescents with pain who had to score
10 or more on the PHQ-A). Session 30, round 78, c78d."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at a low dose for teenagers with headache and low mood: a pilot",
            "Methods: Teenagers aged 13-18 years with chronic daily headache and a PHQ-A "
            "score of 11 or more were enrolled and took naltrexone 3 mg at night for 10 "
            "weeks. Results: Twenty-two teenagers were enrolled; 14 were taking fluoxetine. "
            "PHQ-A scores fell by 5 points.",
        ),
        (
            "Open-label low-dose naltrexone in young people with irritable bowel syndrome",
            "Methods: Young people aged 10-17 with irritable bowel syndrome and a Children's "
            "Depression Rating Scale-Revised (CDRS-R) score of 40 or more received naltrexone "
            "2 mg daily for 8 weeks. Results: Sixteen young people took part; nine were on "
            "sertraline. CDRS-R scores fell from 52 to 41.",
        ),
        (
            "Low-dose naltrexone for adolescents with juvenile arthritis and low mood",
            "Methods: Adolescents with juvenile idiopathic arthritis and a Patient Health "
            "Questionnaire modified for Adolescents score of 10 or more were offered "
            "naltrexone 4.5 mg nightly for 12 weeks. Results: Twenty adolescents entered; "
            "twelve took an SSRI (escitalopram). Scores fell by 4 points.",
        ),
    ],
)
def test_youth_scale_threshold_selects(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.depression_population


def test_youth_scale_as_outcome_only_selects_nobody() -> None:
    # near miss: the scale only measured, no threshold for entry
    f = facts(
        "Low-dose naltrexone for teenagers with chronic headache: an open-label pilot",
        "Methods: Teenagers aged 13-18 years with chronic daily headache took naltrexone "
        "3 mg at night for 10 weeks; the PHQ-A was a secondary outcome. Results: Twenty-two "
        "teenagers were enrolled; 14 were taking fluoxetine.",
        TRIAL,
    )
    assert not f.depression_population

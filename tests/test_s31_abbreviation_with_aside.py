"""An abbreviation defined for the condition with an aside after it inside the same
brackets ("persistent depressive disorder (PDD, formerly dysthymia)", "(TRD; see
Methods)") is still the condition's abbreviation: a specifier written after it ("PDD
(with or without superimposed major depressive episodes)") qualifies the diagnosis
everyone was taken in with, not a mix of people with and without it. Shown by holdout323
36300022 (an open-label PDD trial read as not selected for depression, so its gaps were
missed). Session 31, round 81, c81e."""

import pytest
from written import TRIAL, facts


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Naltrexone at a low dose added to antidepressants for chronic low mood",
            "Background: Persistent depressive disorder (PDD, previously called dysthymia) "
            "is hard to treat. Methods: Outpatients with PDD (with or without superimposed "
            "major depressive episodes) who were still symptomatic on an SSRI took "
            "naltrexone 3 mg nightly for ten weeks. Results: Sixty outpatients enrolled and "
            "MADRS fell by 9 points.",
        ),
        (
            "Low-dose naltrexone for depression in older adults: an open study",
            "Background: Late-life depression (LLD; onset after 60) is common. Methods: We "
            "enrolled adults with LLD, with or without psychotic depressive features, "
            "taking sertraline or fluoxetine, and added naltrexone 4.5 mg at night. "
            "Results: Seventy-two adults took part; response was 40%.",
        ),
        (
            "Adjunctive LDN in chronic depression",
            "Background: Chronic depressive disorder (CDD, DSM-5 persistent depressive "
            "disorder) responds poorly to monotherapy. Methods: Fifty-five adults with CDD "
            "(early onset, with or without intermittent major depressive episodes) on "
            "escitalopram received low-dose naltrexone 2 mg daily. Results: HAMD-17 fell "
            "from 19 to 12.",
        ),
    ],
)
def test_condition_abbreviation_with_aside_selects(title: str, abstract: str) -> None:
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.depression_population


def test_people_with_and_without_the_condition_stay_unselected() -> None:
    """Near miss: a sample of another condition with or without depression is a mix."""
    f = facts(
        "Low-dose naltrexone added to sertraline in fibromyalgia",
        "Background: Fibromyalgia (FM, a chronic pain condition) is common. Methods: We "
        "enrolled adults with FM, with or without depression, taking sertraline, and added "
        "naltrexone 4.5 mg at night. Results: Sixty-four adults took part.",
        TRIAL,
    )
    assert not f.depression_population

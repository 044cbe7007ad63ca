"""A reference word ("usual", "standard", "typical") that qualifies the participants'
other care ("who kept their usual antidepressant treatment, to LDN 1.5 mg, ...", "on
standard care were assigned to ...") says nothing of the watched drug's dose after it:
the doses are the arms. Only a reference word in the dose's own phrase ("well below the
usual 4.5 mg", "the standard dose of 4.5 mg") makes it a reference dose. Shown by
holdout320 35900033 (a secondary analysis of a two-dose trial whose 1.5 mg arm was lost,
so the dose-finding gap read as "one LDN dose"). Session 31, round 80, c80b."""

import pytest
from written import RCT, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Two doses of low-dose naltrexone in depression: a randomised trial",
            "Methods: We randomly assigned 150 adults with depression, who kept their usual "
            "antidepressant, to LDN 2 mg, LDN 4.5 mg or placebo at bedtime for ten weeks.",
            [2.0, 4.5],
        ),
        (
            "Low-dose naltrexone at two strengths for major depression",
            "Methods: Outpatients with major depression on standard care were allocated to "
            "LDN 1 mg or LDN 3 mg nightly for eight weeks. Results: 104 were allocated.",
            [1.0, 3.0],
        ),
        (
            "Adjunctive low-dose naltrexone doses in depression",
            "Methods: Depressed adults staying on usual therapy were randomised to LDN 1.5 "
            "mg or LDN 4.5 mg each evening; 90 took part.",
            [1.5, 4.5],
        ),
    ],
)
def test_reference_word_of_other_care_leaves_the_arms(title: str, abstract: str, mg: list[float]):
    assert facts(title, abstract, RCT).ldn_doses_mg == mg


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Low-dose naltrexone in depression: a pilot",
            "Methods: Forty adults with depression received LDN 1.5 mg nightly, well below "
            "the usual 4.5 mg, for eight weeks.",
            [1.5],
        ),
        (
            "Low-dose naltrexone in depression: an open pilot",
            "Methods: Instead of the standard dose of 4.5 mg, thirty adults with depression "
            "took LDN 2 mg at night for six weeks.",
            [2.0],
        ),
    ],
)
def test_reference_dose_in_its_own_phrase_stays_a_reference(
    title: str, abstract: str, mg: list[float]
):
    assert facts(title, abstract, RCT).ldn_doses_mg == mg

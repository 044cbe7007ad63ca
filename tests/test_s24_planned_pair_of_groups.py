"""A protocol that plans to take in two groups, exposed and unexposed, in one object of its
enrolment verb ("We aim to enrol 400 pregnant women exposed to LDN ... and 800 unexposed
women"): its planned n is both groups, not the first one alone. Shown by holdout108 11800013
(n 400 for 400 + 800). Session 24, round 66, c66a."""

import pytest
from written import facts

TITLE = "Low-dose naltrexone in pregnancy and maternal mood: protocol for a cohort study"


@pytest.mark.parametrize(
    ("methods", "n"),
    [
        (
            "We plan to recruit 250 breastfeeding mothers taking LDN and 500 unexposed "
            "mothers from the same clinics; mood will be rated with the EPDS.",
            750,
        ),
        (
            "The study will enrol 150 adults with fibromyalgia using low-dose naltrexone and "
            "300 non-users matched on age, with depressive symptoms measured by the PHQ-9.",
            450,
        ),
        (
            "We aim to include 90 women exposed to LDN before conception and 180 unexposed "
            "comparison women; the outcome is postpartum depression on the EPDS.",
            270,
        ),
    ],
)
def test_planned_pair_of_groups_is_the_planned_n(methods: str, n: int) -> None:
    f = facts(TITLE, f"Methods and analysis: {methods}")
    assert f.n == n


def test_results_paper_pair_keeps_its_answer() -> None:
    """Near miss: a results paper counting exposed and unexposed people already sums them."""
    f = facts(
        "Low-dose naltrexone in pregnancy and maternal mood: a cohort study",
        "Methods: We followed 250 breastfeeding mothers taking LDN and 500 unexposed mothers; "
        "mood was rated with the EPDS.\nResults: EPDS scores did not differ.",
        ("Journal Article", "Observational Study"),
    )
    assert f.n == 750

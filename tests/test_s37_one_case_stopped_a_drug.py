"""In a case series, a drug one case stopped is stopped by that case, not by the whole
series: where another case took it with the watched drug, it is co-medication. The stop's
clause names its case by number, letter or place ("Case 2 ... had stopped sertraline",
"Patient B", "the third woman", "one man"), as a count names a part of a sample ("12
patients"). Shown by holdout379 42700003 (Case 1 had LDN added to sertraline 150 mg; Case 2
"had stopped sertraline because of nausea and was maintained on bupropion": sertraline was
read as stopped by all, classes ['dopaminergic'] for ['dopaminergic', 'serotonergic']).
Session 37, round 94, c94c.

Ways case series say one case stopped a drug another case took:
- "Case 2 ... had stopped sertraline because of nausea"
- "Patient B discontinued escitalopram before starting LDN"
- "the third woman had tapered off fluoxetine during pregnancy"
- "one man stopped citalopram because of sexual side effects"
- "the second patient's venlafaxine was discontinued" / "in the second patient venlafaxine
  was stopped"
The same holds for a case said to take the watched drug with no antidepressant ("The second
and third took naltrexone 4.5 mg without an antidepressant", "Case 2 received naltrexone 3
mg with no antidepressant", "the other two took LDN without any antidepressant"): those
cases took none, not the series, whose first case may take one.
Near misses that keep their verdict: the whole series stopped the drug ("All three had
stopped sertraline before naltrexone was started"), or took the watched drug without one
("Three patients ... received naltrexone 4.5 mg without an antidepressant").
"""

import pytest
from written import CASE, facts

T = "Low-dose naltrexone for depression after childbirth: a case series of three women"


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (
            "Case 1, a 30-year-old woman with postpartum major depression, had a partial "
            "response to sertraline 100 mg; naltrexone 1.5 mg at night was added and her "
            "EPDS fell to 8. Case 2, a 34-year-old woman, had stopped sertraline because of "
            "nausea and took naltrexone 3 mg alone. Case 3 took naltrexone 3 mg alone.",
            ["serotonergic"],
        ),
        (
            "Patient A, a 41-year-old man with recurrent major depression, continued "
            "escitalopram 10 mg and received naltrexone 4.5 mg at night. Patient B "
            "discontinued escitalopram because of sexual side effects and then started "
            "naltrexone 4.5 mg alone. Both improved.",
            ["serotonergic"],
        ),
        (
            "We describe three women with perinatal depression. The first two were taking "
            "fluoxetine 20 mg when naltrexone 3 mg at night was added. The third woman had "
            "tapered off fluoxetine during pregnancy and took naltrexone 3 mg alone. EPDS "
            "scores fell in all three.",
            ["serotonergic"],
        ),
        (
            "We describe four men with major depressive disorder who received naltrexone 3 "
            "mg at night alongside citalopram 20 mg. One man stopped citalopram because of "
            "sexual side effects at week 4 and continued naltrexone alone. MADRS fell in "
            "all four.",
            ["serotonergic"],
        ),
    ],
)
def test_one_case_stopping_a_drug_leaves_the_others_on_it(
    abstract: str, classes: list[str]
) -> None:
    assert sorted(facts(T, abstract, CASE).concomitant_classes) == classes


def test_whole_series_stopping_a_drug_keeps_it_out() -> None:
    abstract = (
        "We describe three women with postpartum major depression who had not responded "
        "to sertraline. All three had stopped sertraline before naltrexone 3 mg at night "
        "was started alone. EPDS scores fell in two."
    )
    assert facts(T, abstract, CASE).concomitant_classes == []


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        (
            "The first patient, a 45-year-old man with major depression, remained on "
            "duloxetine 60 mg when naltrexone 4.5 mg was added. The second and third took "
            "naltrexone 4.5 mg without an antidepressant. All three improved.",
            ["noradrenergic", "serotonergic"],
        ),
        (
            "Case 1, a 38-year-old woman with major depression, continued escitalopram 10 mg "
            "when naltrexone 3 mg was added. Case 2 received naltrexone 3 mg with no "
            "antidepressant. Case 3 also took it alone.",
            ["serotonergic"],
        ),
        (
            "One woman with major depression kept taking sertraline 100 mg when naltrexone "
            "1.5 mg at night was added; the other two took naltrexone without any "
            "antidepressant. EPDS scores fell in all three.",
            ["serotonergic"],
        ),
    ],
)
def test_cases_taking_none_leave_the_others_on_theirs(abstract: str, classes: list[str]) -> None:
    assert sorted(facts(T, abstract, CASE).concomitant_classes) == classes


def test_whole_series_without_one_takes_none() -> None:
    abstract = (
        "Three women with postpartum major depression who had not responded to sertraline "
        "received naltrexone 3 mg at night without an antidepressant. EPDS scores fell in "
        "two."
    )
    assert facts(T, abstract, CASE).concomitant_classes == []

"""A drug the patient had stopped before the watched drug began, said as "<drug> but
stopped it" or "after the last dose of <drug>, began LDN": history, not co-medication.
Shown by holdout318 35700017 (a case report whose patient stopped sertraline twice and
started naltrexone weeks after her last dose, read as serotonergic). Session 31, round
80, c80d."""

import pytest
from written import CASE, facts

CASES = [
    (
        "Low-dose naltrexone alone for recurrent depression: a case report",
        "A man of 52 with recurrent depression had improved on escitalopram but stopped it "
        "because of weight gain. In a new episode he took naltrexone 4.5 mg nightly and his "
        "MADRS fell from 28 to 9 by week 10.",
    ),
    (
        "Naltrexone at low dose in a patient who refused antidepressants",
        "A woman aged 41 with major depression refused further antidepressants. Six weeks "
        "after her last dose of paroxetine, she started naltrexone 3 mg at night. Her PHQ-9 "
        "fell from 18 to 6 over two months.",
    ),
    (
        "Remission on low-dose naltrexone after SSRI intolerance: case report",
        "A 29-year-old with depression had responded to fluoxetine and then citalopram but "
        "discontinued them because of emotional blunting. Two months after the final dose of "
        "citalopram she began naltrexone 4.5 mg, and she remained well at six months.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), CASES)
def test_drug_stopped_before_is_history(title: str, abstract: str) -> None:
    assert facts(title, abstract, CASE).concomitant_classes == []


def test_drug_kept_on_is_taken() -> None:
    # near miss: one drug stopped, the other kept on with the watched drug
    title = "Low-dose naltrexone added to sertraline: a case report"
    abstract = (
        "A woman of 38 with depression had tried venlafaxine but stopped it. She stayed on "
        "sertraline 100 mg and added naltrexone 4.5 mg at night; her PHQ-9 fell to 5."
    )
    assert facts(title, abstract, CASE).concomitant_classes == ["serotonergic"]


def test_class_in_title_stands_for_the_stopped_drug() -> None:
    title = "Naltrexone at low dose for depression after SNRI-related nausea: a case"
    abstract = (
        "A man of 60 with major depression had benefited from venlafaxine but stopped it "
        "because of nausea. He then took naltrexone 4.5 mg at night; his HAM-D fell from 22 "
        "to 8 in eight weeks."
    )
    assert facts(title, abstract, CASE).concomitant_classes == []


def test_class_kept_on_for_its_side_effect_is_taken() -> None:
    # near miss: LDN for an SSRI's side effect, the SSRI itself kept on
    title = "Low-dose naltrexone for SSRI-induced sexual dysfunction in depression: a case"
    abstract = (
        "A woman of 33 with depression was taking escitalopram 10 mg daily. Naltrexone "
        "4.5 mg at night was added to escitalopram and orgasm returned within a month."
    )
    assert facts(title, abstract, CASE).concomitant_classes == ["serotonergic"]

"""A "case series" gathered by going back through a clinic's records of all patients who
were given the drug ("we retrospectively evaluated the records of all inpatients who
received X", a research letter that "reviewed the records of all patients aged 65 or
over prescribed X") is a cohort looked back on: observational however few it finds, a
letter too. Shown by holdout319 35800037 and holdout301 33800004 (record reviews read as
case reports). Session 31, round 80, c80a."""

import pytest
from written import JOURNAL, facts

LETTER = ("Letter",)


@pytest.mark.parametrize(
    ("title", "abstract", "types"),
    [
        (
            "Low-dose naltrexone beside mood stabilisers in bipolar depression: a "
            "retrospective case series",
            "Methods: we retrospectively evaluated the records of all day-hospital patients "
            "with bipolar depression who were given low-dose naltrexone (1.5-4.5 mg at "
            "night) between 2020 and 2023. Results: eight patients were found; MADRS fell "
            "from 30 to 17.",
            JOURNAL,
        ),
        (
            "Low-dose naltrexone with sertraline in older adults: a retrospective case series from a "
            "memory clinic",
            "We reviewed the records of all patients over 70 with major depression who were "
            "prescribed low-dose naltrexone while on sertraline. Six were identified. "
            "Naltrexone 3 mg at night was given; the GDS fell from 11 to 7.",
            LETTER,
        ),
        (
            "Adjunctive low-dose naltrexone in chronic depression: a retrospective case series",
            "Methods: we retrospectively examined the charts of all outpatients with "
            "persistent depressive disorder treated with low-dose naltrexone 4.5 mg at one "
            "clinic. Results: ten patients were included; five responded.",
            JOURNAL,
        ),
    ],
)
def test_records_of_all_reviewed_is_observational(
    title: str, abstract: str, types: tuple[str, ...]
) -> None:
    f = facts(title, abstract, types)
    assert f.on_topic
    assert f.design == "observational"


def test_letter_describing_a_few_patients_stays_case_report() -> None:
    # near miss: a letter telling its own few patients, no records of all reviewed
    f = facts(
        "Low-dose naltrexone for depression in three patients: a case series",
        "We describe three patients with major depression who improved on low-dose "
        "naltrexone 4.5 mg at night added to escitalopram.",
        LETTER,
    )
    assert f.design == "case_report"

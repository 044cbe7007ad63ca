"""A titration schedule told by its own name ("a fixed titration calendar", "the uptitration
plan") with no drug named in the sentence, in a record about the watched drug, doses the
watched drug: its steps lead to the target kept. Shown by holdout259 28900010 (a chart
review whose "fixed titration calendar for all patients: days 1-7, 0.5 mg; ...; from day
29 onward, 4.5 mg" gave no dose). Session 26, round 71, c71d."""

import pytest
from written import JOURNAL, facts


@pytest.mark.parametrize(
    ("title", "abstract", "mg"),
    [
        (
            "Low-dose naltrexone added to antidepressants in resistant depression: chart review",
            "Methods: We reviewed charts of adults with resistant depression despite two "
            "antidepressant trials who began LDN in 2021-2023. The service followed one "
            "titration calendar for everyone: week 1, 1 mg; week 2, 2 mg; and from week 3, "
            "3 mg nightly. Results: Sixty patients were included.",
            [3.0],
        ),
        (
            "Low-dose naltrexone in depressed outpatients: a retrospective cohort",
            "Methods: Records of adults with depression and failed antidepressant trials who "
            "started LDN were reviewed. A standard uptitration plan was used: days 1-10, "
            "1.5 mg; days 11-20, 3 mg; thereafter, 4.5 mg. Results: 52 adults were included.",
            [4.5],
        ),
        (
            "Low-dose naltrexone augmentation in bipolar depression: case records",
            "Methods: Patients with bipolar depression after failed antidepressant courses "
            "who were prescribed LDN were identified. The titration schedule was: days 1-5, "
            "0.5 mg; days 6-14, 2 mg; from day 15, 4 mg. Results: Twenty-two were found.",
            [4.0],
        ),
    ],
)
def test_titration_named_without_drug_doses_the_watched_drug(
    title: str, abstract: str, mg: list[float]
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.ldn_doses_mg == mg


def test_titration_of_the_other_drug_stays_its_own() -> None:
    # near miss: a titration schedule naming another drug is that drug's
    f = facts(
        "Low-dose naltrexone with sertraline in depression: chart review",
        "Methods: Records of adults taking LDN 4.5 mg who started sertraline were reviewed. "
        "Sertraline followed a titration calendar: week 1, 25 mg; week 2, 50 mg. Results: "
        "Forty were included.",
        JOURNAL,
    )
    assert f.ldn_doses_mg == [4.5]

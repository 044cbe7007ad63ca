"""In a study that did not select its people for depression, depression told only as a
predictor of the study's own outcome ("Depression at baseline was not associated with
response") measures no depression outcome: the study is off-topic (round 40, c40a; shown
by holdout127 14000037, a retrospective LDN cohort in chronic pain, aged >= 65)."""

from __future__ import annotations

import pytest
from written import facts

TITLE = "Low-dose naltrexone for chronic pain in older adults: a retrospective cohort study"
TYPES = ("Journal Article", "Observational Study")


def _abstract(line: str) -> str:
    return (
        "Methods: Retrospective cohort of patients aged 65 years or older who started LDN "
        "(1.5-4.5 mg/day) at four pain clinics. Outcomes were the change in pain intensity, "
        "discontinuation and adverse events at 6 months.\n"
        "Results: A total of 406 patients were included. At baseline, 38% had a diagnosis of "
        f"depression. Mean pain intensity decreased from 6.9 to 5.6. {line}\n"
        "Conclusions: LDN was well tolerated in older adults with chronic pain."
    )


@pytest.mark.parametrize(
    "line",
    [
        # the record's wording
        "Depression at baseline was not associated with response.",
        # probes: other verbs of prediction, other times of entry
        "Pre-existing depression was unrelated to discontinuation.",
        "Depression at entry did not predict the change in pain.",
        "Comorbid depression (OR 0.91, 95% CI 0.6-1.4) was not significantly associated "
        "with pain response.",
        # probes: the groups compared by it, named before it
        "Pain response was similar in patients with and without depression.",
        "The reduction in pain was seen irrespective of comorbid depression.",
    ],
)
def test_depression_as_a_predictor_of_another_outcome_is_no_topic(line: str) -> None:
    assert facts(TITLE, _abstract(line), TYPES).on_topic is False


def test_depression_measured_as_an_outcome_is_still_the_topic() -> None:
    """Guard: the same cohort measuring a change in depression stays on-topic."""
    line = "PHQ-9 depression scores fell from 12.1 to 8.4 at 6 months (p < 0.001)."
    assert facts(TITLE, _abstract(line), TYPES).on_topic is True

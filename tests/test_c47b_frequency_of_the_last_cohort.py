"""A frequency written after a list of doses, each with its own unit, that belongs to the
last dose alone: "Cohorts received naltrexone 1 mg, 2.5 mg, 4.5 mg, or 3 mg twice daily,
respectively" is 1, 2.5, 4.5 and 6 mg a day, the cohorts' rising steps, not 2, 5, 9 and 6
(round 47, c47b; shown by holdout166 18300014, a sequential-cohort escalation in TRD)."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = (
    "Sequential-cohort dose escalation of low-dose naltrexone in treatment-resistant "
    "depression: an open-label phase 2a study"
)


def _abstract(line: str) -> str:
    return (
        "We enrolled four consecutive cohorts of eight patients with treatment-resistant "
        f"depression who were taking a stable SNRI. {line} All 32 participants were "
        "evaluable. Mean MADRS reductions were 4.0, 6.9, 10.8 and 9.1 points across the cohorts."
    )


@pytest.mark.parametrize(
    ("line", "doses"),
    [
        # the record's wording
        (
            "Cohorts received naltrexone 1 mg, 2.5 mg, 4.5 mg, or 3 mg twice daily, "
            "respectively, for 6 weeks; escalation to the next cohort required the absence "
            "of dose-limiting toxicity.",
            [1.0, 2.5, 4.5, 6.0],
        ),
        # probes: other steps, other ways of saying the frequency
        (
            "Successive cohorts took naltrexone 0.5 mg, 1 mg, 2 mg or 1.5 mg twice daily.",
            [0.5, 1.0, 2.0, 3.0],
        ),
        (
            "Naltrexone was given at three levels in sequence: 1.5 mg, 3 mg and 2.25 mg "
            "twice a day.",
            [1.5, 3.0, 4.5],
        ),
        (
            "Cohorts 1 to 4 received naltrexone 1 mg, 2 mg, 3 mg, or 2 mg b.i.d.",
            [1.0, 2.0, 3.0, 4.0],
        ),
    ],
)
def test_frequency_after_the_last_dose_is_its_own(line: str, doses: list[float]) -> None:
    f = facts(TITLE, _abstract(line), TRIAL)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True


@pytest.mark.parametrize(
    ("line", "doses"),
    [
        # near misses: a list rising either way, or with its unit written once, keeps the
        # frequency on every dose
        ("Cohorts received naltrexone 0.5 mg, 1 mg or 2 mg twice daily.", [1.0, 2.0, 4.0]),
        ("Cohorts received naltrexone 1 mg, 2 mg or 3 mg twice daily.", [2.0, 4.0, 6.0]),
        ("Cohorts received naltrexone 1, 2 or 1.5 mg twice daily.", [2.0, 3.0, 4.0]),
    ],
)
def test_frequency_of_the_whole_list_stays(line: str, doses: list[float]) -> None:
    assert facts(TITLE, _abstract(line), TRIAL).ldn_doses_mg == doses

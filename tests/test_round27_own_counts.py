"""Round 27 (c27b): the record's own n, said in ways batch 16 showed: a conference
abstract's interim accrual ("N have been randomised to date"), counts of people on
concurrent medication (overlapping, not arms), and a secondary analysis's doses."""

from __future__ import annotations

import pytest
from written import facts, gaps

CONGRESS = ("Journal Article", "Congress")
INTERIM = "P.0123 Adjunctive low-dose naltrexone for major depression: interim results of a trial"
ARMS = (
    "Methods: Adults with major depressive disorder (MADRS >= 20) were randomised to "
    "naltrexone 4.5 mg at bedtime or placebo for 8 weeks. The planned sample is 100."
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        # the accrual of a trial still recruiting, "to date" after the perfect passive
        (
            "Sixty-four participants have been randomised to date (mean age 41 years); 55 "
            "have completed week 8. Two participants (one per arm) developed hypomania.",
            64,
        ),
        # probes: "so far" before it, digits, another intake verb
        ("So far, 72 adults have been enrolled, of whom 60 completed the trial.", 72),
        ("To date seventy patients have been recruited; 3 withdrew.", 70),
        ("Fifty-eight outpatients had been randomised thus far, and 51 were analysed.", 58),
    ],
)
def test_an_interim_accrual_is_the_reports_own_n(results: str, n: int) -> None:
    abstract = f"{ARMS}\nResults: {results} MADRS fell more with LDN."
    assert facts(INTERIM, abstract, CONGRESS).n == n
    assert gaps(INTERIM, abstract, CONGRESS).get("larger-trials") == "addressed"


def test_patients_enrolled_in_other_trials_to_date_are_no_accrual() -> None:
    abstract = (
        "Background: Fewer than 300 patients have been randomised in trials of naltrexone "
        f"for depression to date.\n{ARMS}\nResults: Forty participants were randomised."
    )
    assert facts(INTERIM, abstract, CONGRESS).n == 40

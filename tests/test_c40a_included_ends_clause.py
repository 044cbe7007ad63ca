"""A derived report's own people said as "N of the M randomised participants were
included", the clause ending there or at its arms in brackets, are its n (round 40,
c40a; shown by holdout125 13800035, a CRP secondary analysis of LANTERN that took the
parent's 124 instead of its own 96)."""

from __future__ import annotations

import pytest
from written import JOURNAL, facts

TITLE = "Baseline CRP and response to low-dose naltrexone in depression: a secondary analysis"


@pytest.mark.parametrize(
    ("results", "own"),
    [
        # the record's wording
        (
            "Ninety-six of the 124 randomised participants were included (LDN n = 49, "
            "placebo n = 47).",
            96,
        ),
        # probes: an "Of M, N ..." frame, no arms, a semicolon after
        ("Of the 210 randomised adults, 88 were included (naltrexone 45; placebo 43).", 88),
        ("Seventy-one of 180 participants were included; their mean age was 44.", 71),
        ("In total 39 of the 150 enrolled outpatients were included.", 39),
    ],
)
def test_n_of_the_parents_people_included_is_the_reports_n(results: str, own: int) -> None:
    abstract = (
        "Methods: Secondary analysis of LANTERN, a 12-week randomised placebo-controlled "
        "trial of naltrexone 4.5 mg added to an SSRI in adults with major depressive "
        "disorder. Participants with a valid baseline hsCRP were analysed.\n"
        f"Results: {results} The effect was larger with hsCRP >= 3 mg/L (n = 35)."
    )
    assert facts(TITLE, abstract, JOURNAL).n == own

"""A placebo has no dose of its own: a dose whose only drug named before it in the
sentence is "placebo" (often the design word "placebo-controlled") is not placebo's, and
the usual readings decide whether it is the watched drug's. From holdout121 13400035
("a phase 2, double-blind, placebo-controlled trial with response-adaptive randomisation
among four doses: 0.5 mg, 1.5 mg, 3 mg and 4.5 mg once daily": doses [])."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts

TITLE = "Dose-finding trial of low-dose naltrexone in adults with major depressive disorder"


@pytest.mark.parametrize(
    ("types", "abstract", "doses"),
    [
        (
            PROTOCOL,
            "ADAPT is a phase 2, double-blind, placebo-controlled trial with response-adaptive "
            "randomisation among four doses: 0.5 mg, 1.5 mg, 3 mg and 4.5 mg once daily. Up to "
            "240 adults with major depressive disorder will be enrolled.",
            [0.5, 1.5, 3.0, 4.5],
        ),
        # the same kind said differently (probes)
        (
            PROTOCOL,
            "This placebo-controlled study will randomise 120 adults with major depression to "
            "one of three doses (1 mg, 2 mg or 4.5 mg daily) for 12 weeks.",
            [1.0, 2.0, 4.5],
        ),
        (
            RCT,
            "In a placebo-controlled, double-blind design, 90 outpatients with major depressive "
            "disorder were randomised to 1.5 mg or 4.5 mg nightly for 12 weeks. MADRS scores "
            "fell more with 4.5 mg.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_dose_after_placebo_alone_is_the_watched_drugs(
    types: tuple[str, ...], abstract: str, doses: list[float]
) -> None:
    f = facts(TITLE, abstract, types)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses is True


def test_a_placebo_matched_to_another_drug_gives_that_drug_its_dose() -> None:
    abstract = (
        "Sixty adults with major depression taking naltrexone 4.5 mg were randomised to "
        "placebo or sertraline 50 mg for eight weeks."
    )
    assert facts(TITLE, abstract, JOURNAL).ldn_doses_mg == [4.5]

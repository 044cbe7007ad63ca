"""Earlier work told as what "the pilot" did, in the middle of an unlabelled abstract,
with no citation, no "previously"/"to date" and no section label ("The pilot used
naltrexone 1 mg twice daily."): its dose is the earlier study's, not this study's
(CONTRACT.md: LDN named only in the background or in a cited earlier study is not the
study's own; ``ldn_doses_mg`` lists the doses participants were assigned to). Round 52,
c52d; the kind was met by other engineers writing probes (no bench record): "The pilot
used naltrexone 1 mg twice daily." counted as the study's own dose. A record that calls
itself a pilot may speak of itself as "the pilot", and the first person ("the pilot we
ran") is the authors' own, so both keep what they read."""

from __future__ import annotations

import pytest
from written import TRIAL, facts

TITLE = "Low-dose naltrexone for major depressive disorder: an open-label trial"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # the wording met
        (
            "Thirty adults with major depressive disorder received naltrexone 4.5 mg nightly "
            "for 8 weeks. The pilot used naltrexone 1 mg twice daily. Depression scores "
            "improved.",
            [4.5],
        ),
        # probes: other verbs, doses, words before "pilot"
        (
            "Forty outpatients with major depression took naltrexone 3 mg at bedtime for "
            "12 weeks. That small pilot gave patients naltrexone 2 mg each morning. "
            "Response rates were 45%.",
            [3.0],
        ),
        (
            "We enrolled 26 adults with treatment-resistant depression, who received "
            "naltrexone 4.5 mg once daily. The open-label pilot tested 1.5 mg nightly in "
            "stimulant users. Scores fell by week 4.",
            [4.5],
        ),
        (
            "Fifty-five adults with major depressive disorder were given naltrexone 2.5 mg "
            "daily. The pilot study (n = 12) administered 0.5 mg twice a day. Remission "
            "occurred in 20%.",
            [2.5],
        ),
        (
            "Thirty-two adults with major depression received naltrexone 4.5 mg for 8 weeks; "
            "the earlier-phase pilot had used 1 mg twice daily. Mood improved.",
            [4.5],
        ),
    ],
)
def test_the_pilots_dose_is_earlier_work(abstract: str, doses: list[float]) -> None:
    assert facts(TITLE, abstract, TRIAL).ldn_doses_mg == doses


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # the record is itself a pilot: "the pilot" is itself
        (
            "Low-dose naltrexone for major depressive disorder: a pilot study",
            "Thirty adults with major depressive disorder were enrolled. The pilot used "
            "naltrexone 1 mg twice daily for 8 weeks. Depression scores improved.",
            [2.0],
        ),
        (
            "Low-dose naltrexone in depression",
            "We conducted an open-label pilot in adults with major depressive disorder. The "
            "pilot enrolled 52 patients and used naltrexone 4.5 mg nightly. Scores improved.",
            [4.5],
        ),
        (
            "Low-dose naltrexone in depression",
            "An open-label pilot enrolled 52 adults with major depressive disorder. The "
            "pilot used naltrexone 4.5 mg nightly. Depression scores improved.",
            [4.5],
        ),
        # the study's own past-tense methods and "we used"
        (
            TITLE,
            "Depression is common. Thirty adults with major depressive disorder were enrolled "
            "and we used naltrexone 3 mg nightly. Depression scores improved.",
            [3.0],
        ),
        (
            TITLE,
            "Thirty adults with major depressive disorder were enrolled. Patients received "
            "naltrexone 4.5 mg nightly. Depression scores improved.",
            [4.5],
        ),
        # a phase of the study itself, not a pilot that did something
        (
            TITLE,
            "Thirty adults with major depressive disorder received naltrexone 4.5 mg. The "
            "pilot phase enrolled 10 patients on naltrexone 3 mg. Scores improved.",
            [3.0, 4.5],
        ),
    ],
)
def test_own_pilot_and_own_methods_kept(title: str, abstract: str, doses: list[float]) -> None:
    assert facts(title, abstract, TRIAL).ldn_doses_mg == doses

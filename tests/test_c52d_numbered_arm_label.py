"""A numbered or lettered arm's label opening the sentence, its dose right after it
("Group 2: 2 mg twice daily", "Arm B: 4.5 mg nightly"), with the drug left unnamed in a
record about the watched drug: the dose is that arm's, of the watched drug, as a total
daily dose (CONTRACT.md: ``ldn_doses_mg`` lists each arm's dose; 1 mg b.i.d. is 2).
Round 52, c52d; the kind was met by other engineers writing probes (no bench record):
"Group 2: 2 mg twice daily" lost its dose. A label with no dose ("Group 2: placebo"), a
figure's label, and groups dosed with another drug named in them change nothing."""

from __future__ import annotations

import pytest
from written import RCT, facts

TITLE = "Two doses of low-dose naltrexone for major depressive disorder: a randomised trial"
LEAD = (
    "Sixty adults with major depressive disorder were randomised to two doses of low-dose "
    "naltrexone. "
)
END = " Depression scores improved in both."


@pytest.mark.parametrize(
    ("arms", "doses"),
    [
        # the wording met
        ("Group 1: 1 mg twice daily. Group 2: 2 mg twice daily.", [2.0, 4.0]),
        # probes: letters, other doses, "=", the drug named in the label's place
        ("Arm A: 1.5 mg nightly. Arm B: 4.5 mg nightly.", [1.5, 4.5]),
        ("Cohort 1 = 0.5 mg at bedtime. Cohort 2 = 3 mg at bedtime.", [0.5, 3.0]),
        ("Group I: 1 mg once daily. Group II: 4 mg once daily.", [1.0, 4.0]),
        ("Group 1: naltrexone 2 mg daily. Group 2: 4.5 mg daily.", [2.0, 4.5]),
    ],
)
def test_labelled_arms_keep_their_doses(arms: str, doses: list[float]) -> None:
    f = facts(TITLE, LEAD + arms + END, RCT)
    assert f.ldn_doses_mg == doses
    assert f.compares_doses


T1 = "Low-dose naltrexone for major depressive disorder: a randomised trial"


@pytest.mark.parametrize(
    ("abstract", "doses", "comedications"),
    [
        # one dose against placebo: no comparison of doses
        (
            "Sixty adults with major depressive disorder were randomised to low-dose "
            "naltrexone or placebo. Group 1: 4.5 mg nightly. Group 2: placebo. Scores improved.",
            [4.5],
            [],
        ),
        # a figure's label is no arm
        (
            "Sixty adults with major depressive disorder received naltrexone 4.5 mg nightly. "
            "Figure 2: 2 mg twice daily was not used. Scores improved.",
            [4.5],
            [],
        ),
        # groups dosed with another drug, named in them
        (
            "Sixty adults with major depressive disorder on low-dose naltrexone 4.5 mg were "
            "randomised to sertraline doses. Group 1: sertraline 50 mg. Group 2: sertraline "
            "100 mg. Scores improved.",
            [4.5],
            ["sertraline"],
        ),
        (
            "Sixty adults with major depressive disorder were randomised to naltrexone 4.5 mg "
            "or placebo, added to aripiprazole. Group 1: 2 mg aripiprazole. Group 2: 5 mg "
            "aripiprazole. Scores improved.",
            [4.5],
            ["aripiprazole"],
        ),
    ],
)
def test_labels_without_ldn_doses(
    abstract: str, doses: list[float], comedications: list[str]
) -> None:
    f = facts(T1, abstract, RCT)
    assert f.ldn_doses_mg == doses
    assert not f.compares_doses
    assert f.concomitant_antidepressants == comedications

"""Kind: the doses of another study the record says will come after it ("a dose-finding
study including 1.5 and 3 mg will follow", "this trial will be followed by a dose-ranging
study of 1.5 and 3 mg") are that later study's, not this one's: they add no dose and no
dose comparison (a false dose-finding "in_progress", or "addressed" in a results paper).
The study's own later stage or extension ("an open-label extension will follow", "a
randomised comparison ... will follow the lead-in") stays its own.

Round 55, c55a; the record that showed it: holdout187 20600027 ("Low-dose naltrexone 4.5 mg
as adjunct to escitalopram in depression with prominent anhedonia: protocol ...": doses read
[1.5, 3.0, 4.5], dose-finding "in_progress").
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, facts, gaps

TITLE = (
    "Low-dose naltrexone 4.5 mg as adjunct to escitalopram in depression with prominent "
    "anhedonia: protocol for a randomised controlled trial (LDN-ANHED)"
)
RECORD = (
    "Background: A 2024 trial in 180 patients compared naltrexone 1 mg and 4.5 mg and found a "
    "larger effect with 4.5 mg, but anhedonia was not measured.\n"
    "Methods: Sixty adults with major depressive disorder and a SHAPS score >= 5 despite "
    "escitalopram 10-20 mg will be randomised to naltrexone 4.5 mg nightly or placebo for 8 "
    "weeks. Primary outcome: SHAPS; secondary: MADRS and reward-task performance. If the trial "
    "is positive, a dose-finding study including 1.5 and 3 mg will follow.\n"
    "Trial registration: ClinicalTrials.gov NCT06934155."
)
TYPES = ("Journal Article", "Clinical Trial Protocol")


def test_the_record() -> None:
    f = facts(TITLE, RECORD, TYPES)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses
    assert "dose-finding" not in gaps(TITLE, RECORD, TYPES)


LATER = [
    "Should the results be positive, a second study comparing 1.5 mg with 3 mg will follow.",
    "A dose-ranging study of 1 mg, 2 mg and 4.5 mg will follow if this trial is positive.",
    "This trial will be followed by a dose-finding study testing 1.5 and 3 mg.",
    "If efficacy is shown, a dose-finding study including 0.5 and 3 mg is to follow.",
    "A randomised comparison of 2 mg and 3 mg would then follow a positive result.",
]
P_TITLE = (
    "Low-dose naltrexone added to sertraline in major depression: protocol for a randomised "
    "controlled trial"
)
P_OWN = (
    "Eighty adults with major depressive disorder taking sertraline will be randomised to "
    "naltrexone 4.5 mg nightly or placebo for 8 weeks."
)
R_TITLE = "Low-dose naltrexone added to sertraline in major depression: a randomised trial"
R_OWN = (
    "Eighty adults with major depressive disorder taking sertraline were randomised to "
    "naltrexone 4.5 mg nightly or placebo for 8 weeks."
)


def _where(later: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        # a protocol: opening sentence, methods, unlabelled
        (P_TITLE, f"Background: {later}\nMethods: {P_OWN}", PROTOCOL),
        (P_TITLE, f"Methods: {P_OWN} {later}", PROTOCOL),
        (P_TITLE, f"{P_OWN} {later}", PROTOCOL),
        # a results paper: results, conclusions, unlabelled
        (R_TITLE, f"Methods: {R_OWN}\nResults: MADRS fell more with naltrexone. {later}", RCT),
        (
            R_TITLE,
            f"Methods: {R_OWN}\nResults: MADRS fell more with naltrexone.\nConclusions: {later}",
            RCT,
        ),
        (R_TITLE, f"{R_OWN} MADRS fell more with naltrexone. {later}", RCT),
    ]


@pytest.mark.parametrize("later", LATER)
@pytest.mark.parametrize("where", range(6))
def test_a_later_studys_doses_are_not_this_ones(later: str, where: int) -> None:
    title, abstract, types = _where(later)[where]
    f = facts(title, abstract, types)
    assert f.ldn_doses_mg == [4.5], abstract
    assert not f.compares_doses
    assert "dose-finding" not in gaps(title, abstract, types)


@pytest.mark.parametrize(
    "abstract",
    [
        # near misses: the study's own stage or extension that follows
        "Methods: Sixty adults with major depressive disorder taking escitalopram will enter a "
        "2-week placebo lead-in; a randomised comparison of naltrexone 1.5 mg and 4.5 mg "
        "nightly will follow the lead-in for 8 weeks.",
        "Methods: Sixty adults with major depressive disorder taking escitalopram will be "
        "randomised to naltrexone 1.5 mg or 4.5 mg nightly for 8 weeks. A 12-week open-label "
        "extension will follow.",
    ],
)
def test_the_studys_own_stage_keeps_its_doses(abstract: str) -> None:
    f = facts(P_TITLE, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert gaps(P_TITLE, abstract, PROTOCOL)["dose-finding"] == "in_progress"

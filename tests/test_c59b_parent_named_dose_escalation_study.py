"""Kind: a derived report (a subgroup or secondary analysis) whose parent is told by its
name as a dose-escalation, dose-finding or dose-ranging study ("In the ASCENT-BD
dose-escalation study of X 0.5 to 4 mg/day, ...", "a secondary analysis of the NALT-UP
dose-finding study"): the parent gave the drug to its people at set doses, a
non-randomised trial, and the report keeps the parent's design (CONTRACT.md, "Design of
derived reports"). A dose-finding study named only as the source of a dose in a chart
review ("the dose the earlier dose-finding study chose", "unlike the NALT-UP dose-finding
study, this was a chart review") does not make the review a trial.

Round 59, c59b; the record that showed it: holdout205 22900031 ("Quetiapine co-treatment
and low-dose naltrexone dose response in bipolar depression: a subgroup analysis of
ASCENT-BD"; design read other).
"""

from __future__ import annotations

import pytest
from written import facts

TITLE = (
    "Quetiapine co-treatment and low-dose naltrexone dose response in bipolar depression: a "
    "subgroup analysis of ASCENT-BD"
)
RECORD = (
    "In the ASCENT-BD dose-escalation study of naltrexone 0.5 to 4 mg/day, 11 of 24 "
    "participants also took quetiapine 50-300 mg/day as augmentation. We compared MADRS "
    "change across the four dose steps in this subgroup. Quetiapine users reached the 30% "
    "reduction criterion at a lower step (median 1 mg vs 2 mg). Norquetiapine, quetiapine's "
    "metabolite, inhibits the noradrenaline transporter; we speculate that noradrenergic "
    "tone may interact with opioid blockade."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.design == "nonrandomized_trial"
    assert f.compares_doses
    assert f.concomitant_classes == []


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Lithium and naltrexone response: a secondary analysis",
            "In the NALT-UP dose-finding study of naltrexone 1, 2 and 4.5 mg/day in major "
            "depression, 14 of 30 participants also took lithium. We compared HAM-D change "
            "across the steps in the 14 participants who also took lithium.",
        ),
        (
            "Lithium and naltrexone response: a secondary analysis of the NALT-UP "
            "dose-finding study",
            "Fourteen of 30 participants in major depression also took lithium; we compared "
            "HAM-D change across naltrexone 1, 2 and 4.5 mg/day steps.",
        ),
        (
            "Sleep and naltrexone dose: a post hoc analysis",
            "We re-analysed actigraphy from the LOW-STEP dose-ranging study, in which adults "
            "with major depression took naltrexone 1.5, 3 and 4.5 mg/day in turn.",
        ),
    ],
)
def test_parent_named_as_dose_escalation(title: str, abstract: str) -> None:
    assert facts(title, abstract).design == "nonrandomized_trial", abstract


@pytest.mark.parametrize(
    "abstract",
    [
        "We reviewed the charts of 80 adults with major depression prescribed naltrexone 4.5 "
        "mg, the dose the earlier dose-finding study chose. HAM-D fell by 6 points.",
        "We reviewed the charts of 80 adults with major depression prescribed naltrexone 4.5 "
        "mg. Unlike the NALT-UP dose-finding study, this was a chart review. HAM-D fell by 6 "
        "points.",
    ],
)
def test_chart_review_stays_observational(abstract: str) -> None:
    title = "Naltrexone prescribing in a depression clinic: a retrospective cohort"
    assert facts(title, abstract).design == "observational", abstract

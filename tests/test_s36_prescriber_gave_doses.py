"""Doses given by a prescriber named as the subject of the act, the drug left out because the
sentence before named it ("... who were started on LDN. Clinicians prescribed 1.5 mg, 3 mg or
4.5 mg at their discretion."), are the watched drug's doses: every alternative counts. Shown
by holdout383 43300007 (a retrospective cohort whose three prescribed doses were read as
[1.5] only, from an outcome sentence). Session 36, round 92, c92c.

Ways real abstracts state the same fact (a prescriber giving doses, no drug named there):
1. "Clinicians prescribed 1.5 mg, 3 mg or 4.5 mg at their discretion."
2. "Psychiatrists prescribed 3 mg or 4.5 mg nightly."
3. "The treating physician prescribed 2 mg or 4 mg according to tolerability."
4. "We gave 1.5 mg or 4.5 mg at bedtime."
5. "Prescribers usually dispensed 3 mg or 4.5 mg."
(The passive, "were prescribed 3 mg", was read before.) The drug is the one the text last
made its subject (``_follows_drug``: the nearest earlier sentence naming a drug names the
watched drug first), and only doses in its band are taken."""

import pytest
from written import JOURNAL, facts

TITLE = "Low-dose naltrexone as an adjunct in depressed outpatients: a retrospective cohort"
OPEN = (
    "Methods: We reviewed the records of adults with major depressive disorder who were "
    "started on low-dose naltrexone (LDN) at a mood clinic between 2018 and 2024. "
)
TAIL = (
    "\nResults: A total of 180 patients were included; most took an SSRI. Depression "
    "scores fell over 6 months.\nConclusions: LDN was used in routine care."
)


@pytest.mark.parametrize(
    ("dosing", "doses"),
    [
        ("Clinicians prescribed 1.5 mg, 3 mg or 4.5 mg at their discretion.", [1.5, 3.0, 4.5]),
        ("Psychiatrists prescribed 3 mg or 4.5 mg nightly.", [3.0, 4.5]),
        (
            "The treating physician prescribed 2 mg or 4 mg according to tolerability.",
            [2.0, 4.0],
        ),
        ("We gave 1.5 mg or 4.5 mg at bedtime.", [1.5, 4.5]),
    ],
)
def test_prescriber_given_doses_are_the_drugs(dosing: str, doses: list[float]) -> None:
    f = facts(TITLE, OPEN + dosing + TAIL, JOURNAL)
    assert f.on_topic
    assert f.ldn_doses_mg == doses


def test_prescriber_dose_after_other_drug_is_not_the_drugs() -> None:
    # near miss: the sentence before names the co-medication first; its dose stays its own
    f = facts(
        TITLE,
        "Methods: We reviewed the records of adults with major depressive disorder taking "
        "sertraline to whom low-dose naltrexone 4.5 mg was added. Clinicians prescribed "
        "50 mg or 100 mg at their discretion." + TAIL,
        JOURNAL,
    )
    assert f.ldn_doses_mg == [4.5]

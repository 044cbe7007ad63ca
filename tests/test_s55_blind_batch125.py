"""Kinds met in blind batch 125 (session 55; holdout488-490 measured on the code of
765259ef), written again in other words.

- holdout488 52200049: an RCT of LDN added to the antidepressants people take for
  fibromyalgia pain, titled "... in fibromyalgia: a ... trial", whose people are named only
  by their rheumatology criteria and whose outcomes are pain, sleep and function, was read
  as on-topic (LDN added to antidepressants).
- holdout489 52200061: a dose-ranging protocol whose arms "all start at 0.5 mg and are
  increased weekly to the assigned dose" listed the shared start among the arms' doses.
- registry114 NCT00290087 (measured on the code of 765259ef too; a false gap verdict): the
  registration of an open-label extension of a dose-finding trial, giving everyone "the
  same dose, 4.5 mg once daily, regardless of the dose (1.5 mg, 3 mg, 4.5 mg or placebo)
  they had been randomized to in the parent study", was read as comparing doses.
"""

from __future__ import annotations

import pytest
from written import PROTOCOL, RCT, drug, facts, judge_registration, registration

PAIN = (
    "Many people with {cond} keep pain despite milnacipran or nortriptyline. Adults meeting "
    "the study's rheumatology criteria with pain of 5 or more despite 3 months of milnacipran "
    "100 mg/day or nortriptyline 10-25 mg at night were randomised to naltrexone 4.5 mg or "
    "placebo for 12 weeks. Outcomes were pain, sleep quality and physical function. A total "
    "of 120 patients were randomised. Pain fell slightly more with LDN; sleep improved."
)


@pytest.mark.parametrize(
    "title",
    [
        "Low-dose naltrexone added to milnacipran or nortriptyline in fibromyalgia: a randomised "
        "trial",
        "Adding low-dose naltrexone to antidepressants in fibromyalgia",
    ],
)
def test_antidepressants_augmented_in_another_condition_named_by_the_title(title: str) -> None:
    got = facts(title, PAIN.format(cond="fibromyalgia"), RCT)
    assert got.on_topic is False
    assert got.depression_population is False


def test_a_title_treating_the_condition_in_people_with_another_is_still_the_condition() -> None:
    text = (
        "Adults with cancer and major depressive disorder (HAM-D 18 or more) on sertraline were "
        "randomised to naltrexone 4.5 mg or placebo for 8 weeks. Sixty were randomised. "
        "Depression scores fell more with LDN."
    )
    got = facts("Low-dose naltrexone for depression in cancer: a randomised trial", text, RCT)
    assert got.on_topic is True
    assert got.depression_population is True


DOSES = (
    "Methods: We will randomise 120 adults with major depressive disorder on an SSRI. "
    "Participants will receive naltrexone 1 mg, 2.5 mg or 4.5 mg, or placebo, once daily for "
    "12 weeks. {x}"
)
DOSES_TITLE = (
    "Three doses of low-dose naltrexone with SSRIs in depression: protocol of a randomised "
    "dose-ranging trial"
)


@pytest.mark.parametrize(
    "x",
    [
        "All active arms start at 0.5 mg and are increased weekly to the assigned dose.",
        "Active arms start at 0.5 mg, increased weekly to the target dose.",
        "Every arm begins with 0.5 mg and rises weekly to its assigned dose.",
    ],
)
def test_a_start_shared_by_the_arms_of_a_dose_ranging_trial_is_no_arm(x: str) -> None:
    got = facts(DOSES_TITLE, DOSES.format(x=x), PROTOCOL)
    assert got.ldn_doses_mg == [1.0, 2.5, 4.5]
    assert got.compares_doses is True


def test_the_first_step_of_an_escalation_is_still_tested() -> None:
    text = (
        "Methods: Open-label dose escalation in 20 adults with depression on an SSRI. "
        "Participants started at 0.5 mg and were escalated weekly to 1, 2.5 and 4.5 mg; each "
        "step was rated."
    )
    got = facts("A dose-escalation study of low-dose naltrexone in depression", text)
    assert got.ldn_doses_mg == [0.5, 1.0, 2.5, 4.5]


def _extension(description: str) -> dict[str, object]:
    return registration(
        nct="NCT09000001",
        title="Open-Label Extension of the LDN-RANGE Dose-Ranging Trial in Depression",
        status="COMPLETED",
        summary="Open-label extension offering low-dose naltrexone to people with major "
        "depressive disorder who completed the 10-week LDN-RANGE dose-ranging trial.",
        description=description,
        phases=["PHASE2"],
        allocation="NA",
        model="SINGLE_GROUP",
        enrollment=64,
        enrollment_type="ACTUAL",
        arms=[("Naltrexone 4.5 mg", "EXPERIMENTAL", "Naltrexone 4.5 mg nightly for 26 weeks.")],
        interventions=[drug("Naltrexone", arms=["Naltrexone 4.5 mg"])],
        outcomes=["Change in MADRS total score"],
        has_results=True,
    )


@pytest.mark.parametrize(
    "said",
    [
        "Everyone took 4.5 mg nightly, regardless of the dose (1 mg, 2 mg, 4.5 mg or placebo) they "
        "had been randomised to in the parent trial.",
        "Everyone took 4.5 mg nightly, whatever dose (1 mg, 2 mg or 4.5 mg) they were assigned "
        "in the parent trial.",
        "All extension participants received the same dose, 4.5 mg nightly; parent-trial doses "
        "were 1 mg, 2 mg and 4.5 mg.",
    ],
)
def test_an_extension_giving_all_one_dose_compares_none_of_its_parents(said: str) -> None:
    facts_, gaps = judge_registration(_extension(said + " Participants kept their SSRI."))
    assert facts_.compares_doses is False
    assert gaps["dose-finding"] == "no"


def test_an_extension_that_keeps_the_parent_doses_still_compares_them() -> None:
    said = (
        "Participants stayed on the dose they had been randomised to (1 mg, 2 mg or 4.5 mg) "
        "under continued blinding, and the doses were compared at week 26."
    )
    study = _extension(said)
    study["protocolSection"]["armsInterventionsModule"] = {  # type: ignore[index]
        "armGroups": [
            {
                "label": f"Naltrexone {d} mg",
                "type": "EXPERIMENTAL",
                "description": f"Naltrexone {d} mg nightly, continued from the parent trial.",
            }
            for d in ("1", "2", "4.5")
        ]
    }
    facts_, _ = judge_registration(study)
    assert facts_.ldn_doses_mg == [1.0, 2.0, 4.5]
    assert facts_.compares_doses is True

"""A fixed titration written as the list of its steps after the word for the raise ("Dose
escalation 1.5 mg, 3 mg, 4.5 mg (fixed schedule, target 4.5 mg/day)") is one schedule run
through to its last step, the target: its earlier steps are not doses kept, and a trial
with one LDN arm against placebo compares no doses, whatever word ("escalation",
"titration", "escalated stepwise") names the raise. CONTRACT.md: for a fixed titration
only the target is listed; "dose-finding" needs two or more LDN doses compared. Shown by
registry88 NCT00400003 (the intervention's "Dose escalation 1.5 mg, 3 mg, 4.5 mg" read as
three doses compared: the round's one false gap verdict, dose-finding in progress).
Session 36, round 92, c92b.

Ways real abstracts and registrations write a titration as a list of its steps:
- "Naltrexone dose escalation: 1.5 mg, 3 mg, 4.5 mg (fixed schedule; target dose 4.5 mg/day)"
- "The naltrexone titration schedule was 1.5, 3 and 4.5 mg at five-day intervals"
- "Naltrexone was escalated stepwise (1.5 mg, 3 mg, 4.5 mg) every 5 days and maintained at
  4.5 mg"
- "Naltrexone dose escalation steps were 1.5 mg, 3 mg and 4.5 mg; all reached 4.5 mg by day 11"
- "Naltrexone dose escalation (1.5 mg, 3 mg, 4.5 mg every 5 days), then 4.5 mg nightly to week 8"
- "Naltrexone was up-titrated through 1.5 mg and 3 mg to a maintenance dose of 4.5 mg" (the
  run written with its "to", read so before)

The rule is in the doses reader (doses.py, ``chain``): a rising list, no alternatives
between its numbers, in the clause of a raise that runs through it (not "increased to 3
and 4.5 mg", the levels it reaches), whose last step the sentence names again as the dose
kept (the target: "target 4.5 mg/day", "maintained at 4.5 mg", "then 4.5 mg to week 8"),
in a record not framed as a dose escalation. A dose-finding escalation written the same way
but naming no kept dose after its steps ("escalated through 1, 2, 3 and 4.5 mg/day, two
weeks per step") keeps every step.

Near misses keep their verdict: doses given as alternatives after a titration ("titrate
to 1.5 mg, 3 mg or 4.5 mg") are compared arms; a record framed as a dose-escalation study
that reads its outcome at each step tests every step; levels reached by a raise for the
non-responders are both listed; a within-subject escalation through its steps with no dose
kept after them (holdout58 47100013's kind) lists every step."""

import pytest
from written import RCT, TRIAL, facts, judge_registration, registration

TITLE = (
    "Low-dose naltrexone added to mood stabilizers for bipolar depression: a randomized, "
    "placebo-controlled trial"
)
METHODS = (
    "Methods: Sixty adults with bipolar depression on lithium were randomized to "
    "naltrexone or placebo for 8 weeks. "
)
RESULTS = "\nResults: Fifty-six completed. MADRS scores fell more with naltrexone than placebo."


@pytest.mark.parametrize(
    "schedule",
    [
        "Naltrexone dose escalation: 1.5 mg, 3 mg, 4.5 mg (fixed schedule; target dose "
        "4.5 mg/day).",
        "The naltrexone titration schedule was 1.5, 3 and 4.5 mg at five-day intervals, "
        "with a target dose of 4.5 mg nightly.",
        "Naltrexone was escalated stepwise (1.5 mg, 3 mg, 4.5 mg) every 5 days and "
        "maintained at 4.5 mg to week 8.",
        "Naltrexone dose escalation steps were 1.5 mg, 3 mg and 4.5 mg; all participants "
        "reached the 4.5 mg target by day 11.",
        "Naltrexone dose escalation (1.5 mg, 3 mg, 4.5 mg every 5 days), then 4.5 mg "
        "nightly to week 8.",
    ],
)
def test_steps_listed_after_the_raise_are_one_schedule(schedule: str) -> None:
    f = facts(TITLE, METHODS + schedule + RESULTS, RCT)
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses


def test_registration_with_escalation_steps_is_no_dose_finding() -> None:
    study = registration(
        official_title="Adjunctive Low-Dose Naltrexone for Bipolar Depression: a Randomized, "
        "Placebo-Controlled Pilot Trial",
        status="ACTIVE_NOT_RECRUITING",
        summary="Pilot trial of low-dose naltrexone added to a mood stabilizer in bipolar "
        "depression.",
        conditions=["Bipolar Depression"],
        allocation="RANDOMIZED",
        enrollment=36,
        arms=[
            ("LDN", "EXPERIMENTAL", "Naltrexone 1.5 mg, then 3 mg, then 4.5 mg nightly to week 8"),
            ("Placebo", "PLACEBO_COMPARATOR", "Matching placebo", ["Placebo"]),
        ],
        interventions=[
            {
                "type": "DRUG",
                "name": "Naltrexone",
                "description": "Dose escalation 1 mg, 2.5 mg, 4.5 mg over 10 days "
                "(fixed schedule, target 4.5 mg/day)",
                "armGroupLabels": ["LDN"],
            },
        ],
        outcomes=["Change in MADRS"],
    )
    f, gaps = judge_registration(study)
    assert f.ldn_doses_mg == [4.5]
    assert gaps["dose-finding"] == "no"


def test_alternatives_after_a_titration_are_still_compared() -> None:
    f = facts(
        "Low-dose naltrexone for depression: a pilot trial",
        "Methods: Thirty adults with major depression were randomized to naltrexone "
        "titrated to 1.5 mg, 3 mg or 4.5 mg nightly.\nResults: Thirty were randomized.",
        RCT,
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses


def test_escalation_study_reading_each_step_still_compares() -> None:
    f = facts(
        "Low-dose naltrexone in major depression: an open-label dose-escalation study",
        "Methods: Twenty adults with major depression received naltrexone escalated 1.5 mg, "
        "3 mg and 4.5 mg, two weeks at each level, with MADRS at each step.\nResults: MADRS "
        "fell most at 4.5 mg.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.5, 3.0, 4.5]
    assert f.compares_doses


def test_escalation_through_steps_with_no_kept_dose_lists_every_step() -> None:
    f = facts(
        "Stepwise naltrexone in treatment-resistant depression: an open-label pilot",
        "Methods: Twenty adults with treatment-resistant depression took naltrexone, "
        "escalated every 2 weeks through 1 mg, 2 mg, 3 mg and 4.5 mg/day unless adverse "
        "effects occurred.\nResults: The largest gain in MADRS came between 2 mg and 3 mg.",
        TRIAL,
    )
    assert f.ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]

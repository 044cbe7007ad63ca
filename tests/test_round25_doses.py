"""LDN doses, round 25 (batch 13 and leftovers): each kind met in a set, with probes in
other words written before the fix so the rule is not tied to the wording met."""

from __future__ import annotations

from typing import Any

import pytest
from test_round22_doses_records import _single_group

# -- a titration whose steps are read for tolerability, or named as the titration's own
# steps, is still a titration: only its target is a dose (registry19 NCT08000006: "started
# at 1.5 mg and titrated up over two weeks to 4.5 mg daily, which was maintained";
# "Outcomes are tolerability at each titration step" was read as a study of each step and
# gave [1.5, 3, 4.5])


def _titration(title: str, summary: str, arm: str, outcome: str) -> Any:
    return _single_group(title, arm, outcome, summary).facts


@pytest.mark.parametrize(
    ("summary", "arm", "outcome"),
    [
        # the set's record
        (
            "Thirty adults with major depressive disorder taking bupropion received open-label "
            "low-dose naltrexone. The dose was started at 1.5 mg and titrated up over two weeks "
            "to 4.5 mg daily, which was maintained to week 10. Outcomes are tolerability at "
            "each titration step and change in HAM-D17.",
            "Week 1: 1.5 mg; week 2: 3 mg; weeks 3-10: 4.5 mg each evening.",
            "Tolerability at each titration step",
        ),
        # probe: side effects read after every step of the up-titration
        (
            "Adults with major depression will take naltrexone, raised weekly from 1 mg to a "
            "maintenance dose of 4 mg. The end points are side effects after every step of "
            "the up-titration and the MADRS total at week 12.",
            "Days 1-7: naltrexone 1 mg; days 8-14: 2 mg; days 15-84: 4 mg nightly.",
            "Adverse events",
        ),
        # probe: the outcome is safety at each dose level, the schedule a fixed climb
        (
            "An open study in which all participants climb on a fixed schedule from 0.5 mg to "
            "3 mg of naltrexone, the dose then kept for eight weeks. Outcomes include safety "
            "and adherence at each dose level.",
            "Naltrexone 0.5 mg (week 1), 1.5 mg (week 2), then 3 mg (weeks 3-10).",
            "Number with adverse events",
        ),
    ],
)
def test_a_titrations_steps_read_for_tolerability_are_not_doses(
    summary: str, arm: str, outcome: str
) -> None:
    f = _titration("Low Dose Naltrexone in Major Depressive Disorder", summary, arm, outcome)
    assert len(f.ldn_doses_mg) == 1
    assert f.compares_doses is False


@pytest.mark.parametrize(
    ("title", "arm", "outcome", "doses"),
    [
        # true escalations stay: efficacy read at each dose level
        (
            "Low Dose Naltrexone in Major Depressive Disorder",
            "Naltrexone 1 mg nightly for 3 weeks, then 2 mg for 3 weeks, then 4 mg for 3 weeks.",
            "Tolerability and change in MADRS at each dose level",
            [1.0, 2.0, 4.0],
        ),
        # ... or named as a dose escalation, tolerability the outcome
        (
            "A Dose-Escalation Study of Low Dose Naltrexone in Depression",
            "Naltrexone 1.5 mg/day (weeks 1-3), then 3 mg/day (weeks 4-6), then 4.5 mg/day "
            "(weeks 7-9).",
            "Tolerability at each dose level",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_a_true_escalation_still_lists_every_step(
    title: str, arm: str, outcome: str, doses: list[float]
) -> None:
    assert _single_group(title, arm, outcome).facts.ldn_doses_mg == doses


# -- an arm taken out of a protocol is no dose of it, wherever the record names its level
# again (holdout74 31100026: "the 1 mg arm was discontinued in October 2025. Participants
# already randomised to 1 mg will complete treatment ... New participants will be
# randomised 1:1:1 to naltrexone 2.5 mg, naltrexone 4.5 mg or placebo" gave [1, 2.5, 4.5]);
# the removal said in other ways (entry to the arm stopped, the trial not going on with
# it, "no longer"); an arm closed because it was full, or a trial changed to more arms,
# keeps its doses

AMENDED = (
    "Amendment to the protocol of a randomised trial of low-dose naltrexone in major "
    "depressive disorder"
)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Methods and analysis: Following a blinded review of recruitment, the 1 mg arm was "
            "discontinued in October 2025. Participants already randomised to 1 mg will "
            "complete treatment but will be analysed descriptively only. New participants "
            "will be randomised 1:1:1 to naltrexone 2.5 mg, naltrexone 4.5 mg or placebo once "
            "daily for 10 weeks, in addition to their stable SSRI.",
            [2.5, 4.5],
        ),
        # probe: entry to the arm stopped, those on it named after
        (
            "Methods: Recruitment to the naltrexone 1.5 mg arm was stopped after the interim "
            "review; participants on 1.5 mg continue to week 12. Adults with major depressive "
            "disorder enrolled from now on are allocated to naltrexone 3 mg or 4.5 mg nightly.",
            [3.0, 4.5],
        ),
        # probe: the trial not going on with a dose level
        (
            "Methods: The sponsor decided not to continue the 0.5 mg dose level. Adults with "
            "major depressive disorder will now be randomised to naltrexone 2 mg, naltrexone "
            "4 mg or placebo for 12 weeks; people who had started 0.5 mg were offered 2 mg.",
            [2.0, 4.0],
        ),
        # probe: "no longer"
        (
            "Methods: Since amendment 2 the 2 mg group is no longer part of the trial, and "
            "those already taking 2 mg finish their course. Enrolment of adults with major "
            "depression continues to naltrexone 4.5 mg versus placebo for 8 weeks.",
            [4.5],
        ),
        # kept: an arm closed because it was full
        (
            "Methods: Adults with major depressive disorder were randomised to naltrexone "
            "1.5 mg or 4.5 mg nightly. Recruitment to the 4.5 mg arm was closed once 30 "
            "participants were enrolled; the 1.5 mg arm continued to 30.",
            [1.5, 4.5],
        ),
        # kept: the trial changed to a three-arm design (no arm removed, doses gained)
        (
            "Methods: Originally a two-arm trial of naltrexone 4.5 mg against placebo, the "
            "trial was changed to a three-arm design in which adults with major depressive "
            "disorder are randomised to naltrexone 1.5 mg, naltrexone 4.5 mg or placebo for "
            "10 weeks.",
            [1.5, 4.5],
        ),
    ],
)
def test_an_arm_taken_out_is_no_dose_wherever_it_is_named(methods: str, doses: list[float]) -> None:
    from written import PROTOCOL, facts

    assert facts(AMENDED, methods, PROTOCOL).ldn_doses_mg == doses


# -- the levels named inside a flexible range, in its own sentence (the steps one could
# take) or after it (where people ended), are not further doses: the range gives its ends
# (holdout74 31100011: "investigators could raise the dose to 3 mg or 4.5 mg, or lower it
# again ... (flexible dosing, 1.5-4.5 mg)" gave [1.5, 3, 4.5]); arms of their own and
# raises for non-responders keep every level

EXTENSION = (
    "Low-dose naltrexone added to SSRIs in major depressive disorder: an open-label extension"
)


@pytest.mark.parametrize(
    ("methods", "doses"),
    [
        (
            "Methods: Completers of the randomised phase were offered open-label naltrexone. "
            "All participants restarted at 1.5 mg nightly; investigators could raise the dose "
            "to 3 mg or 4.5 mg, or lower it again, according to response and tolerability "
            "(flexible dosing, 1.5-4.5 mg). SSRIs were continued unchanged.\nResults: At week "
            "24, 52 participants were taking 4.5 mg, 12 were taking 3 mg and 7 remained on "
            "1.5 mg.",
            [1.5, 4.5],
        ),
        # probe: the steps within the range named in brackets
        (
            "Methods: Forty adults with major depressive disorder took naltrexone nightly; the "
            "dose could be adjusted between 1 mg and 4 mg (in steps of 2 mg and 3 mg) "
            "according to tolerability.",
            [1.0, 4.0],
        ),
        # probe: free to move up or down, the range said last, a level reached after
        (
            "Methods: Forty adults with major depression taking sertraline began naltrexone at "
            "2 mg; clinicians were free to move the dose up to 3 mg or 4.5 mg, or back down, "
            "as tolerated (a flexible range of 2 to 4.5 mg).\nResults: At week 12, ten were on "
            "3 mg.",
            [2.0, 4.5],
        ),
        # kept: a fixed arm inside another arm's flexible range
        (
            "Methods: Sixty adults with major depressive disorder were randomised to naltrexone "
            "3 mg nightly or to flexible dosing between 1.5 and 4.5 mg as tolerated.",
            [1.5, 3.0, 4.5],
        ),
        # kept: raises for non-responders
        (
            "Methods: Thirty adults with major depressive disorder took naltrexone 1.5 mg "
            "nightly; non-responders at week 4 were raised to 3 mg, and those still not "
            "responding at week 8 to 4.5 mg.",
            [1.5, 3.0, 4.5],
        ),
    ],
)
def test_levels_inside_a_flexible_range_are_not_further_doses(
    methods: str, doses: list[float]
) -> None:
    from written import TRIAL, facts

    assert facts(EXTENSION, methods, TRIAL).ldn_doses_mg == doses


# -- a letter, editorial or comment without people of its own tells what others do in
# practice: nobody's assigned dose or co-medication (holdout75 30100025, a letter: "some
# general practitioners now prescribe it at 4.5 mg nightly alongside SSRIs" gave [4.5] and
# serotonergic); a research letter that treated people of its own keeps them


@pytest.mark.parametrize(
    ("title", "text", "types"),
    [
        (
            "Low-dose naltrexone for depression: time for proper trials",
            "Sir, Low-dose naltrexone (LDN) is increasingly requested by our patients with "
            "depression after reading about it online, and some general practitioners now "
            "prescribe it at 4.5 mg nightly alongside SSRIs. Yet the clinical evidence rests on "
            "one 12-patient pilot and a handful of small studies. We urge funders to support "
            "adequately powered, dose-comparing randomised trials.",
            ("Letter",),
        ),
        # probe: another clinic's habit, another drug and dose
        (
            "Naltrexone at low dose in depression: enthusiasm ahead of evidence",
            "In several clinics psychiatrists already add naltrexone 3 mg at night to "
            "venlafaxine for depressed patients who have not responded. Such off-label use is "
            "spreading faster than the evidence for it, and randomised trials are needed.",
            ("Letter",),
        ),
        # probe: an editorial on what integrative physicians prescribe
        (
            "Low-dose naltrexone and the depressed patient",
            "Integrative physicians commonly prescribe low-dose naltrexone 1.5 to 4.5 mg daily "
            "together with sertraline or bupropion for depression. This practice deserves "
            "scrutiny in controlled trials.",
            ("Editorial",),
        ),
    ],
)
def test_practice_told_in_a_letter_is_nobodys_dose(
    title: str, text: str, types: tuple[str, ...]
) -> None:
    from written import facts, gaps

    f = facts(title, text, types)
    assert (f.design, f.ldn_doses_mg, f.concomitant_classes) == ("other", [], [])
    assert gaps(title, text, types) == {}


def test_a_research_letter_with_people_of_its_own_keeps_their_dose() -> None:
    from written import facts

    f = facts(
        "Low-dose naltrexone added to escitalopram in depression: a research letter",
        "We treated 14 outpatients with major depression taking escitalopram with naltrexone "
        "4.5 mg nightly for 8 weeks; MADRS scores fell by 9 points on average.",
        ("Letter",),
    )
    assert (f.ldn_doses_mg, f.concomitant_classes) == ([4.5], ["serotonergic"])

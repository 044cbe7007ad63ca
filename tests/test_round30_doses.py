"""Round 30 (c30c): LDN doses from batch 19's "dose question" set (holdout87), each kind
said in other words too, so the rule is not tied to the record that showed it."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts

# unlabelled, as holdout87 18100015 is: the inference is the last sentence of the abstract
OPEN_45 = (
    "Forty adults with major depressive disorder took naltrexone 4.5 mg nightly added to "
    "their SSRI for 12 weeks. MADRS fell by 9 points."
)


@pytest.mark.parametrize(
    "conclusion",
    [
        # holdout87 18100015: a dose region the record's inference talks about
        "These data suggest that the commonly used 4.5 mg dose is effective, and "
        "that the 1-2 mg range gives partial benefit; trials comparing these doses are justified.",
        # probes: "indicate that", a single dose that "may suffice"
        "Our findings indicate that a dose of 3 mg might be sufficient for many.",
        # "imply that", a lower dose that "could retain" the effect
        "The results imply that 2 mg could retain most of the benefit.",
        # "support the view that", unlabelled
        "Together these results support the view that 1.5 mg nightly would also work.",
    ],
)
def test_a_dose_only_the_inference_names_is_not_given(conclusion: str) -> None:
    abstract = f"{OPEN_45} {conclusion}"
    got = facts("Low-dose naltrexone added to SSRIs: an open-label trial", abstract, JOURNAL)
    assert got.ldn_doses_mg == [4.5]


def test_a_dose_named_only_in_the_conclusion_is_still_read() -> None:
    abstract = (
        "Methods: Forty adults with major depressive disorder took low-dose naltrexone added "
        "to their SSRI for 12 weeks.\nResults: MADRS fell by 9 points.\n"
        "Conclusions: These data suggest that naltrexone 3 mg daily is a useful add-on."
    )
    got = facts("Low-dose naltrexone added to SSRIs: an open-label trial", abstract, JOURNAL)
    assert got.ldn_doses_mg == [3.0]


DOSE_RANGING = (
    "Low-dose naltrexone augmentation in treatment-resistant depression: a dose-ranging trial"
)


@pytest.mark.parametrize(
    "closed",
    [
        # holdout87 18100037: closed at interim once people had been allocated to it
        "As prespecified, the 1 mg arm was closed for futility at the interim analysis after "
        "14 participants had been allocated to it.",
        # probes: entry into the arm stopped once a count of people had received it
        "Randomisation to the 1 mg group was stopped after 11 patients had received it.",
        # the committee's removal at an interim look, the arm's people counted before it
        "At a planned interim analysis the monitoring committee dropped the 1 mg arm, to which "
        "16 participants had been randomised.",
        # for lack of efficacy, no interim named
        "The 1 mg arm was discontinued for lack of efficacy.",
    ],
)
def test_an_arm_closed_after_people_took_its_dose_is_a_dose_tested(closed: str) -> None:
    abstract = (
        "Methods: Adults with treatment-resistant depression on an SNRI were randomised to "
        f"naltrexone 1 mg, 2.5 mg or 4.5 mg daily or placebo for 12 weeks. {closed}\n"
        "Results: In total 118 participants were randomised. MADRS change versus placebo was "
        "-3.6 for 2.5 mg and -4.1 for 4.5 mg."
    )
    assert facts(DOSE_RANGING, abstract, RCT).ldn_doses_mg == [1.0, 2.5, 4.5]


def test_an_arm_an_amendment_removed_is_still_no_dose() -> None:
    abstract = (
        "Methods: Adults with treatment-resistant depression on an SNRI were to be randomised "
        "to naltrexone 1 mg, 2.5 mg or 4.5 mg daily or placebo. Following a protocol amendment "
        "the 1 mg arm was removed before recruitment began.\n"
        "Results: 96 participants were randomised."
    )
    assert facts(DOSE_RANGING, abstract, RCT).ldn_doses_mg == [2.5, 4.5]


ESCALATION = "Ascending doses of low-dose naltrexone added to sertraline: a sequential-cohort study"
ON_SERTRALINE = (
    "Methods: Adults with major depressive disorder who had not remitted on sertraline "
    "50-200 mg/d were enrolled in sequential cohorts of eight."
)


@pytest.mark.parametrize(
    ("cohorts", "doses"),
    [
        # holdout87 18100005: cohorts named by a list of their numbers, no drug in the sentence
        (
            "Cohort 1 received 250 µg twice daily; cohorts 2, 3 and 4 received 1 mg, 2 mg and "
            "4.5 mg once daily.",
            [0.5, 1.0, 2.0, 4.5],
        ),
        # probes: a span of lettered groups
        ("Groups B to D took 1.5 mg, 3 mg and 4.5 mg nightly in turn.", [1.5, 3.0, 4.5]),
        # dose levels numbered as a range
        ("Dose levels 1-3 were 1 mg, 2 mg and 3 mg at night.", [1.0, 2.0, 3.0]),
        # two lettered cohorts, "and"
        ("Cohorts A and B received 0.5 mg and 1 mg daily.", [0.5, 1.0]),
    ],
)
def test_cohorts_named_by_a_list_of_labels_get_the_titled_drug(
    cohorts: str, doses: list[float]
) -> None:
    abstract = f"{ON_SERTRALINE} {cohorts}\nResults: No dose-limiting events occurred."
    assert facts(ESCALATION, abstract, TRIAL).ldn_doses_mg == doses

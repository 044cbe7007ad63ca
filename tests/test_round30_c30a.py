"""Round 30 (c30a): false gap verdicts from batch 19 (holdout87-88), and probes of the
same kinds said otherwise."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts, gaps

# -- the co-medication of people a derived report leaves out (holdout88 17100018): the
# "remaining" participants, those "reported in the primary paper", "analysed separately"
# or "excluded from this analysis" are not this record's people

POST_HOC = "Low-dose naltrexone in treatment-resistant depression: a post hoc analysis of a trial"


@pytest.mark.parametrize(
    "methods",
    [
        # the record's wording: the other participants reported in the primary paper
        "Post hoc analysis restricted to the 21 participants whose stable antidepressant was "
        "bupropion, randomized to naltrexone 1.5 mg or 4.5 mg daily in major depressive "
        "disorder. The remaining 72 trial participants, who were taking SSRIs or SNRIs, are "
        "reported in the primary paper.",
        # probes: analysed separately, after a semicolon
        "We analysed the 25 patients with major depressive disorder whose antidepressant was "
        "bupropion in a randomised trial of naltrexone 4.5 mg or placebo; the 40 patients on "
        "SSRIs were analysed separately.",
        # ... left out of this analysis, with a count in brackets
        "Secondary analysis of a randomised trial of naltrexone 4.5 mg or placebo added to "
        "bupropion in adults with major depressive disorder. Patients taking an SNRI (n = 30) "
        "were excluded from this analysis, leaving 33.",
        # ... to be described in a report of their own
        "In this subgroup analysis of a placebo-controlled trial of LDN 4.5 mg in major "
        "depression, we included the 28 bupropion-treated participants; those on sertraline "
        "or escitalopram (n = 51) will be described in a separate report.",
    ],
)
def test_the_drugs_of_people_left_out_of_a_derived_report_are_not_its_own(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: MADRS scores fell more with naltrexone."
    f = facts(POST_HOC, abstract, RCT)
    assert f.concomitant_classes == ["dopaminergic"]
    assert "serotonergic-combination" not in gaps(POST_HOC, abstract, RCT)


def test_a_derived_report_whose_own_people_take_an_ssri_keeps_it() -> None:
    abstract = (
        "Methods: Post hoc analysis restricted to the 44 participants whose stable "
        "antidepressant was an SSRI (sertraline or escitalopram), randomized to naltrexone "
        "4.5 mg or placebo in a trial in major depressive disorder. The remaining 20 "
        "participants, who were taking bupropion, are reported in the primary paper.\n"
        "Results: MADRS scores fell more with naltrexone."
    )
    assert facts(POST_HOC, abstract, RCT).concomitant_classes == ["serotonergic"]
    assert gaps(POST_HOC, abstract, RCT)["serotonergic-combination"] == "addressed"


def test_results_reported_elsewhere_are_not_people_left_out() -> None:
    # the subject is the results, of perhaps these very people: the SSRI stays
    abstract = (
        "Methods: Secondary analysis of 60 adults with major depressive disorder randomised to "
        "naltrexone 4.5 mg or placebo added to sertraline. The primary results in patients on "
        "sertraline have been reported elsewhere.\nResults: Sleep improved with naltrexone."
    )
    assert "serotonergic" in facts(POST_HOC, abstract, JOURNAL).concomitant_classes


# -- a dose-comparison design weighed and turned down is a denial (holdout87 18100016: "A
# dose-comparison design was considered but rejected because ..."): like "not a
# dose-finding trial", it sets aside every naming of the comparison

PLANNED = "Low-dose naltrexone augmentation in major depressive disorder: protocol for a trial"
ALLOCATION = (
    "Methods: 120 adults with major depressive disorder will be randomized 1:1 to low-dose "
    "naltrexone or placebo added to their antidepressant. "
)


@pytest.mark.parametrize(
    "turned_down",
    [
        # the record's wording
        "A dose-comparison design was considered but rejected because of the sample needed.",
        # probes: the verb before the design, first person
        "We rejected a dose-ranging design because it would need 240 participants.",
        # ... judged unfeasible
        "A dose-comparison arm was deemed unfeasible with the funds available.",
        # ... weighed and not adopted
        "Comparing several doses was considered but not adopted.",
        # ... a decision against it
        "The steering committee decided against a dose-escalation phase.",
    ],
)
def test_a_dose_comparison_design_turned_down_is_not_the_studys(turned_down: str) -> None:
    abstract = ALLOCATION + turned_down
    assert facts(PLANNED, abstract, PROTOCOL).compares_doses is False
    assert "dose-finding" not in gaps(PLANNED, abstract, PROTOCOL)


def test_a_dose_finding_phase_considered_and_kept_still_counts() -> None:
    abstract = ALLOCATION + "A dose-finding phase was considered and precedes the randomised phase."
    assert gaps(PLANNED, abstract, PROTOCOL)["dose-finding"] == "in_progress"


# -- doses named in a rationale of what doses do in general are no arms (holdout87
# 18100016: "1-2 mg produces brief partial blockade, whereas 4.5 mg gives near-complete
# transient blockade"): a dose as the subject of a present-tense effect, given to nobody

ONE_DOSE = (
    "Methods: 60 adults with major depressive disorder on bupropion will be randomized 1:1 "
    "to naltrexone 4.5 mg or placebo nightly. "
)


@pytest.mark.parametrize(
    "rationale",
    [
        # the record's wording
        "We chose a single 4.5 mg dose after reviewing receptor-occupancy data: 1-2 mg "
        "produces brief partial blockade, whereas 4.5 mg gives near-complete transient "
        "blockade.",
        # probes: the dose in brackets after "lower doses", a plural verb
        "Lower doses (1 mg) occupy only a fraction of opioid receptors, while 4.5 mg blocks "
        "most of them for several hours.",
        # ... the dose heading the clause, the drug named after it; "is thought to"
        "At 0.5 mg, naltrexone acts mainly on microglial TLR4; 3 mg is thought to add "
        "transient opioid blockade.",
        # ... a that-clause, with a modal
        "Pharmacokinetic modelling suggests that 2 mg may achieve half the receptor "
        "occupancy of the chosen dose.",
    ],
)
def test_doses_in_a_rationale_of_what_doses_do_are_not_arms(rationale: str) -> None:
    abstract = ONE_DOSE + rationale
    f = facts(PLANNED, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert f.compares_doses is False
    assert "dose-finding" not in gaps(PLANNED, abstract, PROTOCOL)


def test_the_holdout87_protocol_gives_one_dose_and_compares_none() -> None:
    abstract = (
        "Background: Because the effective dose is uncertain, dose selection is a central "
        "design question.\nMethods: We describe an 8-week trial in which 60 adults with major "
        "depressive disorder and anhedonia on bupropion XL (300-450 mg/day) will be "
        "randomized 1:1 to naltrexone 4.5 mg or placebo nightly. We chose a single 4.5 mg "
        "dose after reviewing receptor-occupancy data: 1-2 mg produces brief partial "
        "blockade, whereas 4.5 mg gives near-complete transient blockade. A dose-comparison "
        "design was considered but rejected because the sample needed would be four times "
        "larger.\nConclusions: Its results will inform whether dose-finding studies are "
        "warranted."
    )
    title = "Low-dose naltrexone 4.5 mg versus placebo added to bupropion: design of a trial"
    f = facts(title, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [4.5]
    assert "dose-finding" not in gaps(title, abstract, PROTOCOL)


def test_doses_people_are_given_stay_arms() -> None:
    # the people's verb, not the dose's: both doses are arms
    abstract = (
        "Methods: 90 adults with major depressive disorder will be randomized to naltrexone "
        "1.5 mg, 4.5 mg or placebo nightly for 8 weeks. We expect that participants given "
        "1.5 mg achieve less opioid blockade than those given 4.5 mg."
    )
    f = facts(PLANNED, abstract, PROTOCOL)
    assert f.ldn_doses_mg == [1.5, 4.5]
    assert gaps(PLANNED, abstract, PROTOCOL)["dose-finding"] == "in_progress"

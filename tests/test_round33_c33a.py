"""Round 33 (c33a): false verdicts from batches 21-22, each fixed by its kind and probed
in other words than the record's."""

from __future__ import annotations

import pytest
from written import RCT, TRIAL, facts, gaps

# -- 1. earlier work named as what motivated the study is cited work (holdout97 10400026):
# its drug and dose are not the study's own

BUP = (
    "Ultra-low-dose buprenorphine for treatment-resistant late-life depression: a randomized trial"
)
BUP_METHODS = (
    "Methods: Adults aged 50 or older with treatment-resistant depression on venlafaxine "
    "were randomly assigned to sublingual buprenorphine 0.2-1.2 mg/day or placebo for 8 "
    "weeks.\nResults: Of 158 participants randomly assigned, 142 completed. MADRS change did "
    "not differ."
)


@pytest.mark.parametrize(
    "objective",
    [
        # the record's wording: earlier work as the subject of "motivated the present trial"
        "Earlier open-label work with low-dose naltrexone (LDN) 4.5 mg in younger adults, and "
        "a pilot of LDN added to dopaminergic antidepressants, motivated the present trial of "
        "a partial mu agonist/kappa antagonist.",
        # another verb and object: "informed the design of this study"
        "Encouraging open-label experience with low-dose naltrexone 3 mg in younger patients, "
        "together with a small series of LDN added to sertraline, informed the design of this "
        "study.",
        # the passive: "this trial was prompted by ..."
        "This trial was prompted by a pilot of low-dose naltrexone 4.5 mg added to "
        "escitalopram and by uncontrolled reports in younger adults.",
        # a participle phrase opening the study's own sentence
        "Prompted by pilot data on low-dose naltrexone 2 mg with SSRIs, we asked whether a "
        "partial mu agonist would help older adults.",
    ],
)
def test_earlier_work_that_motivated_the_study_is_not_its_own_arm(objective: str) -> None:
    abstract = f"Objective: {objective}\n{BUP_METHODS}"
    f = facts(BUP, abstract, RCT)
    assert not f.on_topic
    assert f.ldn_doses_mg == []
    assert gaps(BUP, abstract, RCT) == {}


def test_an_ldn_trial_motivated_by_an_earlier_ldn_pilot_keeps_its_own_arms() -> None:
    title = "Low-dose naltrexone added to SSRIs in major depression: a randomized trial"
    abstract = (
        "Objective: An earlier pilot of low-dose naltrexone 2 mg added to dopaminergic "
        "antidepressants motivated the present trial.\nMethods: 96 adults with major "
        "depressive disorder taking an SSRI were randomised to naltrexone 4.5 mg/day or "
        "placebo for 8 weeks.\nResults: Response was 41% vs 22%."
    )
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }


# -- 2. a dose as the subject of a general present-tense statement of what it cannot or
# can do ("'low-dose' preparations of 4.5 mg may be insufficient to block kappa
# receptors", holdout93 11100013): nobody is given it, so it is no arm; the study's own
# 12.5 mg is neither LDN nor standard

HALF = "Half-dose naltrexone (12.5 mg) augmentation in SSRI-resistant depression: a pilot"
HALF_METHODS = (
    "Method: Twenty-two outpatients with major depression not responding to an SSRI received "
    "naltrexone 12.5 mg daily for 8 weeks.\nResults: MADRS decreased from 27.3 to 17.1."
)


WHILE = "Standard 50 mg naltrexone is poorly tolerated when added to antidepressants, while"


@pytest.mark.parametrize(
    "objective",
    [
        # the record's wording
        f"{WHILE} 'low-dose' preparations of 4.5 mg may be insufficient to block kappa "
        "receptors. We tested an intermediate dose.",
        # a regimen, "are probably too weak to"
        f"{WHILE} low-dose regimens of 3 mg are probably too weak to block kappa receptors.",
        # the dose's noun after it, "is unlikely to"
        f"{WHILE} a 4.5 mg dose is unlikely to give sustained kappa blockade.",
        # a range, "may not be enough to"
        f"{WHILE} doses of 1.5-4.5 mg may not be enough to antagonise kappa receptors.",
        # the drug's label with the dose in brackets, "cannot"
        f"{WHILE} LDN (4.5 mg) probably cannot block kappa receptors.",
    ],
)
def test_a_dose_said_in_general_to_fall_short_is_no_arm(objective: str) -> None:
    abstract = f"Objective: {objective}\n{HALF_METHODS}"
    f = facts(HALF, abstract, TRIAL)
    assert f.ldn_doses_mg == []
    assert not f.on_topic
    assert gaps(HALF, abstract, TRIAL) == {}


def test_the_studys_own_dose_said_to_suffice_in_its_results_stays_an_arm() -> None:
    title = "Low-dose naltrexone added to SSRIs in depression: an open-label pilot"
    abstract = (
        "Method: Thirty outpatients with major depression on an SSRI received naltrexone "
        "4.5 mg nightly for 8 weeks.\nResults: MADRS fell from 26 to 15.\nConclusions: "
        "Naltrexone 4.5 mg was sufficient to improve mood in this sample."
    )
    f = facts(title, abstract, TRIAL)
    assert f.on_topic
    assert f.ldn_doses_mg == [4.5]


# -- 3. a randomised withdrawal trial: its n is whom it randomised after the open-label
# lead-in, however the step to randomisation is said ("44 consented to randomization",
# holdout96 10300009; "88 responders were randomised" was read right already)

WITHDRAWAL = (
    "Continuation or discontinuation of low-dose naltrexone after response in major "
    "depression: a randomized withdrawal trial"
)
WITHDRAWAL_METHODS = (
    "Method: Adult outpatients with major depressive disorder taking an SSRI received "
    "open-label naltrexone 4.5 mg/day for 8 weeks (phase 1). Responders were then randomly "
    "assigned, double-blind, to continue 4.5 mg or switch to placebo for 16 weeks (phase "
    "2).\nResults: "
)


@pytest.mark.parametrize(
    ("results", "n"),
    [
        # the record's wording: consent to the randomisation itself
        (
            "Of 118 patients who entered phase 1, 47 responded and 44 consented to "
            "randomization (22 to 4.5 mg, 22 to placebo).",
            44,
        ),
        # the lead-in begun, then a step on to randomisation
        (
            "Of 126 adults who began open-label LDN, 40 responders went on to randomisation "
            "(20 to continued 4.5 mg, 20 to placebo).",
            40,
        ),
        # the lead-in started, then agreement to be randomised
        ("In all, 131 patients started the lead-in; 42 remitters agreed to be randomised.", 42),
    ],
)
def test_a_randomised_withdrawal_trial_counts_whom_it_randomised(results: str, n: int) -> None:
    abstract = f"{WITHDRAWAL_METHODS}{results} Relapse occurred in 13% vs 50%."
    assert facts(WITHDRAWAL, abstract, RCT).n == n
    assert "larger-trials" not in gaps(WITHDRAWAL, abstract, RCT)


def test_consent_to_take_part_is_still_before_randomisation() -> None:
    abstract = (
        "Method: Adults with major depressive disorder on an SSRI were randomised to "
        "naltrexone 4.5 mg/day or placebo for 8 weeks.\nResults: Of 140 screened, 96 "
        "consented and 88 were randomised. Response was 41% vs 22%."
    )
    assert facts(WITHDRAWAL, abstract, RCT).n == 88


# -- 4. antidepressant use recorded and adjusted for is a covariate, a trait of the
# people, not depression measured (holdout95 10200019, LDN in Crohn's disease)

CROHN = "Low-dose naltrexone for mild-to-moderate Crohn's disease: a randomised trial"


@pytest.mark.parametrize(
    "covariate",
    [
        # the record's wording
        "Use of antidepressants (SSRIs in 14%, tricyclics in 9%) was recorded and adjusted for.",
        # "controlled for in the analysis"
        "Concomitant antidepressant use (19%) was controlled for in the analysis.",
        # "accounted for in all models"
        "Antidepressant use (n = 27) was statistically accounted for in all models.",
        # the adjustment said first
        "All analyses were adjusted for age, smoking and antidepressant use.",
    ],
)
def test_antidepressant_use_adjusted_for_measures_no_mood(covariate: str) -> None:
    abstract = (
        "Methods: 120 adults with active Crohn's disease (CDAI 220-400) were randomised to LDN "
        f"4.5 mg nightly or placebo for 12 weeks. {covariate}\nResults: Clinical response "
        "occurred in 52% vs 33%. IBDQ quality of life improved."
    )
    assert not facts(CROHN, abstract, RCT).on_topic
    assert gaps(CROHN, abstract, RCT) == {}


def test_a_mood_scale_beside_the_covariate_still_measures_mood() -> None:
    abstract = (
        "Methods: 120 adults with active Crohn's disease were randomised to LDN 4.5 mg nightly "
        "or placebo. Antidepressant use was adjusted for.\nResults: Clinical response occurred "
        "in 52% vs 33%; HADS depression scores fell more with LDN."
    )
    assert facts(CROHN, abstract, RCT).on_topic

"""Round 38 (c38b, recall): interim and congress reports of trials, sub-studies of trials
and the sample a report counts; from holdout114-116 and preprints33 once they were
opened. Each case is said in several wordings of our own besides the one the set used."""

from __future__ import annotations

import pytest
from written import JOURNAL, PROTOCOL, RCT, facts, gaps

CONGRESS = ("Journal Article", "Congress")

# -- 1. a report with outcome results of its own is a trial report, not a protocol, even
# when it tells the ongoing trial in the present tense and what is still to come

INTERIM = [
    (
        "P.0417 Low-dose naltrexone oral solution at two doses added to vortioxetine or SSRIs "
        "in treatment-resistant depression: interim results of the NALTRE-V randomised trial",
        "Methods: NALTRE-V is a double-blind RCT in four centres (target 57 patients). "
        "Outpatients with treatment-resistant depression on stable vortioxetine or an SSRI are "
        "randomised to naltrexone oral solution 1 mg/mL, 2 mL or 4 mL at bedtime, or placebo, "
        "for 8 weeks. We report a pre-planned interim analysis.\n"
        "Results: The first 30 randomised patients (10 per arm) were analysed. MADRS decreased "
        "by 11.2 (4 mL), 8.7 (2 mL) and 5.1 (placebo) points.\n"
        "Conclusions: These preliminary data support continuing the trial; final results are "
        "expected in 2026.",
    ),
    # probe: the rest of the sample "will be randomised"; the outcome as two rates
    (
        "Naltrexone 1.5 mg versus 4.5 mg added to escitalopram in major depression: an early "
        "look at a blinded trial",
        "Methods: Adults with major depressive disorder taking escitalopram are assigned at "
        "random to naltrexone 1.5 mg or 4.5 mg nightly or placebo; the remaining participants "
        "will be randomised by mid-2026.\n"
        "Results: Among the first 36 participants, response rates at week 6 were 44% with "
        "4.5 mg, 33% with 1.5 mg and 17% with placebo.\n"
        "Conclusions: Enrolment continues.",
    ),
    # probe: the findings section says what was seen, and the paper says what we will do
    (
        "Low-dose naltrexone (2 mg or 4 mg daily) with sertraline for depression: first "
        "findings of the SERENA trial",
        "Methods: SERENA randomises adults with major depression on sertraline to naltrexone "
        "2 mg or 4 mg daily or placebo for 10 weeks; we will include 90 participants in "
        "total.\n"
        "Results: In 41 participants who completed week 10, HAM-D scores fell more with 4 mg "
        "than with placebo (mean difference 4.1 points).\n"
        "Conclusions: Recruitment to the full sample is under way.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), INTERIM)
def test_an_interim_report_with_outcomes_of_its_own_is_the_trial(title: str, abstract: str) -> None:
    f = facts(title, abstract, CONGRESS)
    assert f.design == "rct"
    assert f.has_results
    g = gaps(title, abstract, CONGRESS)
    assert g.get("serotonergic-combination") == "addressed"
    assert g.get("dose-finding") == "addressed"


PLANNED = [
    # a protocol that plans an interim analysis stays a protocol
    (
        "Low-dose naltrexone 1 mg or 4 mg added to SSRIs in depression: the NALTRE-X trial",
        "Methods: NALTRE-X is a double-blind RCT in which 120 adults with major depression "
        "on an SSRI will be randomised to naltrexone 1 mg, 4 mg or placebo for 8 weeks. A "
        "pre-planned interim analysis will be performed after 60 participants complete week "
        "8.\n"
        "Results: Recruitment began in January 2025; results are expected in 2027.",
    ),
    # ... and one whose results section names what it will measure, in the past of its
    # own planning ("was chosen")
    (
        "Naltrexone 2 mg versus 4 mg with escitalopram in depression: design of a trial",
        "Methods: Adults with major depression on escitalopram will be randomised to "
        "naltrexone 2 mg or 4 mg daily or placebo; 90 will be enrolled.\n"
        "Results: The change in MADRS score at week 8 was chosen as the primary outcome; "
        "results are expected in 2027.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PLANNED)
def test_a_protocol_with_a_planned_interim_analysis_stays_a_protocol(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.design == "protocol"
    assert not f.has_results
    assert "addressed" not in gaps(title, abstract, JOURNAL).values()
    assert facts(title, abstract, PROTOCOL).design == "protocol"


# -- 2. "N of the M planned participants had been randomised": the record reports N (its
# own sample at the cut-off); M is the plan

CUTOFF_TITLE = (
    "Low-dose naltrexone as an adjunct to SSRIs in postpartum depression: preliminary "
    "results of a randomised trial"
)
CUTOFF_RESULTS = (
    "Results: Mean EPDS change at week 8 was -7.9 with LDN and -5.2 with placebo (difference "
    "-2.7, 95% CI -5.1 to -0.3)."
)


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "At the data cut-off (30 September 2024), 58 of the 64 planned participants had been "
            "randomised.",
            58,
        ),
        # probes: the plan before its number, "enrolled", another noun
        ("By the interim cut-off 112 of a planned 150 patients were enrolled.", 112),
        ("Recruitment had reached 47 of the intended 60 women when the data were frozen.", 47),
        ("When this analysis was run, 73 out of 90 planned patients had been randomised.", 73),
        ("At the time of analysis, enrolment stood at 88 of a target of 120 participants.", 88),
    ],
)
def test_a_report_counts_the_participants_it_has_not_the_plan(sentence: str, n: int) -> None:
    abstract = (
        "Methods: Women with postpartum major depression despite at least six weeks of "
        "sertraline or escitalopram were randomised 1:1 to LDN 4.5 mg at night or placebo for "
        f"8 weeks, continuing their SSRI. {sentence}\n{CUTOFF_RESULTS}"
    )
    assert facts(CUTOFF_TITLE, abstract, CONGRESS).n == n


# -- 3. people who take the drug added to the antidepressant they take (an augmentation)
# are treated for the condition, even where the record measures no mood outcome (an
# interview study, an adherence study) and states no dose


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            '"It took the edge off, but I still needed my SSRI": a qualitative study of '
            "participants' experiences of low-dose naltrexone augmentation in the LUMEN trial",
            "Background: Little is known about how patients experience low-dose naltrexone "
            "(LDN) for depression.\n"
            "Aims: To explore experiences of participants in a randomised trial of LDN added "
            "to SSRIs or SNRIs.\n"
            "Method: Semi-structured interviews were conducted after unblinding with 21 "
            "participants (13 allocated to LDN, 8 to placebo) purposively sampled from the "
            "Dutch sites of the LUMEN trial. Transcripts were analysed thematically.\n"
            "Results: Four themes emerged: hope and scepticism about an 'addiction drug'; "
            "vivid dreams as both burden and proof of active treatment.\n"
            "Conclusions: Participants valued LDN as an add-on.",
        ),
        # probes: focus groups; an adherence study from pharmacy records
        (
            "Acceptability of low-dose naltrexone as an adjunct to escitalopram: focus groups "
            "with trial completers",
            "Methods: Three focus groups were held with 15 adults who had taken naltrexone "
            "4.5 mg as an adjunct to escitalopram in an open-label trial.\n"
            "Results: Participants described the once-daily capsule as easy to take.",
        ),
        (
            "Persistence with low-dose naltrexone added to venlafaxine: a pharmacy refill study",
            "Methods: Refill records of 64 adults dispensed naltrexone 3 mg daily added to "
            "venlafaxine were reviewed for 12 months.\n"
            "Results: Half of them stopped naltrexone within 4 months.",
        ),
    ],
)
def test_the_drug_added_to_an_antidepressant_treats_the_condition(
    title: str, abstract: str
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert f.on_topic


def test_the_drug_added_to_an_antidepressant_taken_for_another_condition_stays_off() -> None:
    abstract = (
        "Methods: Forty adults with fibromyalgia on stable duloxetine were interviewed about "
        "naltrexone 4.5 mg added to duloxetine.\n"
        "Results: Most described less widespread pain."
    )
    assert not facts("Low-dose naltrexone added to duloxetine in fibromyalgia", abstract).on_topic


# -- 4. a derived report's own analysed subgroup, sized in brackets after the people it
# picks, is its n (not the parent's)

SUB_TITLE = "Low-dose naltrexone in fibromyalgia with depressive symptoms: a subgroup analysis"
SUB_PARENT = (
    "Objectives: The FINAL trial randomised 100 women with fibromyalgia to low-dose "
    "naltrexone (LDN) 4.5 mg or placebo for 12 weeks."
)


@pytest.mark.parametrize(
    ("methods", "own"),
    [
        (
            "Pre-specified subgroup analysis of participants with HADS-D >= 8 at baseline "
            "(n=44; 23 LDN, 21 placebo).",
            44,
        ),
        # probes: a subset chosen by a marker, by age, by a measure they completed
        ("We analysed the subset of participants with an elevated CRP at baseline (n = 38).", 38),
        (
            "Exploratory analysis restricted to patients aged 50 or older (n=27; naltrexone 14, "
            "placebo 13).",
            27,
        ),
        ("The present sub-study included the women who wore an actigraph (n = 52).", 52),
    ],
)
def test_a_subgroup_sized_in_brackets_is_the_reports_own_sample(methods: str, own: int) -> None:
    abstract = (
        f"{SUB_PARENT}\nMethods: {methods}\nResults: HADS-D improved more with LDN (-3.2 vs "
        "-1.1; p=0.04)."
    )
    assert facts(SUB_TITLE, abstract, RCT).n == own


def test_a_derived_report_of_the_whole_trial_sized_in_brackets_keeps_it() -> None:
    abstract = (
        f"{SUB_PARENT}\nMethods: Secondary analysis of all randomised participants (n = 100) "
        "of sleep outcomes.\nResults: Sleep quality improved more with LDN (p=0.03)."
    )
    assert facts(SUB_TITLE, abstract, RCT).n == 100


# -- 5. in a survey, "Of N respondents, M met the inclusion criteria": M is the sample
# (the N were looked at and sifted, a pool)

SURVEY_TITLE = "Self-reported mood effects of low dose naltrexone: an online survey of users"


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Of 702 respondents, 612 met inclusion criteria.", 612),
        # probes: "eligibility criteria", a bracketed definition, "fulfilled"
        ("Of 1,250 people who opened the survey, 980 met the eligibility criteria.", 980),
        (
            "Of 455 forum members who answered, 401 met the inclusion criteria (current use for "
            "at least one month).",
            401,
        ),
        ("Of the 530 questionnaires returned, 488 respondents fulfilled the study criteria.", 488),
    ],
)
def test_a_survey_counts_the_respondents_who_qualified(sentence: str, n: int) -> None:
    abstract = (
        "Low dose naltrexone (LDN) is widely used off-label, and anecdotal reports describe "
        "improved mood. We conducted an anonymous online survey of adults currently taking "
        f"LDN, recruited through patient forums. {sentence} The median dose was 4.5 mg. "
        "Sixty-one per cent reported improved mood since starting LDN."
    )
    assert facts(SURVEY_TITLE, abstract).n == n


def test_a_trial_that_met_criteria_then_randomised_counts_the_randomised() -> None:
    abstract = (
        "Methods: Of 150 adults with major depression screened, 96 met inclusion criteria. "
        "Of these, 80 were randomised to naltrexone 4.5 mg or placebo added to sertraline.\n"
        "Results: MADRS fell more with naltrexone (p=0.02)."
    )
    assert facts("Low-dose naltrexone added to sertraline: an RCT", abstract, RCT).n == 80


def test_arm_sizes_in_brackets_are_not_a_subgroup() -> None:
    # (found by the scoring: holdout88 17100018) the people are counted, then each arm
    abstract = (
        "Objective: We examined dose-response in the bupropion-treated participants of a "
        "three-arm dose-ranging trial.\nMethods: Post hoc analysis restricted to the 21 "
        "participants whose stable antidepressant was bupropion and who had been randomized "
        "to naltrexone 1.5 mg (n = 7), 3.0 mg (n = 6) or 4.5 mg (n = 8) daily. The remaining "
        "72 trial participants are reported in the primary paper.\nResults: MADRS fell more "
        "with higher doses (trend p = 0.04)."
    )
    assert facts(SUB_TITLE, abstract, RCT).n == 21
    # ... and one arm named alone in brackets is no subgroup either
    one_arm = abstract.replace(
        "to naltrexone 1.5 mg (n = 7), 3.0 mg (n = 6) or 4.5 mg (n = 8) daily",
        "to naltrexone 4.5 mg daily (n = 11) or placebo",
    )
    assert facts(SUB_TITLE, one_arm, RCT).n == 21

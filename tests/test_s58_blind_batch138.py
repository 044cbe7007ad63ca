"""Kinds from blind batch 138 (session 58, first measured on the src of 9f60800a), written
again in other words.

- preprints116 PPR9900395: a narrative review whose "We then review the clinical
  literature ...: one small randomised proof-of-concept trial, ..., retrospective chart
  reviews" was read as a randomised trial comparing doses (a false dose-finding verdict).
- holdout537 52200981: a three-arm protocol whose first arm "continues the antidepressant
  unchanged and adds LDN" was read as a switch to LDN because another arm tapers it (a
  missed serotonergic verdict).
"""

from __future__ import annotations

from written import facts, gaps, judge_preprint, preprint

PROTOCOL = ["Journal Article", "Clinical Trial Protocol"]
RCT = ["Journal Article", "Randomized Controlled Trial"]
BACK_PAIN_TITLE = (
    "Low-dose naltrexone and depressive symptoms in back pain: a secondary analysis of an RCT"
)


def test_a_review_that_then_reviews_the_literature_is_a_review() -> None:
    text = (
        "Low-dose naltrexone (LDN) is prescribed for depression at 1.5 to 4.5 mg. In this "
        "narrative review we summarise its pharmacology. We then review the clinical "
        "literature: one small randomised pilot, case series, retrospective chart reviews and "
        "open studies that compared 1.5 mg with 4.5 mg in pain. Doses ranged from 0.5 mg to "
        "6 mg per day. We propose a framework for future dose-finding trials."
    )
    f, g = judge_preprint(
        preprint("Finding the dose: a narrative review of naltrexone in depression", text)
    )
    assert f.design == "review"
    assert g == {}


def test_a_chart_review_of_its_own_patients_stays_observational() -> None:
    # (control: the record reviews its own patients' charts)
    text = (
        "We then reviewed the charts of 64 outpatients with major depressive disorder who "
        "started low-dose naltrexone 4.5 mg alongside an SSRI. PHQ-9 fell from 16 to 10."
    )
    f, _ = judge_preprint(
        preprint("Low-dose naltrexone with SSRIs in depression: a chart review", text)
    )
    assert f.design == "observational"


THREE_ARMS = (
    "Methods: We will randomise 150 adults with major depressive disorder (MADRS 20 or more) "
    "and a partial response to sertraline or venlafaxine. Arm A continues the antidepressant "
    "unchanged and adds naltrexone 4.5 mg at night; arm B tapers the antidepressant to zero "
    "over 3 weeks and then starts naltrexone, so that naltrexone is taken alone; arm C "
    "continues the antidepressant and adds placebo."
)
THREE_TITLE = "Adding or switching to low-dose naltrexone in depression: protocol for an RCT"


def test_an_arm_that_continues_the_antidepressant_and_adds_ldn_is_a_combination() -> None:
    f = facts(THREE_TITLE, THREE_ARMS, PROTOCOL)
    assert f.concomitant_classes == ["serotonergic", "noradrenergic"]
    assert gaps(THREE_TITLE, THREE_ARMS, PROTOCOL)["serotonergic-combination"] == "in_progress"


def test_a_switch_with_only_placebo_added_to_the_kept_drug_stays_a_replacement() -> None:
    # (control: only the placebo arm keeps the antidepressant)
    text = (
        "Methods: We will randomise 150 adults with major depressive disorder and a partial "
        "response to sertraline. Arm A tapers sertraline to zero over 3 weeks and then starts "
        "naltrexone 4.5 mg, so that naltrexone is taken alone; arm B continues the "
        "antidepressant and adds placebo."
    )
    assert facts(THREE_TITLE, text, PROTOCOL).concomitant_classes == []


def test_the_people_a_secondary_analysis_examined_sized_in_a_bracket_are_its_sample() -> None:
    # (holdout538 52201013: "we examined participants with ... (PHQ-9 >= 10; n = 71)")
    text = (
        "In a randomised trial, 160 adults with chronic low back pain received naltrexone 1.5 "
        "mg, naltrexone 4.5 mg or placebo for 12 weeks. In this secondary analysis, we "
        "examined participants with depressive symptoms at baseline (PHQ-9 >= 10; n = 58). "
        "PHQ-9 decreased most with 4.5 mg."
    )
    assert facts(BACK_PAIN_TITLE, text, RCT).n == 58


def test_a_bracket_after_a_result_is_no_sample() -> None:
    # (control: the bracket sizes a result, not the people examined)
    text = (
        "In a randomised trial, 160 adults with chronic low back pain received naltrexone 1.5 "
        "mg, naltrexone 4.5 mg or placebo for 12 weeks. In this secondary analysis, we "
        "examined depressive symptoms in all participants. Responders (n = 40) had lower "
        "baseline PHQ-9."
    )
    assert facts(BACK_PAIN_TITLE, text, RCT).n == 160


# --- Batch 139 (first measured on the session's final src, 5c7126d2) ---------------------

EXTENSION_TITLE = "Open-label extension of low-dose naltrexone in depression: 24-week outcomes"


def test_an_extensions_recalled_assignment_to_two_doses_compares_none() -> None:
    # (holdout543 52201117: "whatever their original assignment to naltrexone 1.5 mg, 4.5 mg
    # or placebo", then all on one dose: a false dose-finding verdict)
    text = (
        "Methods: Completers of the 8-week double-blind phase, whatever their initial "
        "assignment to naltrexone 1 mg, 3 mg or placebo, could enter a 20-week extension in "
        "which all received naltrexone 3 mg/day.\n\nResults: Fifty-two entered the extension."
    )
    f = facts(EXTENSION_TITLE, text, ["Journal Article", "Clinical Trial"])
    assert f.ldn_doses_mg == [3.0]
    assert "dose-finding" not in gaps(EXTENSION_TITLE, text, ["Journal Article", "Clinical Trial"])


def test_an_extension_that_assigns_two_doses_compares_them() -> None:
    # (control: the extension itself randomises two doses)
    text = (
        "Methods: Completers of the 8-week double-blind phase were re-randomised in the "
        "extension to naltrexone 1 mg/day or 3 mg/day for 20 weeks.\n\nResults: Fifty-two "
        "entered the extension."
    )
    f = facts(EXTENSION_TITLE, text, ["Journal Article", "Clinical Trial"])
    assert f.ldn_doses_mg == [1.0, 3.0]

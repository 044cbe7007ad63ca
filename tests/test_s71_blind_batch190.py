"""Kinds from blind batch 190 (session 71, first measured on the src of 32dec55c), written
again in other words.

- holdout799 52206238 (a false serotonergic verdict): a trial whose people "had [their SSRI]
  tapered over 2-4 weeks followed by a 7-day washout, and were then randomised to LDN"
  takes LDN without the SSRI; and "71 patients began the SSRI taper and 54 were
  randomised" is a funnel of 54, not 125.
- holdout799 52206233: a Crohn's disease cohort whose response "occurred in 49% of
  antidepressant users and 45% of non-users" measured no mood: antidepressant users are a
  group there, not an outcome.
- holdout799 52206228: a case report of naltrexone 8 mg, where "a 4.5 mg trial by another
  prescriber had been ineffective" is an earlier course, not the dose reported.
- holdout798 52206218: a post hoc analysis that "includes the 61 with hsCRP >=3 mg/L
  (naltrexone 41, placebo 20) and the 65 with lower values" counts both parts.
- holdout800 52206255: a post hoc analysis whose results open "Forty-one participants took
  an SNRI (...), of whom 21 received LDN and 20 placebo" counts the 41.
"""

from __future__ import annotations

from written import CASE, RCT, facts, gaps

_SWITCH_TITLE = (
    "Low-dose naltrexone 1 mg versus 3 mg after stopping a serotonergic antidepressant in "
    "major depression: a randomised trial"
)


def _switch(stopping: str, funnel: str) -> str:
    return (
        "Methods: In this double-blind trial, adults with major depressive disorder (HAM-D "
        f"17 >= 18) who wanted to stop their SSRI because of side effects {stopping} and were "
        "then randomised to naltrexone 1 mg or 3 mg at night for 10 weeks. Results: "
        f"{funnel} HAM-D fell by 7.0 with 1 mg and 9.1 with 3 mg."
    )


def test_an_ssri_tapered_then_washed_out_is_not_taken_with_ldn() -> None:
    text = _switch(
        "had it tapered over three weeks followed by a 5-day washout,",
        "Sixty-six patients began the SSRI taper and 58 were randomised (1 mg, 29; 3 mg, 29).",
    )
    got = facts(_SWITCH_TITLE, text, RCT)
    assert got.concomitant_classes == []
    assert got.n == 58
    assert "serotonergic-combination" not in gaps(_SWITCH_TITLE, text, RCT)


def test_an_ssri_kept_through_the_trial_is_taken_with_ldn() -> None:
    # (control: the SSRI continued, no taper)
    text = _switch(
        "kept it at a stable dose throughout,",
        "Fifty-eight patients were randomised (1 mg, 29; 3 mg, 29).",
    ).replace("who wanted to stop their SSRI because of side effects ", "taking an SSRI ")
    got = facts(_SWITCH_TITLE, text, RCT)
    assert got.concomitant_classes == ["serotonergic"]
    assert got.n == 58


_IBD_TITLE = (
    "Low-dose naltrexone in ulcerative colitis patients taking antidepressants: a "
    "retrospective cohort"
)


def _ibd(result: str) -> str:
    return (
        "Methods: We reviewed adults with ulcerative colitis who started LDN 4.5 mg daily at "
        "one centre. Patients were grouped by whether they took an SSRI at LDN initiation. "
        f"Outcomes were clinical remission (partial Mayo score) and adverse events. Results: "
        f"Of 212 patients, 70 took an SSRI. {result}"
    )


def test_antidepressant_users_as_a_group_are_no_mood_outcome() -> None:
    got = facts(
        _IBD_TITLE,
        _ibd("Remission at 12 weeks occurred in 38% of antidepressant users and 35% of non-users."),
    )
    assert not got.on_topic


def test_antidepressant_use_as_the_outcome_is_one() -> None:
    # (control: the record measures antidepressant use itself)
    got = facts(
        _IBD_TITLE,
        _ibd("Antidepressant use fell from 33% to 24% within a year of starting LDN."),
    )
    assert got.on_topic


def test_a_dose_tried_earlier_by_another_prescriber_is_not_the_reported_one() -> None:
    title = "Naltrexone after sertraline withdrawal in a man with depression and psoriasis"
    text = (
        "We describe a 47-year-old man with major depressive disorder and psoriasis who had "
        "taken sertraline for four years. Sertraline was tapered and stopped because of "
        "sexual dysfunction. A month later he began compounded naltrexone at 10 mg daily, "
        "as a 3 mg trial by a previous physician had been ineffective for his skin. His "
        "PHQ-9 fell from 15 to 6 over four months."
    )
    got = facts(title, text, CASE)
    assert 3.0 not in got.ldn_doses_mg
    assert not got.on_topic


_MODERATOR_TITLE = (
    "Baseline interleukin-6 and response to low-dose naltrexone augmentation: a post hoc "
    "analysis of a randomised trial"
)


def test_a_report_including_two_parts_counts_both() -> None:
    text = (
        "Background: The DAWN-LDN trial randomised adults with major depression on an SSRI "
        "to naltrexone 4.5 mg or placebo. Methods: This post hoc analysis included "
        "participants with a stored baseline plasma sample. Results: Of the 150 randomised "
        "participants, 118 had baseline IL-6; this analysis includes the 47 with IL-6 above "
        "the median (naltrexone 25, placebo 22) and the 71 with lower values. MADRS fell "
        "more with naltrexone in the high IL-6 group."
    )
    assert facts(_MODERATOR_TITLE, text, RCT).n == 118


def test_a_report_including_one_part_counts_it() -> None:
    # (control: only the one part is included)
    text = (
        "Background: The DAWN-LDN trial randomised adults with major depression on an SSRI "
        "to naltrexone 4.5 mg or placebo. Methods: This post hoc analysis included "
        "participants with raised IL-6. Results: Of the 150 randomised participants, 118 "
        "had baseline IL-6; this analysis includes the 47 with IL-6 above the median "
        "(naltrexone 25, placebo 22). MADRS fell more with naltrexone."
    )
    assert facts(_MODERATOR_TITLE, text, RCT).n == 47


def test_a_post_hoc_sample_told_by_the_drug_they_took_is_counted() -> None:
    title = (
        "Low-dose naltrexone with tricyclic antidepressants: a post hoc analysis of a "
        "randomised placebo-controlled trial"
    )
    text = (
        "Background: In a randomised trial of 110 adults, LDN 1.5 mg nightly added to an "
        "antidepressant reduced depressive symptoms. Methods: Post hoc analysis of "
        "participants taking a tricyclic at randomisation. Results: Thirty-four "
        "participants took a tricyclic (nortriptyline 20, amitriptyline 14), of whom 18 "
        "received LDN and 16 placebo. HAM-D fell by 3.9 points more with LDN."
    )
    assert facts(title, text, RCT).n == 34

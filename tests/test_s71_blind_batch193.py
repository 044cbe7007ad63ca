"""Kinds from blind batch 193 (session 71, first measured on the src of a46edfea), written
again in other words.

- holdout815 52206555 (a missed larger-trials verdict): "Randomised group sizes were 30,
  29, 31 and 30, of whom 104 completed" is a trial of 120.
- holdout814 52206534: a Crohn's disease trial where SSRIs or SNRIs were "taken by 21
  participants for anxiety or depression" measured no mood: depression there is what a
  co-medication is for.
- holdout815 52206552: a post-COVID fatigue trial whose "Subgroup analyses by
  antidepressant use were underpowered" measured no mood either.
- preprints171 PPR9902059: a survey of ME/CFS in which "Self-reported depression was
  present in 34%" describes the sample, no outcome.
- holdout815 52206548: a case series in which "the fourth stopped the drops after 2 weeks
  ..., and was later switched from sertraline to venlafaxine": venlafaxine came after LDN,
  and sertraline, continued with LDN, still counts.
"""

from __future__ import annotations

from written import CASE, RCT, facts, gaps, judge_preprint, preprint

_DOSES_TITLE = (
    "Three doses of low-dose naltrexone alone in unmedicated major depression: a randomised "
    "dose-finding trial"
)


def test_group_sizes_followed_by_their_completers_add_up() -> None:
    text = (
        "Methods: Adults with major depressive disorder not taking antidepressants were "
        "randomised to naltrexone 1 mg, 2.5 mg or 4.5 mg nightly for 8 weeks. Results: We "
        "screened 240 people. Randomised group sizes were 22, 21 and 23, of whom 58 completed. "
        "MADRS fell most with 4.5 mg."
    )
    assert facts(_DOSES_TITLE, text, RCT).n == 66
    assert gaps(_DOSES_TITLE, text, RCT).get("larger-trials") == "addressed"


_IBD_TITLE = (
    "Low-dose naltrexone for active ulcerative colitis: a randomised placebo-controlled trial"
)


def _ibd(extra: str) -> str:
    return (
        "Methods: Adults with ulcerative colitis (Mayo score 6-10) were randomised to "
        "naltrexone 4.5 mg nightly or placebo for 12 weeks. Stable doses of mesalazine and "
        f"antidepressants {extra} were permitted. The primary end point was clinical "
        "remission. Results: Sixty-four patients were randomised. Remission occurred in 34% "
        "and 19%."
    )


def test_depression_named_as_what_a_co_medication_is_for_is_no_outcome() -> None:
    text = _ibd("(SSRIs, taken by 12 participants for anxiety or depression)")
    assert not facts(_IBD_TITLE, text, RCT).on_topic


def test_a_depression_scale_in_the_same_trial_is_an_outcome() -> None:
    # (control)
    text = _ibd("(SSRIs, taken by 12 participants for anxiety or depression)").replace(
        "The primary end point was clinical remission.",
        "The primary end point was clinical remission; depression was rated with the PHQ-9.",
    )
    assert facts(_IBD_TITLE, text, RCT).on_topic


def test_subgroups_by_antidepressant_use_are_no_mood_outcome() -> None:
    title = "Low-dose naltrexone for fatigue after COVID-19: a randomised placebo-controlled trial"
    text = (
        "Methods: Adults with post-COVID fatigue were randomised to LDN 4.5 mg or placebo for "
        "12 weeks. The primary outcome was the Chalder Fatigue Scale. Results: 140 were "
        "randomised. Fatigue fell more with LDN. Subgroup analyses by antidepressant use "
        "were underpowered."
    )
    assert not facts(title, text, RCT).on_topic


def test_a_comorbidity_present_in_a_share_of_respondents_is_no_outcome() -> None:
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone in fibromyalgia: an online survey of users",
            "Methods: We surveyed adults with fibromyalgia who had used LDN about dose, "
            "perceived benefit for pain, sleep and fatigue, and side effects. Results: Of 820 "
            "respondents, 611 had used LDN. Self-reported depression was present in 41% and "
            "anxiety in 38%. Pain improved in 55%.",
        )
    )
    assert not f.on_topic


def test_a_drug_switched_to_after_ldn_stopped_is_not_taken_with_it() -> None:
    title = "Liquid low-dose naltrexone added to sertraline in perinatal depression: a case series"
    text = (
        "We describe three women with major depressive disorder with peripartum onset whose "
        "EPDS scores remained above 14 on sertraline 100 mg/day. Each was given naltrexone "
        "oral solution 1 mg/mL, 4 mL at night, while sertraline was continued. EPDS fell by "
        "8 and 10 points in two women; the third stopped the solution after 10 days because "
        "of insomnia and was later switched from sertraline to duloxetine."
    )
    got = facts(title, text, CASE)
    assert got.concomitant_classes == ["serotonergic"]
    assert "duloxetine" not in got.concomitant_antidepressants

"""Kinds from blind batch 154 (session 62, first measured on the src of d1a4f38d), written
again in other words.

- holdout619 52202630: a secondary analysis whose "Participants at two of the four sites
  provided ... blood samples" read as its sample (n 2, not the 41 analysed).
- holdout620 52202644: "received naltrexone as a compounded oral solution (1 mg/mL). The
  dose was escalated ... through 1.5, 3, 4.5 and 6 mg per day": the liquid's strength after
  the drug left the next sentence's doses without an owner (the first step lost).
- holdout620 52202646: "Thirty-one adolescents were referred, 24 were eligible, 19 started
  treatment and 15 completed" gave no n.
- holdout620 52202658: "one patient on LDN reported low mood on the adverse-event
  checklist" read as a mood outcome (a Crohn's trial read as on-topic).
"""

from __future__ import annotations

from written import RCT, TRIAL, facts


def test_sites_that_gave_samples_are_no_sample() -> None:
    title = (
        "Cytokines and response to low-dose naltrexone or sertraline: a secondary analysis of a "
        "randomised trial"
    )
    text = (
        "Methods: This secondary analysis used data from a trial in which adults with major "
        "depression were randomised to LDN 4.5 mg/day or sertraline 50-100 mg/day "
        "(NCT06000001). Participants at three of the five sites provided baseline and week-8 "
        "blood samples for IL-6. Results: Fifty-two participants (LDN 27, sertraline 25) had "
        "complete cytokine data. IL-6 predicted response to LDN."
    )
    assert facts(title, text, RCT).n == 52


LIQUID_TITLE = "Open-label dose escalation of low-dose naltrexone added to SSRIs in depression"


def _liquid(strength: str) -> str:
    return (
        "Methods: Adults with major depressive disorder taking sertraline (50-200 mg) received "
        f"naltrexone as a compounded oral solution{strength}. The dose was raised every 2 weeks "
        "through 1, 2, 3 and 4.5 mg per day, and each step was assessed for MADRS change and "
        "tolerability. Results: Twenty enrolled and 16 reached 4.5 mg."
    )


def test_a_liquids_strength_leaves_the_next_doses_the_drugs() -> None:
    assert facts(LIQUID_TITLE, _liquid(" (0.5 mg/mL)"), TRIAL).ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]


def test_without_a_strength_the_doses_are_the_drugs() -> None:
    # (control)
    assert facts(LIQUID_TITLE, _liquid(""), TRIAL).ldn_doses_mg == [1.0, 2.0, 3.0, 4.5]


def test_those_who_started_treatment_after_referral_are_the_sample() -> None:
    title = "Low-dose naltrexone added to sertraline in adolescents with depression: a pilot"
    text = (
        "Methods: Adolescents with major depressive disorder on sertraline received naltrexone "
        "4.5 mg nightly for 8 weeks. Results: Forty adolescents were referred, 30 were "
        "eligible, 26 started treatment and 22 completed 8 weeks. CDRS-R fell by 14 points."
    )
    assert facts(title, text, TRIAL).n == 26


def test_low_mood_on_an_adverse_event_checklist_is_no_mood_outcome() -> None:
    title = "Low-dose naltrexone in ulcerative colitis: a randomised placebo-controlled trial"
    text = (
        "Methods: Adults with mildly active ulcerative colitis were randomised to naltrexone "
        "4.5 mg or placebo for 12 weeks. The primary outcome was clinical remission. Results: "
        "We randomised 90 patients; remission occurred in 40% and 22%. Two patients on LDN "
        "reported low mood on the adverse-event checklist."
    )
    assert not facts(title, text, RCT).on_topic

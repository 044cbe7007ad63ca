"""People taken in while in remission are not a depression population, wherever it is said.

Kind: the study's participants were well (remitted, recovered, euthymic) when taken in,
and LDN treats a side effect of the antidepressant that keeps them well (sexual
dysfunction, weight gain, emotional blunting); CONTRACT.md asks for a *current*
depressive disorder or episode, so no gap is addressed (the antidepressant still counts
as taken for depression). Round 60, c60c; shown by holdout210 23500031 ("... SSRI-associated
sexual dysfunction in remitted depression"), read as a depression population with a
false larger-trials and serotonergic "addressed". The words may stand in the title, the
opening, the methods or an unlabelled abstract; near misses with people currently
depressed and the same side effect stay a depression population.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

RECORD = (
    "Low-dose naltrexone for SSRI-associated sexual dysfunction in remitted depression: a "
    "randomised placebo-controlled crossover trial",
    "Background: Sexual dysfunction leads many patients to stop SSRIs prematurely and relapse.\n"
    "Methods: Seventy adults in remission from major depressive disorder (MADRS 10 or less for "
    "at least 3 months) and maintained on an SSRI were randomised to LDN 4.5 mg/day and placebo "
    "for 4 weeks each, separated by a 2-week washout. The primary outcome was the Arizona Sexual "
    "Experience Scale (ASEX); MADRS was a secondary outcome.\n"
    "Results: ASEX improved by 3.4 points more with LDN. MADRS scores did not change in either "
    "period.\n"
    "Conclusions: LDN may relieve SSRI-associated sexual dysfunction without affecting mood.",
)

_BODY = (
    "Methods: Sixty-two adults were randomised to naltrexone 4.5 mg/day or placebo for 8 weeks "
    "alongside their sertraline. The MADRS was a secondary outcome.\n"
    "Results: Scores improved more with naltrexone."
)

WELL = [
    RECORD,
    # the title
    (
        "Naltrexone 4.5 mg for weight gain on escitalopram in recovered major depression: a "
        "randomised trial",
        _BODY,
    ),
    # the opening sentence
    (
        "Naltrexone for antidepressant weight gain",
        "Patients who had recovered from a major depressive episode and gained weight on "
        "paroxetine are the subject of this trial. Sixty-two adults were randomised to "
        "naltrexone 4.5 mg/day or placebo for 8 weeks. The MADRS was a secondary outcome. "
        "Scores improved more with naltrexone.",
    ),
    # the methods, named by the state
    (
        "Naltrexone for emotional blunting on SSRIs",
        "Methods: Euthymic outpatients with a history of recurrent major depression who reported "
        "emotional blunting on fluoxetine (n = 64) were randomised to naltrexone 2 mg daily or "
        "placebo. The HAM-D was measured.\nResults: Blunting improved.",
    ),
    # the methods, told after the diagnosis
    (
        "Naltrexone for emotional blunting",
        "Methods: Sixty-four outpatients with major depressive disorder who had fully remitted on "
        "citalopram but reported emotional blunting were randomised to naltrexone 3 mg daily or "
        "placebo. The MADRS was measured.\nResults: Blunting improved.",
    ),
    # an unlabelled abstract
    (
        "Naltrexone and sexual side effects",
        "We randomised 80 people in stable remission from major depression who had sexual "
        "dysfunction on sertraline to naltrexone 1.5 mg or placebo. Depressive symptoms (HAM-D) "
        "were a secondary outcome. Sexual function improved.",
    ),
]

ILL = [
    # people currently depressed with the same side effect
    (
        "Low-dose naltrexone for SSRI-associated sexual dysfunction in major depressive "
        "disorder: a randomised trial",
        "Methods: Seventy adults with current major depressive disorder (MADRS 22 or more) and "
        "sexual dysfunction on an SSRI were randomised to LDN 4.5 mg/day or placebo. The MADRS "
        "was a secondary outcome.\nResults: ASEX improved. MADRS fell more with LDN.",
    ),
    (
        "Naltrexone 4.5 mg for weight gain on escitalopram in depressed outpatients",
        "Methods: Sixty-two depressed outpatients (HAM-D 18 or more) with weight gain on "
        "escitalopram were randomised to naltrexone 4.5 mg/day or placebo for 8 weeks. The "
        "MADRS was measured.\nResults: Scores improved more with naltrexone.",
    ),
    # remission as the outcome, or kept out, or not reached
    (
        "Low-dose naltrexone added to SSRIs in major depressive disorder",
        "Methods: Ninety adults with major depressive disorder and a HAM-D of 20 or more on an "
        "SSRI were randomised to LDN 4.5 mg or placebo.\nResults: 40% of patients were in "
        "remission at week 8 with LDN versus 20% with placebo.",
    ),
    (
        "Low-dose naltrexone in major depressive disorder",
        "Methods: Ninety adults with major depressive disorder on sertraline were randomised to "
        "LDN 4.5 mg or placebo; patients in remission were excluded. The MADRS was the primary "
        "outcome.\nResults: MADRS fell.",
    ),
    (
        "Low-dose naltrexone in depression",
        "Methods: Ninety adults with major depressive disorder who had not remitted on an SSRI "
        "were randomised to LDN 4.5 mg or placebo. The MADRS was the primary outcome.\n"
        "Results: MADRS fell.",
    ),
    # round 61 (c61r) repair: depression NOT remitted, in the title or said of the
    # condition (holdout33 72100007, "... add-on in non-remitted depression")
    (
        "A liquid formulation of low-dose naltrexone as an add-on in non-remitted depression: a "
        "randomized, placebo-controlled crossover pilot",
        "Purpose/Background: We tested an oral solution as an add-on in patients whose "
        "depression had not remitted on a serotonin-norepinephrine agent.\n"
        "Methods/Procedures: Eighteen adults with major depressive disorder who had not remitted "
        "after at least 8 weeks on Effexor XR (>=150 mg/day) received, in random order, 1.5 mL "
        "twice daily of a naltrexone oral solution (1 mg/mL) and placebo.\n"
        "Findings/Results: HAM-D17 scores fell by 6.4 points during naltrexone periods.",
    ),
    (
        "Naltrexone 2 mg added to fluoxetine in non remitted major depression",
        "Methods: Forty adults with major depression not yet remitted on fluoxetine were "
        "randomised to naltrexone 2 mg or placebo.\nResults: HAM-D fell.",
    ),
    (
        "Naltrexone added to sertraline",
        "Fifty outpatients with unremitted depression on sertraline were randomised to "
        "naltrexone 3 mg or placebo. The MADRS fell more with naltrexone.",
    ),
    # remission as an event during the study, in the methods (holdout84 21100013, "...
    # escalated every two weeks ..., unless the patient remitted or had intolerable adverse
    # effects")
    (
        "Open-label dose-escalation study of low-dose naltrexone as an add-on to serotonin-"
        "norepinephrine reuptake inhibitors in treatment-resistant depression",
        "Materials and methods: Thirty-two patients with treatment-resistant depression on a "
        "stable dose of venlafaxine (150-225 mg) or duloxetine (60 mg) were enrolled. "
        "Naltrexone was escalated every two weeks through 1 mg, 2 mg, 3 mg and 4.5 mg at "
        "bedtime, unless the patient remitted or had intolerable adverse effects.\n"
        "Results: The mean HAM-D-17 score fell from 22.4 to 14.1.",
    ),
    (
        "Low-dose naltrexone with escitalopram in major depressive disorder",
        "Methods: Sixty adults with major depressive disorder taking escitalopram were "
        "randomised to LDN 4.5 mg or placebo; treatment stopped early if participants remitted "
        "before week 6.\nResults: MADRS fell.",
    ),
]


@pytest.mark.parametrize("record", WELL)
def test_people_in_remission_are_no_depression_population(record: tuple[str, str]) -> None:
    f = facts(*record, types=RCT)
    assert f.on_topic
    assert not f.depression_population
    assert gaps(*record, types=RCT) == {}


def test_the_record_keeps_its_antidepressant() -> None:
    assert facts(*RECORD, types=RCT).concomitant_classes == ["serotonergic"]


@pytest.mark.parametrize("record", ILL)
def test_people_now_depressed_stay_a_depression_population(record: tuple[str, str]) -> None:
    f = facts(*record, types=RCT)
    assert f.depression_population
    assert "serotonergic-combination" in gaps(*record, types=RCT)

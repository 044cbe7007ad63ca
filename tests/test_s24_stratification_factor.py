"""Antidepressant use named only as a factor the randomisation was stratified (or minimised)
by describes the people, like a covariate: it is neither the study's condition nor an outcome
it measured, so a trial of the drug for another condition stays off-topic. Shown by
preprints58 PPR4100026 (a dose-comparison trial for post-COVID fatigue with randomisation
"stratified by site and by current antidepressant use"). Session 24, round 65, c65d."""

import pytest
from written import facts

TITLE = "Naltrexone at low dose for {cond}: a randomised placebo-controlled trial"


@pytest.mark.parametrize(
    ("cond", "methods"),
    [
        (
            "chronic low back pain",
            "We randomised 96 adults with chronic low back pain to naltrexone 4.5 mg or placebo "
            "nightly for 10 weeks; allocation was stratified by centre, by sex and by "
            "current antidepressant use.",
        ),
        (
            "Gulf War illness",
            "Veterans with Gulf War illness (n = 120) were randomly assigned to naltrexone 3 mg "
            "or placebo, with stratification by age group and antidepressant "
            "use.",
        ),
        (
            "interstitial cystitis",
            "Eighty women with interstitial cystitis received naltrexone 4.5 mg or placebo "
            "for 8 weeks after randomisation minimised for study site, symptom duration and "
            "current antidepressant use.",
        ),
    ],
)
def test_stratification_factor_is_not_the_topic(cond: str, methods: str) -> None:
    f = facts(
        TITLE.format(cond=cond),
        f"Methods: {methods} The primary outcome was symptom severity on a 0-10 scale.\n"
        "Results: Symptom severity fell by 2.1 with naltrexone and 1.0 with placebo.",
    )
    assert f.on_topic is False


def test_depression_trial_stratified_by_antidepressant_stays() -> None:
    """Near miss: people selected for depression, stratified by their antidepressant."""
    f = facts(
        "Low-dose naltrexone added to antidepressants for major depression",
        "Methods: Adults with major depressive disorder taking an antidepressant were "
        "randomised to naltrexone 4.5 mg or placebo for 8 weeks, stratified by site and "
        "antidepressant class. The primary outcome was change in MADRS score.\n"
        "Results: MADRS fell by 9.8 with naltrexone and 6.1 with placebo.",
    )
    assert f.on_topic is True


def test_antidepressant_use_as_an_outcome_stays() -> None:
    """Near miss: a change in antidepressant use measured as an outcome, not a stratum."""
    f = facts(
        TITLE.format(cond="fibromyalgia"),
        "Methods: We randomised 90 adults with fibromyalgia to naltrexone 4.5 mg or placebo, "
        "stratified by site. Secondary outcomes included antidepressant use at week 12.\n"
        "Results: Pain fell more with naltrexone.",
    )
    assert f.on_topic is True

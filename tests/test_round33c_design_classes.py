"""Round 33 (c33c): design, classes and doses said in ways batch 22 showed (holdout94,
holdout96, holdout97), each with probes of the same kind in other words."""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, TRIAL, facts, gaps

# -- 1. randomisation named only as future work, a recommendation or a negation is not
# this study's design (holdout94 10100036, holdout96 10300012)

OPEN_TITLE = "Low-dose naltrexone added to antidepressants in major depressive disorder"
OPEN_METHODS = (
    "Methods: Thirty adults with major depressive disorder on bupropion took naltrexone 3 mg "
    "nightly for 8 weeks.\nResults: MADRS scores fell from 26 to 15."
)


@pytest.mark.parametrize(
    "closing",
    [
        # a recommendation with the kind of study in between (holdout94)
        "Conclusions: LDN augmentation of bupropion deserves randomized evaluation.",
        # a negation with an article in between (holdout96)
        "Discussion: Response was common, but without a randomised comparison the effect of "
        "the drug cannot be separated from time.",
        # probes: the same kinds in other words
        "Conclusions: Absent a randomized comparator, improvement cannot be attributed to LDN.",
        "Conclusions: In the absence of a randomized control arm, the gains may be regression "
        "to the mean.",
        "Conclusions: Lacking randomisation, the study cannot exclude a placebo response.",
        "Conclusions: These data argue for randomised testing of the combination.",
        "Conclusions: The signal invites controlled, double-blind testing.",
    ],
)
def test_randomisation_only_recommended_or_denied_is_not_the_design(closing: str) -> None:
    abstract = f"{OPEN_METHODS}\n{closing}"
    assert facts(OPEN_TITLE, abstract, TRIAL).design == "nonrandomized_trial"
    # (untyped, nothing calls it a trial: whatever it is, it is not randomised)
    assert facts(OPEN_TITLE, abstract, JOURNAL).design != "rct"


@pytest.mark.parametrize(
    "abstract",
    [
        "Methods: Forty adults with MDD were randomised to naltrexone 3 mg or placebo for 8 "
        "weeks.\nResults: Scores fell more with LDN.\nConclusions: LDN deserves larger "
        "randomized evaluation.",
        "Methods: Forty adults with MDD were allocated at random to naltrexone 3 mg or "
        "placebo.\nResults: Scores did not differ between randomised groups.",
    ],
)
def test_a_real_randomised_trial_stays_one(abstract: str) -> None:
    assert facts(OPEN_TITLE, abstract, TRIAL).design == "rct"


# -- 2. a subset of participants that continues its own antidepressant takes it with LDN;
# a study named by "comparison" ("a dose-comparison trial including women on sertraline")
# is no comparison arm (holdout97 10400014)

PPD_TITLE = "Two doses of low-dose naltrexone for postpartum depression: a randomised pilot trial"
PPD_METHODS = (
    "Methods: Forty women with postpartum major depression were randomised to LDN 1.5 mg or "
    "4.5 mg nightly for 8 weeks. "
)


@pytest.mark.parametrize(
    ("rest", "classes"),
    [
        # holdout97 10400014
        (
            "Women already taking sertraline (n = 17) continued it at an unchanged dose.\n"
            "Results: Scores fell.\nConclusions: Both doses were acceptable, and a definitive "
            "dose-comparison trial, including women on sertraline, is feasible.",
            ["serotonergic"],
        ),
        # probes: the subset said otherwise, the study named by "comparison" otherwise
        (
            "Eleven participants remained on their escitalopram throughout.\nResults: Scores "
            "fell.\nConclusions: A head-to-head comparison study in patients on escitalopram "
            "would now be informative.",
            ["serotonergic"],
        ),
        (
            "Those on a stable SNRI (n = 9) kept taking it.\nResults: Scores fell.\n"
            "Conclusions: A larger placebo-comparison study of women treated with venlafaxine "
            "is feasible.",
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_a_subset_continuing_its_antidepressant_takes_it_with_ldn(
    rest: str, classes: list[str]
) -> None:
    f = facts(PPD_TITLE, PPD_METHODS + rest, RCT)
    assert sorted(f.concomitant_classes) == classes
    assert gaps(PPD_TITLE, PPD_METHODS + rest, RCT)["serotonergic-combination"] == "addressed"


@pytest.mark.parametrize(
    "methods",
    [
        "Methods: Forty women with postpartum depression were randomised to LDN 4.5 mg or "
        "sertraline 50 mg for 8 weeks.",
        "Methods: Forty women with postpartum depression received LDN 4.5 mg; the comparison "
        "group received sertraline 50 mg.",
        "Methods: Forty women with postpartum depression received LDN 4.5 mg. The control "
        "group took sertraline.",
    ],
)
def test_a_true_comparator_arm_stays_out(methods: str) -> None:
    assert facts(PPD_TITLE, f"{methods}\nResults: Scores fell.", RCT).concomitant_classes == []


# -- 3. a dose window records or people were selected by is not a dose; the doses said as
# what was prescribed are (holdout97 10400008, a claims-database cohort)

OBS = ("Observational Study", "Journal Article")
COHORT_TITLE = "Low-dose naltrexone use in depressive disorders: a nationwide claims cohort study"


@pytest.mark.parametrize(
    ("abstract", "doses"),
    [
        # holdout97 10400008
        (
            "Methods: Using the national insurance database, we identified 1,204 adults with a "
            "depressive disorder who filled at least one prescription of naltrexone at 1-5 "
            "mg/day. Concomitant antidepressants were analysed.\nResults: Most prescriptions "
            "were for 4.5 mg (61.2%) or 3 mg (22.8%).",
            [3.0, 4.5],
        ),
        # probes: the window and the prescriptions said otherwise
        (
            "Methods: From pharmacy records we selected 540 adults with major depression "
            "dispensed naltrexone 0.5-5 mg/day.\nResults: Most dispensings were of 4.5 mg "
            "(70%) or 1.5 mg (15%).",
            [1.5, 4.5],
        ),
        (
            "Methods: In this registry cohort, 812 eligible adults with major depression had at "
            "least two fills of naltrexone between 1 and 6 mg per day.\nResults: "
            "Prescriptions were mostly for 3 mg (48%) and 4.5 mg (40%).",
            [3.0, 4.5],
        ),
        # a window alone, no dose prescribed told: it is the doses users took (holdout2)
        (
            "Methods: We identified 41 patients with major depressive disorder who received "
            "naltrexone (1.5-4.5 mg/day) between 2016 and 2022.\nResults: Twenty-two improved.",
            [1.5, 4.5],
        ),
        # a cohort's own users on a flexible range keep both ends (no selection by it)
        (
            "Methods: In this prospective cohort, 120 adults with depression took naltrexone "
            "1.5-4.5 mg as tolerated and were followed for 6 months.\nResults: Scores fell.",
            [1.5, 4.5],
        ),
    ],
)
def test_a_selection_window_is_no_dose_what_was_prescribed_is(
    abstract: str, doses: list[float]
) -> None:
    assert facts(COHORT_TITLE, abstract, OBS).ldn_doses_mg == doses

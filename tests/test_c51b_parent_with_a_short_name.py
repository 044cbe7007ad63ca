"""Kind: a derived report (a biomarker, ancillary or secondary analysis) whose title names
its parent as a definite trial with a three-letter name ("a biomarker study within the ELM
trial") takes that trial's description as its own, as it does a longer name: "in the ELM
trial, which randomized women ... on sertraline to naltrexone 2 mg/day or 4 mg/day" gives
the report its design, doses and co-medication. A three-letter word counts as the trial's
name only said as "the XXX trial"; another trial the background describes, and method
names ("an EEG study"), stay what they were.

Round 51, c51b; the record that showed it: holdout175 19300021 ("Plasma beta-endorphin and
interleukin-6 ... within the ELM trial": read nonrandomized_trial, [4.0], no classes).
"""

from __future__ import annotations

import pytest
from written import facts, gaps

TITLE = (
    "Plasma beta-endorphin and interleukin-6 as predictors of response to low-dose naltrexone "
    "in postpartum depression: a biomarker study within the ELM trial"
)
RECORD = (
    "Blood was drawn at baseline and week 4 in the ELM trial, which randomized women with "
    "postpartum depression on sertraline to naltrexone 2 mg/day or 4 mg/day. Thirty-eight "
    "participants provided both samples and form this analysis. A rise in beta-endorphin by "
    "week 4 predicted EPDS improvement (r = 0.41) in the 4 mg/day arm only; interleukin-6 did "
    "not change with either dose."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD)
    assert f.design == "rct"
    assert f.n == 38
    assert f.ldn_doses_mg == [2.0, 4.0]
    assert f.concomitant_classes == ["serotonergic"]
    g = gaps(TITLE, RECORD)
    assert g["serotonergic-combination"] == "addressed"
    assert g["dose-finding"] == "addressed"


@pytest.mark.parametrize(
    ("title", "abstract", "doses", "classes"),
    [
        (
            "Inflammatory markers and response to low-dose naltrexone: a secondary analysis "
            "of the SUN trial",
            "Serum samples were stored in the SUN trial, which randomised adults with major "
            "depression on escitalopram to naltrexone 1.5 mg or 4.5 mg nightly. Fifty-two "
            "participants had paired samples and are analysed here. CRP fell more at 4.5 mg.",
            [1.5, 4.5],
            ["serotonergic"],
        ),
        (
            "Salivary cortisol and response to low-dose naltrexone: an ancillary study of the "
            "OAK trial",
            "Saliva was collected at weeks 0 and 6 in the OAK trial, which randomised "
            "outpatients with persistent depressive disorder taking duloxetine to naltrexone "
            "2 mg/day or 4.5 mg/day. Forty-four participants gave both samples and form this "
            "analysis. Cortisol fell in both arms.",
            [2.0, 4.5],
            ["serotonergic", "noradrenergic"],
        ),
        (
            "Cognition on low-dose naltrexone in bipolar depression: a secondary analysis of "
            "the IVY trial",
            "Cognitive tests were repeated at week 12 in the IVY trial, which allocated "
            "patients with bipolar depression on vortioxetine at random to naltrexone 1 mg or "
            "2 mg twice daily. Sixty participants completed both batteries and are analysed "
            "here. Processing speed improved at the higher dose.",
            [2.0, 4.0],
            ["serotonergic"],
        ),
    ],
)
def test_parent_with_a_short_name(
    title: str, abstract: str, doses: list[float], classes: list[str]
) -> None:
    f = facts(title, abstract)
    assert f.ldn_doses_mg == doses
    assert f.concomitant_classes == classes
    assert f.design in ("rct", "nonrandomized_trial")


def test_another_short_named_trial_stays_background() -> None:
    # the background describes another trial (FOX); the report's own people take bupropion
    title = (
        "Plasma beta-endorphin and response to low-dose naltrexone in depression: a biomarker "
        "study within the ELM trial"
    )
    abstract = (
        "In the FOX trial, which randomized women with postpartum depression on sertraline "
        "to naltrexone 2 mg/day or 4 mg/day, endorphin rose. Here, thirty-eight participants "
        "of the ELM trial, all taking bupropion, gave samples before and after naltrexone 4.5 "
        "mg. Endorphin rose."
    )
    f = facts(title, abstract)
    assert f.concomitant_classes == ["dopaminergic"]
    assert f.ldn_doses_mg == [4.5]
    g = gaps(title, abstract)
    assert "serotonergic-combination" not in g
    assert "dose-finding" not in g


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "An EEG study of low-dose naltrexone in depression",
            "EEG markers have been studied with SSRIs and SNRIs. Twenty adults with major "
            "depression not taking antidepressants received naltrexone 4.5 mg for 4 weeks. "
            "Alpha power rose.",
        ),
        (
            "A TRD trial of low-dose naltrexone: secondary analysis",
            "TRD trials have randomized patients on sertraline to naltrexone. In this "
            "secondary analysis, 40 patients on bupropion took naltrexone 4.5 mg. Scores "
            "improved.",
        ),
    ],
)
def test_method_and_condition_words_name_no_trial(title: str, abstract: str) -> None:
    f = facts(title, abstract)
    assert "serotonergic" not in f.concomitant_classes
    assert "serotonergic-combination" not in gaps(title, abstract)

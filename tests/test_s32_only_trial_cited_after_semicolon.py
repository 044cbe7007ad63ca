"""A clause whose subject is "the only (controlled) trial", set off by a comma before
what that trial did ("...; the only controlled trial, in 12 patients on X, used 1 mg
twice daily"), tells the one earlier study there is, not the record's own: its people,
doses and co-medication are earlier work, even with the authors' word about it after
("a schedule our model predicts to be suboptimal"). Shown by holdout321 36000004 (a
hypothesis article read as a non-randomised trial of 12 on dopaminergic regimens).
Session 32, round 83, c83c."""

import pytest
from written import facts

TITLE = "Why low-dose naltrexone might lift mood: an opioid rebound hypothesis"
OPENING = (
    "Low-dose naltrexone blocks opioid receptors for a few hours each night. We propose "
    "that a rebound in endorphin tone follows each blockade. "
)


@pytest.mark.parametrize(
    "cited",
    [
        "Clinical evidence is thin; the only controlled trial, in 14 adults on "
        "dopaminergic regimens, gave naltrexone 1 mg twice daily, a regimen our account predicts to be "
        "less effective.",
        "Data remain scarce; the sole randomised study, of 16 patients on dopaminergic drugs, used "
        "naltrexone 2 mg at night and found a modest benefit.",
        "Few patients have been studied; the only placebo-controlled pilot, with 10 "
        "outpatients on dopaminergic regimens, tested naltrexone 1.5 mg daily, a dose we think too low.",
    ],
)
def test_only_trial_is_earlier_work(cited: str) -> None:
    f = facts(TITLE, OPENING + cited)
    assert f.concomitant_classes == []
    assert f.n is None
    assert f.design == "other"


def test_the_study_itself_as_the_only_trial_stays_own() -> None:
    # near miss: the only trial so far is this one
    f = facts(
        "Low-dose naltrexone added to bupropion in major depression: an open trial",
        "Methods: Evidence is scarce; the only trial so far, this open study, gave "
        "naltrexone 2 mg nightly to 20 adults with major depressive disorder taking "
        "bupropion. Results: MADRS fell by 8 points.",
        ("Clinical Trial",),
    )
    assert f.concomitant_classes == ["dopaminergic"]

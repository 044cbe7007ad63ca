"""A dose a correction says was printed in error ('printed as "5 mg"; it should read
"50 mg"', "given incorrectly as 3 mg"): the wrong figure was nobody's dose, so an erratum
of a standard-dose trial is not made a low-dose record by it. Shown by holdout314
35300020. Session 30, round 79, c79d."""

import pytest
from written import facts

ERRATUM = ("Published Erratum",)
TITLE = "Erratum: Naltrexone for alcohol use disorder with depressive symptoms: a randomized trial"


@pytest.mark.parametrize(
    "notice",
    [
        'In the article by Smith et al., the naltrexone dose appeared as "2.5 mg" in the '
        'Methods; it should read "25 mg". Participants received 25 mg daily.',
        "In the original article the daily naltrexone dose was given incorrectly as 5 mg "
        "in Table 1. The correct dose is 50 mg.",
        "The dose of naltrexone in the Abstract, 3 mg, should be 30 mg; the dose in the "
        "main text is correct.",
    ],
)
def test_misprinted_dose_is_no_dose(notice: str) -> None:
    f = facts(TITLE, notice, ERRATUM, corr=[("ErratumFor", "99")])
    assert f.on_topic is False
    assert f.ldn_doses_mg == []


def test_erratum_of_a_low_dose_trial_names_its_dose() -> None:
    """Near miss: an erratum whose corrected dose is in the band keeps the trial's drug."""
    notice = (
        "In the article by Lee et al., the dose of low-dose naltrexone was printed as "
        '"45 mg"; it should read "4.5 mg". Participants with major depression received '
        "4.5 mg nightly."
    )
    title = "Erratum: Low-dose naltrexone for major depression: a randomized trial"
    f = facts(title, notice, ERRATUM, corr=[("ErratumFor", "99")])
    assert f.on_topic is True

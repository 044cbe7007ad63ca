"""Kind: a record that reanalyses one trial's data (a Bayesian or other re-analysis of "the
randomised pilot", "the 2019 trial") has no people of its own but that trial's: the trial,
though cited by its year, and the report's reanalysis of its published data are the
report's own, so its n (its analysed sample), doses and co-medication classes are the
trial's (CONTRACT.md: a derived report has its parent's design and its own analysed
sample). A secondary analysis of another trial that cites a year-named pilot in its
background does not take the pilot's facts.

Round 63, c63a; the record that showed it: preprints57 PPR4200017 (label n 12, doses [2],
classes dopaminergic; read none of them).
"""

from __future__ import annotations

import pytest
from written import JOURNAL, RCT, facts, gaps

TITLE = (
    "How much did we learn? A Bayesian reanalysis of the randomised pilot of low-dose "
    "naltrexone for breakthrough depression"
)
RECORD = (
    "The 2017 proof-of-concept trial randomised 12 adults with major depressive disorder whose "
    "symptoms had broken through dopaminergic antidepressant regimens (stimulants, dopamine "
    "agonists, bupropion, aripiprazole or high-dose sertraline) to naltrexone 1 mg twice daily "
    "or placebo for 3 weeks. We reanalysed its published summary data for the 12 participants "
    "with Bayesian models under sceptical, neutral and enthusiastic priors. The posterior "
    "probability that naltrexone reduced depressive symptoms more than placebo was 0.71 under "
    "a neutral prior and 0.58 under a sceptical prior; credible intervals spanned large benefit "
    "and harm. Simulations indicate that a future trial would need about 120 participants per "
    "arm to detect a 3-point MADRS difference with 80% power. The pilot is best regarded as "
    "hypothesis-generating; larger trials, trials in people on serotonergic antidepressants "
    "and dose-finding studies remain necessary."
)


def test_the_record() -> None:
    f = facts(TITLE, RECORD, JOURNAL)
    assert (f.n, f.ldn_doses_mg, f.concomitant_classes) == (12, [2.0], ["dopaminergic"])
    assert gaps(TITLE, RECORD, JOURNAL) == {}


@pytest.mark.parametrize(
    ("title", "abstract", "n", "doses", "classes"),
    [
        (
            "A re-analysis of the 2019 trial of low-dose naltrexone added to escitalopram in "
            "major depression",
            "Methods: The 2019 double-blind trial randomised 40 adults with major "
            "depressive disorder taking escitalopram to naltrexone 4.5 mg or placebo. We "
            "re-analysed its published data for the 40 participants with mixed models.\n"
            "Results: The difference in MADRS was 2.1 points.",
            40,
            [4.5],
            ["serotonergic"],
        ),
        (
            "Fragility of the evidence: reanalysis of the randomised pilot of low-dose "
            "naltrexone with venlafaxine",
            "The 2020 pilot trial randomised 24 adults with treatment-resistant depression "
            "on venlafaxine to naltrexone 3 mg daily or placebo. We reanalysed the published "
            "outcomes of the 24 participants. Two responders changing arms would reverse "
            "the result.",
            24,
            [3.0],
            ["noradrenergic", "serotonergic"],
        ),
    ],
)
def test_reanalysed_trial_is_the_reports(
    title: str, abstract: str, n: int, doses: list[float], classes: list[str]
) -> None:
    f = facts(title, abstract, JOURNAL)
    assert (f.n, f.ldn_doses_mg, sorted(f.concomitant_classes)) == (n, doses, classes)


def test_a_secondary_analysis_does_not_take_a_cited_pilots_dose() -> None:
    f = facts(
        "Anhedonia outcomes of low-dose naltrexone 4.5 mg with sertraline: a secondary "
        "analysis of the SERO-LDN trial",
        "Background: The 2017 pilot randomised 12 adults on dopaminergic regimens to "
        "naltrexone 1 mg twice daily or placebo.\nMethods: In this secondary analysis we "
        "examined anhedonia in the 58 participants of the SERO-LDN trial, who took sertraline "
        "with naltrexone 4.5 mg or placebo.\nResults: SHAPS improved more with naltrexone.",
        RCT,
    )
    assert f.ldn_doses_mg == [4.5]
    assert not f.compares_doses

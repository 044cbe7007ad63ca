"""Kind: a reason told inside an aside the study sets off by dashes or brackets ("...,
the last included because of its dopamine-reuptake-inhibiting properties at high doses -
were randomized to naltrexone 1 mg twice daily"): the reason ends where the aside closes,
and the verb after it, with the dose it names, is the study's own assignment. Read to the
sentence's end, the reason clause blanked the arms, and the trial lost its LDN dose.
Shown by holdout378 42600037. Session 35, round 91, c91a.

Ways real abstracts give a reason inside an aside before the main verb:
1. "patients on bupropion or sertraline >= 150 mg/day, the last included because of its
   dopaminergic action at high doses - were randomized to naltrexone 1 mg twice daily"
2. "patients on bupropion (chosen because it is dopaminergic) were randomized to
   naltrexone 4.5 mg or placebo"
3. "adults on sertraline 150 mg or more - a dose chosen since it is thought to inhibit
   dopamine reuptake - received naltrexone 2 mg nightly"
4. "outpatients on a stimulant - included because stimulants were common in the clinic -
   were randomized to naltrexone 3 mg or placebo"
5. "We enrolled patients on bupropion 300 mg (because it was the regimen of the pilot) and
   randomised them to naltrexone 1 mg twice daily or placebo"
A reason that is the clause's own ("We gave 12.5 mg because 4.5 mg was too weak") still
sets its dose apart.
"""

import pytest
from written import RCT, facts

TITLE = "Low-dose naltrexone added to antidepressants in major depression: a randomized trial"


@pytest.mark.parametrize(
    ("methods", "dose"),
    [
        (
            "Adults with major depressive disorder on a regimen we classified as dopaminergic "
            "- bupropion 300 mg/day or sertraline 150 mg/day, the last included because of "
            "its dopaminergic action at high doses - were randomized to naltrexone 1 mg twice "
            "daily or placebo for 4 weeks.",
            [2.0],
        ),
        (
            "Adults with major depressive disorder whom we treated with sertraline 150 mg or "
            "more - a dose chosen since it is thought to inhibit dopamine reuptake - were "
            "randomized to naltrexone 2 mg nightly or placebo for 8 weeks.",
            [2.0],
        ),
        (
            "We enrolled adults with major depressive disorder on bupropion 300 mg (because "
            "it was the regimen of the pilot) who were randomized to naltrexone 1 mg twice "
            "daily or placebo for 4 weeks.",
            [2.0],
        ),
    ],
)
def test_dose_after_the_aside_is_assigned(methods: str, dose: list[float]) -> None:
    f = facts(TITLE, "Methods: " + methods + "\nResults: Sixty were randomized.", RCT)
    assert f.ldn_doses_mg == dose


def test_own_reason_still_sets_its_dose_apart() -> None:
    # near miss: the reason is the main clause's, not an aside's
    f = facts(
        "An intermediate dose of naltrexone in major depression: an open trial",
        "Methods: We gave naltrexone 12.5 mg daily to adults with major depressive disorder "
        "because 4.5 mg was too weak in an earlier series.\nResults: Twenty were treated.",
        ("Clinical Trial",),
    )
    assert f.ldn_doses_mg == []

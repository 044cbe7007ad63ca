"""Co-medication named as the antidepressants expected, where every participant must take
one (round 25, registry20 NCT07900019: patients "who have been taking an antidepressant for
at least 8 weeks ... will carry on with their antidepressant"; "any antidepressant
prescribed by the GP is allowed (we expect sertraline, citalopram, fluoxetine, mirtazapine
and venlafaxine to be the most common)"). The hedge is about which antidepressant, not
whether one is taken: the drugs named are taken with LDN. A drug named only as permitted
for some, only in a comparator arm, or as not permitted stays out."""

from __future__ import annotations

import pytest
from written import PROTOCOL, facts, gaps

TITLE = "Low-dose naltrexone added to usual antidepressant care: a randomised trial protocol"
# (a title of its own for the cases that must stay out: "added to usual antidepressant
# care" says everyone takes one)
PLAIN = "Low-dose naltrexone for depression: a randomised trial protocol"


@pytest.mark.parametrize(
    ("abstract", "classes"),
    [
        # the registration's own wording (an unlabelled description)
        (
            "PANDA will recruit 600 patients who have been taking an antidepressant for at "
            "least 8 weeks and still score 10 or more on the PHQ-9. Patients will be randomised "
            "to naltrexone 4.5 mg or placebo and will carry on with their antidepressant as "
            "prescribed. The trial is pragmatic: any antidepressant prescribed by the GP is "
            "allowed (we expect sertraline, citalopram, fluoxetine, mirtazapine and "
            "venlafaxine to be the most common).",
            ["serotonergic", "noradrenergic"],
        ),
        # required to enter; the drugs named as what the GP may have chosen
        (
            "Eligible adults with major depressive disorder must be on an antidepressant at a therapeutic dose; naltrexone "
            "4.5 mg or placebo is added for 12 weeks in 300 adults. Whatever antidepressant "
            "the GP prescribes may be used (most often citalopram or mirtazapine, we expect).",
            ["serotonergic", "noradrenergic"],
        ),
        # added to their usual antidepressant; a class named as the likely one
        (
            "In 240 adults with major depressive disorder, naltrexone 4.5 mg or placebo will be given in addition to their "
            "usual antidepressant. Their current antidepressant is likely to be an SSRI in "
            "most cases.",
            ["serotonergic"],
        ),
    ],
)
def test_drugs_expected_when_everyone_takes_one_are_co_medication(
    abstract: str, classes: list[str]
) -> None:
    f = facts(TITLE, abstract, PROTOCOL)
    assert sorted(f.concomitant_classes) == sorted(classes)
    assert gaps(TITLE, abstract, PROTOCOL).get("serotonergic-combination") == "in_progress"


@pytest.mark.parametrize(
    "abstract",
    [
        # permitted for some: nobody need take one
        "We will randomise 300 adults with depression to naltrexone 4.5 mg or placebo. Any "
        "current antidepressant, such as sertraline, may be allowed.",
        # only in the comparator arm
        "We will randomise 300 adults with depression to naltrexone 4.5 mg or sertraline "
        "50 mg. We expect sertraline to be the usual antidepressant choice.",
        # not permitted
        "We will randomise 300 unmedicated adults with depression to naltrexone 4.5 mg or "
        "placebo. No other antidepressant, such as sertraline or venlafaxine, is permitted.",
    ],
)
def test_drugs_named_without_everyone_taking_one_stay_out(abstract: str) -> None:
    assert facts(PLAIN, abstract, PROTOCOL).concomitant_classes == []

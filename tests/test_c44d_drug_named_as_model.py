"""The watched drug named only as the model a study follows ("By analogy with low-dose
naltrexone, we tested an ultra-low-dose naloxone infusion ...", "modelled on LDN
regimens, buprenorphine 0.2 mg was added ...") is a point of reference, not a drug the
participants receive: the study gives a look-alike and is off-topic, with no gap (round
44, c44d; shown by holdout157 17300038, an ultra-low-dose naloxone infusion in 54 adults
on SSRIs read as two "addressed" gaps). A study that names a model and then gives the
drug itself stays on-topic."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        # the record's wording
        (
            "Ultra-low-dose naloxone infusion as augmentation of SSRIs in treatment-resistant "
            "depression: a randomized pilot",
            "By analogy with low-dose naltrexone, we tested an ultra-low-dose naloxone infusion "
            "(0.25 microgram/kg/h for 24 h) in 54 adults with treatment-resistant depression "
            "taking SSRIs. MADRS at day 7 did not differ from saline.",
        ),
        # probes: other look-alikes, doses and word orders
        (
            "Nalmefene at a very low dose for depression on SNRIs: a randomised trial",
            "In analogy to low-dose naltrexone (4.5 mg), 80 adults with major depressive "
            "disorder on venlafaxine were randomised to nalmefene 1 mg or placebo for 8 weeks. "
            "HAM-D did not differ.",
        ),
        (
            "Adjunctive buprenorphine microdoses in major depression",
            "Modelled on low-dose naltrexone regimens, buprenorphine 0.2 mg daily was added to "
            "sertraline in 64 patients with major depressive disorder, who were randomized to it "
            "or placebo. MADRS fell more with buprenorphine.",
        ),
        (
            "Low-dose naloxone for depression: randomized trial",
            "Analogous to LDN, a naloxone infusion of 1 microgram/kg/h was given to 70 depressed "
            "inpatients taking escitalopram, randomized against saline. Mood improved "
            "transiently.",
        ),
    ],
)
def test_the_drug_as_a_model_is_not_given(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    ("title", "abstract", "doses"),
    [
        # near misses: a model named, then the drug given by the study itself
        (
            "Low-dose naltrexone added to SSRIs in major depression: a randomized trial",
            "By analogy with its use in fibromyalgia, we randomized 72 adults with major "
            "depressive disorder taking an SSRI to naltrexone 4.5 mg or placebo for 12 weeks. "
            "MADRS improved more with naltrexone.",
            [4.5],
        ),
        (
            "Low-dose naltrexone for major depression on SNRIs",
            "Following the model of the 2017 pilot, 60 adults with major depressive disorder "
            "taking duloxetine were randomised to naltrexone 1 mg twice daily or placebo. HAM-D "
            "fell more with naltrexone.",
            [2.0],
        ),
        (
            "Low-dose naltrexone in depression: a randomized trial",
            "We randomized 66 outpatients with major depressive disorder on sertraline to LDN "
            "4.5 mg nightly or placebo, a dose schedule modelled on fibromyalgia practice. "
            "MADRS improved more with LDN.",
            [4.5],
        ),
    ],
)
def test_a_model_named_before_the_drug_given_stays_own(
    title: str, abstract: str, doses: list[float]
) -> None:
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert f.ldn_doses_mg == doses
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }

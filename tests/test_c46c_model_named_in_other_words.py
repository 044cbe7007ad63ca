"""The watched drug named as the model a study follows, in other words, is not given.

Kind: "Modeled after LDN protocols, an ultra-low dose of naloxone was added to SSRIs",
"Inspired by low-dose naltrexone, we randomised ... to nalmefene", "Following the
rationale of low-dose naltrexone, ... buprenorphine" name LDN as the point of reference
of a study that gives a look-alike: the study is off-topic, with no gap (CONTRACT.md: a
study is on-topic only if its participants receive LDN). Round 46, c46c; written as new
wordings (American "modeled after", "inspired by", "the rationale of") of the kind of
holdout157 17300038 ("By analogy with low-dose naltrexone, we tested an ultra-low-dose
naloxone infusion"; test_c44d_drug_named_as_model). A study inspired by something else
that gives the drug itself stays on-topic, also where "inspired by" sits inside its
sentence.
"""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

PROBES = [
    (
        "Ultra-low-dose naloxone in depressed patients taking SSRIs",
        "Modeled after LDN protocols, an ultra-low dose of naloxone was added to SSRIs in 52 "
        "depressed adults, randomised against saline. MADRS did not change.",
    ),
    (
        "Very-low-dose nalmefene augmentation of SSRIs in depression",
        "Inspired by low-dose naltrexone, we randomised 70 adults with major depressive "
        "disorder taking sertraline to nalmefene 0.5 mg or placebo. HAM-D did not differ.",
    ),
    (
        "Ultra-low-dose buprenorphine in depression",
        "Following the rationale of low-dose naltrexone, 66 patients with treatment-resistant "
        "depression on escitalopram were randomized to buprenorphine 0.1 mg/day or placebo. "
        "MADRS improved.",
    ),
    (
        "Nalmefene 1 mg added to duloxetine in major depression",
        "A dosing scheme modelled after LDN (4.5 mg) was applied: 80 adults with major "
        "depressive disorder on duloxetine were randomised to nalmefene 1 mg or placebo. "
        "HAM-D fell more with nalmefene.",
    ),
]


@pytest.mark.parametrize(("title", "abstract"), PROBES)
def test_the_model_is_not_given(title: str, abstract: str) -> None:
    f = facts(title, abstract, RCT)
    assert not f.on_topic
    assert gaps(title, abstract, RCT) == {}


@pytest.mark.parametrize(
    "abstract",
    [
        "Inspired by its use in fibromyalgia, we randomised 60 adults with major depressive "
        "disorder on sertraline to naltrexone 4.5 mg or placebo. MADRS fell more with LDN.",
        "A trial inspired by fibromyalgia practice randomised 60 adults with major depressive "
        "disorder on sertraline to naltrexone 4.5 mg or placebo. MADRS fell more with LDN.",
        "We randomised 60 adults with major depressive disorder on sertraline to naltrexone "
        "4.5 mg nightly, a schedule modeled after pain clinics, or placebo. MADRS fell more "
        "with LDN.",
    ],
)
def test_the_drug_given_stays_own(abstract: str) -> None:
    title = "Low-dose naltrexone added to SSRIs in depression: a randomised trial"
    f = facts(title, abstract, RCT)
    assert f.on_topic
    assert (f.n, f.ldn_doses_mg) == (60, [4.5])
    assert gaps(title, abstract, RCT) == {
        "larger-trials": "addressed",
        "serotonergic-combination": "addressed",
    }

"""Round 21 (r21c): red-team probes of the serotonergic-combination gap. An SSRI or SNRI
named in a record is not always taken with the watched drug: it may be the other side of
the comparison or a treatment the patients had failed. Each kind is tested in 2-3
wordings, with true combinations in the same words kept."""

from __future__ import annotations

import pytest
from written import RCT, facts, gaps

TITLE = "Low-dose naltrexone for major depressive disorder: a randomized trial"
SER = "serotonergic-combination"


# the other side of a comparison, its dose written between the two sides: "compared LDN
# 4.5 mg with sertraline 50 mg" is LDN against sertraline, not LDN with sertraline
@pytest.mark.parametrize(
    "methods",
    [
        "This randomized trial compared low-dose naltrexone 4.5 mg with sertraline 50 mg in "
        "80 adults with major depressive disorder over 8 weeks.",
        "We compared sertraline 50 mg/day and low-dose naltrexone (LDN) 4.5 mg in a "
        "randomized trial of 80 adults with major depressive disorder.",
        "A randomized trial comparing low-dose naltrexone 4.5 mg daily to escitalopram 10 mg "
        "in 90 outpatients with major depression.",
    ],
)
def test_dosed_side_of_a_comparison_is_not_taken_with_it(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: Response was similar in both groups."
    f = facts(TITLE, abstract, RCT)
    assert f.concomitant_antidepressants == []
    assert f.concomitant_classes == []
    assert SER not in gaps(TITLE, abstract, RCT)


@pytest.mark.parametrize(
    "methods",
    [
        "We compared low-dose naltrexone 4.5 mg plus sertraline with placebo plus sertraline "
        "in 80 adults with major depressive disorder.",
        "Eighty adults with major depressive disorder were randomized; the active group "
        "received low-dose naltrexone 4.5 mg with sertraline 50 mg, the control group "
        "placebo with sertraline 50 mg.",
    ],
)
def test_dosed_drug_joined_to_it_is_still_taken_with_it(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN reduced MADRS scores."
    assert facts(TITLE, abstract, RCT).concomitant_antidepressants == ["sertraline"]
    assert gaps(TITLE, abstract, RCT)[SER] == "addressed"


# a drug among a counted number of treatments failed is history: courses counted are
# courses finished, whatever the patient takes now
@pytest.mark.parametrize(
    "methods",
    [
        "Patients with depression that had failed to respond to at least two antidepressants, "
        "including an SSRI, were randomised to low-dose naltrexone 4.5 mg or placebo (n = 70).",
        "Adults with major depression who had failed to respond to two or more SSRIs were "
        "randomised to low-dose naltrexone 4.5 mg or placebo (n = 64).",
        "Sixty-four adults with depression resistant to at least three antidepressants, such "
        "as sertraline or venlafaxine, were randomised to low-dose naltrexone 4.5 mg or placebo.",
    ],
)
def test_one_of_counted_failed_treatments_is_history(methods: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN reduced MADRS scores."
    f = facts(TITLE, abstract, RCT)
    assert f.concomitant_antidepressants == []
    assert f.concomitant_classes == []
    assert SER not in gaps(TITLE, abstract, RCT)


# ... but a drug named as taken now still counts, and one failed drug alone may be the one
# still taken in an augmentation trial
@pytest.mark.parametrize(
    ("methods", "drug"),
    [
        (
            "Adults with major depression who had failed two SSRIs and were currently taking "
            "escitalopram were randomised to add low-dose naltrexone 4.5 mg or placebo (n = 64).",
            "escitalopram",
        ),
        (
            "Outpatients who had not responded to fluoxetine received low-dose naltrexone "
            "4.5 mg or placebo for 8 weeks (n = 40).",
            "fluoxetine",
        ),
        (
            "Sixty adults with major depression on a stable dose of escitalopram were "
            "randomized to add low-dose naltrexone 4.5 mg or placebo for 8 weeks.",
            "escitalopram",
        ),
    ],
)
def test_drug_taken_now_beside_failures_still_counts(methods: str, drug: str) -> None:
    abstract = f"Methods: {methods}\nResults: LDN reduced MADRS scores."
    assert facts(TITLE, abstract, RCT).concomitant_antidepressants == [drug]
    assert gaps(TITLE, abstract, RCT)[SER] == "addressed"


# a conclusion's warning to prescribers about combining is practice advice, not what
# participants took
@pytest.mark.parametrize(
    "conclusion",
    [
        "Caution is advised when LDN is combined with SSRIs, which were not studied here.",
        "LDN appears effective; clinicians should avoid combining it with MAOIs or SNRIs "
        "until interactions are studied.",
        "We warn against combining LDN with venlafaxine outside a monitored trial.",
    ],
)
def test_warning_about_combining_is_not_taken_with_it(conclusion: str) -> None:
    abstract = (
        "Methods: Fifty adults with major depression were randomized to low-dose naltrexone "
        "4.5 mg or placebo for 8 weeks.\nResults: LDN reduced MADRS scores.\n"
        f"Conclusions: {conclusion}"
    )
    f = facts(TITLE, abstract, RCT)
    assert f.concomitant_antidepressants == []
    assert SER not in gaps(TITLE, abstract, RCT)


def test_warning_leaves_a_drug_taken_in_the_methods() -> None:
    abstract = (
        "Methods: Fifty adults with major depression taking sertraline were randomized to add "
        "low-dose naltrexone 4.5 mg or placebo.\nResults: LDN reduced MADRS scores.\n"
        "Conclusions: LDN added to sertraline was effective, but caution is needed when "
        "combining LDN with sertraline in the elderly."
    )
    assert facts(TITLE, abstract, RCT).concomitant_antidepressants == ["sertraline"]
    assert gaps(TITLE, abstract, RCT)[SER] == "addressed"

"""Kind: a protocol's eligibility criterion of not taking a named drug class ("women who
are not taking an SSRI will receive ..."): the class is kept out, not taken alongside LDN
(classes []). Shown by holdout332 37300038. Session 31, round 82, c82e."""

from written import PROTOCOL, facts

_T = "Low-dose naltrexone in major depressive disorder: protocol for a randomised trial"


def _classes(abstract: str) -> list[str]:
    return list(facts(_T, abstract, PROTOCOL).concomitant_classes)


def test_who_are_not_taking_an_ssri() -> None:
    assert (
        _classes(
            "Adults with major depressive disorder, who are not taking an SSRI, will be "
            "randomised to naltrexone 4.5 mg or placebo for eight weeks."
        )
        == []
    )


def test_that_are_not_currently_on_an_snri() -> None:
    assert (
        _classes(
            "Outpatients with major depression that are not currently on an SNRI will be "
            "allocated to naltrexone 3 mg or placebo."
        )
        == []
    )


def test_not_taking_class_listed_with_contraception() -> None:
    assert (
        _classes(
            "Women with a current major depressive episode who are not taking an SSRI or an "
            "oral contraceptive will receive naltrexone 1.5 mg, naltrexone 4.5 mg and placebo."
        )
        == []
    )


def test_near_miss_either_free_or_on_a_stable_ssri() -> None:
    assert _classes(
        "Adults with major depressive disorder who are not taking an SSRI or who are on a "
        "stable dose of an SSRI will receive naltrexone 4.5 mg or placebo."
    ) == ["serotonergic"]


def test_near_miss_on_a_stable_ssri() -> None:
    assert _classes(
        "Adults with major depressive disorder on a stable SSRI will receive naltrexone "
        "4.5 mg or placebo as an add-on."
    ) == ["serotonergic"]

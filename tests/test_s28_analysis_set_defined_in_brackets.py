"""A derived report's analysed set named by its kind with its definition in brackets
between the name and the count ("The modified intention-to-treat population (at least one
dose and one rating after baseline) comprised 88 participants"): the count is the report's
own analysed sample (CONTRACT.md: a secondary, post-hoc or subgroup analysis counts its own
analysed sample), as it already was without the brackets.

Shown by holdout282 31500006. Session 28, round 75, c75b.
"""

from written import RCT, facts


def n(title: str, abstract: str) -> int | None:
    return facts(title, abstract, RCT).n


SECONDARY = "Sleep outcomes of low-dose naltrexone added to SSRIs: secondary outcomes of the NOCTURN randomised trial"


def test_mitt_population_defined_in_brackets() -> None:
    assert (
        n(
            SECONDARY,
            "Methods: 95 adults with major depression were randomised to naltrexone 4.5 mg or "
            "placebo for 10 weeks. The modified intention-to-treat population (at least one "
            "dose and one rating after baseline) comprised 88 participants.\n"
            "Results: Sleep quality improved more with naltrexone.",
        )
        == 88
    )


def test_analysis_set_defined_in_brackets_consisted_of() -> None:
    assert (
        n(
            SECONDARY,
            "Methods: 95 adults with major depression were randomised to naltrexone 4.5 mg or "
            "placebo. The analysis set (participants with both actigraphy recordings) "
            "consisted of 61 participants.\n"
            "Results: Sleep efficiency rose with naltrexone.",
        )
        == 61
    )


def test_per_protocol_population_defined_in_brackets() -> None:
    assert (
        n(
            SECONDARY,
            "Methods: Ninety-five adults were randomised to naltrexone 4.5 mg or placebo. The "
            "per-protocol population (adherence of 80% or more) comprised seventy patients.\n"
            "Results: Insomnia scores fell with naltrexone.",
        )
        == 70
    )


def test_near_miss_primary_report_keeps_its_randomised_total() -> None:
    assert (
        n(
            "Low-dose naltrexone added to SSRIs for major depression: the NOCTURN randomised trial",
            "Methods: 95 adults with major depression were randomised to naltrexone 4.5 mg or "
            "placebo for 10 weeks. The modified intention-to-treat population (at least one "
            "dose and one rating after baseline) comprised 88 participants.\n"
            "Results: MADRS improved more with naltrexone.",
        )
        == 95
    )

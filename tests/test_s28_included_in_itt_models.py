"""A derived report's own sample said to be taken into an analysis named by its kind
alone, with no article ("All 58 randomised women were included in intention-to-treat mixed
models"): that count is the report's own analysed sample (CONTRACT.md), not a later count
of part of it ("21 scored 20 or more" at baseline).

Shown by holdout282 31500004. Session 28, round 75, c75b.
"""

from written import RCT, facts

TITLE = "Sleep outcomes of low-dose naltrexone in fibromyalgia: secondary outcomes of the FIBNAL randomised trial"


def n(abstract: str) -> int | None:
    return facts(TITLE, abstract, RCT).n


def test_all_randomised_included_in_itt_mixed_models() -> None:
    assert (
        n(
            "Methods: Women with fibromyalgia were randomised to naltrexone 4.5 mg or placebo. "
            "All 64 randomised women (32 per arm) were included in intention-to-treat mixed "
            "models.\nResults: At baseline, 27 women scored 10 or more on the ISI. Sleep "
            "improved with naltrexone."
        )
        == 64
    )


def test_included_in_itt_analyses() -> None:
    assert (
        n(
            "Methods: Adults with fibromyalgia were randomised to naltrexone 4.5 mg or placebo. "
            "All 70 participants were included in ITT analyses.\nResults: At baseline, 31 "
            "participants scored 10 or more on the ISI. Sleep improved with naltrexone."
        )
        == 70
    )


def test_included_in_per_protocol_models() -> None:
    assert (
        n(
            "Methods: Adults with fibromyalgia were randomised to naltrexone 4.5 mg or placebo. "
            "Fifty-two patients were included in per-protocol regression models.\nResults: At "
            "baseline, 20 patients scored 10 or more on the ISI. Sleep improved with naltrexone."
        )
        == 52
    )


def test_near_miss_included_in_the_trial_is_not_the_analysis() -> None:
    # "included in the trial" is no analysis: today's answer stays
    assert (
        n(
            "Methods: Adults with fibromyalgia were randomised to naltrexone 4.5 mg or placebo. "
            "All 70 participants were included in the trial.\nResults: Sleep improved with "
            "naltrexone."
        )
        == 70
    )

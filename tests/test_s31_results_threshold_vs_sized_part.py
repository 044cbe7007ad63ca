"""A derived report that sizes its own analysed people in its methods as a part of its
parent's, "(n = 109 of 126)", and then counts, in its results, those above a threshold
("Thirty-four participants had a CRP of 3 mg/L or above"): the results line tells what the
analysed people had, it is not whom the report analysed. Shown by holdout318 35700021 (n
read as 34, a missed larger-trials). Session 31, round 80, c80c."""

import pytest
from written import RCT, facts

CASES = [
    (
        "Interleukin-6 and response to low-dose naltrexone: secondary analysis of a "
        "randomised trial",
        "Methods: This secondary analysis took in every randomised adult who gave a "
        "baseline blood sample and had one later HAMD rating (n = 88 of 102).\n"
        "Results: Twenty-nine participants had an IL-6 of 4 pg/mL or more. The interaction "
        "with treatment was significant.",
        88,
    ),
    (
        "Anhedonia as a moderator of low-dose naltrexone: a post hoc analysis",
        "Methods: The post hoc analysis included patients with a baseline SHAPS and at "
        "least one follow-up visit (n = 140 of 152).\n"
        "Results: Forty-one patients had a SHAPS score of 5 or more at baseline; they "
        "improved more with naltrexone 4.5 mg.",
        140,
    ),
    (
        "Body mass index and response to naltrexone 3 mg in depression: secondary analysis "
        "of a placebo-controlled trial",
        "Methods: We analysed all participants with a measured BMI and a week-8 MADRS "
        "(n = 71 of 80).\n"
        "Results: Twenty-two participants had a BMI of 30 kg/m2 or higher.",
        71,
    ),
]


@pytest.mark.parametrize(("title", "abstract", "n"), CASES)
def test_methods_sized_part_beats_results_threshold(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, RCT).n == n


def test_results_threshold_alone_stays_the_sample() -> None:
    # near miss: nothing else sizes the analysis, the threshold subgroup is its sample
    title = "High CRP and low-dose naltrexone: a subgroup analysis of a randomised trial"
    abstract = (
        "Methods: In a trial of 130 adults randomised to naltrexone 4.5 mg or placebo, we "
        "examined those with raised inflammation.\n"
        "Results: Thirty-eight participants had a CRP of 3 mg/L or above and were "
        "analysed; MADRS fell more with naltrexone."
    )
    assert facts(title, abstract, RCT).n == 38

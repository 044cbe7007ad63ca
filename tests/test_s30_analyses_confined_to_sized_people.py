"""A derived report that says its analyses "were confined to" (restricted, limited to)
some of its parent's people and sizes them in brackets: that bracket is the report's own
n, not an arm count of a stratum in its results. Shown by holdout300 33600024 (a biomarker
secondary analysis whose n was read as its stratum's placebo arm). Session 30, round 78,
c78c."""

import pytest
from written import facts

SECONDARY = ("Journal Article", "Randomized Controlled Trial")


@pytest.mark.parametrize(
    ("title", "abstract", "n"),
    [
        (
            "Does baseline IL-6 moderate low-dose naltrexone? A prespecified secondary "
            "analysis of a randomised trial",
            "Background: In the parent trial adults with major depression were randomised to "
            "naltrexone 4.5 mg or placebo. Methods: Analyses were confined to randomised "
            "participants with a stored baseline serum sample (n = 132). Results: In the "
            "high-IL-6 stratum, MADRS fell by 12.0 on naltrexone (n = 22) and 8.1 on placebo "
            "(n = 20).",
            132,
        ),
        (
            "Sleep architecture and low-dose naltrexone in depression: secondary analysis of "
            "a randomised trial",
            "Methods: The analysis was restricted to completers of the randomised trial of LDN "
            "3 mg or placebo who had two polysomnography nights (n = 58). Results: Slow-wave "
            "sleep rose with LDN (n = 29) more than with placebo (n = 29).",
            58,
        ),
        (
            "Anhedonia as a moderator of low-dose naltrexone augmentation: a post hoc analysis",
            "Methods: Post hoc analysis of a placebo-controlled trial of LDN 4.5 mg in major "
            "depressive disorder. Analyses were limited to participants with a baseline SHAPS "
            "rating (n = 147). Results: Among those with high anhedonia, response was 48% on "
            "LDN (n = 33) and 27% on placebo (n = 30).",
            147,
        ),
    ],
)
def test_analyses_confined_to_sized_people(title: str, abstract: str, n: int) -> None:
    assert facts(title, abstract, SECONDARY).n == n


def test_near_miss_confined_without_a_size_stays() -> None:
    f = facts(
        "CRP and low-dose naltrexone response: secondary analysis of a randomised trial",
        "Methods: Analyses were confined to participants with a baseline blood sample. "
        "Results: Of 120 randomised participants, 101 had baseline CRP.",
        SECONDARY,
    )
    assert f.n == 101

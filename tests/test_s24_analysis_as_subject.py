"""A derived report whose analysis is the subject that takes its people in ("The analysis
included the 61 participants with ... out of 84 randomised"): n is the analysis's own
sample, not the parent trial's randomised count after it. Shown by holdout111 12200033
(n 84 for 61). Session 24, round 66, c66a."""

import pytest
from written import RCT, facts

TITLE = (
    "Low-dose naltrexone and sleep in major depression: a secondary analysis of a randomised trial"
)
PARENT = (
    "Methods: Secondary analysis of an 8-week double-blind trial of naltrexone 1.5 mg/day or "
    "placebo added to SSRIs in major depressive disorder. {own} Sleep was rated weekly.\n"
    "Results: Sleep improved more with naltrexone (p = 0.01)."
)


@pytest.mark.parametrize(
    ("own", "n"),
    [
        (
            "The analysis included the 44 patients with marked insomnia at baseline "
            "(Insomnia Severity Index >= 15) out of 96 randomised.",
            44,
        ),
        (
            "Our analysis comprised 53 participants who wore a wrist actigraph for two weeks "
            "out of 120 enrolled.",
            53,
        ),
        (
            "The secondary analysis was restricted to the 38 women with complete sleep "
            "diaries out of 70 randomised.",
            38,
        ),
    ],
)
def test_the_analysis_own_sample(own: str, n: int) -> None:
    assert facts(TITLE, PARENT.format(own=own), RCT).n == n


def test_primary_report_out_of_keeps_the_randomised() -> None:
    """Near miss: a trial's own report counting completers out of those randomised keeps
    the randomised count."""
    f = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
        "Methods: Adults with major depression on an SSRI were randomised to naltrexone 1.5 mg "
        "or placebo for 8 weeks.\nResults: Of 96 randomised, 81 completed; MADRS fell more "
        "with naltrexone.",
        RCT,
    )
    assert f.n == 96

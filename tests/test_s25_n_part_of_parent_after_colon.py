"""A derived report's own people sized as a part of its parent's after a colon or a dash
rather than in brackets ("This analysis included the participants with ...: 118 of the 131
randomised (60 LDN, 58 placebo)"): n is the part, the report's own analysed sample, not the
parent's randomised count. Shown by preprints59 PPR4000016 (n 131 for 118). Session 25,
round 67, c67b."""

import pytest
from written import judge_preprint, preprint

TITLE = "Does baseline inflammation moderate response to low-dose naltrexone? A secondary analysis"
OPEN = (
    "We used data from a trial in which adults with major depression on an SSRI were "
    "randomised to naltrexone 3 mg/day or placebo for eight weeks. "
)


@pytest.mark.parametrize(
    ("own", "n"),
    [
        (
            "This secondary analysis included the participants with a CRP value at baseline: "
            "84 of the 102 randomised (43 LDN, 41 placebo).",
            84,
        ),
        (
            "The analysis was restricted to those with two valid blood samples: 57 of 90 "
            "enrolled participants.",
            57,
        ),
        (
            "Our analysis covered the patients who wore an actigraph for a week - 66 of the "
            "120 randomised (34 naltrexone, 32 placebo).",
            66,
        ),
    ],
)
def test_the_part_after_a_colon_is_the_sample(own: str, n: int) -> None:
    f, _ = judge_preprint(preprint(TITLE, OPEN + own + " CRP did not moderate the effect."))
    assert f.n == n


def test_a_primary_report_keeps_its_randomised() -> None:
    """Near miss: a trial's own report with completers after a colon keeps the randomised."""
    f, _ = judge_preprint(
        preprint(
            "Low-dose naltrexone added to SSRIs in major depression: a randomised trial",
            "Adults with major depression on an SSRI were randomised to naltrexone 3 mg/day or "
            "placebo for eight weeks. Participants: 102 were randomised and 84 of the 102 "
            "randomised completed. MADRS fell more with naltrexone.",
        )
    )
    assert f.n == 102

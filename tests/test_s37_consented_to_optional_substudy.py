"""Kind: a derived report (biomarker, imaging or sleep substudy of a trial) whose people are
those of its parent who joined an optional part of it, said as consent or joining ("41
consented to the optional biomarker substudy") or as the report's own ("... and are analysed
here"); that count is its own analysed sample (CONTRACT.md: a secondary analysis counts its
own sample), not the parent's randomised whole named in the same sentence. Shown by
holdout392 44200035 ("Of the 94 randomized participants, 41 (LDN, n = 22; placebo, n = 19)
consented to the optional biomarker substudy and are analysed here": n 94, larger-trials
"addressed" though 41 < 50). Session 37, lead, after round 94.

Ways real abstracts say a substudy's people:
1. "Of the 94 randomized participants, 41 consented to the optional biomarker substudy."
2. "Of 110 randomised, 38 agreed to take part in the imaging sub-study."
3. "Fifty-two enrolled in the ancillary sleep study (LDN 27, placebo 25)."
4. "Of 94 randomised, 41 gave written consent for the optional genetic substudy."
5. "Of the 94 randomised adults, 41 provided samples and are analysed here."
(5 was read already by "provided samples"; the parent's own report that names its optional
substudy keeps its randomised whole: the rule reads only a derived report's sample.)
"""

import pytest
from written import RCT, facts, gaps

TITLE = (
    "Inflammatory markers and the effect of low-dose naltrexone in treatment-resistant "
    "depression: a secondary analysis of a randomised trial"
)
METHODS = (
    "Methods: The parent trial randomised adults with treatment-resistant depression taking "
    "an SSRI or SNRI to LDN 4.5 mg nightly or placebo for 24 weeks. "
)
RESULTS = " Results: LDN lowered interleukin-6 at week 12 relative to placebo."


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        (
            "Of the 94 randomized participants, 41 (LDN, n = 22; placebo, n = 19) consented "
            "to the optional biomarker substudy and are analysed here.",
            41,
        ),
        ("Of 110 randomised, 38 agreed to take part in the imaging sub-study.", 38),
        ("Of 94 randomised, 41 gave written consent for the optional genetic substudy.", 41),
        ("Of the 94 randomised adults, 41 joined the optional substudy and are analysed here.", 41),
    ],
)
def test_substudy_people_are_the_reports_sample(sentence: str, n: int) -> None:
    abstract = METHODS + sentence + RESULTS
    assert facts(TITLE, abstract, RCT).n == n
    assert "larger-trials" not in gaps(TITLE, abstract, RCT)


def test_main_report_naming_its_optional_substudy_keeps_its_whole() -> None:
    """Near miss: the trial's own report says how many joined its substudy; its n is the
    randomised whole."""
    got = facts(
        "Low-dose naltrexone added to SSRIs in major depression: a randomised, "
        "placebo-controlled trial",
        "Methods: We randomised 120 adults with major depression taking an SSRI to LDN 4.5 mg "
        "nightly or placebo for 12 weeks. Of the 120 randomised participants, 45 consented to "
        "the optional imaging substudy. Results: MADRS fell more with LDN (difference -4.1).",
        RCT,
    )
    assert got.n == 120
